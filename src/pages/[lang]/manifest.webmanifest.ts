import type { APIRoute } from 'astro';
import { paths, sitePath } from '../../content-model.ts';
import { langs, type Lang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translations.ts';

export const getStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/manifest.webmanifest: the web app manifest in the reader's language (name, start page). */
export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Lang;
  const t = useTranslations(lang);
  const manifest = {
    id: paths.home(lang),
    name: t('site.name'),
    short_name: t('manifest.shortName'),
    description: t('site.tagline'),
    lang,
    dir: 'ltr',
    start_url: paths.home(lang),
    scope: sitePath(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#154273',
    icons: [
      { src: sitePath('favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: sitePath('icon-192.png'), type: 'image/png', sizes: '192x192' },
      { src: sitePath('icon-512.png'), type: 'image/png', sizes: '512x512' },
      { src: sitePath('icon-maskable-512.png'), type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
