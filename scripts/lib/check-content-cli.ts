import { appendFileSync, lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles } from '../../src/content-check/changed-files.ts';
import { defaultCacheFolder } from '../../src/content-check/check-cache.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { checkSelected } from '../../src/content-check/check-selected.ts';
import { githubAnnotation, githubSummary } from '../../src/content-check/github-annotations.ts';
import { formatProblem, visible, type Problem } from '../../src/content-check/problem.ts';
import { contentRoot } from '../../src/content-check/content-root.ts';

const usage = `Usage: npm run check [-- <file or entry folder>…] [-- --changed [--base <branch>]] [--root <folder>] [--format github]

Checks the files under the content folder against the content model (CONTENT-MODEL.md), with
the rules of the site build (so a published entry may not point at a draft), and prints one line
per problem. Exits with 1 when there is any problem.

Without paths it checks every file. With paths (a text, a file beside an entry, an entry folder,
a data file) it checks only those entries and files, fully, with every reference resolved against
the whole tree: the same messages the full check gives for them.

  --changed        check what differs from the branch this one started from (its merge base with
                   --base; default origin/main, else main): changed, new and deleted files, and every
                   text that refers to a changed entry or to a data file that is gone
  --base <branch>  the branch or commit --changed compares with
  --root <folder>  content folder to check (default: $KB_CONTENT_DIR or content/)
  --format github  print each problem as a GitHub Actions annotation, shown on its line in a pull
                   request, and write a summary to $GITHUB_STEP_SUMMARY when it is set
  --no-cache       check every file again: by default the check of the whole folder keeps the result
                   of each text or file that has not changed since the last one (same size and time,
                   same check code, same day), in node_modules/.cache/kb-check/; a check of named
                   paths or of --changed reads them anew
  --help           show this text`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    changed: { type: 'boolean', default: false },
    base: { type: 'string' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const cache = values.cache ? defaultCacheFolder : undefined;

/** Stops with one line saying what is wrong. */
function fail(message: string): never {
  console.error(`npm run check: ${visible(message)}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'github')
  fail(`--format ${values.format} is unknown; expected github`);
if (values.base !== undefined && !values.changed) fail('--base goes with --changed');

const root = contentRoot(values.root);
const shownRoot = relative(process.cwd(), root) || '.';
const started = performance.now();
let problems: Problem[];
let notices: Problem[];
let files: number;
let what: string;
if (values.changed || positionals.length > 0) {
  const changed = values.changed ? changedFiles(root, values.base) : undefined;
  if (changed && 'error' in changed) fail(changed.error);
  const missing = positionals.filter((path) => !lstatSync(path, { throwIfNoEntry: false }));
  if (missing.length > 0) fail(`${missing.join(', ')} not found; name a file or folder in ${shownRoot}`);
  const paths = [...positionals, ...(changed?.paths ?? [])];
  // Not with the cache: it holds the whole tree's results, and reading it costs more than checking a few entries.
  const result = await checkSelected({ root, paths, referrers: values.changed, production: true });
  if (result.outside.length > 0) fail(`${result.outside.join(', ')} is not in the content folder ${shownRoot}`);
  ({ problems, notices } = result);
  files = result.checked;
  what = changed ? ` (what changed since ${changed.base}, and the texts that refer to it)` : ' (the ones named)';
} else {
  const result = await checkContent({ root, production: true, cache });
  ({ problems, notices } = result);
  files = result.entries.length + result.data.length;
  what = '';
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const checked = `${files} file${files === 1 ? '' : 's'}${what}`;
if (values.format === 'github') {
  for (const problem of problems) console.log(githubAnnotation(problem, 'error'));
  for (const notice of notices) console.log(githubAnnotation(notice, 'notice'));
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, githubSummary({ problems: problems.length, files, changed: values.changed }));
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  for (const notice of notices) console.log(`note: ${formatProblem(notice)}`);
}
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${what ? `${checked} of ` : ''}${root} (${seconds} s).`,
  );
  process.exitCode = 1;
} else {
  console.log(`Content is valid: ${checked} checked in ${root} (${seconds} s).`);
}
