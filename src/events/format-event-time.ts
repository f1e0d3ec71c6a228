import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { EventType } from '../schemas/event.ts';
import { instantOf, isDay } from '../schemas/event-time.ts';

/** The pilot's two zones: an event in one is also shown in the other (Kyiv is an hour ahead). */
const pilotZones = ['Europe/Amsterdam', 'Europe/Kyiv'];

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

export interface EventTimeText {
  /** `10 maart 2026, 10:00–11:30 (Midden-Europese standaardtijd)` or `19 mei 2022`. */
  local: string;
  /** The same moment in the other pilot zone, named: `11:00–12:30 (Oost-Europese standaardtijd)`; none for days. */
  other: string | undefined;
}

/**
 * When an event takes place, in the reader's language, with its time zone named (Intl's long zone
 * name), never in a zone guessed from the reader: the page is static and the same for everyone.
 * Days are shown as days (`19 mei 2022`, `20–24 april 2026`).
 */
export function formatEventTime(
  event: { start: string; end: string; timezone?: string | undefined },
  lang: Lang,
): EventTimeText {
  if (isDay(event.start)) {
    const days = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' });
    const [start, end] = [instantOf(event.start), instantOf(event.end)];
    return { local: event.start === event.end ? days.format(start) : days.formatRange(start, end), other: undefined };
  }
  const zone = event.timezone ?? 'UTC';
  const other = pilotZones.find((candidate) => candidate !== zone);
  return {
    local: range(event, zone, lang, true),
    other: other && pilotZones.includes(zone) ? range(event, other, lang, false) : undefined,
  };
}

/**
 * An event's type and time in one line, as a newsletter's item and a feed's item introduce it:
 * `Webinar, 13 oktober 2026, 10:00–11:30 (Midden-Europese zomertijd)`, and «(Afgelast)» when cancelled.
 */
export function typeAndTime(
  event: { type: EventType; start: string; end: string; timezone?: string | undefined; state?: string },
  lang: Lang,
): string {
  const t = useTranslations(lang);
  const cancelled = event.state === 'cancelled' ? ` (${t('event.cancelled')})` : '';
  return `${t(`event.type.${event.type}`)}, ${formatEventTime(event, lang).local}${cancelled}`;
}

function range(event: { start: string; end: string }, zone: string, lang: Lang, withDate: boolean): string {
  const [start, end] = [instantOf(event.start), instantOf(event.end)];
  const times = new Intl.DateTimeFormat(locale(lang), {
    ...(withDate ? { day: 'numeric', month: 'long', year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).formatRange(start, end);
  // formatRange shortens a zone's name to an abbreviation or GMT+1; the long name says it in words.
  const name = new Intl.DateTimeFormat(locale(lang), { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(start)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${times} (${name})` : times;
}

/** Whether an event is still to come (or running) on `today` (`YYYY-MM-DD`), by its last day. */
export const isUpcoming = (event: { end: string }, today: string) => event.end.slice(0, 10) >= today;
