import { paths } from '../../../../content-model.ts';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { langs, type Lang } from '../../../../i18n/locales.ts';
import { useTranslations } from '../../../../i18n/translations.ts';
import { entryFeed } from '../../../../lib/feeds.ts';

export const getStaticPaths = async () => {
  const themes = await getCollection('themes');
  return langs.flatMap((lang) =>
    themes.map((theme) => ({ params: { lang, theme: theme.data.id }, props: { name: theme.data.name[lang] } })),
  );
};

/** /<lang>/themes/<theme>/feed.xml: new and updated entries on one theme. */
export const GET: APIRoute<{ name: string }> = ({ params, props, site }) => {
  const lang = params['lang'] as Lang;
  const theme = String(params['theme']);
  return entryFeed({
    lang,
    site: site!,
    title: useTranslations(lang)('feed.theme', { theme: props.name }),
    self: paths.themeFeed(lang, theme),
    filter: (data) => data.themes.includes(theme),
  });
};
