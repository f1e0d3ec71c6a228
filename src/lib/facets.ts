import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { Card } from './cards.ts';
import { byName } from './format.ts';

export type FacetName = 'theme' | 'kind' | 'municipality' | 'country' | 'effort' | 'state' | 'applied';

export interface Facet<Name extends string = FacetName> {
  name: Name;
  options: { value: string; label: string }[];
  /** The group's name where the listing means more than `filter.<name>` says (the questions: the asking country). */
  legend?: string;
}

/**
 * The CSS that applies filters without JavaScript: a checked radio button hides, through `:has()`,
 * every card whose data attribute lacks its value. One rule per choice, so the CSS grows with the
 * choices only.
 */
export function facetRules(facets: Facet<string>[]): string[] {
  return facets.flatMap(({ name, options }) =>
    options.map(
      ({ value }) =>
        `.kb-listing:has([name="${name}"][value="${value}"]:checked) .kb-card:not([data-${name}~="${value}"]){display:none}`,
    ),
  );
}

/**
 * The filters a listing offers (those with at least two choices), and the CSS that applies them
 * without JavaScript (facetRules), then the empty state and the count of what is shown (see
 * filteredListingCss).
 * The CSS goes in the page's <head> (BaseLayout's `inlineStyle`), where HTML allows <style>.
 */
export function buildFacets(cards: Card[], names: FacetName[], lang: Lang): { facets: Facet[]; css: string } {
  const t = useTranslations(lang);
  const unique = <T>(items: T[], key: (item: T) => string) => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];
  const options: Record<FacetName, Facet['options']> = {
    theme: unique(
      cards.flatMap((card) => card.themes),
      (theme) => theme.id,
    ).map((theme) => ({ value: theme.id, label: theme.name })),
    kind: unique(cards, (card) => card.collection).map((card) => ({
      value: card.collection,
      label: t(`kinds.${card.collection}`),
    })),
    municipality: unique(
      cards.flatMap((card) => card.municipalities),
      (m) => m.id,
    )
      .sort(byName(lang, (m) => m.name))
      .map((m) => ({ value: m.id, label: m.name })),
    country: (['NL', 'UA'] as const)
      .filter((country) => cards.some((card) => card.municipalities.some((m) => m.country === country)))
      .map((country) => ({ value: country, label: t(`country.${country}`) })),
    effort: (['low', 'medium', 'high'] as const)
      .filter((effort) => cards.some((card) => card.effort === effort))
      .map((effort) => ({ value: effort, label: t(`effort.${effort}`) })),
    state: (['open', 'answered', 'closed'] as const)
      .filter((state) => cards.some((card) => card.state === state))
      .map((state) => ({ value: state, label: t(`questions.state.${state}`) })),
    // One choice is enough here: "applied elsewhere" against "all" (the reset every facet has).
    applied:
      cards.some((card) => card.applied) && cards.some((card) => !card.applied)
        ? [{ value: 'yes', label: t('filter.appliedElsewhere') }]
        : [],
  };
  const facets = names
    .filter((name) => options[name].length > (name === 'applied' ? 0 : 1))
    .map((name) => ({ name, options: options[name] }));
  const css = facetRules(facets)
    .concat(facets.length > 0 ? filteredListingCss([{ cards }], facets, t('filter.results'), cardValues) : [])
    .join('\n');
  return { facets, css };
}

/** A card's values for a facet, as its data attribute lists them (EntryCard.astro). */
function cardValues(card: Card, name: string): string[] {
  switch (name as FacetName) {
    case 'theme':
      return card.themes.map((theme) => theme.id);
    case 'kind':
      return [card.collection];
    case 'municipality':
      return card.municipalities.map((m) => m.id);
    case 'country':
      return [...new Set(card.municipalities.map((m) => m.country))];
    case 'effort':
      return card.effort ? [card.effort] : [];
    case 'state':
      return card.state ? [card.state] : [];
    case 'applied':
      return card.applied ? ['yes'] : [];
  }
}

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * What a filtered listing says without JavaScript (EntryList.astro, EventList.astro), as CSS:
 * - the empty state of each part (`scope`: the listing itself, or one of its sections), shown when
 *   every card in it is hidden: a card is hidden when, in some facet, the checked choice is neither
 *   «all» (value "") nor one of the card's values (`valuesOf`, as its data attributes list them),
 *   so the part is empty when that holds for each of its cards (one `:has()` per distinct card);
 * - how many cards are shown, once a filter is chosen: a CSS counter counts the cards that are
 *   displayed, in `results` ("{count} shown"). The page's script, when it runs, announces the
 *   same itself and marks the listing `data-kb-live`, which hides this line.
 */
export function filteredListingCss<C>(
  parts: { cards: C[]; scope?: string }[],
  facets: Facet<string>[],
  results: string,
  valuesOf: (card: C, facet: string) => string[],
): string[] {
  const empty = parts.flatMap(({ cards, scope = '' }) => {
    if (cards.length === 0) return [];
    const hidden = new Set(
      cards.map((card) =>
        facets
          .map(({ name }) => {
            const allowed = ['""', ...valuesOf(card, name).map((value) => `"${value}"`)];
            return `[name="${name}"]:checked:not(${allowed.map((value) => `[value=${value}]`).join(',')})`;
          })
          .join(','),
      ),
    );
    const within = scope ? ` ${scope}` : '';
    return [
      `.kb-listing${[...hidden].map((clause) => `:has(${clause})`).join('')}${within} .kb-listing__none{display:block}`,
    ];
  });
  const [before = '', after = ''] = results.split('{count}');
  return [
    ...empty,
    `.kb-listing:not([data-kb-live]):has(.kb-filters input:checked:not([value=""])) .kb-listing__shown{display:block}`,
    `.kb-listing__shown::before{content:${cssString(before)} counter(kb-shown) ${cssString(after)}}`,
  ];
}
