import type { APIRoute, GetStaticPaths } from 'astro';
import { paths } from '../../../content-model.ts';
import { langs, type Lang } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/translations.ts';
import { entryFeed } from '../../../lib/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/questions/feed.xml: new and updated questions to the network in one language. */
export const GET: APIRoute = ({ params, site }) => {
  const lang = params['lang'] as Lang;
  return entryFeed({
    lang,
    site: site!,
    title: useTranslations(lang)('feed.questions'),
    self: paths.questionsFeed(lang),
    questions: true,
  });
};
