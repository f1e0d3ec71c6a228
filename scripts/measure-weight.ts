import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
import { serveDist } from './lib/static-server.ts';

const usage = `Usage: npm run measure:weight [-- --dir dist --entry /uk/practices/<slug>/ --query громади --lang uk]

Opens a built site in Chromium and reports what a reader downloads, as gzip bytes (each file
gzipped at level 9, as a static host would send it; Pagefind's index files are gzipped already):
  1. a typical entry page: HTML, CSS and JavaScript;
  2. the first search query on the search page, after the page itself has loaded, until the first
     results show (firstQuery: Pagefind's script, its WebAssembly, the page language's index
     metadata, index chunks and result details, and the Ukrainian word-table shards); then what the
     search of the other languages' indexes adds (otherLanguages) and the facet counts (facets).
Prints JSON, so that the benchmarks can read it.`;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    entry: { type: 'string', default: '/uk/practices/klachtenprocedure-in-het-oekraiens/' },
    query: { type: 'string', default: 'громади' },
    lang: { type: 'string', default: 'uk' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const dir = values.dir;
const gzipBytes = (path: string) => {
  const file = join(dir, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  const data = readFileSync(file);
  return path.includes('/pagefind/') && !/\.(js|css|json)$/.test(path)
    ? data.length
    : gzipSync(data, { level: 9 }).length;
};

for (const [page, option] of [
  [values.entry, '--entry'],
  [`/${values.lang}/search/`, '--lang'],
] as const)
  if (!existsSync(join(dir, page, 'index.html'))) {
    console.error(`measure-weight: ${join(dir, page)} is not a page of the built site; give ${option} a page it has.`);
    process.exit(1);
  }

const server = await serveDist(dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  // Every request, the search's web worker's included (Pagefind fetches its WebAssembly, index and
  // results from there, where the page's resource timing does not see them), with when it was made.
  const requested: { path: string; at: number }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url) requested.push({ path: url.pathname, at: Date.now() });
  });

  await page.goto(server.url + values.entry, { waitUntil: 'networkidle' });
  const entryFiles = requested.map((file) => file.path);
  const entry = summarise(entryFiles);

  await page.goto(`${server.url}/${values.lang}/search/`, { waitUntil: 'networkidle' });
  requested.length = 0;
  await page.getByRole('searchbox').fill(values.query);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await page.waitForLoadState('networkidle');
  // The search page marks the moment its first results are on the page (performance mark
  // kb:search-results, src/components/search/search-page.ts); what it fetched before is the first query. After
  // it, it searches the other languages' indexes and fetches the facet counts (Pagefind's filter
  // files of the page language: filter/uk_…).
  // The mark as a wall-clock time, to compare with the requests' (same machine, same clock).
  const mark = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('kb:search-results')[0]?.startTime ?? Infinity),
  );
  // Each file counts once, and only what search fetches (all of it in Pagefind's folder).
  const seen = new Set<string>();
  const searched = requested.filter(({ path }) => path.startsWith('/pagefind/') && !seen.has(path) && seen.add(path));
  const before = searched.filter((file) => file.at < mark).map((file) => file.path);
  const after = searched.filter((file) => file.at >= mark).map((file) => file.path);
  const isFacet = (path: string) => path.startsWith(`/pagefind/filter/${values.lang}_`);
  const firstResults = summarise(before);
  const otherBytes = summarise(after.filter((path) => !isFacet(path)));
  const facetBytes = summarise(after.filter(isFacet));

  console.log(
    JSON.stringify(
      {
        entryPage: { path: values.entry, ...entry },
        firstQuery: { query: values.query, ...firstResults },
        otherLanguages: { totalGzipBytes: otherBytes.totalGzipBytes, files: otherBytes.files.length },
        facets: { totalGzipBytes: facetBytes.totalGzipBytes },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.stop();
}

function summarise(paths: string[]) {
  const files = paths.map((path) => ({ path, bytes: gzipBytes(path) }));
  const sum = (test: (path: string) => boolean) =>
    files.filter((f) => test(f.path)).reduce((total, f) => total + f.bytes, 0);
  return {
    totalGzipBytes: sum(() => true),
    htmlCss: sum((path) => path.endsWith('/') || path.endsWith('.html') || path.endsWith('.css')),
    javascript: sum((path) => path.endsWith('.js')),
    files,
  };
}
