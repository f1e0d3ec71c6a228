import { paths } from '../../content-model.ts';
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translations.ts';
import { entryFeed } from '../../lib/feeds.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/feed.xml: new and updated entries in one language. */
export const GET: APIRoute = ({ params, site }) => {
  const lang = params['lang'] as Lang;
  return entryFeed({ lang, site: site!, title: useTranslations(lang)('feed.entries'), self: paths.feed(lang) });
};
