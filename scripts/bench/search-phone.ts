// The search page on a phone (issue 19, item 5): npx node scripts/bench/search-phone.ts --help
import { chromium, type Browser } from '@playwright/test';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromiumArgs, findChromium } from '../../tests/e2e/browser.ts';
import { serveDist } from '../lib/static-server.ts';
import { phases, summariseTrace, traceCategories, type ProfileSummary } from './main-thread-profile.ts';
import { installProbe, type ProbeFigures, type ProbeOptions } from './phone-probe.ts';

const usage = `Usage: npx node scripts/bench/search-phone.ts --dir <dist> [--query uk=бюджету --query nl=budget]
         [--runs 5] [--cpu 4] [--out <file.json>] [--plain <folder>] [--profile <folder>]
         [--lighthouse <lighthouse cli.js>]

The search page on a phone, against Pagefind's own UI over a plain index of the same built pages.
Build the site first, e.g. from a generated corpus (BENCHMARKS.md):
  npx node scripts/bench/generate-corpus.ts --entries 5000 --out /tmp/corpus-5000
  KB_CONTENT_DIR=/tmp/corpus-5000 KB_OUT_DIR=/tmp/out-5000 KB_CACHE_DIR=/tmp/cache-5000 npx astro build
  npx node scripts/bench/search-phone.ts --dir /tmp/out-5000 --out /tmp/phone.json

In Chromium (Debian's, tests/e2e/browser.ts) at 375 × 667 px, mobile emulation (isMobile, touch,
device scale factor 2, a phone's user agent) and the main thread slowed --cpu times (CDP
Emulation.setCPUThrottlingRate; Chromium does not slow Web Workers this way), each query (language=word,
repeatable) --runs times on each page, alternating, every run in a new browser context (cold cache;
our page registers its service worker as on a first visit):
  ours      /<lang>/search/?q=<word>, under the page's own Content-Security-Policy;
  Pagefind  Pagefind's default UI (pagefind-ui.js, new PagefindUI + triggerSearch) in a page of its
            own with <html lang="<lang>"> and no Content-Security-Policy, over a plain index of the
            same pages (the Pagefind CLI with its defaults, written to --plain or a temporary folder,
            never into --dir; served with that page from a second server).
Figures, from navigation start: first result in the DOM (ours: .kb-search__results > .kb-result;
Pagefind UI: a .pagefind-ui__result with its link, i.e. loaded, not a placeholder); done (ours:
data-state="done", i.e. results, other languages and facet counts; Pagefind UI: its results loaded
and its filters shown); total blocking time (the sum of each long task's time beyond 50 ms, long
tasks that started before done, or 10 s); layout shift (the sum of every shift without recent input
until the same point). Prints a Markdown table per query (median and range); --out writes every run.
--profile <folder> also records one Chromium trace per query of our page (one extra run, not counted)
and summarises what its long tasks did: kinds of work and the JavaScript functions sampled in them.
--lighthouse <path of lighthouse's cli-js/index.js> also runs Lighthouse (mobile, its defaults) on our
page with each query, once, and reports the performance score.`;

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    query: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
    out: { type: 'string' },
    plain: { type: 'string' },
    profile: { type: 'string' },
    lighthouse: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!values.dir) fail('search-phone: --dir is missing: give the folder of a built site (see --help).');
const dir = resolve(values.dir!);
if (!existsSync(join(dir, 'pagefind', 'pagefind.js')))
  fail(`search-phone: ${dir} holds no built site with its search index (pagefind/pagefind.js): build it first.`);
const runs = Number(values.runs);
const cpu = Number(values.cpu);
if (!Number.isInteger(runs) || runs < 1) fail(`search-phone: --runs ${values.runs} is not a whole number above 0.`);
if (!(cpu >= 1)) fail(`search-phone: --cpu ${values.cpu} is not a slowdown factor of 1 or more.`);
const queries = (values.query ?? ['uk=бюджету', 'nl=budget']).map((pair) => {
  const [lang = '', word = ''] = pair.split('=');
  if (!/^[a-z]{2}$/u.test(lang) || !word.trim())
    fail(`search-phone: --query ${pair} is not language=word (for example uk=бюджету).`);
  if (!existsSync(join(dir, lang, 'search', 'index.html')))
    fail(`search-phone: ${dir} has no search page for the language of --query ${pair} (${lang}/search/).`);
  return { lang, word: word.trim() };
});

