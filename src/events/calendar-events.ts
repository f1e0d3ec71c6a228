import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { paths } from '../content-model.ts';
import { calendarFile } from './calendar.ts';
import { pickEvent, type EventGroup } from './events.ts';

/** The iCalendar file of `groups` in `lang`, with the event pages' absolute addresses under `site`. */
export function eventsCalendar(groups: EventGroup[], lang: Lang, site: URL, name: string): Response {
  const t = useTranslations(lang);
  const events = groups.map((group) => {
    const { data } = pickEvent(group, lang);
    return {
      slug: group.slug,
      title: data.title,
      summary: data.summary,
      start: data.start,
      end: data.end,
      place: data.place,
      online: data.online,
      onlineLabel: t('event.online'),
      cancelled: data.state === 'cancelled',
      url: new URL(paths.event(lang, group.slug), site).href,
      changed: data.updated ?? data.published,
    };
  });
  return new Response(calendarFile(events, { name, host: site.host, lang }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
