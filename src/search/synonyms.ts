// Shared by the build and the search page: words readers type for the same thing (content/synonyms/,
// kept by the editors). The build writes each language's table (pagefind/synonyms/<lang>.json); the
// search page searches a query and, for each listed word or phrase in it, the query with each other
// phrase of its group in its place: «ВПО» also as «переміщені особи».
import { splitWords, wordKey } from './words.ts';

/** A language's synonyms as the search page reads them. */
export interface SynonymTable {
  /** Ukrainian: every form of every listed word → the word's lemma, as the phrases below write it. */
  forms: Record<string, string>;
  /** Groups of phrases: each phrase as written, and its words as compared (`compared`). */
  groups: { text: string; words: string[] }[][];
}

/** Where a table is, inside Pagefind's bundle folder. */
export const synonymTablePath = (lang: string) => `synonyms/${lang}.json`;

/** At most this many other phrasings of one query are searched. */
const maxAlternatives = 6;

/**
 * A word as compared (Dutch and English; Ukrainian words through `forms`): its key without a plural
 * or inflection ending that leaves three letters (ontheemden, ontheemde → ontheemd; IDPs → idp).
 */
export function comparedWord(key: string, forms: Record<string, string>): string {
  const known = forms[key];
  if (known !== undefined) return known;
  const ending = /(?:en|es|s|e)$/u.exec(key);
  return ending && key.length - ending[0].length >= 3 ? key.slice(0, -ending[0].length) : key;
}

/** The query with each listed phrase in it replaced by each other phrase of its group. */
export function synonymQueries(query: string, table: SynonymTable | undefined): string[] {
  if (!table) return [];
  const written = splitWords(query);
  const compared = written.map((word) => comparedWord(wordKey(word), table.forms));
  const alternatives = new Set<string>();
  for (const group of table.groups) {
    for (const phrase of group) {
      const length = phrase.words.length;
      for (let at = 0; at + length <= compared.length; at++) {
        if (!phrase.words.every((word, offset) => compared[at + offset] === word)) continue;
        for (const other of group) {
          if (other === phrase) continue;
          alternatives.add([...written.slice(0, at), other.text, ...written.slice(at + length)].join(' '));
        }
      }
    }
  }
  alternatives.delete(written.join(' '));
  return [...alternatives].slice(0, maxAlternatives);
}

/** Where the build leaves the editors' synonyms for the search-index step (src/pages/search/synonyms.json.ts). */
export const synonymsSource = 'search/synonyms.json';
