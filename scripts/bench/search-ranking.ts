// Ranking benchmark of the search (issue 19, item 7): npx node scripts/bench/search-ranking.ts --help
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDictionaries } from '../../src/search/build-index.ts';
import {
  searchLanguage,
  searchOptions,
  type Lookup,
  type PagefindEngine,
  type PagefindPage,
} from '../../src/search/query-plan.ts';
import { languageAidsLoader, type LanguageAids } from '../../src/search/language-aids.ts';
import { wordTableLookup } from '../../src/search/words.ts';
import { serveDist } from '../lib/static-server.ts';
import { generateCorpus } from './generate-corpus.ts';
import {
  writeRankingEntries,
  type LoanCase,
  type RankingCases,
  type TargetCase,
  type TrapCase,
} from './ranking-corpus.ts';

type Lang = 'nl' | 'uk' | 'en';

/**
 * OUR search: what the search page of `lang` ranks for a typed query (src/components/search/
 * search-page.ts, searchIndex: searchLanguage over that language's index, no filters chosen, the
 * Ukrainian word table looked up shard by shard). Result addresses in rank order. The one place to
 * change when searchLanguage's arguments change (synonyms, profiles, ranking options).
 */
async function ourRanking(lang: Lang, query: string): Promise<string[]> {
  const { hits } = await searchLanguage(
    await site.engine('ours', lang),
    lang,
    query,
    { filters: {} },
    site.lookupUk,
    undefined,
    await site.aids(lang),
  );
  return site.addresses('ours', hits);
}

/** The baseline: Pagefind's own pagefind.js over the plain bundle, `search(query)` with its defaults, in its order. */
async function plainRanking(lang: Lang, query: string): Promise<string[]> {
  const { results } = await (await site.engine('plain', lang)).search(query, {});
  return site.addresses('plain', results);
}

const usage = `Usage: npx node scripts/bench/search-ranking.ts [--entries 330] [--seed 1] [--out <folder>] [--no-build]

Ranking benchmark of the search (issue 19, item 7). Generates a knowledge base of --entries entries
(scripts/bench/generate-corpus.ts: the same domain words on many pages) and adds
(scripts/bench/ranking-corpus.ts, words fixed in scripts/bench/ranking-words.ts):
  - targets: per language (nl, uk, en) 20 entries, each with a word in its title and three times in
    its text, a word that is on many other pages too. Dutch and English queries are the word as the
    title writes it; Ukrainian queries another form of it from the Hunspell paradigm (title
    «Співпраця: …», query «співпраці»). Generated texts whose title held a target's word (or a
    longer word beginning like it) get another title from the same sentences, so that each target
    is the one page of its language titled with its word; the word stays in many pages' text;
  - Ukrainian loan words, written in one form and searched in another (релокація → релокації),
    reported with whether the dictionary knows them;
  - Dutch prefix traps: an entry holding «plan» three times in its text against an entry titled
    with «planeet»; searching «plan», the holder must rank above the trap.
Builds the site with the project's build (astro build, the search index inside it) and a plain
Pagefind index of the same built pages with Pagefind's defaults (pagefind --site <site>
--output-subdir pagefind-plain), serves both, and searches each query through the search page's
own code (src/search/query-plan.ts, searchLanguage) and through Pagefind's search(query).
Reports per language, ours against plain: the share of queries whose target is first, on the first
page (top 5), the mean reciprocal rank (1/rank, 0 when not found) and the median number of results;
the loan words (rank, results), the traps (pass or fail) and the queries whose target is not first.
Markdown on stdout, JSON in <out>/search-ranking.json. Writes the corpus, the site and Astro's cache
under --out (default: $TMPDIR/kb-search-ranking), never into content/. --no-build searches the site
an earlier run left in --out with the same options (after a change to the search page's code only).`;

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '330' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(tmpdir(), 'kb-search-ranking') },
    'no-build': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const entries = Number(values.entries);
