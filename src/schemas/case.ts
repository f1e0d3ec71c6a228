import { z } from 'astro/zod';
import { entryFields, period, withEntryRules } from './entry.ts';

/** `content/cases/<slug>/<lang>.mdx`: a case study. */
export const caseSchema = withEntryRules(
  z.strictObject({
    ...entryFields,
    /** When the case ran. */
    period,
    /** What came out of it: at least one short statement. */
    outcomes: z.array(z.string().min(3).max(200)).min(1).max(30),
  }),
);

export type Case = z.output<typeof caseSchema>;
