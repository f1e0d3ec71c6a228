import { z } from 'astro/zod';
import { limits } from '../content-check/limits.ts';
import { id, localized, localizedName } from './common.ts';

/** `content/themes/<id>.yaml`: one of the three pilot themes. */
export const themeSchema = z.strictObject({
  /** Same as the file name: `housing`, `economy` or `services`. */
  id,
  /** The theme's name in every language. */
  name: localizedName,
  /** One or two sentences on what belongs to the theme, in every language. */
  description: localized(limits.descriptionLength),
  /** Position in lists, lowest first. */
  order: z.number(),
});

export type Theme = z.output<typeof themeSchema>;
