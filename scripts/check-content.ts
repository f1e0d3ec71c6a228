import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problem.ts';
import { contentRoot } from '../src/content-check/content-root.ts';

const usage = `Usage: npm run check [-- --root <folder>]

Checks every file under the content folder against the content model (CONTENT-MODEL.md), with
the rules of the site build (so a published entry may not point at a draft), and prints one line
per problem. Exits with 1 when there is any problem.

  --root <folder>  content folder to check (default: $KB_CONTENT_DIR or content/)
  --help           show this text`;

const { values } = parseArgs({
  options: { root: { type: 'string' }, help: { type: 'boolean', default: false } },
});

if (values.help) {
  console.log(usage);
} else {
  const root = contentRoot(values.root);
  const started = performance.now();
  const { problems, notices, entries, data } = await checkContent({ root, production: true });
  for (const problem of problems) console.error(formatProblem(problem));
  for (const notice of notices) console.log(`note: ${formatProblem(notice)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const files = entries.length + data.length;
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${root} (${seconds} s).`);
    process.exitCode = 1;
  } else {
    console.log(`Content is valid: ${files} files checked in ${root} (${seconds} s).`);
  }
}
