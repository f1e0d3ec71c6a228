import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFeed } from '../../../events/event-feed.ts';
import { langs, type Lang } from '../../../i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = () => langs.map((lang) => ({ params: { lang } }));

/** /<lang>/events/feed.xml: the network's events, newest announcement first, in one language. */
export const GET: APIRoute = ({ params, site }) => eventFeed(params['lang'] as Lang, site!);
