// Benchmark of Ukrainian word forms through the search index: node scripts/bench/search-words.ts --help
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from '../lib/static-server.ts';
import { buildSearchIndex, loadDictionaries } from '../../src/search/build-index.ts';
import { ukrainianPrefix } from '../../src/search/prepare-query.ts';
import { searchLanguage, type PagefindEngine } from '../../src/search/query-plan.ts';
import { splitWords, wordKey, wordTableLookup } from '../../src/search/words.ts';
import { adjectives, nouns, places, verbs } from './search-wordlist.ts';

const usage = `Usage: node scripts/bench/search-words.ts [--content content] [--queries 8] [--seed 1] [--out <folder>]

The protocol of issue 13: one entry per word, holding one form of the word and nothing else,
searched with other forms of the same word. The words: the hand-made list of common words of
Ukrainian municipal and reconstruction texts (scripts/bench/search-wordlist.ts) and the lemmas of
every Ukrainian word of --content (the site's own vocabulary); each word's paradigm comes from the
Hunspell dictionary (dictionary-uk). The entries are indexed by the build's own code
(src/search/build-index.ts) and searched by the search page's own code (src/search/query-plan.ts)
with Pagefind's pagefind.js, here in Node. Reports, as JSON:
  - pair recall: the share of queries (a form other than the entry's) that find the entry, for
    nouns, adjectives and place names, and for verbs;
  - unrelated results per query: entries that hold no form of the query's word;
  - the same for the former search (stemmed prefixes of @nlpjs/lang-uk), for comparison;
  - how many of the words the dictionary knows.
--queries: forms searched per word (spread over its paradigm); --out keeps the built index.`;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    queries: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const perWord = Number(values.queries);
let seed = Number(values.seed);
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const { uk } = await loadDictionaries();
const cyrillic = /\p{Script=Cyrillic}/u;
const isVerb = (lemma: string) => /(ти|тися|тись)$/u.test(lemma);

// The words: the list, then the lemmas of the site's Ukrainian texts.
const listed = [nouns, adjectives, verbs, places].flatMap((text) => text.split(/\s+/u).filter(Boolean));
const listedKeys = [...new Set(listed.map(wordKey))];
const known = listedKeys.filter((word) => uk.has(word));
const siteWords = new Set<string>();
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(dir, item.name)) : item.name === 'uk.mdx' ? [join(dir, item.name)] : [],
  );
for (const file of walk(values.content)) {
  for (const word of splitWords(readFileSync(file, 'utf8'))) if (cyrillic.test(word)) siteWords.add(wordKey(word));
}
const siteLemmas = new Set([...siteWords].flatMap((word) => uk.lemmas(word)));
const siteKnown = [...siteWords].filter((word) => uk.lemmas(word).length > 0).length;
const lemmas = [...new Set([...known, ...siteLemmas])].filter((lemma) => new Set(uk.forms(lemma)).size >= 2).sort();

// One entry per word: a random form of its paradigm; the queries: other forms, spread over the paradigm.
interface Word {
  lemma: string;
  verb: boolean;
  forms: Set<string>;
  entryForm: string;
  queries: string[];
}
const words: Word[] = lemmas.map((lemma) => {
  const forms = [...new Set(uk.forms(lemma))];
  const entryForm = forms[Math.floor(random() * forms.length)]!;
  const others = forms.filter((form) => form !== entryForm);
  const step = Math.max(1, others.length / perWord);
  const queries = Array.from({ length: Math.min(perWord, others.length) }, (_, i) => others[Math.floor(i * step)]!);
  return { lemma, verb: isVerb(lemma), forms: new Set(forms), entryForm, queries };
});

const dist = values.out ?? join(tmpdir(), `kb-search-words-${process.pid}`);
rmSync(dist, { recursive: true, force: true });
words.forEach((word, n) => {
  mkdirSync(join(dist, 'uk/w', String(n)), { recursive: true });
  writeFileSync(
    join(dist, 'uk/w', String(n), 'index.html'),
    `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>${n}</title></head><body><main data-pagefind-body><p>${word.entryForm}</p></main></body></html>`,
  );
});
const indexed = await buildSearchIndex(dist);

