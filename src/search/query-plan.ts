// Runs in the browser (search page) and in the unit tests: how a typed query becomes Pagefind
// searches of one language's index, and how a result is checked against what was typed.
import { isStopWord } from './stop-words.ts';
import type { LanguageAids, ProfileList } from './language-aids.ts';
import { comparedWord, synonymQueries } from './synonyms.ts';
import { stemKey, ukrainianStem } from './ukrainian-stem.ts';
import { splitWords, titleWordToken, wordKey } from './words.ts';

/**
 * The metadata field that holds the lemma tokens of a Ukrainian page's title (the build writes it,
 * src/search/build-index.ts): Pagefind boosts a title's words by its `title` field, which holds the
 * words as written; this field gives the lemmas the same boost (searchOptions).
 */
export const titleTokensField = 'tl';

/**
 * The metadata field of a Dutch or English page's title words as written (titleWordToken, written by
 * src/search/build-index.ts): Pagefind stems those languages, and this tells «municipality» from
 * «municipalities» in a title.
 */
export const titleWordsField = 'tw';

/** Pagefind's default boost of a match in the title (its ranking.metaWeights.title). */
const titleWeight = 5;

/** Options for Pagefind's createInstance: a title's lemmas weigh as its words do. */
export const searchOptions = { ranking: { metaWeights: { title: titleWeight, [titleTokensField]: titleWeight } } };

/** A lemma token (lemmaToken in words.ts), alone or with punctuation before it, as a word of Pagefind's content. */
const tokenWord = /^([^\p{L}\p{N}]*)ъ[a-z]*\d$/u;

/** Looks a key up in the word table of the index's language; undefined when the table lacks it. */
export type Lookup = (key: string) => Promise<string[] | undefined>;

export interface QueryPlan {
  /** Pagefind search terms; a page found by any of them matches (each is one choice of lemma per word). */
  searches: string[];
  /** Words searched as typed (no table entry): Pagefind matches them as word beginnings; each found page is checked. */
  typed: string[];
  /** Lemma tokens of the query, whose written forms the results highlight. */
  tokens: string[];
  /** The query had words, but none to search by (stop words only): it finds nothing. */
  nothing?: boolean;
}

/** At most this many Pagefind searches for a query whose words have several lemmas each. */
const maxSearches = 8;
const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * Ukrainian words become the index tokens of all their lemmas (from the word table: one small shard
 * per word), so that «рік» finds «року» (рік) and «рік» (ріка, genitive plural) alike. Other words,
 * and all words of the Dutch and English indexes (Pagefind stems those), are searched as typed.
 */
export async function planQuery(query: string, indexLang: string, lookup: Lookup): Promise<QueryPlan> {
  const all = [...new Set(splitWords(query).map(wordKey))];
  const words = all.filter((word) => !isStopWord(indexLang, word));
  // Only stop words: nothing to search by (an empty plan would list every page).
  if (words.length === 0 && all.length > 0) return { searches: [], typed: [], tokens: [], nothing: true };
  const choices: string[][] = [];
  const typed: string[] = [];
  const tokens: string[] = [];
  await Promise.all(
    words.map(async (word, position) => {
      const ukrainian = indexLang === 'uk' && cyrillic.test(word);
      // A word no dictionary lists is indexed under its stem (src/search/ukrainian-stem.ts).
      const found = ukrainian ? ((await lookup(word)) ?? (await lookup(stemKey(ukrainianStem(word))))) : undefined;
      if (found && found.length > 0) {
        choices[position] = found;
        tokens.push(...found);
      } else {
        choices[position] = [word];
        typed.push(word);
      }
    }),
  );
  let searches: string[][] = [[]];
  for (const options of choices) {
    searches = searches.flatMap((terms) => options.map((option) => [...terms, option])).slice(0, maxSearches);
  }
  return { searches: words.length > 0 ? searches.map((terms) => terms.join(' ')) : [], typed, tokens };
}

