import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/generate-corpus.ts';

const usage = `Usage: npm run bench [-- --sizes 100,1000,5000 --check-sizes 10000 --runs 3 --big-runs 2 --out <file.json>]

Generates synthetic corpora outside content/ (in $TMPDIR/kb-bench), then measures, per size:
the content check (wall time, peak memory), the full build with the search index (wall time,
peak memory, dist/ size, index size), the same corpus built by a bare Astro site (the framework
floor, scripts/bench/floor-site/) and the bytes a reader downloads for an entry page and a first
search query. Every build starts cold. Prints a Markdown report; --out also writes the raw JSON.
Needs GNU time (/usr/bin/time; Debian: apt-get install time) for peak memory.`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'check-sizes': { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'big-runs': { type: 'string', default: '2' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.error('GNU time is missing (/usr/bin/time): install it (Debian: apt-get install time) to measure peak memory.');
  process.exit(1);
}

const project = resolve('.');
const work = join(tmpdir(), 'kb-bench');
const node = process.execPath;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(project, 'node_modules/.bin/pagefind');

interface Measure {
  seconds: number;
  peakMiB: number;
}

/** Runs a command under GNU time and returns its wall time and peak resident memory. */
function timed(command: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Measure {
  const report = join(work, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
    cwd: options.cwd ?? project,
    env: { ...process.env, ...options.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 512,
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const [seconds = '0', kib = '0'] = execFileSync('cat', [report], { encoding: 'utf8' }).trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(seconds), peakMiB: Math.round(Number(kib) / 1024) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const bytesIn = (dir: string) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);

/** A cold build of a site (project or floor) from a corpus, with its Pagefind index. */
function build(site: 'project' | 'floor', corpus: string, out: string): Measure {
  rmSync(out, { recursive: true, force: true });
  const cwd = site === 'project' ? project : join(work, 'floor');
  const env = { KB_CONTENT_DIR: corpus, KB_OUT_DIR: join(out, 'dist'), KB_CACHE_DIR: join(out, 'cache') };
  return timed(['sh', '-c', `"${node}" "${astro}" build && "${pagefind}" --site "${join(out, 'dist')}"`], { cwd, env });
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
const bigRuns = Number(values['big-runs']);
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const checkOnly = values['check-sizes'].split(',').filter(Boolean).map(Number);
const results: Record<string, unknown>[] = [];

for (const size of [...sizes, ...checkOnly].sort((a, b) => a - b)) {
  const corpus = join(work, `corpus-${size}`);
  generateCorpus(size, corpus);
  const files = readdirSync(corpus, { recursive: true }).length;
  const repeat = size >= 5000 ? bigRuns : runs;
  const checks = Array.from({ length: Math.max(runs, 3) }, () => timed([node, 'scripts/check-content.ts', '--root', corpus]));
  const row: Record<string, unknown> = {
    entries: size,
    files,
    check: { seconds: checks.map((m) => m.seconds), peakMiB: checks.map((m) => m.peakMiB) },
  };
  console.error(`${size}: check median ${median(checks.map((m) => m.seconds))} s`);
  if (sizes.includes(size)) {
    const projectBuilds: Measure[] = [];
    const floorBuilds: Measure[] = [];
    for (let run = 0; run < repeat; run++) {
      // Alternate, so that both sites see the same machine state.
      projectBuilds.push(build('project', corpus, join(work, `project-${size}`)));
      // Inside the floor's folder: its prerender chunks resolve packages through its node_modules link.
      floorBuilds.push(build('floor', corpus, join(work, 'floor', `out-${size}`)));
      console.error(`${size}: run ${run + 1}: project ${projectBuilds.at(-1)!.seconds} s, floor ${floorBuilds.at(-1)!.seconds} s`);
    }
    const dist = join(work, `project-${size}`, 'dist');
    const floorDist = join(work, 'floor', `out-${size}`, 'dist');
    const entry = `/uk/practices/${readdirSync(join(corpus, 'practices'))[0]}/`;
    const weight = JSON.parse(
      execFileSync(node, ['scripts/measure-weight.ts', '--dir', dist, '--entry', entry, '--query', 'громади'], { encoding: 'utf8' }),
    ) as { entryPage: { totalGzipBytes: number; htmlCss: number; javascript: number }; firstQuery: { totalGzipBytes: number }; facets: { totalGzipBytes: number } };
    Object.assign(row, {
      project: { seconds: projectBuilds.map((m) => m.seconds), peakMiB: projectBuilds.map((m) => m.peakMiB), distBytes: bytesIn(dist), indexBytes: bytesIn(join(dist, 'pagefind')), pages: countPages(dist) },
      floor: { seconds: floorBuilds.map((m) => m.seconds), peakMiB: floorBuilds.map((m) => m.peakMiB), distBytes: bytesIn(floorDist), pages: countPages(floorDist) },
      entryPage: weight.entryPage,
      firstQuery: weight.firstQuery.totalGzipBytes,
      facets: weight.facets.totalGzipBytes,
    });
  }
  results.push(row);
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

if (values.out) writeFileSync(values.out, `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
console.log(report());

function machine() {
  return { cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) };
}

function report(): string {
  const m = machine();
  const lines = [
    `Machine: ${m.cpus}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.date}. Times in seconds, median (min–max); memory is peak resident set.`,
    '',
    '| entries | files | check s | check MiB |',
    '| ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const c = r['check'] as { seconds: number[]; peakMiB: number[] };
      return `| ${r['entries']} | ${r['files']} | ${median(c.seconds).toFixed(2)} (${spread(c.seconds)}) | ${median(c.peakMiB)} |`;
    }),
    '',
    '| entries | build s | floor s | ratio | build MiB | floor MiB | ratio | pages (floor) | dist MB | index MB | entry page gzip B (HTML+CSS / JS) | first query gzip B (+ facets) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results
      .filter((r) => r['project'])
      .map((r) => {
        const p = r['project'] as { seconds: number[]; peakMiB: number[]; distBytes: number; indexBytes: number; pages: number };
        const f = r['floor'] as { seconds: number[]; peakMiB: number[]; pages: number };
        const e = r['entryPage'] as { htmlCss: number; javascript: number };
        return `| ${r['entries']} | ${median(p.seconds).toFixed(1)} (${spread(p.seconds)}) | ${median(f.seconds).toFixed(1)} (${spread(f.seconds)}) | ${(median(p.seconds) / median(f.seconds)).toFixed(2)} | ${median(p.peakMiB)} | ${median(f.peakMiB)} | ${(median(p.peakMiB) / median(f.peakMiB)).toFixed(2)} | ${p.pages} (${f.pages}) | ${(p.distBytes / 1e6).toFixed(1)} | ${(p.indexBytes / 1e6).toFixed(1)} | ${e.htmlCss} / ${e.javascript} | ${r['firstQuery']} (+${r['facets']}) |`;
      }),
  ];
  return lines.join('\n');
}
