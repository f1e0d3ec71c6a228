import type { PaginateFunction } from 'astro';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { collections, paths, type EntryCollection } from '../content-model.ts';
import { toCard, toQuestionCard, type Card } from './cards.ts';
import { getCatalogue, pickVersion, type Theme } from './entries.ts';

/**
 * Listings show at most this many entries per page, so that a page stays light on a weak
 * connection however large the knowledge base grows; a listing that fits on one page filters
 * in the page itself (CSS), a longer one filters through the search page.
 */
export const pageSize = 48;

/** The address of page `page` (1-based) of a listing in `lang`. */
export type ListingPath = (lang: Lang, page: number) => string;

/**
 * The static paths of a listing's pages in one language, made by Astro's paginate() for a route
 * whose last segment is the rest parameter `[...page]`. Page 1 is at the listing's own address
 * (`/nl/practices/`), page n at `page/<n>/` below it (`/nl/practices/page/2/`), as `path` (from
 * `paths`) writes them: paginate() alone would put page n at `<n>/`, and `/nl/practices/2/` can be
 * the address of an entry whose slug is `2`. Each page's `url` (current, prev, next, first, last)
 * is paginate()'s, moved to `page/<n>/`; the build stops if a page's own address differs from
 * `path` (prev, next, first and last are other pages' addresses, made the same way).
 */
export function listingPages<Params extends Record<string, string>, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  cards: readonly Card[],
  listing: { lang: Lang; path: ListingPath; params: Params; props?: Props },
) {
  const { lang, path, params, props } = listing;
  const first = path(lang, 1);
  return paginate(cards, {
    pageSize,
    params,
    ...(props ? { props } : {}),
    format: (url) => (url === first ? url : url.replace(/(\d+)\/$/, 'page/$1/')),
  }).map((route) => {
    const { page } = route.props;
    const expected = path(lang, page.currentPage);
    if (page.url.current !== expected)
      throw new Error(`paginate() made ${page.url.current} for page ${page.currentPage}; paths says ${expected}`);
    return {
      ...route,
      params: { ...route.params, page: page.currentPage > 1 ? `page/${page.currentPage}` : undefined },
    };
  });
}

/** Every listing's cards in one language, grouped once per build: pages look them up, never rescan. */
interface CardIndex {
  byTheme: Map<string, Card[]>;
  byKind: Map<EntryCollection, Card[]>;
  byMunicipality: Map<string, Card[]>;
  /** Every question, open ones first. */
  questions: Card[];
  /** Open questions by theme and by asking municipality; questions by the municipality that offered help. */
  openByTheme: Map<string, Card[]>;
  askedBy: Map<string, Card[]>;
  offeredBy: Map<string, Card[]>;
}

const indexes = new Map<Lang, Promise<CardIndex>>();

function cardIndex(lang: Lang): Promise<CardIndex> {
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  return index;
}

async function buildIndex(lang: Lang): Promise<CardIndex> {
  const catalogue = await getCatalogue();
  const index: CardIndex = {
    byTheme: new Map(),
    byKind: new Map(),
    byMunicipality: new Map(),
    questions: [],
    openByTheme: new Map(),
    askedBy: new Map(),
    offeredBy: new Map(),
  };
  const add = <K>(map: Map<K, Card[]>, key: K, card: Card) => {
    const cards = map.get(key);
    if (cards) cards.push(card);
    else map.set(key, [card]);
  };
  // The catalogue is newest first, so every list is too.
  for (const group of catalogue.groups.values()) {
    const card = toCard(group, lang, catalogue);
    const { data } = pickVersion(group, lang);
    data.themes.forEach((theme) => add(index.byTheme, theme, card));
    data.municipalities.forEach((municipality) => add(index.byMunicipality, municipality, card));
    add(index.byKind, group.collection, card);
  }
  for (const group of catalogue.questions.values()) {
    const card = toQuestionCard(group, lang, catalogue);
    const { data } = pickVersion(group, lang);
    index.questions.push(card);
    if (data.state === 'open') data.themes.forEach((theme) => add(index.openByTheme, theme, card));
    data.municipalities.forEach((municipality) => add(index.askedBy, municipality, card));
    data.offered_by.forEach((id) => add(index.offeredBy, id, card));
  }
  return index;
}

