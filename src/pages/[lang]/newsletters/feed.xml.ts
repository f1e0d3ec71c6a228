import { paths } from '../../../content-model.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/translations.ts';
import { language, siteHome } from '../../../lib/feeds.ts';
import { getNewsletterIssues, newsletterPath } from '../../../newsletter/issues.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/newsletters/feed.xml: the newsletter issues in one language. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const items = (await getNewsletterIssues()).flatMap(({ issue, versions }) => {
    const entry = versions[lang];
    return entry
      ? [
          {
            title: entry.data.title,
            link: newsletterPath(lang, issue),
            pubDate: new Date(`${entry.data.published}T00:00:00Z`),
          },
        ]
      : [];
  });
  return rss({
    title: `${t('feed.newsletters')} | ${t('site.name')}`,
    description: t('newsletters.intro'),
    site: siteHome(site!),
    items,
    customData: language(lang, paths.newslettersFeed(lang), site!),
  });
};
