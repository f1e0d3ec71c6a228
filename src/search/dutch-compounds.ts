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
  for (let at = minPart; at <= lower.length - minPart; at++) {
    const head = lower.slice(at);
    if (dictionary.lemmas(head).length === 0) continue;
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
