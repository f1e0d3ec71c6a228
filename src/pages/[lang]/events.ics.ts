import type { APIRoute } from 'astro';
import { eventsCalendar } from '../../events/calendar-events.ts';
import { getEvents } from '../../events/events.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translations.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/events.ics: every event in one language, for a calendar to subscribe to once. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  return eventsCalendar(await getEvents(), lang, site!, `${t('events.title')} | ${t('site.name')}`);
};
