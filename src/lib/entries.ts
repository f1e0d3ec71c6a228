import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n/locales.ts';
import type { EntryCollection } from '../schemas/entry.ts';

export type Entry = CollectionEntry<EntryCollection>;

/**
 * Splits an entry id into its slug and language, as the folder layout defines them.
 * @example parseEntryId('flexwoningen-aalsmeer/nl') // => { slug: 'flexwoningen-aalsmeer', lang: 'nl' }
 */
export function parseEntryId(id: string): { slug: string; lang: Lang } {
  const [slug = '', lang = ''] = id.split('/');
  if (!isLang(lang)) throw new Error(`Entry id "${id}" does not end in a language (nl, uk, en)`);
  return { slug, lang };
}

/** Drafts are shown by the dev server and left out of every production build. */
const isVisible = (entry: { data: { status: string } }) => import.meta.env.KB_SHOW_DRAFTS || entry.data.status !== 'draft';

/** Every visible language file of practices, guides and cases. */
export async function getEntries(): Promise<Entry[]> {
  const all = await Promise.all([getCollection('practices'), getCollection('guides'), getCollection('cases')]);
  return all.flat().filter(isVisible);
}

/** Newest first, by `updated` or else `published`. */
export function byDate(a: Entry, b: Entry): number {
  return (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published);
}

export function entryUrl(entry: Pick<Entry, 'collection' | 'id'>): string {
  const { slug, lang } = parseEntryId(entry.id);
  return `/${lang}/${entry.collection}/${slug}/`;
}
