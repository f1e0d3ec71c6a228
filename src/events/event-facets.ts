import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { eventTypes } from '../schemas/event.ts';
import { facetRules, type Facet } from '../lib/facets.ts';
import type { EventCard } from './events.ts';

export type EventFacetName = 'theme' | 'type' | 'country';

export type EventFacet = Facet<EventFacetName>;

/**
 * The filters of the events overview (those with at least two choices) and the CSS that applies
 * them without JavaScript (facetRules, as for every listing).
 */
export function buildEventFacets(cards: EventCard[], lang: Lang): { facets: EventFacet[]; css: string } {
  const t = useTranslations(lang);
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
  const css = facetRules(facets).join('\n');
  return { facets, css };
}
