import type { CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/locales.ts';
import { paths, parseTextId, type CardCollection, type EntryCollection } from '../content-model.ts';

// Pure helpers over entries, without Astro's runtime, so that unit tests can use them.

export type Entry = CollectionEntry<EntryCollection>;
export type QuestionText = CollectionEntry<'questions'>;

/** The language files of one folder: `practices/<slug>/{nl,uk,en}.mdx`. */
export interface TextGroup<C extends CardCollection, T> {
  collection: C;
  slug: string;
  /** `practices/<slug>`, the form `related` uses. */
  key: string;
  versions: Partial<Record<Lang, T>>;
}

/** A practice, guide or case in every language it is written in. */
export type EntryGroup = TextGroup<EntryCollection, Entry>;
/** A question in every language it is written in. */
export type QuestionGroup = TextGroup<'questions', QuestionText>;

type Dated = { data: { published: string; updated?: string | undefined; translation?: unknown } };

/** Splits an entry id (`<slug>/<lang>`) into its slug and language, as the content model defines them. */
export const parseEntryId = parseTextId;

/**
 * The version of an entry to show a reader of `lang`: their language, else the original
 * (the file that is not a translation), else the first language that exists.
 */
export function pickVersion<T extends Dated>(group: TextGroup<CardCollection, T>, lang: Lang): T {
  const available = langs.map((code) => group.versions[code]).filter((entry) => entry !== undefined);
  const chosen = group.versions[lang] ?? available.find((entry) => !entry.data.translation) ?? available[0];
  if (!chosen) throw new Error(`Entry ${group.key} has no visible language file`);
  return chosen;
}

/** Newest first, by `updated` or else `published`. */
export function byDate(a: Dated, b: Dated): number {
  return (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published);
}

/** `/uk/practices/<slug>/`: every entry has a page in every language (a notice where no text exists). */
export const entryPath = paths.entry;
