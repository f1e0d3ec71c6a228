import type { Root } from 'mdast';
import type { Lang } from '../i18n/locales.ts';

/** Everything one issue in one language says, with absolute links: the input of every output format. */
export interface NewsletterContent {
  lang: Lang;
  /** `2026-10` */
  issue: string;
  title: string;
  /** The issue date, `2026-10-01`. */
  published: string;
  /** The issue date in the reader's words: `1 oktober 2026`. */
  date: string;
  /** The introduction: the MDX tree of newsletters/<issue>/<lang>.mdx, made safe for email by `readIntro`. */
  intro: Root;
  /** The practices, guides and cases of the issue, in the order it lists them. */
  items: NewsletterItem[];
  /** The questions to the network it lists: a section of their own, after the entries. */
  questions: NewsletterItem[];
  /** The events it lists, last: their kind says the type and when. */
  events: NewsletterItem[];
  /** The issue's page on the site. */
  onlineUrl: string;
  words: {
    siteName: string;
    inThisIssue: string;
    /** The heading of the questions' section. */
    questions: string;
    /** The heading of the events' section. */
    events: string;
    readMore: string;
    viewOnline: string;
    footer: string;
  };
}

export interface NewsletterItem {
  kind: string;
  title: string;
  summary: string;
  url: string;
  /** Set when the entry is not available in the newsletter's language. */
  lang?: Lang;
}