/** Lower case without diacritics, as Pagefind compares words. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// What Dutch and English stemmers take off a word (klacht-en, gemeente-n, complaint-s, vrijh-eden, stud-ies).
const endings = /^(?:|e|en|n|s|'s|es|er|ers|ed|ing|ings|ies|ied|y|ly|heden|eden|zen|ven|den)$/u;

/**
 * Whether a word of a page matches a word as typed. Pagefind matches the beginning of words, and
 * when no word of its index begins with the typed word it takes the longest indexed word the typed
 * word begins with instead (рікаxyz → ріка, klachtqzx → klacht), which we do not want. Where Pagefind
 * stems (Dutch, English), the typed word may go on past the page's word by an ending the stemmer
 * takes off (klachten → klacht, lessen → les, with its doubled consonant).
 */
export function matchesTyped(written: string, typed: string, stemmed: boolean): boolean {
  const word = fold(written);
  const query = fold(typed);
  if (word.startsWith(query)) return true;
  if (!stemmed) return false;
  let common = 0;
  while (common < word.length && common < query.length && word[common] === query[common]) common++;
  if (common < 3) return false;
  let tail = query.slice(common);
  if (tail[0] === query[common - 1]) tail = tail.slice(1);
  return endings.test(tail);
}

/** The words of Pagefind's plain text content, as its locations count them. */
export function contentWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/gu);
}

/**
 * A page's content and word locations without the lemma tokens the build put before each Ukrainian
 * word (withWordTokens in src/search/index-text.ts): a token's location becomes its word's.
 */
export function withoutTokens(content: string, locations: number[]): { content: string; locations: number[] } {
  const words = contentWords(content);
  if (!words.some((word) => tokenWord.test(word))) return { content, locations };
  const kept: string[] = [];
  const newAt: number[] = [];
  let carried = '';
  for (const word of words) {
    const token = tokenWord.exec(word);
    newAt.push(kept.length);
    if (token) carried += token[1];
    else {
      kept.push(carried + word);
      carried = '';
    }
  }
  const last = Math.max(0, kept.length - 1);
  return {
    content: kept.join(' '),
    locations: [...new Set(locations.map((at) => Math.min(newAt[at] ?? last, last)))],
  };
}

/**
 * Whether a found page holds every typed word: a word of its text or of a matched metadata field
 * must match each (see matchesTyped). The whole text, not only the words Pagefind located: the
 * index keeps one location per weight for words on most pages (src/search/compact-bundle.ts,
 * capCommonWords), and the first of them may be another form of the word (gemeente for gemeenten).
 * That cannot hide a shortened word: a word of the text that matches the typed word is itself in the
 * index, so Pagefind did not need to shorten.
 */
export function holdsTyped(
  typed: string[],
  page: { content: string; locations: number[]; meta: Record<string, string | undefined> },
  matchedFields: string[],
  stemmed: boolean,
): boolean {
  if (typed.length === 0) return true;
  const candidates = [
    ...contentWords(page.content),
    ...matchedFields.flatMap((field) => splitWords(page.meta[field] ?? '')),
  ].flatMap((word) => [word, ...splitWords(word)]);
  return typed.every((query) =>
    splitWords(query).every((part) => candidates.some((word) => matchesTyped(word, part, stemmed))),
  );
}

/** The tokens' written forms from their table shards, as one set of keys. */
export async function formsOf(tokens: string[], lookup: Lookup): Promise<Set<string>> {
  const forms = await Promise.all(tokens.map((token) => lookup(token)));
  return new Set(forms.flatMap((found) => found ?? []));
}

/** Positions of the content words that are one of the forms. */
export function formPositions(content: string, forms: Set<string>): number[] {
  if (forms.size === 0) return [];
  const positions: number[] = [];
  contentWords(content).forEach((word, at) => {
    const decoded = word.replace(/&(amp|lt|gt|quot|#39|#x27);/gu, ' ');
    if (splitWords(decoded).some((part) => forms.has(wordKey(part)))) positions.push(at);
  });
  return positions;
}

/** An excerpt of about `length` words of Pagefind's (escaped) content, with the words at `marked` in <mark>. */
export function excerptAround(content: string, marked: number[], length: number): string {
  const words = contentWords(content);
  const first = marked.length > 0 ? Math.min(...marked) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), words.length - length));
  const set = new Set(marked);
  return words
    .slice(start, start + length)
    .map((word, offset) => (set.has(start + offset) ? `<mark>${word}</mark>` : word))
    .join(' ');
}