const project = resolve(import.meta.dirname, '../..');
const timeLimit = 10_000;
const viewport = { width: 375, height: 667 };
// Lighthouse's mobile user agent (Moto G Power), so that the site sees a phone.
const userAgent =
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36';

// The baseline: the plain index (Pagefind's defaults, without our build's chunk size) and a page of
// Pagefind's own UI per language, in a folder beside the site, never inside it.
const plainRoot = values.plain ? resolve(values.plain) : mkdtempSync(join(tmpdir(), 'kb-phone-'));
if (!existsSync(join(plainRoot, 'pagefind-plain', 'pagefind-ui.js'))) {
  console.error(`Writing the plain Pagefind index of ${dir} to ${plainRoot}/pagefind-plain…`);
  const { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: _ours, ...plainEnv } = process.env;
  const built = spawnSync(
    join(project, 'node_modules/.bin/pagefind'),
    ['--site', dir, '--output-path', join(plainRoot, 'pagefind-plain')],
    { env: plainEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (built.status !== 0) fail(`search-phone: the plain Pagefind index failed:\n${built.stdout}\n${built.stderr}`);
}
mkdirSync(join(plainRoot, '__bench'), { recursive: true });
for (const { lang } of queries)
  writeFileSync(
    join(plainRoot, '__bench', `pagefind-ui-${lang}.html`),
    `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind UI</title>
<link href="/pagefind-plain/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind-plain/pagefind-ui.js"></script>
</head>
<body>
<div id="search"></div>
<script>
  const ui = new PagefindUI({ element: '#search', bundlePath: '/pagefind-plain/' });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
</script>
</body>
</html>
`,
  );

type Page = 'ours' | 'pagefind';
const probes: Record<Page, ProbeOptions> = {
  ours: {
    first: '.kb-search__results > .kb-result',
    done: '[data-kb-search][data-state="done"]',
    notDone: '',
    message: '[data-kb-search] [role="status"]',
    quiet: 1500,
    limit: timeLimit,
  },
  pagefind: {
    first: '.pagefind-ui__result .pagefind-ui__result-link',
    done: '.pagefind-ui__result .pagefind-ui__result-link',
    // Placeholders of results still loading, or filters not yet shown.
    notDone: '.pagefind-ui__results .pagefind-ui__loading, .pagefind-ui__form:not(:has(.pagefind-ui__filter-panel))',
    message: '.pagefind-ui__message',
    quiet: 1500,
    limit: timeLimit,
  },
};

interface Run {
  page: Page;
  lang: string;
  query: string;
  run: number;
  /** The 1-minute load average before the run (2 cores: above 2 means waiting for a core). */
  load: number;
  firstResult: number | null;
  done: number | null;
  /** Total blocking time until done (or the time limit), ms. */
  tbt: number;
  /** Total blocking time until the page was quiet after done (1.5 s without a long task). */
  tbtUntilQuiet: number;
  longTasks: number;
  longestTask: number;
  layoutShift: number;
  shiftSources: string[];
  /** The page's announcement of its results. */
  message: string;
}

const loadNow = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const round = (x: number) => Math.round(x * 10) / 10;

async function measure(
  browser: Browser,
  url: string,
  page: Page,
  trace?: string,
): Promise<{ figures: ProbeFigures; profile?: ProfileSummary }> {
  const context = await browser.newContext({
    viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    userAgent,
  });
  try {
    await context.addInitScript(installProbe, probes[page]);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (trace) await browser.startTracing(tab, { categories: traceCategories });
    await tab.goto(url, { waitUntil: 'commit' });
    const figures = await tab.evaluate(
      () => (window as unknown as { __kbPhoneBench: { finished: Promise<ProbeFigures> } }).__kbPhoneBench.finished,
    );
    if (!trace) return { figures };
    const json = (await browser.stopTracing()).toString('utf8');
    writeFileSync(trace, json);
    return { figures, profile: summariseTrace(json) };
  } finally {
    await context.close();
  }
}

function figuresOf(page: Page, lang: string, query: string, run: number, load: number, f: ProbeFigures): Run {
  const end = f.done ?? timeLimit;
  const blocking = (until: number) =>
    f.longTasks.filter((t) => t.start < until).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const shifts = f.shifts.filter((s) => s.start <= end);
  return {
    page,
    lang,
    query,
    run,
    load,
    firstResult: f.first === undefined ? null : round(f.first),
    done: f.done === undefined ? null : round(f.done),
    tbt: round(blocking(end)),
    tbtUntilQuiet: round(blocking(Infinity)),
    longTasks: f.longTasks.filter((t) => t.start < end).length,
    longestTask: round(Math.max(0, ...f.longTasks.filter((t) => t.start < end).map((t) => t.duration))),
    layoutShift: Math.round(shifts.reduce((sum, s) => sum + s.value, 0) * 1000) / 1000,
    shiftSources: [...new Set(shifts.flatMap((s) => s.sources))],
    message: f.message,
  };
}

const ours = await serveDist(dir);
const plain = await serveDist(plainRoot);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const chromiumVersion = browser.version();
const results: Run[] = [];
const profiles: Record<string, ProfileSummary> = {};
const lighthouse: Record<string, unknown> = {};
try {
  const address = (page: Page, lang: string, word: string) =>
    page === 'ours'
      ? `${ours.url}/${lang}/search/?q=${encodeURIComponent(word)}`
      : `${plain.url}/__bench/pagefind-ui-${lang}.html?q=${encodeURIComponent(word)}`;
  for (const { lang, word } of queries) {
    // One run of each first, not counted: the files are then in the system's page cache for both.
    for (const page of ['ours', 'pagefind'] as const) await measure(browser, address(page, lang, word), page);
    for (let run = 1; run <= runs; run++)
      for (const page of ['ours', 'pagefind'] as const) {
        const load = loadNow();
        const { figures } = await measure(browser, address(page, lang, word), page);
        const row = figuresOf(page, lang, word, run, load, figures);
        results.push(row);
        console.error(
          `${lang} «${word}» ${page} #${run}: first ${row.firstResult} ms, done ${row.done} ms, TBT ${row.tbt} ms, CLS ${row.layoutShift} (load ${load}): ${row.message}`,
        );
      }
    if (values.profile) {
      mkdirSync(values.profile, { recursive: true });
      for (const page of ['ours', 'pagefind'] as const) {
        const trace = join(values.profile, `trace-${page}-${lang}.json`);
        const { profile } = await measure(browser, address(page, lang, word), page, trace);
        profiles[`${page} ${lang} ${word}`] = profile!;
        writeFileSync(join(values.profile, `long-tasks-${page}-${lang}.json`), JSON.stringify(profile, null, 2));
      }
    }
    if (values.lighthouse) lighthouse[`${lang} ${word}`] = await runLighthouse(address('ours', lang, word));
  }
} finally {
  await browser.close();
  await ours.stop();
  await plain.stop();
  if (!values.plain) rmSync(plainRoot, { recursive: true, force: true });
  else rmSync(join(plainRoot, '__bench'), { recursive: true, force: true });
}

/**
 * Lighthouse's mobile defaults (its own simulated 4× CPU and slow 4G) on a page; score and key
 * audits. Asynchronous: this process serves the page meanwhile.
 */
async function runLighthouse(url: string) {
  const report = join(tmpdir(), `kb-phone-lighthouse-${process.pid}.json`);
  try {
    await promisify(execFile)(
      process.execPath,
      [
        values.lighthouse!,
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    return { error: String((error as { stderr?: string }).stderr || error).slice(-2000) };
  }
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
    lighthouseVersion: string;
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number; displayValue?: string }>;
  };
  rmSync(report, { force: true });
  const audit = (id: string) => lhr.audits[id]?.displayValue ?? null;
  return {
    version: lhr.lighthouseVersion,
    score: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
    firstContentfulPaint: audit('first-contentful-paint'),
    largestContentfulPaint: audit('largest-contentful-paint'),
    totalBlockingTime: audit('total-blocking-time'),
    cumulativeLayoutShift: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cell = (xs: (number | null)[], unit: 'ms' | '') => {
  const found = xs.filter((x): x is number => x !== null);
  const missing = xs.length - found.length;
  if (found.length === 0) return 'none';
  const format = (x: number) => (unit === 'ms' ? `${(x / 1000).toFixed(2)} s` : x.toFixed(3));
  const range = `${format(Math.min(...found))}–${format(Math.max(...found))}`;
  return `**${format(median(found))}** (${range})${missing ? `, ${missing} of ${xs.length} none` : ''}`;
};

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: project, encoding: 'utf8' }).stdout.trim();
const lines = [
  `Search on a phone: ${dir}, Chromium ${chromiumVersion}, ${viewport.width} px, mobile emulation, main thread ${cpu}× slower, ${runs} runs each (cold, alternating), commit ${commit} of this script's checkout.`,
  `Our page runs under its Content-Security-Policy (the search page's adds 'wasm-unsafe-eval'); the Pagefind UI page has none. Web Workers are not slowed by the emulation.`,
];
for (const { lang, word } of queries) {
  const rows = (page: Page) => results.filter((r) => r.page === page && r.lang === lang && r.query === word);
  lines.push(
    '',
    `| «${word}» (${lang}) | first result | done | main thread blocked (TBT until done) | TBT until quiet | layout shift | load |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const page of ['ours', 'pagefind'] as const) {
    const r = rows(page);
    const loads = r.map((x) => x.load);
    lines.push(
      `| ${page === 'ours' ? 'this site' : 'Pagefind UI'} | ${cell(
        r.map((x) => x.firstResult),
        'ms',
      )} | ${cell(
        r.map((x) => x.done),
        'ms',
      )} | ${cell(
        r.map((x) => x.tbt),
        'ms',
      )} | ${cell(
        r.map((x) => x.tbtUntilQuiet),
        'ms',
      )} | ${cell(
        r.map((x) => x.layoutShift),
        '',
      )} | ${Math.min(...loads)}–${Math.max(...loads)} |`,
    );
  }
  const sources = [...new Set(rows('ours').flatMap((r) => r.shiftSources))];
  if (sources.length) lines.push('', `Our page's shifted elements: ${sources.join(', ')}.`);
  for (const page of ['ours', 'pagefind'] as const) {
    const profile = profiles[`${page} ${lang} ${word}`];
    if (!profile) continue;
    lines.push(
      '',
      `${page === 'ours' ? 'Our page' : 'The Pagefind UI page'}, one traced run (slower than the runs above):`,
    );
    for (const side of phases(profile, 'kb:search-results')) {
      if (page === 'pagefind' && side.longTasks === 0) continue;
      const list = (pairs: [string, number][]) => pairs.map(([what, ms]) => `${what} ${ms}`).join('; ');
      lines.push(
        `- ${page === 'pagefind' ? 'until done' : side.phase}: ${side.longTasks} long tasks, ${side.duration} ms, blocking ${side.blocking} ms, longest ${side.longest} ms. Work: ${list(side.work)}. JavaScript sampled: ${list(side.javascript)}. Functions: ${list(side.functions.map(([name, ms]) => [name.replace(/ \/_astro\/([^.]+)[^ :]*/u, ' $1'), ms]))}.`,
      );
    }
  }
  const score = lighthouse[`${lang} ${word}`] as
    | {
        score?: number;
        error?: string;
        version?: string;
        totalBlockingTime?: string;
        cumulativeLayoutShift?: string;
        largestContentfulPaint?: string;
      }
    | undefined;
  if (score?.error) lines.push('', `Lighthouse could not run on our page: ${score.error}`);
  else if (score)
    lines.push(
      '',
      `Lighthouse ${score.version} (mobile, simulated) on our page: **${score.score}** (total blocking time ${score.totalBlockingTime}, layout shift ${score.cumulativeLayoutShift}, largest contentful paint ${score.largestContentfulPaint}).`,
    );
}
console.log(lines.join('\n'));
if (values.out)
  writeFileSync(
    values.out,
    JSON.stringify({ dir, commit, cpu, viewport, runs: results, profiles, lighthouse }, null, 2),
  );
