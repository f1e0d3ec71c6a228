// The content model's layout, in one place: which collections exist and of what kind, where their
// files live, how a path is taken apart, and the address of every page. The check, the content
// layer (content.config.ts), the pages, the scripts, the share page and the search read it from
// here. No Node imports and no schemas: browser code uses it too (the schemas are keyed by it in
// src/schemas/index.ts).
import { isLang, langs, type Lang } from './i18n/locales.ts';

export { isLang, langs, type Lang };

/**
 * Every folder under `content/`. `data`: one YAML file per record; `entry`: a folder per entry
 * with a text per language, shown as entries; `question`: the same layout, a question put to the
 * network; `event`: the same layout, a webinar, meeting, working visit or training;
 * `newsletter`: a folder per month.
 */
export const collections = {
  themes: { kind: 'data', schemaKind: undefined },
  municipalities: { kind: 'data', schemaKind: undefined },
  organisations: { kind: 'data', schemaKind: undefined },
  synonyms: { kind: 'data', schemaKind: undefined },
  practices: { kind: 'entry', schemaKind: 'practice' },
  guides: { kind: 'entry', schemaKind: 'guide' },
  cases: { kind: 'entry', schemaKind: 'case' },
  questions: { kind: 'question', schemaKind: 'question' },
  events: { kind: 'event', schemaKind: 'event' },
  newsletters: { kind: 'newsletter', schemaKind: 'newsletter' },
} as const satisfies Record<
  string,
  { kind: 'data' | 'entry' | 'question' | 'event' | 'newsletter'; schemaKind: string | undefined }
>;

export type CollectionName = keyof typeof collections;
/** The kind a contributor names (`practice`, `event`) of the collections in `C` that have one. */
export type SchemaKindOf<C extends CollectionName> = Exclude<(typeof collections)[C]['schemaKind'], undefined>;
/** The kinds a contributor writes with a slug folder per entry: every kind but data and newsletters. */
export type WrittenCollection = OfKind<'entry' | 'question' | 'event'>;
export type WrittenKind = SchemaKindOf<WrittenCollection>;
export type CollectionKind = (typeof collections)[CollectionName]['kind'];
export const collectionNames = Object.keys(collections) as CollectionName[];

type OfKind<K extends CollectionKind> = {
  [C in CollectionName]: (typeof collections)[C]['kind'] extends K ? C : never;
}[CollectionName];
export type DataCollection = OfKind<'data'>;
export type EntryCollection = OfKind<'entry'>;
/** The collections shown as entries (practices, guides, cases), in the order the site lists them. */
export const entryCollections = collectionNames.filter(
  (name): name is EntryCollection => collections[name].kind === 'entry',
);
export const dataCollections = collectionNames.filter(
  (name): name is DataCollection => collections[name].kind === 'data',
);

/** `{ practice: 'practices', …, event: 'events' }`: what `npm run new --kind` and the forms offer. */
export const writtenKinds = Object.fromEntries(
  collectionNames.flatMap((name) => {
    const { kind, schemaKind } = collections[name];
    return kind === 'entry' || kind === 'question' || kind === 'event' ? [[schemaKind, name]] : [];
  }),
) as Record<WrittenKind, WrittenCollection>;

export function isEntryCollection(name: string): name is EntryCollection {
  return (entryCollections as string[]).includes(name);
}

/** A newsletter folder: a month, `2026-11`. */
export const newsletterFolderPattern = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** Where a collection's files live, as a contributor reads it in messages. */
export function fileLayout(collection: CollectionName): string {
  const { kind } = collections[collection];
  if (kind === 'data') return `${collection}/<id>.yaml`;
  return `${collection}/${kind === 'newsletter' ? '<yyyy-mm>' : '<slug>'}/<lang>.mdx`;
}

/** The file name of a text in `lang`: `nl.mdx`. */
export const textFileName = (lang: Lang) => `${lang}.mdx`;
/** `nl.mdx, uk.mdx or en.mdx`, for messages. */
export const textFileNames = `${langs.slice(0, -1).map(textFileName).join(', ')} or ${textFileName(langs.at(-1)!)}`;

/** The id of a text in the content layer: `<slug>/<lang>`. */
export const textId = (slug: string, lang: Lang) => `${slug}/${lang}`;

/**
 * Splits a text's id into its slug and language.
 * @example parseTextId('flexwoningen-aalsmeer/nl') // => { slug: 'flexwoningen-aalsmeer', lang: 'nl' }
 */
export function parseTextId(id: string): { slug: string; lang: Lang } {
  const [slug = '', lang = ''] = id.split('/');
  if (!isLang(lang)) throw new Error(`Text id "${id}" does not end in a language (${langs.join(', ')})`);
  return { slug, lang };
}

/** The collections whose folders hold texts per language: entries, questions and newsletters. */
export type TextCollection = Exclude<CollectionName, DataCollection>;
/** What a newsletter lists and a page can show as a card: entries and questions. */
export type CardCollection = EntryCollection | 'questions';
export const cardCollections: CardCollection[] = [...entryCollections, 'questions'];

/** `practices/<slug>`: how texts refer to each other (`related`, `builds_on`, `answers`, newsletters). */
export const entryKey = (collection: CardCollection, slug: string) => `${collection}/${slug}`;

/** What a newsletter lists, each in a section of its own: entries, questions and events. */
export type ListedCollection = CardCollection | 'events';
export const listedCollections: ListedCollection[] = [...cardCollections, 'events'];

