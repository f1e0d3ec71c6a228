// Build time: the parts of Dutch compound words (huurwoningen → huur, woningen), so that the index
// holds «woning» for a page that writes only «huurwoningen». Pagefind stems Dutch and matches the
// beginning of words, so it finds huurwoningen from «huur» but not from «woning».
import type { Hunspell } from './hunspell.ts';

const minPart = 4;
// Linking sounds between the parts: arbeid-s-markt, gemeente-n-huis, boek-en-kast.
const links = ['', 's', 'e', 'en', 'n'];
const maxDepth = 3;

/**
 * Longer words are not split. The longest word of the Dutch dictionary has 46 letters
 * (intrareproduceerbaarheidsvariatiecoëfficiënt), the longest compounds quoted as records about
 * 53 (kindercarnavalsoptochtvoorbereidingswerkzaamhedenplan): a longer "word" is not Dutch, and
 * splitting takes time that grows faster than its length (two words of 10,000 letters made a build
 * four times slower), so a bound keeps the work per word constant.
 */
export const maxCompoundLength = 60;

/**
 * The parts of a compound, each a word of the dictionary (the last part, the head, may be any form
 * of one): every split into a known modifier (with or without a linking s, e, en, n) and a known
 * head, the modifier and the head split again. Returns [] for words that are not compounds and for
 * words longer than `maxCompoundLength`.
 */
export function compoundParts(word: string, dictionary: Hunspell): string[] {
  if (word.length > maxCompoundLength) return [];
  const looked = new Map<string, string[]>();
  let exhausted = false;
  const lemmas = (form: string) => {
    let known = looked.get(form);
    if (known !== undefined) return known;
    if (looked.size === maxLookups) {
      exhausted = true;
      return [];
    }
    looked.set(form, (known = dictionary.lemmas(form)));
    return known;
  };
  const parts = split(word.toLowerCase(), { has: (stem) => dictionary.has(stem), lemmas }, 0, new Map());
  return exhausted ? [] : parts;
}

/**
 * Dictionary lookups of possible heads (and of the word's own lemmas) for one word (each takes about 20 µs). No word of the Dutch
 * dictionary needs more than 151 (intrareproduceerbaarheidsvariatiecoëfficiënt); a 60-letter string
 * of short words could ask for 1,800, so a word that needs more than twice the most is left whole.
 */
const maxLookups = 300;

interface Lookup {
  has(word: string): boolean;
  /** The dictionary lemmas of a form: looked up once per form, at most `maxLookups` times a word. */
  lemmas(word: string): string[];
}

/** One word's parts at one depth of the splitting; `memo` holds those of every substring tried. */
function split(lower: string, dictionary: Lookup, depth: number, memo: Map<string, string[]>): string[] {
  if (lower.length < minPart * 2 || depth > maxDepth || !/^\p{L}+$/u.test(lower)) return [];
  const key = `${depth} ${lower}`;
  const known = memo.get(key);
  if (known) return known;
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
      const inner = dictionary.has(stem) ? [stem] : split(stem, dictionary, depth + 1, memo);
      if (inner.length === 0) continue;
      for (const part of [...inner, head, ...split(head, dictionary, depth + 1, memo)]) parts.add(part);
      break;
    }
  }
  const found = [...parts];
  memo.set(key, found);
  return found;
}

/**
 * The dictionary lemmas of a word, with the Dutch open-syllable spelling the suffix rules do not
 * undo: planeten and grote are planeet and groot with one vowel written for two.
 */
function ownLemmas(word: string, dictionary: Lookup): string[] {
  const lemmas = dictionary.lemmas(word);
  if (lemmas.length > 0) return lemmas;
  const open = /^(.*[^aeiou])([aeou])([^aeiou])(?:en|e)$/u.exec(word);
  const long = open ? `${open[1]}${open[2]}${open[2]}${open[3]}` : undefined;
  return long && dictionary.has(long) ? [long] : [];
}
