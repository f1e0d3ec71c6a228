import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { eventTypes } from '../schemas/event.ts';
import { facetRules, filteredListingCss, type Facet } from '../lib/facets.ts';
import type { EventCard } from './events.ts';

export type EventFacetName = 'theme' | 'type' | 'country';

export type EventFacet = Facet<EventFacetName>;

/**
 * The filters of the events overview (those with at least two choices) and the CSS that applies
 * them without JavaScript, with the count of what is shown and each section's empty state
 * (facetRules and filteredListingCss, as for every listing).
 */
export function buildEventFacets(
  { upcoming, past }: { upcoming: EventCard[]; past: EventCard[] },
  lang: Lang,
): { facets: EventFacet[]; css: string } {
  const t = useTranslations(lang);
  const cards = [...upcoming, ...past];
  const themes = new Map(cards.flatMap((card) => card.themes.map((theme) => [theme.id, theme.name] as const)));
  const options: Record<EventFacetName, EventFacet['options']> = {
    theme: [...themes].map(([value, label]) => ({ value, label })),
    type: eventTypes
      .filter((type) => cards.some((card) => card.type === type))
      .map((type) => ({ value: type, label: t(`event.type.${type}`) })),
    country: (['NL', 'UA'] as const)
      .filter((country) => cards.some((card) => card.countries.includes(country)))
      .map((country) => ({ value: country, label: t(`country.${country}`) })),
  };
  const facets = (['theme', 'type', 'country'] as const)
    .filter((name) => options[name].length > 1)
    .map((name) => ({ name, options: options[name] }));
  const parts = [
    { cards: upcoming, scope: '.kb-events__upcoming' },
    { cards: past, scope: '.kb-events__past' },
  ];
  const css = facetRules(facets)
    .concat(facets.length > 0 ? filteredListingCss(parts, facets, t('filter.results'), eventValues) : [])
    .join('\n');
  return { facets, css };
}

/** An event card's values for a filter, as its data attributes list them (EventCard.astro). */
function eventValues(card: EventCard, name: string): string[] {
  if (name === 'theme') return card.themes.map((theme) => theme.id);
  if (name === 'type') return [card.type];
  return card.countries;
}