const seed = Number(values.seed);
if (!Number.isInteger(entries) || entries < 10)
  fail(`--entries must be a whole number of at least 10, not «${values.entries}».`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not «${values.seed}».`);
const project = resolve('.');
if (!existsSync(join(project, 'scripts/bench/search-ranking.ts')))
  fail('Run this from the root of the project: npx node scripts/bench/search-ranking.ts');
const out = resolve(values.out);
if (!relative(join(project, 'content'), out).startsWith('..') || out === project)
  fail(`--out ${values.out} is inside content/ or the project itself: give a folder outside them.`);
const corpus = join(out, 'corpus');
const siteDir = join(out, 'site');
const casesFile = join(out, 'cases.json');
const seconds: Record<string, number> = {};

let cases: RankingCases;
if (values['no-build']) {
  if (!existsSync(casesFile) || !existsSync(join(siteDir, 'pagefind-plain')))
    fail(
      `--no-build: ${out} holds no earlier run (cases.json and site/pagefind-plain/); run without --no-build first.`,
    );
  const earlier = JSON.parse(readFileSync(casesFile, 'utf8')) as RankingCases & { entries: number; seed: number };
  if (earlier.entries !== entries || earlier.seed !== seed)
    fail(
      `--no-build: the run in ${out} had --entries ${earlier.entries} --seed ${earlier.seed}; give the same options.`,
    );
  cases = earlier;
} else {
  mkdirSync(out, { recursive: true });
  for (const folder of [corpus, siteDir, join(out, 'cache')]) rmSync(folder, { recursive: true, force: true });
  let started = performance.now();
  await generateCorpus(entries, corpus, { seed });
  cases = writeRankingEntries(corpus, seed, (await loadDictionaries()).uk);
  writeFileSync(casesFile, `${JSON.stringify({ entries, seed, ...cases }, null, 2)}\n`);
  seconds['corpus'] = elapsed(started);
  console.error(`Corpus: ${entries} entries and the benchmark's own in ${corpus} (${seconds['corpus']} s); building…`);

  started = performance.now();
  run(
    'astro build',
    join(out, 'build.log'),
    process.execPath,
    [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      KB_CONTENT_DIR: corpus,
      KB_OUT_DIR: siteDir,
      KB_CACHE_DIR: join(out, 'cache'),
    },
  );
  seconds['build'] = elapsed(started);
  console.error(`Site built in ${seconds['build']} s; the plain Pagefind index…`);

  started = performance.now();
  // Pagefind's defaults: without the chunk size our build sets for its own index.
  const { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: _ours, ...plainEnv } = process.env;
  run(
    'pagefind (plain index)',
    join(out, 'pagefind-plain.log'),
    join(project, 'node_modules/.bin/pagefind'),
    ['--site', siteDir, '--output-subdir', 'pagefind-plain'],
    {},
    plainEnv,
  );
  seconds['plainIndex'] = elapsed(started);
}

// The built site and the plain bundle, served as a static host would.
const server = await serveDist(siteDir);
interface ServedSite {
  engine: (bundle: 'ours' | 'plain', lang: Lang) => Promise<PagefindEngine>;
  lookupUk: Lookup;
  aids: (lang: Lang) => Promise<LanguageAids>;
  addresses: (
    bundle: 'ours' | 'plain',
    results: { id: string; data: () => Promise<PagefindPage> }[],
  ) => Promise<string[]>;
}
// Used by ourRanking and plainRanking, which run only after this line.
const site = serve(server.url);

const started = performance.now();
const targetResults: (TargetCase & { ours: Placing; plain: Placing })[] = [];
for (const target of cases.targets) {
  const [ours, plain] = [await ourRanking(target.lang, target.query), await plainRanking(target.lang, target.query)];
  targetResults.push({ ...target, ours: placing(ours, target.target), plain: placing(plain, target.target) });
}
const loanResults: (LoanCase & { ours: Placing; plain: Placing })[] = [];
for (const loan of cases.loans) {
  const [ours, plain] = [await ourRanking('uk', loan.query), await plainRanking('uk', loan.query)];
  loanResults.push({ ...loan, ours: placing(ours, loan.target), plain: placing(plain, loan.target) });
}
const trapResults: (TrapCase & { ours: TrapOutcome; plain: TrapOutcome })[] = [];
for (const trap of cases.traps) {
  const [ours, plain] = [await ourRanking('nl', trap.word), await plainRanking('nl', trap.word)];
  trapResults.push({ ...trap, ours: trapOutcome(ours, trap), plain: trapOutcome(plain, trap) });
}
seconds['searches'] = elapsed(started);
await server.stop();

