// No Node imports: the "share a practice" page runs this in the browser, the content check in Node.
import type { EntryRuleOptions, MdxViolation } from '../mdx/entry-rules.ts';
import { checkEntryBody, type BodyParser } from '../mdx/read-entry-body.ts';
import type { CollectionName } from '../content-model.ts';
import { schemas } from '../schemas/index.ts';
import { parseMdxSource, type ParsedSource } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { validate } from './zod-messages.ts';

export interface EntryText {
  /** The path shown in messages. */
  file: string;
  collection: CollectionName;
  text: string;
  /** Files in the entry folder, relative to it. */
  attachments: ReadonlySet<string>;
  /** YYYY-MM-DD; later `published` dates need `status: draft`. */
  today: string;
  /** The MDX parser: Sätteri in Node (`parseEntryBody`), unified in the browser. */
  parseBody: BodyParser;
  /** Reads the body by the MDX rules instead of `checkEntryBody` with `parseBody`: the build's, which renders the tree it checks. */
  readBody?: BodyCheck;
}

/** Checks the body of a parsed source by the MDX rules given. */
export type BodyCheck = (source: ParsedSource, rules: Omit<EntryRuleOptions, 'source'>) => MdxViolation[];

export interface EntryTextResult {
  problems: Problem[];
  /** The validated frontmatter, or the raw frontmatter when it has problems (for the reference checks). */
  data: Record<string, unknown> | undefined;
  valid: boolean;
  /** Files of the entry folder the text links to or names in `sources`: the ones the site publishes at /files/. */
  linkedFiles: string[];
}

/**
 * Every rule that one entry or newsletter file can break on its own: frontmatter syntax, the
 * schema of its kind, dates, and the MDX rules of its body. Rules across files are in references.ts.
 */
export function checkEntryText({
  file,
  collection,
  text,
  attachments,
  today,
  parseBody,
  readBody = (source, rules) => checkEntryBody(source.body, parseBody, rules),
}: EntryText): EntryTextResult {
  const source = parseMdxSource(text);
  const problems: Problem[] = source.errors.map((error) => ({ file, ...error }));
  const linked = new Set<string>();
  for (const violation of checkBody(source, attachments, readBody, linked, collection === 'newsletters')) {
    problems.push({
      file,
      line: violation.line + source.bodyLine - 1,
      column: violation.column,
      message: violation.message,
    });
  }
  if (source.data === undefined) return { problems, data: undefined, valid: false, linkedFiles: [...linked] };
  const result = validate(schemas[collection], source.data, file);
  problems.push(...result.problems);
  const data = result.data ?? asRecord(source.data);
  problems.push(...checkDates(data, file, today));
  for (const name of sourceFiles(data)) linked.add(name);
  return { problems, data, valid: !!result.data, linkedFiles: [...linked] };
}

/** `sources[].file` of a text's frontmatter, as far as it is a list of records. */
function sourceFiles(data: Record<string, unknown>): string[] {
  const sources = Array.isArray(data['sources']) ? (data['sources'] as unknown[]) : [];
  return sources.map((item) => asRecord(item)['file']).filter((name): name is string => typeof name === 'string');
}

/** Every body is parsed: no shortcut, so that what the check sees is what the page renders. */
function checkBody(
  source: ParsedSource,
  attachments: ReadonlySet<string>,
  readBody: BodyCheck,
  linked: Set<string>,
  onlySiteImages: boolean,
): MdxViolation[] {
  return readBody(source, {
    fileExists: (path) => attachments.has(path),
    onFileLink: (path) => linked.add(path),
    onlySiteImages,
  });
}

function checkDates(data: Record<string, unknown>, file: string, today: string): Problem[] {
  const { published, status } = data;
  if (
    status === 'draft' ||
    typeof published !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(published) ||
    published <= today
  ) {
    return [];
  }
  return [
    {
      file,
      field: 'published',
      message: `"${published}" is in the future (today is ${today}); expected a date up to today, or status: draft`,
    },
  ];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
