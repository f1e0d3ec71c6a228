// Shared by the build (src/integrations/search-index.ts) and the search page: how a word is
// written as a key of the word tables, which table shard holds it, and how a lemma is written in
// the index.

/** Shards per language table. Fixed, so that the search page needs no manifest: one request per word. */
export const shardCount = 512;

/** Where a word table shard is, inside Pagefind's bundle folder. */
export const wordTablePath = (lang: string, shard: number) => `words/${lang}/${shard.toString(36)}.json`;

/** Latin letters that look like Cyrillic ones (lower case), as typed inside a Cyrillic word on a Latin keyboard. */
const lookalikes: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  ï: 'ї',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const cyrillicLetter = /\p{Script=Cyrillic}/u;

/**
 * Lower case, NFC, one apostrophe (Hunspell writes '), no stress marks; in a word with Cyrillic
 * letters, Latin look-alikes become Cyrillic (реєстрацiя with a Latin i is реєстрація).
 */
export function wordKey(word: string): string {
  const key = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ʼ’`]/gu, "'")
    .replace(/\u0301/gu, '');
  return cyrillicLetter.test(key) && /[a-zï]/u.test(key)
    ? key.replace(/[abcehikmoptxyï]/gu, (c) => lookalikes[c]!)
    : key;
}

/** A key without apostrophes, as a word is typed when the apostrophe is left out (звязок for зв'язок). */
export const withoutApostrophe = (key: string) => key.replace(/'/gu, '');

/** The words of a text or query as Pagefind would see them: letters, digits, apostrophes, hyphens inside words. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['ʼ’`-](?=[\p{L}\p{N}]))*/gu) ?? [];
}

/** FNV-1a over the UTF-16 code units, so that Node and the browser agree. */
function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function shardOf(key: string): number {
  return fnv1a(key) % shardCount;
}

/**
 * The index token of a title word exactly as written (its key), for the Dutch and English indexes:
 * Pagefind stems those, so «municipality» and «Municipalities» are one word to it, and a search for
 * this token finds the pages whose title holds the word itself. «ъ» before a lemma token (lemmaToken):
 * no word or lemma token begins with «ъъ». Two words share a token once in 4 billion.
 */
export function titleWordToken(key: string): string {
  return `ъ${lemmaToken(fnv1a(key))}`;
}

/**
 * The index token of lemma number n: «ъ», then the number in base 26 with the letters a–z, then a
 * digit (n % 10), e.g. ъ0, ъa7, ъbc3. No token is the beginning of another (only the last character is
 * a digit), and no Ukrainian, Dutch or English word begins with «ъ», so Pagefind's prefix matching
 * finds exactly this lemma, and its fallback to the longest indexed prefix of a word never applies.
 */
export function lemmaToken(n: number): string {
  let rest = Math.floor(n / 10);
  let letters = '';
  while (rest > 0) {
    rest -= 1;
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  }
  return `ъ${letters}${n % 10}`;
}

/** One word table shard: lookup key → lemma tokens. */
export type WordShard = Record<string, string[]>;

/**
 * The Ukrainian word table of a bundle (`base`: Pagefind's folder, as a URL), as the search page
 * looks words up in it: a key's shard is fetched the first time a word needs it, once.
 */
export function wordTableLookup(base: string): (key: string) => Promise<string[] | undefined> {
  const shards = new Map<number, Promise<WordShard>>();
  return async (key) => {
    const shard = shardOf(key);
    let loaded = shards.get(shard);
    if (!loaded) {
      loaded = fetch(base + wordTablePath('uk', shard))
        .then((response) => (response.ok ? (response.json() as Promise<WordShard>) : {}))
        .catch(() => ({}));
      shards.set(shard, loaded);
    }
    return (await loaded)[key];
  };
}
