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
  return field === undefined ? `${place}: ${message}` : `${place}: ${field}: ${message}`;
}

/** Sorts problems by file, then place, so that the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** `['themes', 1, 'id']` → `themes[1].id` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
