import { paths, type CardCollection } from '../content-model.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';
import {
  entryPath,
  getCatalogue,
  parseEntryId,
  pickVersion,
  type Entry,
  type QuestionText,
  type TextGroup,
} from '../lib/entries.ts';
import { getEvents, pickEvent } from '../events/events.ts';
import { typeAndTime } from '../events/format-event-time.ts';
import { formatDate } from '../lib/format.ts';
import { siteAddress } from '../mdx/site-links.ts';
import { readIntro } from './intro.ts';
import type { NewsletterContent, NewsletterItem } from './newsletter.ts';

export type NewsletterEntry = CollectionEntry<'newsletters'>;

/** One newsletter issue (`newsletters/2026-10/`), with its languages. */
export interface NewsletterIssue {
  issue: string;
  versions: Partial<Record<Lang, NewsletterEntry>>;
}

/** Every visible issue, newest first; drafts only in the dev server. */
export async function getNewsletterIssues(): Promise<NewsletterIssue[]> {
  const issues = new Map<string, NewsletterIssue>();
  for (const entry of await getCollection('newsletters')) {
    if (entry.data.status === 'draft' && !import.meta.env.KB_SHOW_DRAFTS) continue;
    const { slug: issue, lang } = parseEntryId(entry.id);
    const found = issues.get(issue) ?? { issue, versions: {} };
    found.versions[lang] = entry;
    issues.set(issue, found);
  }
  return [...issues.values()].sort((a, b) => b.issue.localeCompare(a.issue));
}

export const newsletterPath = paths.newsletter;

/** The files for coordinators: `/newsletters/<issue>/<lang>.{eml,html,txt}`. */
export function newsletterFile(issue: string, lang: Lang, format: 'eml' | 'html' | 'txt'): string {
  return paths.newsletterFile(issue, `${lang}.${format}`);
}

/** What an issue says in one language, with absolute links to the site at `site`. */
export async function newsletterContent(entry: NewsletterEntry, site: URL): Promise<NewsletterContent> {
  const { slug: issue, lang } = parseEntryId(entry.id);
  const t = useTranslations(lang);
  const catalogue = await getCatalogue();
  const item = <T extends Entry | QuestionText>(group: TextGroup<CardCollection, T>): NewsletterItem => {
    const version = pickVersion(group, lang);
    const textLang = parseEntryId(version.id).lang;
    return {
      kind: t(`kind.${group.collection}`),
      title: version.data.title,
      summary: version.data.summary,
      // Straight to a text the reader can read: their language, or the one the entry has.
      url: siteAddress(entryPath(textLang, group), site),
      ...(textLang === lang ? {} : { lang: textLang }),
    };
  };
  const listed = entry.data.entries;
  const items = listed.flatMap((key) => catalogue.groups.get(key) ?? []).map(item);
  const questions = listed.flatMap((key) => catalogue.questions.get(key) ?? []).map(item);
  const eventGroups = new Map((await getEvents()).map((group) => [group.key, group]));
  const events = listed
    .flatMap((key) => eventGroups.get(key) ?? [])
    .map((group): NewsletterItem => {
      const { data, id } = pickEvent(group, lang);
      const textLang = parseEntryId(id).lang;
      return {
        kind: typeAndTime(data, lang),
        title: data.title,
        summary: data.summary,
        url: siteAddress(paths.event(textLang, group.slug), site),
        ...(textLang === lang ? {} : { lang: textLang }),
      };
    });
  const onlineUrl = siteAddress(newsletterPath(lang, issue), site);
  const labels = {
    note: t('callout.note'),
    tip: t('callout.tip'),
    caution: t('callout.caution'),
    footnotes: t('footnotes.label'),
  };
  return {
    lang,
    issue,
    title: entry.data.title,
    published: entry.data.published,
    date: formatDate(entry.data.published, lang),
    intro: readIntro(entry.body ?? '', { file: `newsletters/${issue}/${lang}.mdx`, site, page: onlineUrl, labels }),
    items,
    questions,
    events,
    onlineUrl,
    words: {
      siteName: t('site.name'),
      inThisIssue: t('newsletter.inThisIssue'),
      questions: t('newsletter.questions'),
      events: t('events.title'),
      readMore: t('newsletter.readMore'),
      viewOnline: t('newsletter.viewOnline'),
      footer: t('newsletter.footer'),
    },
  };
}
