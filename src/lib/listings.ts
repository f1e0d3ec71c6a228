import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { collections, paths, type EntryCollection } from '../content-model.ts';
import { toCard, toQuestionCard, type Card } from './cards.ts';
import { getCatalogue, pickVersion, type Theme } from './entries.ts';

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
    path: (code: Lang) => paths.questions(code),
    facets: ['theme', 'state', 'country', 'municipality'] as const,
    trail: [],
    searchFilter: { name: 'kind', value: collections.questions.schemaKind },
    feed: { href: paths.questionsFeed(lang), title: t('feed.questions') },
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

export const themePath = (theme: string) => (lang: Lang, page: number) => paths.theme(lang, theme, page);
export const kindPath = (collection: EntryCollection) => (lang: Lang, page: number) =>
  paths.collection(lang, collection, page);

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
