import { z } from 'astro/zod';
import { httpUrl, id, localizedName } from './common.ts';

/** `content/organisations/<id>.yaml`: VNG International, AUC, ministries and other actors. */
export const organisationSchema = z.strictObject({
  /** Same as the file name, e.g. `vng-international`. */
  id,
  /** The organisation's name in every language. */
  name: localizedName,
  /** The organisation's website (optional). */
  website: httpUrl.optional(),
});

export type Organisation = z.output<typeof organisationSchema>;
