import { langs, type Lang } from '../i18n/locales.ts';

/** A source as another language's text of the same entry cites it. */
export interface CitedSources {
  lang: Lang;
  titles: readonly string[];
}

const cyrillic = /\p{Script=Cyrillic}/u;

/** Ukrainian is written in Cyrillic, Dutch and English in Latin letters. */
const fitsScript = (title: string, code: Lang) => (code === 'uk') === cyrillic.test(title);

/**
 * The language of a source's title, where it is not the page's: a translation usually keeps the
 * title of a Dutch report as it is, so a title written the same in another language's text of the
 * entry, in that language's script, is in that language (WCAG 3.1.2). Undefined where the title
 * is in the page's language or nothing tells.
 *
 * - The title in the other script (Latin on a Ukrainian page, Cyrillic on a Dutch one) is in the
 *   language of the text that cites it alike, the original first; Cyrillic alone says Ukrainian.
 * - The title in the page's script is the original's language when the original cites it alike and
 *   is written in that script too (an English translation of a Dutch text keeps «Verzamelbrief»).
 */
export function sourceLanguage(
  title: string,
  page: { lang: Lang; from?: Lang | undefined },
  others: readonly CitedSources[],
): Lang | undefined {
  const citedIn = (code: Lang) =>
    others.some((other) => other.lang === code && other.titles.includes(title)) && fitsScript(title, code);
  if (fitsScript(title, page.lang))
    return page.from && page.from !== page.lang && citedIn(page.from) ? page.from : undefined;
  const order = page.from ? [page.from, ...langs] : langs;
  return order.find((code) => code !== page.lang && citedIn(code)) ?? (cyrillic.test(title) ? 'uk' : undefined);
}
