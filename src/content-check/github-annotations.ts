import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { visible, type Problem } from './problem.ts';

/**
 * A problem as a GitHub Actions workflow command, which GitHub shows on the file's line in the
 * pull request's «Files changed»: `::error file=…,line=…,col=…,title=…::message`. Every part is
 * made one line first (`visible`, as in the plain output), then escaped as GitHub's toolkit does:
 * `%`, CR and LF in the message, and `:` and `,` too in a property, so that a file name such as
 * `x::error file=ci.yml::y` cannot end the command or add one. A problem in a field gets the line
 * of that field. `cwd` is the folder the problem's paths are relative to.
 */
export function githubAnnotation(problem: Problem, level: 'error' | 'notice', cwd = process.cwd()): string {
  const line =
    problem.line ?? (problem.field === undefined ? undefined : fieldLine(resolve(cwd, problem.file), problem.field));
  const properties = [
    `file=${property(problem.file)}`,
    ...(line === undefined ? [] : [`line=${line}`]),
    ...(problem.line !== undefined && problem.column !== undefined ? [`col=${problem.column}`] : []),
    `title=${property(problem.field === undefined ? 'Content check' : `Content check: ${problem.field}`)}`,
  ];
  const message = problem.field === undefined ? problem.message : `${problem.field}: ${problem.message}`;
  return `::${level} ${properties.join(',')}::${data(message)}`;
}

const data = (text: string) => visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The line of a frontmatter or data field (`themes[1]`, `contact.email`): the line of its key at
 * the top level and, for an item of a list written one item a line, the line of that item; the
 * first line for a field that is not there.
 */
export function fieldLine(path: string, field: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const all = text.split(/\r?\n/);
  // In a text, only the frontmatter: from the first line to the next `---`.
  const end = path.endsWith('.mdx') ? all.findIndex((line, index) => index > 0 && /^---\s*$/.test(line)) : -1;
  const lines = end === -1 ? all : all.slice(0, end);
  const [, key = '', index] = /^([^.[]+)(?:\[(\d+)\])?/.exec(field) ?? [];
  const at = lines.findIndex(
    (line) => line.startsWith(`${key}:`) || line.startsWith(`'${key}':`) || line.startsWith(`"${key}":`),
  );
  // A field that is missing is shown on the first line.
  if (at === -1) return 1;
  if (index === undefined) return at + 1;
  const items: number[] = [];
  let indent: number | undefined;
  for (let next = at + 1; next < lines.length && /^[\s-]/.test(lines[next]!); next++) {
    const item = /^(\s*)-(\s|$)/.exec(lines[next]!);
    if (!item) continue;
    indent ??= item[1]!.length;
    if (item[1]!.length === indent) items.push(next + 1);
  }
  return items[Number(index)] ?? at + 1;
}

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`, Markdown): how many problems, and what to do. It names
 * no file: every problem is on its line in «Files changed» and in the log, and a name written
 * here could hold Markdown.
 */
export function githubSummary({
  problems,
  files,
  changed,
}: {
  problems: number;
  files: number;
  changed: boolean;
}): string {
  const what = changed ? 'the content this pull request changes' : 'all content';
  if (problems === 0) return `### Content check: no problems\n\n${files} files of ${what} follow the content model.\n`;
  return [
    `### Content check: ${problems} problem${problems === 1 ? '' : 's'}`,
    '',
    `The check of ${what} found ${problems === 1 ? 'a problem' : 'problems'}. Each one is shown on its line under **Files changed** in the pull request, and in the log of the step "Check the changed content".`,
    '',
    '1. Change the file as the message says (the rules are in CONTENT-MODEL.md and CONTRIBUTING.md).',
    '2. On your computer, `npm run check -- --changed` checks what you changed; `npm run check -- <file>` one entry.',
    '3. Commit and push: this check runs again.',
    '',
    'Editing on github.com? Open the file from **Files changed**, fix the line, and commit to the same branch.',
    '',
  ].join('\n');
}
