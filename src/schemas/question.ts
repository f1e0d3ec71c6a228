import { z } from 'astro/zod';
import { entryFields, entryReference, withEntryRules } from './entry.ts';
import { id } from './common.ts';

const { related: _related, sources: _sources, builds_on: _buildsOn, ...shared } = entryFields;

/**
 * `content/questions/<slug>/<lang>.mdx`: a question a municipality or organisation puts to the
 * network (content model version 2, "Questions"). The body says what is needed and why.
 */
export const questionSchema = withEntryRules(
  z
    .strictObject({
      ...shared,
      /** `open` (default), `answered` (needs at least one answer) or `closed`. */
      state: z.enum(['open', 'answered', 'closed']).default('open'),
      /** The practices, guides or cases that answer it. */
      answers: z.array(entryReference).max(50).default([]),
      /** Municipality or organisation ids that offered to share their experience. */
      offered_by: z.array(id).max(100).default([]),
    })
    .refine((question) => question.municipalities.length + question.organisations.length > 0, {
      error:
        'a question needs at least one asker; name the asking municipality in municipalities or the organisation in organisations',
      path: ['municipalities'],
    })
    .refine((question) => question.state !== 'answered' || question.answers.length > 0, {
      error: 'an answered question lists at least one answer; add answers or set state: open',
      path: ['answers'],
    }),
);

export type Question = z.output<typeof questionSchema>;
