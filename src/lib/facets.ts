import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { Card } from './cards.ts';
import { byName } from './format.ts';

export type FacetName = 'theme' | 'kind' | 'municipality' | 'country' | 'effort' | 'state' | 'applied';

export interface Facet {
  name: FacetName;
  options: { value: string; label: string }[];
}

/**
 * The filters a listing offers (those with at least two choices), and the CSS that applies them
 * without JavaScript: a checked radio button hides, through `:has()`, every card whose data
 * attribute lacks its value. One rule per choice, so the CSS grows with the choices only.
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
  const css = facets
    .flatMap(({ name, options }) =>
      options.map(
        ({ value }) =>
          `.kb-listing:has([name="${name}"][value="${value}"]:checked) .kb-card:not([data-${name}~="${value}"]){display:none}`,
      ),
    )
    .join('\n');
  return { facets, css };
}
