import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/locales.ts';
import { parseTextId, paths } from '../content-model.ts';
import { getCatalogue } from '../lib/entries.ts';
import { instantOf } from '../schemas/event-time.ts';
import type { EventType } from '../schemas/event.ts';
import { isUpcoming } from './format-event-time.ts';

export type EventText = CollectionEntry<'events'>;

/** An event in every language it is written in. */
export interface EventGroup {
  slug: string;
  /** `events/<slug>`. */
  key: string;
  versions: Partial<Record<Lang, EventText>>;
}

/** What a listing shows of an event, in the reader's language where it has it. */
export interface EventCard {
  key: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  textLang: Lang;
  type: EventType;
  start: string;
  end: string;
  timezone: string | undefined;
  cancelled: boolean;
  themes: { id: string; name: string }[];
  municipalities: { id: string; name: string; country: 'NL' | 'UA' }[];
  /** The countries of the municipalities taking part, for the country filter. */
  countries: ('NL' | 'UA')[];
}

/** The day the build takes as today: what is upcoming and what is past. KB_TODAY fixes it for tests. */
export const buildDay = (): string => process.env['KB_TODAY'] ?? new Date().toISOString().slice(0, 10);

const isVisible = (text: EventText) => import.meta.env.KB_SHOW_DRAFTS || text.data.status !== 'draft';

let loaded: Promise<EventGroup[]> | undefined;

/** Every visible event, soonest first; loaded once per build. */
export function getEvents(): Promise<EventGroup[]> {
  loaded ??= (async () => {
    const groups = new Map<string, EventGroup>();
    for (const text of (await getCollection('events')).filter(isVisible)) {
      const { slug, lang } = parseTextId(text.id);
      const group = groups.get(slug) ?? { slug, key: `events/${slug}`, versions: {} };
      group.versions[lang] = text;
      groups.set(slug, group);
    }
    return [...groups.values()].sort(
      (a, b) =>
        instantOf(pickEvent(a, 'nl').data.start).getTime() - instantOf(pickEvent(b, 'nl').data.start).getTime() ||
        a.slug.localeCompare(b.slug),
    );
  })();
  return loaded;
}

/** The version for a reader of `lang`: theirs, else the original, else the first there is. */
export function pickEvent(group: EventGroup, lang: Lang): EventText {
  const available = langs.flatMap((code) => group.versions[code] ?? []);
  const chosen = group.versions[lang] ?? available.find((text) => !text.data.translation) ?? available[0];
  if (!chosen) throw new Error(`Event ${group.key} has no visible language file`);
  return chosen;
}

export async function eventCard(group: EventGroup, lang: Lang): Promise<EventCard> {
  const { themes, municipalities } = await getCatalogue();
  const text = pickEvent(group, lang);
  const { data } = text;
  const taking = data.municipalities.flatMap((id) => {
    const municipality = municipalities.get(id);
    return municipality ? [{ id, name: municipality.name[lang], country: municipality.country }] : [];
  });
  return {
    key: group.key,
    slug: group.slug,
    url: paths.event(lang, group.slug),
    title: data.title,
    summary: data.summary,
    textLang: parseTextId(text.id).lang,
    type: data.type,
    start: data.start,
    end: data.end,
    timezone: data.timezone,
    cancelled: data.state === 'cancelled',
    themes: data.themes.map((id) => ({ id, name: themes.find((theme) => theme.id === id)?.name[lang] ?? id })),
    municipalities: taking,
    countries: [...new Set(taking.map((m) => m.country))],
  };
}

/** The events of a listing in `lang`: upcoming ones soonest first, past ones latest first. */
export async function eventCards(
  lang: Lang,
  filter: (group: EventGroup, text: EventText) => boolean = () => true,
): Promise<{ upcoming: EventCard[]; past: EventCard[] }> {
  const today = buildDay();
  const groups = (await getEvents()).filter((group) => filter(group, pickEvent(group, lang)));
  const cards = await Promise.all(groups.map((group) => eventCard(group, lang)));
  return {
    upcoming: cards.filter((card) => isUpcoming(card, today)),
    past: cards.filter((card) => !isUpcoming(card, today)).reverse(),
  };
}

/** The events that produced an entry or question (`produced`), latest first: "where it came from". */
export async function eventsThatProduced(key: string, lang: Lang): Promise<EventCard[]> {
  return (
    await eventCards(lang, (group) => Object.values(group.versions).some((text) => text?.data.produced.includes(key)))
  ).past;
}
