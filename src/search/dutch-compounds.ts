// Build time: the parts of Dutch compound words (huurwoningen → huur, woningen), so that the index
// holds «woning» for a page that writes only «huurwoningen». Pagefind stems Dutch and matches the
// beginning of words, so it finds huurwoningen from «huur» but not from «woning».
import type { Hunspell } from './hunspell.ts';

const minPart = 4;
// Linking sounds between the parts: arbeid-s-markt, gemeente-n-huis, boek-en-kast.
const links = ['', 's', 'e', 'en', 'n'];

/**
 * The parts of a compound, each a word of the dictionary (the last part, the head, may be any form
 * of one): every split into a known modifier (with or without a linking s, e, en, n) and a known
 * head, the modifier and the head split again. Returns [] for words that are not compounds.
 */
export function compoundParts(word: string, dictionary: Hunspell, depth = 0): string[] {
  const lower = word.toLowerCase();
  if (lower.length < minPart * 2 || depth > 3 || !/^\p{L}+$/u.test(lower)) return [];
  const parts = new Set<string>();
  const own = ownLemmas(lower, dictionary);
  for (let at = minPart; at <= lower.length - minPart; at++) {
    const head = lower.slice(at);
    const heads = dictionary.lemmas(head);
    if (heads.length === 0) continue;
    // A word the dictionary lists is split only where its own lemma ends in the head's: huurwoningen
    // (huurwoning) into huur + woningen, never planeten (planeet) into plan + eten.
    if (own.length > 0 && !own.some((lemma) => heads.some((headLemma) => lemma.endsWith(headLemma)))) continue;
    const modifier = lower.slice(0, at);
    for (const link of links) {
      if (!modifier.endsWith(link)) continue;
      const stem = modifier.slice(0, modifier.length - link.length);
      if (stem.length < minPart) continue;
      const inner = dictionary.has(stem) ? [stem] : compoundParts(stem, dictionary, depth + 1);
      if (inner.length === 0) continue;
      for (const part of [...inner, head, ...compoundParts(head, dictionary, depth + 1)]) parts.add(part);
      break;
    }
  }
  return [...parts];
}

/**
 * The dictionary lemmas of a word, with the Dutch open-syllable spelling the suffix rules do not
 * undo: planeten and grote are planeet and groot with one vowel written for two.
 */
function ownLemmas(word: string, dictionary: Hunspell): string[] {
  const lemmas = dictionary.lemmas(word);
  if (lemmas.length > 0) return lemmas;
  const open = /^(.*[^aeiou])([aeou])([^aeiou])(?:en|e)$/u.exec(word);
  const long = open ? `${open[1]}${open[2]}${open[2]}${open[3]}` : undefined;
  return long && dictionary.has(long) ? [long] : [];
}
