import { limits } from './limits.ts';

/** One thing wrong in one file, as the contributor will read it. */
export interface Problem {
  /** Path as shown to the contributor, relative to the working directory: `content/practices/x/nl.mdx`. */
  file: string;
  /** Field path in the frontmatter or data file, e.g. `themes[1]` or `contact.email`. */
  field?: string;
  /** Line (and column) in the file, for problems in the body or the YAML syntax. */
  line?: number;
  column?: number;
  message: string;
}

/**
 * Formats a problem as one line, the format the content model shows:
 * `content/practices/x/nl.mdx: themes[1]: unknown theme "huisvesting"; expected one of …`
 * or, for a place in the text, `content/practices/x/nl.mdx:14:3: …`.
 */
export function formatProblem({ file, field, line, column, message }: Problem): string {
  const place = line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
  return visible(field === undefined ? `${place}: ${message}` : `${place}: ${field}: ${message}`);
}

// Control characters, line separators and bidirectional overrides, which file names, YAML keys and
// attribute values can hold.
const invisible = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The line with those characters written as escapes (`\n`, `\u{202e}`): a problem stays one line, a
 * CI log cannot be given a line of the attacker's (`::error::…`, a terminal escape) and a name
 * cannot show reversed.
 */
export function visible(line: string): string {
  return line.replace(
    invisible,
    (char) => escapes[char] ?? `\\u{${char.codePointAt(0)!.toString(16).padStart(4, '0')}}`,
  );
}

/** Sorts problems by file, then place, so that the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

const moreMessage = `more than ${limits.problemsPerFile} problems; the rest are not listed: fix these and run the check again`;

/** The line that stands for the problems of a file beyond `limits.problemsPerFile`. */
export const moreProblems = (file: string): Problem => ({ file, message: moreMessage });

/**
 * At most `limits.problemsPerFile` problems of each file, the first found (the schema's before the
 * references'), and one line saying that there are more: the schema stops early, but the reference
 * checks would otherwise report every item of an oversized list (a 200 KB entry gave 83,000 lines).
 */
export function capPerFile(problems: Problem[]): Problem[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  return [...byFile].flatMap(([file, list]) => {
    const own = list.filter((problem) => problem.message !== moreMessage);
    return own.length < list.length || own.length > limits.problemsPerFile
      ? [...own.slice(0, limits.problemsPerFile), moreProblems(file)]
      : own;
  });
}

/** `['themes', 1, 'id']` → `themes[1].id` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
