import { z } from 'astro/zod';
import { lineOfText } from './common.ts';
import { entryFields, period, withEntryRules } from './entry.ts';

/** `content/cases/<slug>/<lang>.mdx`: a case study. */
export const caseSchema = withEntryRules(
  z.strictObject({
    ...entryFields,
    /** When the case ran. */
    period,
    /** What came out of it: at least one short statement. */
    outcomes: z.array(lineOfText(3, 200)).min(1).max(30),
  }),
);

export type Case = z.output<typeof caseSchema>;