const languages = (['nl', 'uk', 'en'] as const).map((lang) => {
  const rows = targetResults.filter((row) => row.lang === lang);
  return {
    lang,
    queries: rows.length,
    ours: summary(rows.map((row) => row.ours)),
    plain: summary(rows.map((row) => row.plain)),
  };
});
const report = {
  machine: {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    node: process.version,
    date: new Date().toISOString(),
  },
  commit: commit(),
  options: { entries, seed, out, reused: Boolean(values['no-build']) },
  seconds,
  languages,
  loanWords: loanResults,
  prefixTraps: trapResults,
  targets: targetResults,
};
writeFileSync(join(out, 'search-ranking.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(markdown());
process.exit(0);

interface Placing {
  /** 1 for the first result; null when the page is not among the results. */
  rank: number | null;
  results: number;
  /** The first five results' addresses. */
  top: string[];
}

function placing(ranking: string[], page: string): Placing {
  const at = ranking.indexOf(page);
  return { rank: at < 0 ? null : at + 1, results: ranking.length, top: ranking.slice(0, 5) };
}

interface TrapOutcome {
  holder: number | null;
  trap: number | null;
  results: number;
  /** The holder is found, and ranks above the trap or the trap is not found. */
  pass: boolean;
}

function trapOutcome(ranking: string[], trap: { holder: string; trap: string }): TrapOutcome {
  const holder = placing(ranking, trap.holder).rank;
  const trapRank = placing(ranking, trap.trap).rank;
  return {
    holder,
    trap: trapRank,
    results: ranking.length,
    pass: holder !== null && (trapRank === null || holder < trapRank),
  };
}

function summary(placings: Placing[]) {
  const n = placings.length || 1;
  const ranks = placings.map((p) => p.rank);
  return {
    first: ranks.filter((rank) => rank === 1).length,
    firstPage: ranks.filter((rank) => rank !== null && rank <= 5).length,
    found: ranks.filter((rank) => rank !== null).length,
    meanReciprocalRank: round(ranks.reduce((sum: number, rank) => sum + (rank ? 1 / rank : 0), 0) / n),
    medianResults: median(placings.map((p) => p.results)),
  };
}

/** Pagefind's pagefind.js of a bundle in Node, one instance per page language, and the Ukrainian word table. */
function serve(origin: string): ServedSite {
  const bundles = { ours: `${origin}/pagefind/`, plain: `${origin}/pagefind-plain/` };
  const files = { ours: join(siteDir, 'pagefind/pagefind.js'), plain: join(siteDir, 'pagefind-plain/pagefind.js') };
  const engines = new Map<string, Promise<PagefindEngine>>();
  const urls = new Map<string, Promise<string>>();
  return {
    engine(bundle, lang) {
      const key = `${bundle} ${lang}`;
      let engine = engines.get(key);
      if (!engine) {
        // A module of its own per language: pagefind.js keeps the WebAssembly it loads (each language
        // its own stemmer) in module state, so instances of two languages in one module corrupt each
        // other's searches. (The search page has one page language, and merges other indexes into it.)
        const file = `${pathToFileURL(files[bundle]).href}?lang=${lang}`;
        engine = (import(file) as Promise<PagefindModule>).then((module) => {
          // pagefind.js takes its index language from <html lang> when an instance is created; in
          // Node there is none, so it is lent one. The search page creates its instance with these
          // options; the plain one gets Pagefind's defaults (no worker only: Node has none).
          const options =
            bundle === 'ours'
              ? { basePath: bundles.ours, noWorker: true, excerptLength: 30, ...searchOptions }
              : { basePath: bundles.plain, noWorker: true };
          const global = globalThis as { document?: unknown };
          global.document = { querySelector: () => ({ getAttribute: () => lang }) };
          try {
            return module.createInstance(options);
          } finally {
            delete global.document;
          }
        });
        engines.set(key, engine);
      }
      return engine;
    },
    // As the search page's aidsOf.
    aids: languageAidsLoader(bundles.ours),
    // The search page's own lookup of the word table.
    lookupUk: wordTableLookup(bundles.ours),
    addresses(bundle, results) {
      return Promise.all(
        results.map((result) => {
          const key = `${bundle} ${result.id}`;
          let url = urls.get(key);
          if (!url) {
            url = result.data().then((data) => new URL(data.url, origin).pathname);
            urls.set(key, url);
          }
          return url;
        }),
      );
    },
  };
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindEngine;
}

function markdown(): string {
  const names = { nl: 'Dutch', uk: 'Ukrainian', en: 'English' } as const;
  const share = (count: number, of: number) => `${count} / ${of}`;
  const rank = (value: number | null) => (value === null ? '–' : String(value));
  const lines = [
    `Search ranking, ${entries} generated entries (seed ${seed}; ${cases.retitled} texts retitled) and the benchmark's own ${cases.targets.length / 3} targets, ${cases.loans.length} loan-word and ${cases.traps.length * 2} trap entries; commit ${report.commit}, ${report.machine.date}.`,
    "Ours: the search page's code (searchLanguage) over the site's index; plain: Pagefind's search(query), defaults, over a plain index of the same built pages.",
    '',
    '| language | queries | target first: ours | plain | on the first page (top 5): ours | plain | mean reciprocal rank: ours | plain | median results: ours | plain |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...languages.map(
      ({ lang, queries, ours, plain }) =>
        `| ${names[lang]} | ${queries} | ${share(ours.first, queries)} | ${share(plain.first, queries)} | ${share(ours.firstPage, queries)} | ${share(plain.firstPage, queries)} | ${ours.meanReciprocalRank.toFixed(2)} | ${plain.meanReciprocalRank.toFixed(2)} | ${ours.medianResults} | ${plain.medianResults} |`,
    ),
    '',
    `Ukrainian loan words (written in the entry → searched); rank of the entry (results). Out of the dictionary: found by ours ${loanResults.filter((l) => !l.inDictionary.written && !l.inDictionary.query && l.ours.rank !== null).length} / ${loanResults.filter((l) => !l.inDictionary.written && !l.inDictionary.query).length}, by plain ${loanResults.filter((l) => !l.inDictionary.written && !l.inDictionary.query && l.plain.rank !== null).length}.`,
    '',
    '| word | written → query | dictionary knows (written, query) | ours | plain |',
    '| --- | --- | --- | ---: | ---: |',
    ...loanResults.map(
      (l) =>
        `| ${l.word} | ${l.written} → ${l.query} | ${l.inDictionary.written ? 'yes' : 'no'}, ${l.inDictionary.query ? 'yes' : 'no'} | ${rank(l.ours.rank)} (${l.ours.results}) | ${rank(l.plain.rank)} (${l.plain.results}) |`,
    ),
    '',
    'Dutch prefix traps: rank of the entry holding the word / of the entry titled with the longer word (results).',
    '',
    '| query | trap | ours | pass | plain | pass |',
    '| --- | --- | ---: | --- | ---: | --- |',
    ...trapResults.map(
      (t) =>
        `| ${t.word} | ${t.trapWord} | ${rank(t.ours.holder)} / ${rank(t.ours.trap)} (${t.ours.results}) | ${t.ours.pass ? 'pass' : '**fail**'} | ${rank(t.plain.holder)} / ${rank(t.plain.trap)} (${t.plain.results}) | ${t.plain.pass ? 'pass' : 'fail'} |`,
    ),
    '',
    'Queries whose target is not first (ours or plain): rank (results); other pages of the language that hold the word, and in their title.',
    '',
    '| language | query | target title | ours | plain | other pages | in their title |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...targetResults
      .filter((row) => row.ours.rank !== 1 || row.plain.rank !== 1)
      .map(
        (row) =>
          `| ${row.lang} | ${row.query} | ${row.title.replace(/\|/gu, '\\|')} | ${rank(row.ours.rank)} (${row.ours.results}) | ${rank(row.plain.rank)} (${row.plain.results}) | ${row.otherPages} | ${row.titleRivals} |`,
      ),
    '',
    `Times: ${Object.entries(seconds)
      .map(([step, s]) => `${step} ${s} s`)
      .join(', ')}. JSON: ${join(out, 'search-ranking.json')}.`,
  ];
  return lines.join('\n');
}

/** Runs a step; on failure, one line naming the step and its log. */
function run(
  step: string,
  log: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  base: NodeJS.ProcessEnv = process.env,
) {
  const result = spawnSync(command, args, {
    cwd: project,
    env: { ...base, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 256,
  });
  writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) fail(`${step} failed (exit ${result.status ?? result.signal}); its output is in ${log}.`);
}

function commit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: project, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: project,
    encoding: 'utf8',
  }).stdout.trim();
  return `${head || 'unknown'}${dirty ? ' (with uncommitted changes)' : ''}`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function elapsed(since: number) {
  return Math.round((performance.now() - since) / 100) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
