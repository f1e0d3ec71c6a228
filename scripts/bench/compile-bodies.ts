import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mdxToJs } from 'satteri';
import { parseMdxSource } from '../../src/content-check/frontmatter.ts';
import { isLang } from '../../src/i18n/locales.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';
import { checkEntryBody } from '../../src/mdx/read-entry-body.ts';
import { parseForPage, renderBodyTree, renderEntryBody, type BodyPlace } from '../../src/mdx/render-entry-body.ts';

const usage = `Usage: node scripts/bench/compile-bodies.ts --root <content tree> [--rounds 3]

Renders every entry body of a content tree (for example a corpus of generate-corpus.ts) as the
content loader does (src/mdx/render-entry-body.ts): the whole rendering, and its three steps (the
check's reading, Sätteri's parse to hast, the site's rendering of the tree to HTML); and, for
comparison, what a page build would spend compiling the same bodies to JavaScript modules with
Sätteri as @astrojs/mdx does. Reports CPU time (user + system of this process, so that other
processes on the machine count less than in wall time) per body, the median of the rounds, and
the size of the output.`;

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
const bodies = files.map((file) => {
  const [collection = '', slug = '', name = ''] = file.split('/');
  const lang = name.replace('.mdx', '');
  if (!isLang(lang)) throw new Error(`${file}: no language`);
  const place: BodyPlace = { collection: collection as BodyPlace['collection'], slug, lang, file };
  return { place, body: parseMdxSource(readFileSync(join(root, file), 'utf8')).body ?? '' };
});

const variants: [string, (item: (typeof bodies)[number]) => number][] = [
  ['render (the loader)', ({ body, place }) => renderEntryBody(body, place).html.length],
  ['  the check reading', ({ body }) => checkEntryBody(body, parseEntryBody, {}).length],
  ['  Sätteri parse to hast', ({ body, place }) => (parseForPage(body, place.lang), 0)],
  ['  parse + render tree', ({ body, place }) => renderBodyTree(parseForPage(body, place.lang), place).html.length],
  [
    'compile to a JS module (@astrojs/mdx; Rolldown then bundles each)',
    ({ body }) => mdxToJs(body, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' }).code.length,
  ],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${bodies.length} bodies from ${root}; CPU ms per body, median of ${values.rounds} rounds; output size`);
for (const [name, run] of variants) {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    bytes = 0;
    const start = process.cpuUsage();
    for (const item of bodies) bytes += run(item);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / bodies.length);
  }
  console.log(`${name.padEnd(40)} ${median(times).toFixed(3)} ms   ${(bytes / 1e6).toFixed(1)} MB`);
}
