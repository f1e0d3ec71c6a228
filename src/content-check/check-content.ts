import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { collections, type CollectionName } from '../schemas/index.ts';
import { asRecord, checkEntryText } from './check-entry-text.ts';
import { parseYaml } from './frontmatter.ts';
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
    const text = readFileSync(entry.path, 'utf8');
    const result = checkEntryText({ file, collection: entry.collection, text, attachments: entry.attachments, today });
    problems.push(...result.problems);
    // An entry with schema problems still takes part in the reference checks, so that one run
    // reports everything; only entries without problems are `valid`.
    if (result.data) entries.push({ ...entry, file, valid: result.valid, data: result.data });
  }

  problems.push(...checkReferences(data, entries, { production: options.production ?? false }));
  return { problems: sortProblems(problems), data, entries };
}
