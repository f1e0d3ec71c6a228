import { z } from 'astro/zod';
import { httpUrl, id, localizedName } from './common.ts';

/** `content/municipalities/<id>.yaml`: a Dutch or Ukrainian municipality. */
export const municipalitySchema = z.strictObject({
  /** Same as the file name, e.g. `aalsmeer`. */
  id,
  /** The municipality's name in every language. */
  name: localizedName,
  /** `NL` or `UA`. */
  country: z.enum(['NL', 'UA']),
  /** Province or oblast, in every language. */
  region: localizedName,
  /** Number of inhabitants (optional). */
  population: z.number().int().positive().optional(),
  /** `[latitude, longitude]` (optional). */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  /** The municipality's own website (optional). */
  website: httpUrl.optional(),
  /** Part of the 10+10 pilot network. */
  pilot: z.boolean(),
  /** Theme ids the municipality works on in the pilot. */
  focus_themes: z.array(id).max(10).default([]),
  /** Municipality ids of its partners; each partner lists this one back. */
  partners: z.array(id).max(100).default([]),
});

export type Municipality = z.output<typeof municipalitySchema>;
