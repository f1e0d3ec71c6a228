import type { APIRoute } from 'astro';
import { eventsCalendar } from '../../../events/calendar-events.ts';
import { getEvents, pickEvent, type EventGroup } from '../../../events/events.ts';
import { langs, type Lang } from '../../../i18n/locales.ts';

export async function getStaticPaths() {
  return (await getEvents()).flatMap((group) =>
    langs.map((lang) => ({ params: { lang, slug: group.slug }, props: { group } })),
  );
}

/** /<lang>/events/<slug>.ics: one event's «add to calendar» file. */
export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params['lang'] as Lang;
  const { group } = props as { group: EventGroup };
  return eventsCalendar([group], lang, site!, pickEvent(group, lang).data.title);
};
