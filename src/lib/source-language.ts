import type { Lang } from '../i18n/locales.ts';

// Short words each language writes often and the other never does (Dutch «die», «is», «over» and
// English «die», «is», «over» are left out); letters only Dutch writes.
const dutchWords = new Set(
  'de het een van voor naar bij met op onder inzake en tot uit door aan om te als dat deze dit niet ook nog zijn wordt worden'.split(
    ' ',
  ),
);
const englishWords = new Set('the of and for with from to on by are this which its into about'.split(' '));
const dutchLetters = /ij|ë|ï/u;

/**
 * The language of a source's title where it is not the page's (WCAG 3.1.2): translations keep the
 * title of a Dutch report as it is. Only the title itself counts:
 * - Cyrillic letters and no Latin ones: Ukrainian;
 * - Latin letters and no Cyrillic ones: Dutch or English, by short words the two languages do not
 *   share (van, de, een … / the, of, and …) or by letters only Dutch writes (ij, ë, ï).
 *
 * Undefined where that is the page's language, or where nothing tells (a title such as «Ukraine
 * Facility Plan», or one that mixes the signs): no mark is better than a wrong one, which would have
 * a screen reader read the words in the wrong language's voice.
 */
export function sourceLanguage(title: string, pageLang: Lang): Lang | undefined {
  const cyrillic = /\p{Script=Cyrillic}/u.test(title);
  const latin = /\p{Script=Latin}/u.test(title);
  let found: Lang | undefined;
  if (cyrillic && !latin) found = 'uk';
  else if (latin && !cyrillic) {
    const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
    const dutch = words.some((word) => dutchWords.has(word) || dutchLetters.test(word));
    const english = words.some((word) => englishWords.has(word));
    if (dutch !== english) found = dutch ? 'nl' : 'en';
  }
  return found === pageLang ? undefined : found;
}
