import { LineCounter, parseDocument } from 'yaml';

export interface ParsedSource {
  /** The YAML data, or undefined when the YAML could not be read. */
  data: unknown;
  /** The MDX body after the frontmatter ('' for data files). */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
  errors: { line: number; column: number; message: string }[];
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter data and body. */
export function parseMdxSource(text: string): ParsedSource {
  const match = fence.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [{ line: 1, column: 1, message: 'no frontmatter; the file must start with fields between two "---" lines' }],
    };
  }
  const yaml = parseYaml(match[1]!, 1);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}

/** Parses a YAML text; `firstLine` is its first line's number in the file, for messages. */
export function parseYaml(text: string, firstLine = 0): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => {
    const place = lineCounter.linePos(error.pos[0]);
    return {
      line: place.line + firstLine,
      column: place.col,
      message: `YAML: ${error.message.split('\n')[0]}`,
    };
  });
  return { data: errors.length ? undefined : (document.toJS() ?? {}), errors };
}
