import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { isoDate, lineOfText } from './common.ts';
import { listedReference } from './entry.ts';

/** `content/newsletters/<yyyy-mm>/<lang>.mdx`: a newsletter issue; the body is its introduction. */
export const newsletterSchema = z.strictObject({
  /** Subject line and page title, 3–120 characters. */
  title: lineOfText(3, 120),
  /** Date the issue goes out; not in the future unless `status: draft`. */
  published: isoDate,
  /** `published` (default) or `draft`. */
  status: z.enum(['published', 'draft']).default('published'),
  /** The entries, questions and events in this issue, as `<collection>/<slug>`, in reading order. */
  entries: z.array(listedReference).min(1).max(100),
  /** On a translated file: the language it was translated from and whether a person reviewed it. */
  translation: z.strictObject({ from: z.enum(langs), reviewed: z.boolean() }).optional(),
});

export type Newsletter = z.output<typeof newsletterSchema>;
