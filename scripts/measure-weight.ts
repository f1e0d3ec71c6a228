import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
     search of the other languages' indexes adds (otherLanguages: their metadata, chunks, details,
     WebAssembly) and the facet counts (facets). Pagefind names its files by language, which tells
     the three apart.
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
  return path.includes('/pagefind/') && !/\.(js|css|json)$/.test(path) ? data.length : gzipSync(data, { level: 9 }).length;
};

const server = await serveDist(dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url) requested.push(url.pathname);
  });

  await page.goto(server.url + values.entry, { waitUntil: 'networkidle' });
  const entryFiles = [...requested];
  const entry = summarise(entryFiles);

  await page.goto(`${server.url}/${values.lang}/search/`, { waitUntil: 'networkidle' });
  requested.length = 0;
  await page.getByRole('searchbox').fill(values.query);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await page.waitForLoadState('networkidle');
  // The search page searches the other languages and asks for the filter index only once the first
  // results show (src/search/search-page.ts). Pagefind's files carry their language: index/uk_…,
  // fragment/uk_…, filter/uk_…, pagefind.uk_….pf_meta; WebAssembly wasm.nl, wasm.en, and
  // wasm.unknown for Ukrainian, which Pagefind cannot stem.
  const wasm = (lang: string) => (lang === 'nl' || lang === 'en' ? lang : 'unknown');
  const langOf = (path: string) => /\/pagefind\/(?:index|fragment|filter)\/([a-z]+)_|\/pagefind\/pagefind\.([a-z]+)_/.exec(path)?.slice(1).find(Boolean);
  const isOther = (path: string) => {
    const wasmOf = /\/pagefind\/wasm\.([a-z]+)\.pagefind$/.exec(path)?.[1];
    if (wasmOf) return wasmOf !== wasm(values.lang);
    const lang = langOf(path);
    return lang !== undefined && lang !== values.lang;
  };
  const isFilter = (path: string) => !isOther(path) && path.startsWith('/pagefind/filter/');
  // Each file counts once: the other languages' search asks again for files of the first query, which the browser has.
  // Only what search fetches (all of it in Pagefind's folder), not the page's own files, such as its icon.
  const unique = [...new Set(requested)].filter((path) => path.startsWith('/pagefind/'));
  const firstResults = summarise(unique.filter((path) => !isOther(path) && !isFilter(path)));
  const otherBytes = summarise(unique.filter(isOther));
  const facetBytes = summarise(unique.filter(isFilter));

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
  server.stop();
}

function summarise(paths: string[]) {
  const files = paths.map((path) => ({ path, bytes: gzipBytes(path) }));
  const sum = (test: (path: string) => boolean) => files.filter((f) => test(f.path)).reduce((total, f) => total + f.bytes, 0);
  return {
    totalGzipBytes: sum(() => true),
    htmlCss: sum((path) => path.endsWith('/') || path.endsWith('.html') || path.endsWith('.css')),
    javascript: sum((path) => path.endsWith('.js')),
    files,
  };
}