/** What searchLanguage needs of Pagefind (an instance of its pagefind.js, in the browser or in Node). */
export interface PagefindEngine {
  search: (
    query: string | null,
    options: Record<string, unknown>,
  ) => Promise<{
    results: { id: string; score: number; matchedMetaFields?: string[]; data: () => Promise<PagefindPage> }[];
    filters: Record<string, Record<string, number>>;
  }>;
}
export interface PagefindPage {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The page's filter values: `kind: ['practice']`. */
  filters?: Record<string, string[]>;
}
/** A found page, with its details fetched once. */
export interface Hit {
  id: string;
  score: number;
  fields: string[];
  data: () => Promise<PagefindPage>;
}

/** A plan's hits, best first, and whether each holds the typed words whole. */
async function searchPlan(
  engine: PagefindEngine,
  plan: QueryPlan,
  indexLang: string,
  options: Record<string, unknown>,
  keep: (id: string) => boolean,
) {
  const terms = plan.searches.length > 0 ? plan.searches : [null];
  const responses = await Promise.all(terms.map((term) => engine.search(term, options)));
  if (plan.nothing) return { hits: [], whole: () => true, titled: () => 0, terms, filters: {} };
  await yieldToMain();
  const byId = new Map<string, Hit>();
  for (const response of responses) {
    for (const result of response.results) {
      if (!keep(result.id)) continue;
      const known = byId.get(result.id);
      if (known && known.score >= result.score) continue;
      let data: Promise<PagefindPage> | undefined;
      byId.set(result.id, {
        id: result.id,
        score: result.score,
        fields: result.matchedMetaFields ?? [],
        data: () =>
          (data ??= result.data().then((page) => ({ ...page, ...withoutTokens(page.content, page.locations) }))),
      });
    }
  }
  let hits = [...byId.values()].sort((a, b) => b.score - a.score);
  // Pagefind falls back to a shorter indexed word when no word begins with a typed word, and does so
  // for every page alike: a page that holds the typed words tells that it did not. The first pages
  // are asked, as a stemmed match may hold another form only (municipal for municipalities).
  if (plan.typed.length > 0 && hits.length > 0) {
    let held = false;
    for (const hit of hits.slice(0, fallbackProbes)) {
      if (holdsTyped(plan.typed, await hit.data(), hit.fields, indexLang !== 'uk')) {
        held = true;
        break;
      }
    }
    if (!held) hits = [];
  }
  // Pages that hold each typed word whole (Pagefind's exact search of one word, stemmed where it
  // stems) come before pages where a word only begins like it: «plan» before «planeet».
  let whole = (_hit: Hit) => true;
  if (plan.typed.length > 0 && hits.length > 1) {
    const exact = await Promise.all(plan.typed.map((word) => engine.search(`"${word}"`, options)));
    await yieldToMain();
    const sets = exact.map((response) => new Set(response.results.map((result) => result.id)));
    whole = (hit: Hit) => sets.every((set) => set.has(hit.id));
  }
  // Among those, pages whose title holds more typed words as typed come first: stemming makes the
  // entries titled «Municipalities …» and the one titled «… municipality» equal for «municipality».
  let titled = (_hit: Hit) => 0;
  if (indexLang !== 'uk' && plan.typed.length > 0 && hits.length > 1) {
    const inTitle = await Promise.all(
      plan.typed.slice(0, maxTitleWords).map((word) => engine.search(titleWordToken(wordKey(word)), options)),
    );
    await yieldToMain();
    const sets = inTitle.map((response) => new Set(response.results.map((result) => result.id)));
    titled = (hit: Hit) => sets.filter((set) => set.has(hit.id)).length;
  }
  return { hits, whole, titled, terms, filters: responses[0]!.filters };
}

/** At most this many typed words are looked up in the titles' words (searchPlan). */
const maxTitleWords = 4;

/**
 * Lets the browser handle input and paint between two pieces of work: a common word's results (thousands)
 * arrive from Pagefind's worker in one task, and merging them in that same task would block a slow
 * phone's main thread for longer than 50 ms.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many of the first pages are asked whether they hold the typed words (searchPlan). */
const fallbackProbes = 5;

/** A query's other phrasings count a little less than the words the reader typed. */
const synonymWeight = 0.9;

/**
 * Searches one language's index: the planned searches of the query and of its other phrasings
 * (synonyms) merged; pages holding the typed words whole first, then best score first; nothing when
 * Pagefind matched only a shortened typed word.
 */
