import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: node scripts/bench/dev-edit.ts --corpus <content folder> [--port 4399] [--timeout 300]

Starts the dev server (\`astro dev\`, as \`npm start\` does) on a content tree made by
scripts/bench/generate-corpus.ts, waits for the first entry page, then saves a new sentence at the
end of that entry's Dutch text and polls its page until the sentence shows, then saves the text
with a changed title and polls until the title shows. Prints the seconds to the first page, the
seconds from each save to the change on the page, and the server's peak
memory (resident set, read from /proc). The text is put back as it was afterwards.`;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    port: { type: 'string', default: '4399' },
    timeout: { type: 'string', default: '300' },
    help: { type: 'boolean' },
  },
});
if (values.help || !values.corpus) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
const corpus = resolve(values.corpus);
const timeout = Number(values.timeout) * 1000;
const slug = readdirSync(join(corpus, 'practices'))
  .sort()
  .find((name) => existsSync(join(corpus, 'practices', name, 'nl.mdx')));
if (!slug) {
  console.error(
    `dev-edit: ${corpus}/practices has no entry with a Dutch text; give --corpus a tree made by generate-corpus.ts.`,
  );
  process.exit(1);
}
const text = join(corpus, 'practices', slug, 'nl.mdx');
const page = `http://localhost:${values.port}/nl/practices/${slug}/`;
const cache = mkdtempSync(join(tmpdir(), 'kb-dev-edit-'));

const started = performance.now();
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', values.port], {
  env: { ...process.env, KB_CONTENT_DIR: corpus, KB_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
let peak = 0;
const sampler = setInterval(() => {
  const status = server.pid ? readStatus(server.pid) : '';
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  peak = Math.max(peak, kb);
}, 200);

const original = readFileSync(text, 'utf8');
try {
  await until(async () => (await fetchPage(page)) !== undefined, 'the first page');
  const firstPage = seconds(started);
  const sentence = `Een zin om de voorvertoning te meten ${Date.now()}.`;
  const saved = performance.now();
  writeFileSync(text, `${original}\n${sentence}\n`);
  await until(async () => (await fetchPage(page))?.includes(sentence) ?? false, 'the saved sentence');
  const edit = seconds(saved);
  // A change to the frontmatter goes through Astro's data store (src/content-check/dev-bodies.ts).
  const marker = `Voorvertoning ${Date.now()}`;
  const retitled = original.replace(/^title: *"?/mu, (start) => `${start}${marker} `);
  if (retitled === original) throw new Error(`${text} has no title line`);
  const savedTitle = performance.now();
  writeFileSync(text, retitled);
  await until(async () => (await fetchPage(page))?.includes(marker) ?? false, 'the changed title');
  const titleEdit = seconds(savedTitle);
  const entries = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.mdx'),
  ).length;
  console.log(
    `${entries} texts: first page ${firstPage.toFixed(1)} s after start; a sentence added to the text on its page after ${edit.toFixed(1)} s, a changed title after ${titleEdit.toFixed(1)} s; peak memory ${(peak / 1024 / 1024).toFixed(2)} GB`,
  );
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${log.slice(-4000)}`,
  );
  process.exitCode = 1;
} finally {
  writeFileSync(text, original);
  clearInterval(sampler);
  server.kill();
  rmSync(cache, { recursive: true, force: true });
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

async function fetchPage(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function until(done: () => Promise<boolean>, what: string) {
  const start = performance.now();
  while (!(await done())) {
    if (server.exitCode !== null) throw new Error(`the dev server stopped before ${what}`);
    if (performance.now() - start > timeout) throw new Error(`no ${what} within ${values.timeout} s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}