/** Every question, open ones first, then newest first. */
export async function questionCards(lang: Lang): Promise<Card[]> {
  return (await cardIndex(lang)).questions;
}

/** The open questions on a theme. */
export async function openQuestionCards(lang: Lang, theme?: string): Promise<Card[]> {
  const index = await cardIndex(lang);
  return theme === undefined
    ? index.questions.filter((card) => card.state === 'open')
    : (index.openByTheme.get(theme) ?? []);
}

/** The questions a municipality asked, and those it offered to help with. */
export async function municipalityQuestions(
  municipality: string,
  lang: Lang,
): Promise<{ asked: Card[]; offered: Card[] }> {
  const index = await cardIndex(lang);
  return { asked: index.askedBy.get(municipality) ?? [], offered: index.offeredBy.get(municipality) ?? [] };
}

export function questionsListing(lang: Lang) {
  const t = useTranslations(lang);
  return {
    title: t('kinds.questions'),
    description: t('kinds.questions.description'),
    path: questionsPath,
    facets: ['theme', 'state', 'country', 'municipality'] as const,
    // A question's places are the ones that ask it.
    facetLegends: { country: t('questions.askingCountry'), municipality: t('questions.askingMunicipality') },
    trail: [],
    searchFilter: { name: 'kind', value: collections.questions.schemaKind },
    feed: { href: paths.questionsFeed(lang), title: t('feed.questions') },
    // The share page makes a question too (its kind "a question to the network").
    action: { href: paths.share(lang, 'question'), label: t('questions.ask') },
  };
}

/** The cards of a theme's listing, newest first, in the reader's language where they have it. */
export async function themeCards(theme: string, lang: Lang): Promise<Card[]> {
  return (await cardIndex(lang)).byTheme.get(theme) ?? [];
}

/** The cards of a kind's listing. */
export async function kindCards(collection: EntryCollection, lang: Lang): Promise<Card[]> {
  return (await cardIndex(lang)).byKind.get(collection) ?? [];
}

/** The cards of the entries about one municipality. */
export async function municipalityCards(municipality: string, lang: Lang): Promise<Card[]> {
  return (await cardIndex(lang)).byMunicipality.get(municipality) ?? [];
}

export const themePath =
  (theme: string): ListingPath =>
  (lang, page) =>
    paths.theme(lang, theme, page);
export const kindPath =
  (collection: EntryCollection): ListingPath =>
  (lang, page) =>
    paths.collection(lang, collection, page);
/** The questions overview pages like the others: `page/<n>/` below its address. */
export const questionsPath: ListingPath = (lang, page) => paths.questions(lang, page);

export function themeListing(theme: Theme, lang: Lang) {
  const t = useTranslations(lang);
  return {
    title: theme.name[lang],
    description: theme.description[lang],
    path: themePath(theme.id),
    facets: ['kind', 'municipality', 'country', 'effort', 'applied'] as const,
    trail: [{ href: paths.home(lang, 'themes'), label: t('home.themes') }],
    searchFilter: { name: 'theme', value: theme.id },
    feed: { href: paths.themeFeed(lang, theme.id), title: t('feed.theme', { theme: theme.name[lang] }) },
  };
}

export function kindListing(collection: EntryCollection, lang: Lang) {
  const t = useTranslations(lang);
  return {
    title: t(`kinds.${collection}`),
    description: t(`kinds.${collection}.description`),
    path: kindPath(collection),
    facets: ['theme', 'municipality', 'country', 'effort', 'applied'] as const,
    trail: [],
    searchFilter: { name: 'kind', value: collections[collection].schemaKind },
  };
}
