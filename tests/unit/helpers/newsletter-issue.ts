import { readIntro } from '../../../src/newsletter/intro.ts';
import type { NewsletterContent, NewsletterItem } from '../../../src/newsletter/newsletter.ts';

/** A Dutch test issue, 2026-11, as src/pages/newsletters/[issue]/[file].ts would hand it to the renderers. */
export const testSite = new URL('https://kennisbank.example.org');
export const testIssuePage = 'https://kennisbank.example.org/nl/newsletters/2026-11/';

/** An item as the issue lists it: an entry or a question of the site. */
export const testItem = (kind: string, title: string, path: string): NewsletterItem => ({
  kind,
  title,
  summary: `Samenvatting van ${title}.`,
  url: `https://kennisbank.example.org/nl/${path}/`,
});

export function testIssue(
  body: string,
  items: NewsletterItem[] = [testItem('Praktijk', 'Een goede praktijk', 'practices/goede-praktijk')],
  questions: NewsletterItem[] = [],
  events: NewsletterItem[] = [],
): NewsletterContent {
  const labels = { note: 'Let op', tip: 'Tip', caution: 'Waarschuwing', footnotes: 'Voetnoten' };
  return {
    lang: 'nl',
    issue: '2026-11',
    title: 'Nieuwsbrief november',
    published: '2026-11-20',
    date: '20 november 2026',
    intro: readIntro(body, { file: 'newsletters/2026-11/nl.mdx', site: testSite, page: testIssuePage, labels }),
    items,
    questions,
    events,
    onlineUrl: testIssuePage,
    words: {
      siteName: 'Kennisbank',
      inThisIssue: 'In dit nummer',
      questions: 'Vragen aan het netwerk',
      events: 'Bijeenkomsten',
      readMore: 'Lees verder',
      viewOnline: 'Lees online',
      footer: 'Voettekst.',
    },
  };
}
