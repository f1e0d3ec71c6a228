import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/generate-corpus.ts';

const usage = `Usage: npm run bench [-- --sizes 1000,5000 --check-sizes 10000 --runs 3 --out <file.json>]

Generates synthetic corpora outside content/ (in $TMPDIR/kb-bench; scripts/bench/generate-corpus.ts),
then measures, per size: the content check (wall time, peak memory) on the corpus and on the same
corpus without links and footnotes, each reading every file (--no-cache), and the check of the
corpus again with nothing changed (what it remembers, src/content-check/check-cache.ts); and, for --sizes, the full build with the search index (wall
time, peak memory, pages, dist/ size) against the same corpus built by a bare Astro 7 site
(scripts/bench/floor-site/, the framework floor), project and floor alternating, every build cold.
Each measurement records the load average (uptime) when it started: these figures are only worth
what the machine's load allows. Prints a Markdown report; --out also writes the raw JSON.
--only check|build measures one of the two. Needs GNU time (/usr/bin/time; Debian: apt-get install time).`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    'check-sizes': { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.error(
    'GNU time is missing (/usr/bin/time): install it (Debian: apt-get install time) to measure peak memory.',
  );
  process.exit(1);
}

const project = resolve('.');
const work = join(tmpdir(), 'kb-bench');
const node = process.execPath;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(project, 'node_modules/.bin/pagefind');

interface Measure {
  seconds: number;
  /** A project build's search index step, as its log says (`indexed … pages; … s`). */
  indexSeconds?: number;
  peakMiB: number;
  /** The 1-minute load average when the measurement started (2 cores: above 2 means waiting). */
  load: number;
}

