import { getCollection, type CollectionEntry } from 'astro:content';
import { entryCollections } from '../content-model.ts';
import { byDate, parseEntryId, pickVersion, type EntryGroup } from './entry-groups.ts';

export * from './entry-groups.ts';
export type Theme = CollectionEntry<'themes'>['data'];
export type Municipality = CollectionEntry<'municipalities'>['data'];
export type Organisation = CollectionEntry<'organisations'>['data'];

export interface Catalogue {
  themes: Theme[];
  municipalities: Map<string, Municipality>;
  organisations: Map<string, Organisation>;
  groups: Map<string, EntryGroup>;
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

