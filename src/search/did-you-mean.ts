// Shared by the build and the search page: when a query finds nothing, the words of the site one
// edit away from what was typed (скаргі → скарги, реєстраця → реєстрація, planing → planning). The
// build writes each language's vocabulary, every word of its pages with the number of pages it is
// on, in shards by the word's first two letters (a shard stays small), and again by its last three
// letters, asked only when a word has no suggestion in its first shard (a typo in the first two
// letters: карги, cкарги, зкарги → скарги).
import { isStopWord } from './stop-words.ts';
import { splitWords, wordKey } from './words.ts';

/** One vocabulary shard: [word, pages][]. */
export type VocabularyShard = [string, number][];

/** Words shorter than this are neither suggested nor corrected. */
export const minSuggestedLength = 4;

/** The shard of a word key: its first two letters, as a file name (code points in base 36). */
export function vocabularyShard(key: string): string {
  return shardName([...key].slice(0, 2));
}

/** The shard of a word key by its last three letters (a name that cannot be a first-letters shard's). */
export function vocabularyEndShard(key: string): string {
  return `end-${shardName([...key].slice(-3))}`;
}

/** Letters as a file name: their code points in base 36. */
const shardName = (letters: string[]) => letters.map((c) => c.codePointAt(0)!.toString(36)).join('-');

/** Where a vocabulary shard is, inside Pagefind's bundle folder. */
export const vocabularyPath = (lang: string, shard: string) => `vocabulary/${lang}/${shard}.json`;

/** Whether a word is worth a place in the vocabulary: letters, long enough. */
export const inVocabulary = (key: string) => key.length >= minSuggestedLength && !/\d/u.test(key);

/** Whether b is one edit from a: a letter changed, added, left out, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/**
 * The query with each word the vocabulary lacks replaced by the most common word one edit away
 * (`known` tells whether a word is on the site as typed); undefined when no word has a replacement.
 */
export async function suggestQuery(
  query: string,
  lang: string,
  shard: (lang: string, name: string) => Promise<VocabularyShard>,
  extra: readonly string[] = [],
): Promise<string | undefined> {
  let changed = false;
  const words = await Promise.all(
    splitWords(query).map(async (word) => {
      const key = wordKey(word);
      if (!inVocabulary(key) || isStopWord(lang, key)) return word;
      const extras = extra.map((w) => [w, 0] as [string, number]);
      const candidates = [...(await shard(lang, vocabularyShard(key))), ...extras];
      if (candidates.some(([known]) => known === key)) return word;
      const best =
        closest(key, candidates) ?? closest(key, [...(await shard(lang, vocabularyEndShard(key))), ...extras]);
      if (!best) return word;
      changed = true;
      return best[0];
    }),
  );
  return changed ? words.join(' ') : undefined;
}

/** The most common candidate one edit away from a word key. */
function closest(key: string, candidates: VocabularyShard): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const candidate of candidates)
    if (oneEditApart(key, candidate[0]) && (!best || candidate[1] > best[1])) best = candidate;
  return best;
}