const loadNow = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Runs a command under GNU time and returns its wall time, peak resident memory and the load before it. */
function timed(command: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Measure {
  const report = join(work, 'time.txt');
  const load = loadNow();
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
    cwd: options.cwd ?? project,
    env: { ...process.env, ...options.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 512,
  });
  if (result.status !== 0)
    throw new Error(`${command.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const [seconds = '0', kib = '0'] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ');
  const index = /indexed [^;]* pages;.*?; ([\d.]+) s/u.exec(result.stdout + result.stderr)?.[1];
  return {
    seconds: Number(seconds),
    peakMiB: Math.round(Number(kib) / 1024),
    load,
    ...(index ? { indexSeconds: Number(index) } : {}),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: number[], digits = 1) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const bytesIn = (dir: string) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
const countFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

/** A cold build of a site (project or floor) from a corpus, with its Pagefind index, as `npm run build` does. */
function build(site: 'project' | 'floor', corpus: string, out: string): Measure {
  rmSync(out, { recursive: true, force: true });
  const cwd = site === 'project' ? project : join(work, 'floor');
  const env = { KB_CONTENT_DIR: corpus, KB_OUT_DIR: join(out, 'dist'), KB_CACHE_DIR: join(out, 'cache') };
  // The project indexes inside `astro build` (its search integration, as `npm run build`); the floor
  // runs the Pagefind CLI over every page afterwards.
  const command =
    site === 'project'
      ? `"${node}" "${astro}" build`
      : `"${node}" "${astro}" build && "${pagefind}" --site "${join(out, 'dist')}"`;
  return timed(['sh', '-c', command], { cwd, env });
}

function prepareFloor() {
  const floor = join(work, 'floor');
  rmSync(floor, { recursive: true, force: true });
  cpSync(join(project, 'scripts/bench/floor-site'), floor, { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(floor, 'node_modules'));
}

mkdirSync(work, { recursive: true });
prepareFloor();
const runs = Number(values.runs);
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const checkSizes = [...new Set([...sizes, ...values['check-sizes'].split(',').filter(Boolean).map(Number)])].sort(
  (a, b) => a - b,
);
const results: Record<string, unknown>[] = [];
/** `npm run check` of a corpus: every file read and checked (`--no-cache`), or with what the last check remembered. */
const check = (corpus: string, cached = false) =>
  timed([node, 'scripts/check-content.ts', '--root', corpus, ...(cached ? [] : ['--no-cache'])]);

for (const size of checkSizes) {
  const corpus = join(work, `corpus-${size}`);
  await generateCorpus(size, corpus);
  const row: Record<string, unknown> = { entries: size, files: countFiles(corpus) };
  results.push(row);
  if (values.only !== 'build') {
    const plain = join(work, `corpus-${size}-no-links`);
    await generateCorpus(size, plain, { links: false });
    // Alternating, like the builds; the first of each is discarded as a page-cache warm-up.
    check(corpus);
    check(plain);
    const withLinks: Measure[] = [];
    const withoutLinks: Measure[] = [];
    for (let run = 0; run < Math.max(runs, 3); run++) {
      withLinks.push(check(corpus));
      withoutLinks.push(check(plain));
    }
    // Again with nothing changed: the first run fills the cache (check-cache.ts).
    check(corpus, true);
    const again: Measure[] = [];
    for (let run = 0; run < Math.max(runs, 3); run++) again.push(check(corpus, true));
    Object.assign(row, { check: withLinks, checkWithoutLinks: withoutLinks, checkAgain: again });
    console.error(
      `${size}: check ${median(withLinks.map((m) => m.seconds))} s, without links ${median(withoutLinks.map((m) => m.seconds))} s, again ${median(again.map((m) => m.seconds))} s`,
    );
    rmSync(plain, { recursive: true, force: true });
  }
  if (sizes.includes(size) && values.only !== 'check') {
    const projectBuilds: Measure[] = [];
    const floorBuilds: Measure[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternate, so that both sites see the same machine state.
      projectBuilds.push(build('project', corpus, join(work, `project-${size}`)));
      // Inside the floor's folder: its prerender chunks resolve packages through its node_modules link.
      floorBuilds.push(build('floor', corpus, join(work, 'floor', `out-${size}`)));
      console.error(
        `${size}: run ${run + 1}: project ${projectBuilds.at(-1)!.seconds} s, floor ${floorBuilds.at(-1)!.seconds} s`,
      );
      // Partial results survive an interrupted run.
      Object.assign(row, { project: { runs: projectBuilds }, floor: { runs: floorBuilds } });
      save();
    }
    const dist = join(work, `project-${size}`, 'dist');
    const floorDist = join(work, 'floor', `out-${size}`, 'dist');
    Object.assign(row, {
      project: { runs: projectBuilds, distBytes: bytesIn(dist), pages: countPages(dist) },
      floor: { runs: floorBuilds, distBytes: bytesIn(floorDist), pages: countPages(floorDist) },
    });
  }
  save();
}

function save() {
  if (values.out) writeFileSync(values.out, `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

save();
console.log(report());

function machine() {
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
}

function report(): string {
  const m = machine();
  const loads = (ms: Measure[]) => ms.map((x) => x.load.toFixed(1)).join(', ');
  const lines = [
    `Machine: ${m.cpus}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.date}. Times in seconds, median (min–max); memory is peak resident set; load: 1-minute load average at the start of each run.`,
    '',
    '| entries | files | `npm run check -- --no-cache` | peak MiB | load | without links and footnotes | peak MiB | load | `npm run check` again, nothing changed | peak MiB | load |',
    '| ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | --- |',
    ...results
      .filter((r) => r['check'])
      .map((r) => {
        const c = r['check'] as Measure[];
        const p = r['checkWithoutLinks'] as Measure[];
        const s = (ms: Measure[]) =>
          `${median(ms.map((x) => x.seconds)).toFixed(2)} (${spread(
            ms.map((x) => x.seconds),
            2,
          )}) | ${median(ms.map((x) => x.peakMiB))} | ${loads(ms)}`;
        const a = (r['checkAgain'] as Measure[] | undefined) ?? [];
        return `| ${String(r['entries'])} | ${String(r['files'])} | ${s(c)} | ${s(p)} | ${a.length > 0 ? s(a) : '– | – | –'} |`;
      }),
    '',
    '| entries | build s | floor s | ratio | search index step s | build MiB | floor MiB | ratio | pages (floor) | dist MB | load (project / floor) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results
      .filter((r) => r['project'])
      .map((r) => {
        const p = r['project'] as { runs: Measure[]; distBytes: number; pages: number };
        if (p.pages === undefined) return `| ${String(r['entries'])} | (interrupted) |`;
        const f = r['floor'] as { runs: Measure[]; pages: number };
        const ps = p.runs.map((x) => x.seconds);
        const fs = f.runs.map((x) => x.seconds);
        const pm = p.runs.map((x) => x.peakMiB);
        const fm = f.runs.map((x) => x.peakMiB);
        const index = p.runs.flatMap((x) => (x.indexSeconds === undefined ? [] : [x.indexSeconds]));
        const indexStep = index.length > 0 ? `${median(index).toFixed(1)} (${spread(index)})` : '–';
        return `| ${String(r['entries'])} | ${median(ps).toFixed(1)} (${spread(ps)}) | ${median(fs).toFixed(1)} (${spread(fs)}) | ${(median(ps) / median(fs)).toFixed(2)} | ${indexStep} | ${median(pm)} | ${median(fm)} | ${(median(pm) / median(fm)).toFixed(2)} | ${p.pages} (${f.pages}) | ${(p.distBytes / 1e6).toFixed(0)} | ${loads(p.runs)} / ${loads(f.runs)} |`;
      }),
  ];
  return lines.join('\n');
}
