// The former Ukrainian search (stemmed prefixes), no longer used by the search page: kept as the
// benchmark's baseline (scripts/bench/search-words.ts, «before» in BENCHMARKS.md) and its unit test.
import StemmerUk from '@nlpjs/lang-uk/src/stemmer-uk.js';
import type { Lang } from '../i18n/locales.ts';

const stemmer = new StemmerUk();
const vowelsAtEnd = /[аеєиіїоуюяь]+$/u;

/**
 * The prefix under which Pagefind should look for a Ukrainian word. Pagefind has no Ukrainian
 * stemmer, but it matches every query word as a prefix of the indexed words. So we stem the
 * query word (громади → громад) and trim the stem back to its last consonant, because the
 * stemmer does not always cut forms of one word at the same place (реєстрації → реєстраці,
 * реєстрація → реєстрац): the prefix then covers the lemma and all its forms, and the words in
 * the index, and so the highlighted excerpts, stay exactly as written.
 * @example ukrainianPrefix('громади') // => 'громад'
 */
export function ukrainianPrefix(word: string): string {
  const lower = word.toLowerCase();
  stemmer.setCurrent(lower);
  stemmer.innerStem();
  const stem = stemmer.getCurrent();
  const trimmed = stem.replace(vowelsAtEnd, '');
  // Very short prefixes would match unrelated words: keep at least three letters, or the word itself.
  if (trimmed.length >= 3 && lower.startsWith(trimmed)) return trimmed;
  if (stem.length >= 3 && lower.startsWith(stem)) return stem;
  return lower;
}

/** Rewrites a query for Pagefind: Ukrainian words become their prefixes; Dutch and English are stemmed by Pagefind itself. */
export function prepareQuery(query: string, lang: Lang): string {
  if (lang !== 'uk') return query.trim();
  return query
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) =>
      /\p{Script=Cyrillic}/u.test(word) ? ukrainianPrefix(word.replace(/[^\p{L}\p{N}'’ʼ-]/gu, '')) : word,
    )
    .join(' ');
}