/** Takes a newsletter's `events/<slug>` (or an entry's or question's key) apart. */
export function parseListedKey(key: string): { collection: ListedCollection; slug: string } | undefined {
  const [collection = '', slug, ...rest] = key.split('/');
  return (listedCollections as string[]).includes(collection) && slug && rest.length === 0
    ? { collection: collection as ListedCollection, slug }
    : undefined;
}

/** Takes `practices/<slug>` apart; undefined when it is not a reference to an entry. */
export function parseEntryKey(key: string): { collection: EntryCollection; slug: string } | undefined {
  const parsed = parseCardKey(key);
  return parsed && isEntryCollection(parsed.collection)
    ? { collection: parsed.collection, slug: parsed.slug }
    : undefined;
}

/** Takes `practices/<slug>` or `questions/<slug>` apart. */
export function parseCardKey(key: string): { collection: CardCollection; slug: string } | undefined {
  const [collection = '', slug, ...rest] = key.split('/');
  return (cardCollections as string[]).includes(collection) && slug && rest.length === 0
    ? { collection: collection as CardCollection, slug }
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// Page addresses. Every internal link of the site goes through `pages`, so that the site works
// under any base path (`SITE_URL=https://owner.github.io/repo/` builds with base `/repo/`).

/** The base path the site is served under, with a trailing slash: `/` or `/repo/`. */
export const basePath: string = (siteUrlPath() ?? import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/**
 * The path of SITE_URL where Node runs this (the build's content check renders bodies outside
 * Vite, where import.meta.env has no BASE_URL); astro.config.mjs makes the same path the base.
 */
function siteUrlPath(): string | undefined {
  const url = typeof process === 'undefined' ? undefined : process.env?.['SITE_URL'];
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** A path of the site, under the base path: `path('nl/')` → `/repo/nl/`. */
export const sitePath = (path: string) => `${basePath}${path.replace(/^\//, '')}`;

const paged = (page: number) => (page > 1 ? `page/${page}/` : '');

export const paths = {
  root: () => sitePath(''),
  home: (lang: Lang, fragment = '') => sitePath(`${lang}/${fragment ? `#${fragment}` : ''}`),
  collection: (lang: Lang, collection: EntryCollection, page = 1) => sitePath(`${lang}/${collection}/${paged(page)}`),
  entry: (lang: Lang, entry: { collection: CardCollection; slug: string }) =>
    sitePath(`${lang}/${entry.collection}/${entry.slug}/`),
  questions: (lang: Lang, page = 1) => sitePath(`${lang}/questions/${paged(page)}`),
  questionsFeed: (lang: Lang) => sitePath(`${lang}/questions/feed.xml`),
  events: (lang: Lang) => sitePath(`${lang}/events/`),
  event: (lang: Lang, slug: string) => sitePath(`${lang}/events/${slug}/`),
  /** The iCalendar feed of a language's events, and one event's «add to calendar» file. */
  eventsCalendar: (lang: Lang) => sitePath(`${lang}/events.ics`),
  eventsFeed: (lang: Lang) => sitePath(`${lang}/events/feed.xml`),
  eventCalendar: (lang: Lang, slug: string) => sitePath(`${lang}/events/${slug}.ics`),
  theme: (lang: Lang, theme: string, page = 1) => sitePath(`${lang}/themes/${theme}/${paged(page)}`),
  municipalities: (lang: Lang) => sitePath(`${lang}/municipalities/`),
  municipality: (lang: Lang, id: string) => sitePath(`${lang}/municipalities/${id}/`),
  newsletters: (lang: Lang) => sitePath(`${lang}/newsletters/`),
  newsletter: (lang: Lang, issue: string) => sitePath(`${lang}/newsletters/${issue}/`),
  /** The email files of an issue: `<lang>.html`, `<lang>.txt`, `<lang>.eml`. */
  newsletterFile: (issue: string, file: string) => sitePath(`newsletters/${issue}/${file}`),
  search: (lang: Lang, query?: Iterable<[string, string]>) => {
    const search = query ? new URLSearchParams([...query]).toString() : '';
    return sitePath(`${lang}/search/${search ? `?${search}` : ''}`);
  },
  /** The share form; with a kind, the form with that kind chosen, without JavaScript too (`/nl/share/question/`). */
  share: (lang: Lang, kind?: WrittenKind) => sitePath(`${lang}/share/${kind ? `${kind}/` : ''}`),
  notFound: (lang: Lang) => sitePath(`${lang}/404/`),
  feed: (lang: Lang) => sitePath(`${lang}/feed.xml`),
  themeFeed: (lang: Lang, theme: string) => sitePath(`${lang}/themes/${theme}/feed.xml`),
  newslettersFeed: (lang: Lang) => sitePath(`${lang}/newsletters/feed.xml`),
  /** An image or attachment beside an entry, copied there by the content-check integration. */
  file: (collection: WrittenCollection, slug: string, name: string) =>
    sitePath(`files/${collection}/${slug}/${name.split('/').map(encodeURIComponent).join('/')}`),
  schema: (kind: string) => sitePath(`schemas/${kind}.schema.json`),
  sitemap: () => sitePath('sitemap-index.xml'),
  /** Pagefind's bundle, written by the search-index step. */
  pagefind: () => sitePath('pagefind/'),
};
