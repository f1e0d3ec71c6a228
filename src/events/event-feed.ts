import rss from '@astrojs/rss';
import { paths } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { feedText, language, siteHome } from '../lib/feeds.ts';
import { getCatalogue } from '../lib/entries.ts';
import { siteAddress } from '../mdx/site-links.ts';
import { getEvents, pickEvent } from './events.ts';
import { typeAndTime } from './format-event-time.ts';

/**
 * An RSS feed of the network's events in `lang` (the reader's text, else the original), newest
 * announcement or change first, as the entries' and questions' feeds: each item says the type and
 * the time with its zone before the summary. Calendars read the iCalendar feed (events.ics).
 */
export async function eventFeed(lang: Lang, site: URL) {
  const t = useTranslations(lang);
  const { themes } = await getCatalogue();
  const items = (await getEvents())
    .map((group) => ({ group, text: pickEvent(group, lang) }))
    .map(({ group, text }) => ({ group, data: text.data, date: text.data.updated ?? text.data.published }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.group.slug.localeCompare(b.group.slug))
    .slice(0, 50)
    .map(({ group, data, date }) => {
      const state = data.state === 'cancelled' ? ` (${t('event.cancelled')})` : '';
      return {
        title: `${data.title}${state}`,
        link: siteAddress(paths.event(lang, group.slug), site),
        pubDate: new Date(`${date}T00:00:00Z`),
        description: feedText(`${typeAndTime(data, lang)}. ${data.summary}`),
        categories: [
          t(`event.type.${data.type}`),
          ...data.themes.map((id) => themes.find((theme) => theme.id === id)?.name[lang] ?? id),
        ],
      };
    });
  return rss({
    title: `${t('events.title')} | ${t('site.name')}`,
    description: t('events.description'),
    site: siteHome(site),
    items,
    customData: language(lang, paths.eventsFeed(lang), site),
  });
}
