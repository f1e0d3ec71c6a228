import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import {
  cardCollections,
  entryCollections,
  listedCollections,
  parseCardKey,
  parseEntryKey,
  parseListedKey,
} from '../content-model.ts';
import { httpUrl, id, idPattern, isoDate, lineOfText, tag, withoutControls } from './common.ts';
import { leavesEntryFolder } from '../mdx/entry-files.ts';

/** `<collection>/<slug>`, e.g. `guides/vraaggestuurde-samenwerking`. */
export const entryReference = z.string().refine((value) => idPattern.test(parseEntryKey(value)?.slug ?? ''), {
  error: (issue) =>
    String(issue.input).startsWith('questions/')
      ? `"${String(issue.input)}" is a question, and a question is never an answer or a basis; expected a practice, guide or case`
      : `expected <collection>/<slug> with collection one of ${entryCollections.join(', ')}`,
});

/** An entry or a question, as a newsletter lists them: `questions/<slug>`. */
export const cardReference = z.string().refine((value) => idPattern.test(parseCardKey(value)?.slug ?? ''), {
  error: `expected <collection>/<slug> with collection one of ${cardCollections.join(', ')}`,
});

/** What a newsletter lists: an entry, a question or an event, `events/<slug>`. */
export const listedReference = z.string().refine((value) => idPattern.test(parseListedKey(value)?.slug ?? ''), {
  error: `expected <collection>/<slug> with collection one of ${listedCollections.join(', ')}`,
});

/** A file name inside the entry's own folder, e.g. `plan.pdf` or `images/kaart.png`. */
export const entryFile = withoutControls(z.string().max(300)).refine(
  (value) => !value.startsWith('/') && !leavesEntryFolder(value),
  {
    error: 'expected a file in the entry folder, without "/" at the start or ".."',
  },
);

export const period = z
  .strictObject({
    /** First day. */
    start: isoDate,
    /** Last day (optional: still running). */
    end: isoDate.optional(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, { error: 'must not be before "start"', path: ['end'] });

/** The fields every practice, guide and case has (content model, "Fields every entry has"). */
export const entryFields = {
  /** Title, 3–120 characters. */
  title: lineOfText(3, 120),
  /** Shown on cards, in search results and newsletters: 40–300 characters. */
  summary: lineOfText(40, 300),
  /** At least one theme id from `content/themes/`. */
  themes: z.array(id).min(1).max(10),
  /** Municipality ids from `content/municipalities/`; empty for network-wide content. */
  municipalities: z.array(id).max(100).default([]),
  /** Organisation ids from `content/organisations/`. */
  organisations: z.array(id).max(100).default([]),
  /** First publication; not in the future unless `status: draft`. */
  published: isoDate,
  /** Last substantial update; not before `published`. */
  updated: isoDate.optional(),
  /** `published` (default) or `draft`: drafts never reach a production build. */
  status: z.enum(['published', 'draft']).default('published'),
  /** Lowercase keywords, 2–40 characters each. */
  tags: z.array(tag).max(30).default([]),
  /** Related entries as `<collection>/<slug>`. */
  related: z.array(entryReference).max(50).default([]),
  /** A function and a functional mailbox; never a person's phone number. */
  contact: z
    .strictObject({
      role: lineOfText(2, 120),
      organisation: id.optional(),
      email: z.email({ error: 'expected an email address such as team@example.org' }).max(254).optional(),
    })
    .optional(),
  /** Documents the entry rests on: a title and a web address or a file in the entry folder. */
  sources: z
    .array(z.strictObject({ title: lineOfText(3, 300), url: httpUrl.optional(), file: entryFile.optional() }))
    .max(100)
    .default([]),
  /** On a translated file: the language it was translated from and whether a person reviewed it. */
  translation: z.strictObject({ from: z.enum(langs), reviewed: z.boolean() }).optional(),
  /** The entries this one applies or adapts; their pages show where they were applied. */
  builds_on: z.array(entryReference).max(20).default([]),
};

/** The updated-after-published rule every kind shares. */
export function withEntryRules<T extends z.ZodType<{ published: string; updated?: string | undefined }>>(schema: T) {
  return schema.refine((entry) => entry.updated === undefined || entry.updated >= entry.published, {
    error: 'must not be before "published"',
    path: ['updated'],
  });
}
