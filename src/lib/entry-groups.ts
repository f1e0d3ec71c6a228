import type { CollectionEntry } from 'astro:content';
import { isLang, langs, type Lang } from '../i18n/locales.ts';
import type { EntryCollection } from '../schemas/entry.ts';

// Pure helpers over entries, without Astro's runtime, so that unit tests can use them.

export type Entry = CollectionEntry<EntryCollection>;

/** The language files of one entry folder: `practices/<slug>/{nl,uk,en}.mdx`. */
export interface EntryGroup {
  collection: EntryCollection;
  slug: string;
  /** `practices/<slug>`, the form `related` uses. */
  key: string;
  versions: Partial<Record<Lang, Entry>>;
}

/**
 * Splits an entry id into its slug and language, as the folder layout defines them.
 * @example parseEntryId('flexwoningen-aalsmeer/nl') // => { slug: 'flexwoningen-aalsmeer', lang: 'nl' }
 */
export function parseEntryId(id: string): { slug: string; lang: Lang } {
  const [slug = '', lang = ''] = id.split('/');
  if (!isLang(lang)) throw new Error(`Entry id "${id}" does not end in a language (nl, uk, en)`);
  return { slug, lang };
}

/**
 * The version of an entry to show a reader of `lang`: their language, else the original
 * (the file that is not a translation), else the first language that exists.
 */
export function pickVersion(group: EntryGroup, lang: Lang): Entry {
  const available = langs.map((code) => group.versions[code]).filter((entry) => entry !== undefined);
  const chosen = group.versions[lang] ?? available.find((entry) => !entry.data.translation) ?? available[0];
  if (!chosen) throw new Error(`Entry ${group.key} has no visible language file`);
  return chosen;
}

/** Newest first, by `updated` or else `published`. */
export function byDate(a: Entry, b: Entry): number {
  return (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published);
}

/** `/uk/practices/<slug>/`: every entry has a page in every language (a notice where no text exists). */
export function entryPath(lang: Lang, group: Pick<EntryGroup, 'collection' | 'slug'>): string {
  return `/${lang}/${group.collection}/${group.slug}/`;
}
