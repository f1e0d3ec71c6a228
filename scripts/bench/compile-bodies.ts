import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mdxToJs, type MdxCompileOptions } from 'satteri';
import { entryPipeline } from '../../src/mdx/pipeline.ts';

const usage = `Usage: node scripts/bench/compile-bodies.ts --root <content tree> [--rounds 3]

Compiles every entry body of a content tree (for example a corpus of generate-corpus.ts) to a
JavaScript module with Sätteri, as @astrojs/mdx does for the pages: bare (Astro's features only),
with the site's whole pipeline (src/mdx/pipeline.ts), and with each of its plugins alone; then the
site's pipeline with and without MDX optimize (static parts as HTML strings). Reports CPU time
(user + system of this process, so that other processes on the machine count less than in wall
time), per body, the median of the rounds, and the size of the modules.`;

const { values } = parseArgs({
  options: { root: { type: 'string' }, rounds: { type: 'string', default: '3' }, help: { type: 'boolean' } },
});
if (values.help || !values.root) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

const root = values.root;
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /^(practices|guides|cases|questions)\/[^/]+\/(nl|uk|en)\.mdx$/.test(file),
);
// As @astrojs/mdx hands a body to the engine: the frontmatter blanked, lines kept.
const bodies = files.map((file) => ({
  fileURL: pathToFileURL(join(root, file)),
  source: readFileSync(join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---/, (frontmatter) =>
    frontmatter.replace(/[^\n]/g, ' '),
  ),
}));

const astro = { jsxImportSource: 'astro', elementAttributeNameCase: 'html' } as const;
const optimize = { optimizeStatic: { component: 'Fragment', prop: 'set:html' } };
const [guard, figures, entryFiles] = entryPipeline.mdastPlugins;
const [footnotes, tasks, tables] = entryPipeline.hastPlugins;
const only = (options: Partial<MdxCompileOptions>): MdxCompileOptions => ({
  features: entryPipeline.features,
  ...options,
});
const variants: [string, MdxCompileOptions][] = [
  ['bare Sätteri', only({})],
  ['site pipeline', entryPipeline],
  ['  guard', only({ mdastPlugins: [guard] })],
  ['  figure images + file links', only({ mdastPlugins: [figures, entryFiles] })],
  ['  footnote labels', only({ hastPlugins: [footnotes] })],
  ['  task-list labels', only({ hastPlugins: [tasks] })],
  ['  scrollable tables', only({ hastPlugins: [tables] })],
  ['site pipeline, optimize', { ...entryPipeline, ...optimize }],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${bodies.length} bodies from ${root}; CPU ms per body, median of ${values.rounds} rounds; module size`);
for (const [name, options] of variants) {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    bytes = 0;
    const start = process.cpuUsage();
    for (const body of bodies)
      bytes += (mdxToJs(body.source, { ...options, ...astro, fileURL: body.fileURL }) as { code: string }).code.length;
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / bodies.length);
  }
  console.log(`${name.padEnd(32)} ${median(times).toFixed(3)} ms   ${(bytes / 1e6).toFixed(1)} MB`);
}
