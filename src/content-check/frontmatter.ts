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

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter data and body. */
export function parseMdxSource(text: string): ParsedSource {
  const match = fence.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [
        { line: 1, column: 1, message: 'no frontmatter; the file must start with fields between two "---" lines' },
      ],
    };
  }
  const yaml = parseYaml(match[1]!, 1);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
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
