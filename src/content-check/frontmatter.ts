import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

export interface ParsedSource {
  /** The YAML data, or undefined when the YAML could not be read. */
  data: unknown;
  /** The MDX body after the frontmatter ('' for data files). */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
  errors: { line: number; column: number; message: string }[];
}

const hints: Record<string, string> = {
  'duplicated mapping key': 'this field is given twice; keep one',
};

/** The opening fence: `---` alone on the first line (trailing spaces allowed, CRLF too). */
const opening = /^---[ \t]*\r?\n/;
/** The closing fence: the next line that is `---` alone, never a line that only ends in `---`. */
const closing = /^---[ \t]*(?:\r?\n|$)/gm;

export type FrontmatterSplit =
  { yaml: string; body: string; bodyLine: number } | { error: { line: number; column: number; message: string } };

/**
 * Where the frontmatter of an MDX file is: the lines between a first line `---` and the next line
 * that is `---` on its own, as YAML readers and GitHub read it. The check, the content loader, the
 * share page and the scripts go by this one function, so a line such as
 * `# concept, niet publiceren ---` cannot end the fields for one reader and not for another.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const open = opening.exec(text);
  if (!open) {
    return {
      error: { line: 1, column: 1, message: 'no frontmatter; the file must start with fields between two "---" lines' },
    };
  }
  closing.lastIndex = open[0].length;
  const close = closing.exec(text);
  if (!close) {
    return {
      error: {
        line: 1,
        column: 1,
        message: 'the frontmatter is not closed; end the fields with a line that holds only "---"',
      },
    };
  }
  const end = close.index + close[0].length;
  let bodyLine = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) bodyLine++;
  return { yaml: text.slice(open[0].length, close.index), body: text.slice(end), bodyLine };
}

/** Splits an MDX file into frontmatter data and body. */
export function parseMdxSource(text: string): ParsedSource {
  const split = splitFrontmatter(text);
  if ('error' in split) return { data: undefined, body: text, bodyLine: 1, errors: [split.error] };
  return { ...parseYaml(split.yaml, 1), body: split.body, bodyLine: split.bodyLine };
}

/**
 * Parses a YAML text with the YAML 1.2 core schema, as the content model reads it: dates stay text
 * (`2026-05-01`), `no` stays text, a key given twice is an error. `firstLine` is the number in the
 * file of the line before the YAML, for messages.
 */
export function parseYaml(text: string, firstLine = 0): Omit<ParsedSource, 'body' | 'bodyLine'> {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) ?? {}, errors: [] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return {
      data: undefined,
      errors: [
        {
          line: error.mark.line + 1 + firstLine,
          column: error.mark.column + 1,
          message: `YAML: ${hints[error.reason] ?? error.reason}`,
        },
      ],
    };
  }
}
