import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { EntryCollection } from '../schemas/entry.ts';
import { toCard, type Card } from './cards.ts';
import { getCatalogue, pickVersion, type Theme } from './entries.ts';

/** The cards of a theme's listing, newest first, in the reader's language where they have it. */
export async function themeCards(theme: string, lang: Lang): Promise<Card[]> {
  const catalogue = await getCatalogue();
  return [...catalogue.groups.values()]
    .filter((group) => pickVersion(group, lang).data.themes.includes(theme))
    .map((group) => toCard(group, lang, catalogue));
}

/** The cards of a kind's listing. */
export async function kindCards(collection: EntryCollection, lang: Lang): Promise<Card[]> {
  const catalogue = await getCatalogue();
  return [...catalogue.groups.values()].filter((group) => group.collection === collection).map((group) => toCard(group, lang, catalogue));
}

export const themePath = (theme: string) => (lang: Lang, page: number) => `/${lang}/themes/${theme}/${page > 1 ? `page/${page}/` : ''}`;
export const kindPath = (collection: string) => (lang: Lang, page: number) => `/${lang}/${collection}/${page > 1 ? `page/${page}/` : ''}`;

export function themeListing(theme: Theme, lang: Lang) {
  const t = useTranslations(lang);
  return {
    title: theme.name[lang],
    description: theme.description[lang],
    path: themePath(theme.id),
    facets: ['kind', 'municipality', 'country', 'effort'] as const,
    trail: [{ href: `/${lang}/#themes`, label: t('home.themes') }],
    searchFilter: { name: 'theme', value: theme.name[lang] },
    feed: { href: `/${lang}/themes/${theme.id}/feed.xml`, title: t('feed.theme', { theme: theme.name[lang] }) },
  };
}

export function kindListing(collection: EntryCollection, lang: Lang) {
  const t = useTranslations(lang);
  return {
    title: t(`kinds.${collection}`),
    description: t(`kinds.${collection}.description`),
    path: kindPath(collection),
    facets: ['theme', 'municipality', 'country', 'effort'] as const,
    trail: [],
    searchFilter: { name: 'kind', value: t(`kind.${collection}`) },
  };
}
