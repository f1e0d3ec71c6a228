// No Node imports: the "share a practice" page runs this in the browser, the content check in Node.
import { findMdxViolations } from '../mdx/entry-rules.ts';
import { scanSimpleBody } from '../mdx/fast-scan.ts';
import { mayContainMdx, parseEntryBody } from '../mdx/parse-entry-body.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { parseMdxSource } from './frontmatter.ts';
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
}

export interface EntryTextResult {
  problems: Problem[];
  /** The validated frontmatter, or the raw frontmatter when it has problems (for the reference checks). */
  data: Record<string, unknown> | undefined;
  valid: boolean;
}

/**
 * Every rule that one entry or newsletter file can break on its own: frontmatter syntax, the
 * schema of its kind, dates, and the MDX rules of its body. Rules across files are in references.ts.
 */
export function checkEntryText({ file, collection, text, attachments, today }: EntryText): EntryTextResult {
  const source = parseMdxSource(text);
  const problems: Problem[] = source.errors.map((error) => ({ file, ...error }));
  problems.push(...checkBody(source.body, source.bodyLine, file, attachments));
  if (source.data === undefined) return { problems, data: undefined, valid: false };
  const result = validate(collections[collection].schema, source.data, file);
  problems.push(...result.problems);
  const data = result.data ?? asRecord(source.data);
  problems.push(...checkDates(data, file, today));
  return { problems, data, valid: !!result.data };
}

function checkBody(body: string, bodyLine: number, file: string, attachments: ReadonlySet<string>): Problem[] {
  // Plain Markdown without links needs no MDX parse (see mayContainMdx), nor does a body whose
  // only MDX is simple component tags (see scanSimpleBody).
  if (!mayContainMdx(body) && !body.includes('](') && !body.includes(']:')) return [];
  const toFileLine = (line: number) => line + bodyLine - 1;
  const fileExists = (path: string) => attachments.has(path);
  const simple = scanSimpleBody(body, { fileExists });
  if (simple) return simple.map((v) => ({ file, line: toFileLine(v.line), column: v.column, message: v.message }));
  try {
    const tree = parseEntryBody(body);
    return findMdxViolations(tree, { fileExists }).map((v) => ({
      file,
      line: toFileLine(v.line),
      column: v.column,
      message: v.message,
    }));
  } catch (error) {
    // micromark reports a place as line/column, or only inside the reason: "… (4:1-4:10)".
    const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
    const inReason = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    return [
      {
        file,
        line: toFileLine(line ?? Number(inReason?.[1] ?? 1)),
        column: column ?? Number(inReason?.[2] ?? 1),
        message: `MDX syntax error: ${inReason ? reason.replace(inReason[0], '') : reason}; write \\{ and \\< for a literal brace or angle bracket`,
      },
    ];
  }
}

function checkDates(data: Record<string, unknown>, file: string, today: string): Problem[] {
  const { published, status } = data;
  if (status === 'draft' || typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published) || published <= today) {
    return [];
  }
  return [{ file, field: 'published', message: `"${published}" is in the future (today is ${today}); expected a date up to today, or status: draft` }];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
