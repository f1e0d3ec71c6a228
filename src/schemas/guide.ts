import { z } from 'astro/zod';
import { lineOfText } from './common.ts';
import { entryFields, withEntryRules } from './entry.ts';

/** `content/guides/<slug>/<lang>.mdx`: a practical guide ("handreiking"); its steps are in the body. */
export const guideSchema = withEntryRules(
  z.strictObject({
    ...entryFields,
    /** Who the guide is for, e.g. "beleidsmedewerkers wonen". */
    audience: lineOfText(3, 200),
  }),
);

export type Guide = z.output<typeof guideSchema>;