export async function searchLanguage(
  engine: PagefindEngine,
  indexLang: string,
  query: string,
  options: Record<string, unknown>,
  lookup: Lookup,
  /** Which pages to keep, by Pagefind's page id (its fragment's name, which begins with the index language: uk_…). */
  keep: (id: string) => boolean = () => true,
  { synonyms, profiles }: LanguageAids = {},
) {
  const queries = [query, ...synonymQueries(query, synonyms)];
  const plans = await Promise.all(queries.map((text) => planQuery(text, indexLang, lookup)));
  const forms = formsOf([...new Set(plans.flatMap((plan) => plan.tokens))], lookup);
  const found = await Promise.all(plans.map((plan) => searchPlan(engine, plan, indexLang, options, keep)));
  const best = new Map<string, { hit: Hit; score: number; whole: number; titled: number }>();
  const order = (a: { whole: number; titled: number; score: number }, b: typeof a) =>
    b.whole - a.whole || b.titled - a.titled || b.score - a.score;
  found.forEach(({ hits, whole, titled }, at) => {
    for (const hit of hits) {
      const candidate = {
        hit,
        score: hit.score * (at === 0 ? 1 : synonymWeight),
        whole: Number(whole(hit)),
        titled: titled(hit),
      };
      const known = best.get(hit.id);
      if (!known || order(candidate, known) < 0) best.set(hit.id, candidate);
    }
  });
  const ranked = [...best.values()].sort(order).map(({ hit, score }) => ({ ...hit, score }));
  const terms = found.flatMap((plan) => plan.terms);
  const hits = await profilesLast(ranked, query, indexLang, lookup, profiles);
  return { hits, filters: found[0]!.filters, terms, forms: await forms };
}

/** The kinds of pages that are not entries (a municipality's profile, a theme: SearchableName.astro). */
export const profileKinds = ['municipality', 'theme'];

/**
 * Profiles after the entries, unless the query names them: «Маріуполь» puts Mariupol's profile
 * first, but «reconstruction» lists the entries about it before the theme whose name holds the word.
 * Which results are profiles, and their titles, come from the build's list (language-aids.ts).
 */
async function profilesLast(
  hits: Hit[],
  query: string,
  indexLang: string,
  lookup: Lookup,
  profiles: ProfileList | undefined,
): Promise<Hit[]> {
  if (!profiles) return hits;
  const prefix = `${indexLang}_`;
  const named = new Map<string, Promise<boolean>>();
  const last = new Set<string>();
  for (const hit of hits) {
    const title = hit.id.startsWith(prefix) ? profiles[hit.id.slice(prefix.length)] : undefined;
    if (title === undefined) continue;
    let names = named.get(title);
    if (!names) named.set(title, (names = namesTitle(query, title, indexLang, lookup)));
    if (!(await names)) last.add(hit.id);
  }
  return last.size === 0
    ? hits
    : [...hits.filter((hit) => !last.has(hit.id)), ...hits.filter((hit) => last.has(hit.id))];
}

/** Whether the query holds every word of a title (in any of its forms; stop words aside). */
async function namesTitle(query: string, title: string, indexLang: string, lookup: Lookup): Promise<boolean> {
  const keys = (text: string) =>
    splitWords(text)
      .map(wordKey)
      .filter((key) => !isStopWord(indexLang, key));
  const titleWords = keys(title);
  const queryWords = keys(query);
  if (titleWords.length === 0) return false;
  // Forms of one word begin alike (людина, люди; дитина, діти): a title word no query word begins
  // like is not named, and needs no look-up (a site has hundreds of profiles).
  if (!titleWords.every((word) => queryWords.some((typed) => typed[0] === word[0]))) return false;
  // A word as compared: its lemma tokens where the word table has them, else the word less its ending.
  const compared = async (key: string) =>
    indexLang === 'uk' && cyrillic.test(key)
      ? ((await lookup(key)) ?? (await lookup(stemKey(ukrainianStem(key)))) ?? [key])
      : [comparedWord(key, {})];
  const querySets = await Promise.all(queryWords.map(compared));
  const known = new Set(querySets.flat());
  const titleSets = await Promise.all(titleWords.map(compared));
  return titleSets.every((set) => set.some((word) => known.has(word)));
}
