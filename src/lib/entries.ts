import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, langs, type Lang } from '../i18n/locales.ts';
import { entryCollections, type EntryCollection } from '../schemas/entry.ts';

export type Entry = CollectionEntry<EntryCollection>;
export type Theme = CollectionEntry<'themes'>['data'];
export type Municipality = CollectionEntry<'municipalities'>['data'];
export type Organisation = CollectionEntry<'organisations'>['data'];

/** The language files of one entry folder: `practices/<slug>/{nl,uk,en}.mdx`. */
export interface EntryGroup {
  collection: EntryCollection;
  slug: string;
  /** `practices/<slug>`, the form `related` uses. */
  key: string;
  versions: Partial<Record<Lang, Entry>>;
}

export interface Catalogue {
  themes: Theme[];
  municipalities: Map<string, Municipality>;
  organisations: Map<string, Organisation>;
  groups: Map<string, EntryGroup>;
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

/** Drafts are shown by the dev server and left out of every production build. */
const isVisible = (entry: { data: { status: string } }) => import.meta.env.KB_SHOW_DRAFTS || entry.data.status !== 'draft';

let catalogue: Promise<Catalogue> | undefined;

/** Everything the pages show, loaded once per build and indexed, so no page scans all entries. */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

async function loadCatalogue(): Promise<Catalogue> {
  const [themes, municipalities, organisations, ...texts] = await Promise.all([
    getCollection('themes'),
    getCollection('municipalities'),
    getCollection('organisations'),
    ...entryCollections.map((collection) => getCollection(collection)),
  ]);
  const groups = new Map<string, EntryGroup>();
  for (const entry of texts.flat().filter(isVisible)) {
    const { slug, lang } = parseEntryId(entry.id);
    const key = `${entry.collection}/${slug}`;
    const group = groups.get(key) ?? { collection: entry.collection, slug, key, versions: {} };
    group.versions[lang] = entry;
    groups.set(key, group);
  }
  return {
    themes: themes.map((theme) => theme.data).sort((a, b) => a.order - b.order),
    municipalities: new Map(municipalities.map((m) => [m.data.id, m.data])),
    organisations: new Map(organisations.map((o) => [o.data.id, o.data])),
    groups: new Map([...groups].sort(([, a], [, b]) => byDate(pickVersion(a, 'nl'), pickVersion(b, 'nl')))),
  };
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
