import { z } from 'astro/zod';
import { lineOfText } from './common.ts';
import { entryFields, period, withEntryRules } from './entry.ts';

/** `content/practices/<slug>/<lang>.mdx`: a good practice ("goede praktijk"). */
export const practiceSchema = withEntryRules(
  z.strictObject({
    ...entryFields,
    /** When the practice ran (optional). */
    period: period.optional(),
    /** What it takes another municipality to adopt the practice; officials filter on `effort`. */
    transfer: z
      .strictObject({
        effort: z.enum(['low', 'medium', 'high']),
        needs: z.array(lineOfText(2, 80)).max(30).default([]),
      })
      .optional(),
  }),
);

export type Practice = z.output<typeof practiceSchema>;