const server = await serveDist(dist);
const base = `${server.url}/pagefind/`;
// pagefind.js takes its index language from <html lang>; in Node there is none, so it is lent one.
const pagefindModule = (await import(join(dist, 'pagefind/pagefind.js'))) as {
  createInstance: (options: object) => unknown;
};
(globalThis as { document?: unknown }).document = { querySelector: () => ({ getAttribute: () => 'uk' }) };
const engine = pagefindModule.createInstance({ basePath: base, noWorker: true }) as PagefindEngine;
delete (globalThis as { document?: unknown }).document;
const lookup = wordTableLookup(base);
const urls = new Map<string, Promise<string>>();
const urlOf = (hit: { id: string; data: () => Promise<{ url: string }> }) => {
  if (!urls.has(hit.id))
    urls.set(
      hit.id,
      hit.data().then((data) => data.url),
    );
  return urls.get(hit.id)!;
};
const entryOf = (url: string) => Number(/\/uk\/w\/(\d+)\//u.exec(url)?.[1] ?? -1);

interface Tally {
  queries: number;
  found: number;
  unrelated: number;
  withUnrelated: number;
}
const tally = (): Tally => ({ queries: 0, found: 0, unrelated: 0, withUnrelated: 0 });
const ours = { nounsAdjectives: tally(), verbs: tally() };
const former = { nounsAdjectives: tally(), verbs: tally() };
const misses: string[] = [];

for (const [n, word] of words.entries()) {
  for (const query of word.queries) {
    const group = word.verb ? 'verbs' : 'nounsAdjectives';
    const { hits } = await searchLanguage(engine, 'uk', query, {}, lookup);
    const found = (await Promise.all(hits.map(urlOf))).map(entryOf);
    count(ours[group], found);
    if (!found.includes(n)) misses.push(`${query} → ${word.entryForm} (${word.lemma})`);
    const before = (await engine.search(ukrainianPrefix(query), {})).results;
    count(former[group], (await Promise.all(before.map(urlOf))).map(entryOf));

    function count(into: Tally, entries: number[]) {
      into.queries += 1;
      if (entries.includes(n)) into.found += 1;
      const unrelated = entries.filter((entry) => entry !== n && !word.forms.has(words[entry]?.entryForm ?? '')).length;
      into.unrelated += unrelated;
      if (unrelated > 0) into.withUnrelated += 1;
    }
  }
}
await server.stop();
if (!values.out) rmSync(dist, { recursive: true, force: true });

const report = (t: Tally) => ({
  queries: t.queries,
  pairRecall: round(t.found / t.queries),
  unrelatedPerQuery: round(t.unrelated / t.queries),
  queriesWithUnrelated: round(t.withUnrelated / t.queries),
});
const both = (t: { nounsAdjectives: Tally; verbs: Tally }) => {
  const all = tally();
  for (const part of [t.nounsAdjectives, t.verbs])
    for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += part[key];
  return { nounsAdjectives: report(t.nounsAdjectives), verbs: report(t.verbs), all: report(all) };
};
console.log(
  JSON.stringify(
    {
      words: {
        listed: listedKeys.length,
        listedInDictionary: known.length,
        siteWordForms: siteWords.size,
        siteWordFormsInDictionary: siteKnown,
        siteLemmas: siteLemmas.size,
        benchmarked: words.length,
        verbs: words.filter((word) => word.verb).length,
      },
      index: indexed,
      ours: both(ours),
      former: both(former),
      missesSample: misses.slice(0, 30),
      misses: misses.length,
    },
    null,
    2,
  ),
);
process.exit(0);

function round(value: number) {
  return Math.round(value * 10000) / 10000;
}
