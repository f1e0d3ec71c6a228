import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findMdxViolations } from '../mdx/entry-rules.ts';
import { mayContainMdx, parseEntryBody } from '../mdx/parse-entry-body.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { parseMdxSource, parseYaml } from './frontmatter.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readContentTree, type EntryFile } from './read-tree.ts';
import { checkReferences } from './references.ts';
import { validate } from './zod-messages.ts';

export interface CheckOptions {
  /** The content folder, e.g. `content` or a fixture tree. */
  root: string;
  /** "Today" as YYYY-MM-DD; dates after it need `status: draft`. Defaults to the current UTC date. */
  today?: string;
  /** In production, drafts are left out, so published entries may not point at them. */
  production?: boolean;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  cwd?: string;
}

/** A validated data record, keyed by collection and id. */
export interface DataRecord {
  collection: CollectionName;
  id: string;
  file: string;
  /** Whether the file passed its schema; when not, `data` is the raw YAML. */
  valid: boolean;
  data: Record<string, unknown>;
}

/** A validated entry or newsletter file. */
export interface EntryRecord extends Pick<EntryFile, 'collection' | 'slug' | 'lang' | 'attachments'> {
  file: string;
  /** Whether the file passed its schema; when not, `data` is the raw frontmatter. */
  valid: boolean;
  data: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  data: DataRecord[];
  entries: EntryRecord[];
}

/**
 * Checks a whole content tree against the content model and returns every problem, sorted by file.
 * It reads files and parses their syntax; it never compiles or runs an entry.
 */
export function checkContent(options: CheckOptions): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => relative(cwd, path).split('\\').join('/');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const tree = readContentTree(options.root, display);
  const problems = [...tree.problems];
  const data: DataRecord[] = [];
  const entries: EntryRecord[] = [];

  for (const { collection, id, path } of tree.data) {
    const file = display(path);
    const parsed = parseYaml(readFileSync(path, 'utf8'));
    problems.push(...parsed.errors.map((error) => ({ file, ...error })));
    const result = parsed.data === undefined ? { data: undefined, problems: [] } : validate(collections[collection].schema, parsed.data, file);
    problems.push(...result.problems);
    const raw = asRecord(parsed.data);
    if (typeof raw['id'] === 'string' && raw['id'] !== id) {
      problems.push({ file, field: 'id', message: `"${raw['id']}" differs from the file name; expected "${id}"` });
    }
    // A record with problems still counts as existing, so that one broken file does not make
    // every reference to it fail as well.
    data.push({ collection, id, file, valid: !!result.data, data: result.data ?? raw });
  }

  for (const entry of tree.entries) {
    const file = display(entry.path);
    const source = parseMdxSource(readFileSync(entry.path, 'utf8'));
    problems.push(...source.errors.map((error) => ({ file, ...error })));
    problems.push(...checkBody(entry, source.body, source.bodyLine, file));
    if (source.data === undefined) continue;
    const result = validate(collections[entry.collection].schema, source.data, file);
    problems.push(...result.problems);
    // An entry with schema problems still takes part in the reference checks, so that one run
    // reports everything; only entries without problems are `valid`.
    const record: EntryRecord = { ...entry, file, valid: !!result.data, data: result.data ?? asRecord(source.data) };
    problems.push(...checkDates(record, today));
    entries.push(record);
  }

  problems.push(...checkReferences(data, entries, { production: options.production ?? false }));
  return { problems: sortProblems(problems), data, entries };
}

function checkBody(entry: EntryFile, body: string, bodyLine: number, file: string): Problem[] {
  // Plain Markdown without links needs no MDX parse: see mayContainMdx.
  if (!mayContainMdx(body) && !body.includes('](') && !body.includes(']:')) return [];
  const toFileLine = (line: number) => line + bodyLine - 1;
  try {
    const tree = parseEntryBody(body);
    return findMdxViolations(tree, { fileExists: (path) => entry.attachments.has(path) }).map((v) => ({
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

function checkDates(record: EntryRecord, today: string): Problem[] {
  const { published, status } = record.data;
  if (status === 'draft' || typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published) || published <= today) {
    return [];
  }
  return [
    {
      file: record.file,
      field: 'published',
      message: `"${published}" is in the future (today is ${today}); expected a date up to today, or status: draft`,
    },
  ];
}


function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
