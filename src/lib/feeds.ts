import rss from '@astrojs/rss';
import { toHtml } from 'hast-util-to-html';
import { paths } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import { siteAddress } from '../mdx/site-links.ts';
import { entryPath, getCatalogue, pickVersion } from './entries.ts';

/**
 * An RSS feed of the entries that have a text in `lang`, newest change first: an entry that is
 * updated moves up with its new date. The guid is the entry's address, so a reader knows it.
 */
export async function entryFeed(options: {
  lang: Lang;
  site: URL;
  title: string;
  self: string;
  /** Keeps the texts whose version in the reader's language (or the original) passes. */
  filter?: (data: { themes: string[] }) => boolean;
  /** The questions to the network instead of the entries. */
  questions?: boolean;
}) {
  const { lang, site, title, self, filter = () => true } = options;
  const t = useTranslations(lang);
  const { groups, questions, themes } = await getCatalogue();
  const items = [...(options.questions ? questions : groups).values()]
    .filter((group) => filter(pickVersion<{ data: { themes: string[]; published: string } }>(group, lang).data))
    .flatMap((group) => {
      const entry = group.versions[lang];
      return entry ? [{ group, entry, date: entry.data.updated ?? entry.data.published }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 50)
    .map(({ group, entry, date }) => ({
      title: entry.data.title,
      link: siteAddress(entryPath(lang, group), site),
      pubDate: new Date(`${date}T00:00:00Z`),
      description: feedText(entry.data.summary),
      categories: [
        t(`kind.${group.collection}`),
        ...entry.data.themes.map((id) => themes.find((theme) => theme.id === id)?.name[lang] ?? id),
      ],
    }));
  return rss({
    title: `${title} | ${t('site.name')}`,
    description: t('site.tagline'),
    site: siteHome(site),
    items,
    customData: language(lang, self, site),
  });
}

/**
 * Text for an RSS `<description>`, which readers decode once and then render as HTML: escaped as
 * HTML here (and as XML by @astrojs/rss), so `<svg onload…>` in a summary reaches the reader as
 * `&lt;svg…` and shows as the text it is. Titles and categories are plain text in RSS and stay
 * as they are.
 */
export function feedText(text: string): string {
  return toHtml({ type: 'text', value: text }, { characterReferences: { useNamedReferences: true } });
}

/** The channel's link: the site's home under its base path, `https://owner.github.io/repo/`. */
export function siteHome(site: URL): string {
  return siteAddress(paths.root(), site);
}

/** The channel's language and its own address (the Atom self link that feed validators ask for). */
export function language(lang: Lang, self: string, site: URL): string {
  return `<language>${lang}</language><atom:link href="${siteAddress(self, site)}" rel="self" type="application/rss+xml" xmlns:atom="http://www.w3.org/2005/Atom"/>`;
}
