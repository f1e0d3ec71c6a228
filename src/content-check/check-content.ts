import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CollectionName } from '../content-model.ts';
import { schemas } from '../schemas/index.ts';
import { asRecord, type EntryTextResult } from './check-entry-text.ts';
import { openCheckCache } from './check-cache.ts';
import type { CheckedText } from './check-and-render.ts';
import { inBatches } from '../lib/in-batches.ts';
import { checkTexts } from './check-texts.ts';
import { checkFolderFiles } from './entry-files.ts';
import { parseYaml } from './frontmatter.ts';
import { publishedFiles } from './published-files.ts';
import { capPerFile, sortProblems, type Problem } from './problem.ts';
import { readContentTree, type ContentTree, type EntryFile } from './read-tree.ts';
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
  /** The build's check: render every body from the tree checked, for the content loader (`CheckResult.texts`). */
  render?: boolean;
  /** Remember results between runs in this folder (check-cache.ts); the command line only, never with `render`. */
  cache?: string | undefined;
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

/** The files of one entry folder that may be published, and whether any of its texts is. */
export interface PublishableFiles {
  collection: CollectionName;
  slug: string;
  /** Absolute path of the entry folder. */
  folder: string;
  /** Files of an allowed type, content and size that the site publishes (published-files.ts), relative to the folder. */
  files: string[];
  /** Every text of the entry is a draft: a production build publishes none of its files. */
  draftOnly: boolean;
}

export interface CheckResult {
  problems: Problem[];
  /** Things a contributor should know that are not errors (files of draft-only entries). */
  notices: Problem[];
  data: DataRecord[];
  entries: EntryRecord[];
  files: PublishableFiles[];
  /** With `render`: every text's result and HTML, by absolute path (check-and-render.ts). */
  texts?: Map<string, CheckedText>;
}

/** Entry folders whose files are checked at a time. */
const folderBatch = 8;

/**
 * Checks a whole content tree against the content model and returns every problem, sorted by file.
 * It reads files and parses their syntax; it never compiles or runs an entry.
 */
export async function checkContent(
  options: CheckOptions,
  /** What to check: the whole tree, or a part of it (check-selected.ts). */
  readTree: (root: string, display: (path: string) => string) => ContentTree = readContentTree,
): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => relative(cwd, path).split('\\').join('/');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const tree = readTree(options.root, display);
  const problems = [...tree.problems];
  const notices: Problem[] = [];
  const data: DataRecord[] = [];
  const entries: EntryRecord[] = [];
  const files: PublishableFiles[] = [];
  const add = (list: Problem[]) => {
    for (const problem of list) problems.push(problem);
  };

  for (const { collection, id, path } of tree.data) {
    const file = display(path);
    const parsed = parseYaml(readFileSync(path, 'utf8'));
    add(parsed.errors.map((error) => ({ file, ...error })));
    const result =
      parsed.data === undefined ? { data: undefined, problems: [] } : validate(schemas[collection], parsed.data, file);
    add(result.problems);
    const raw = asRecord(parsed.data);
    if (typeof raw['id'] === 'string' && raw['id'] !== id) {
      problems.push({ file, field: 'id', message: `"${raw['id']}" differs from the file name; expected "${id}"` });
    }
    // A record with problems still counts as existing, so that one broken file does not make
    // every reference to it fail as well.
    data.push({ collection, id, file, valid: !!result.data, data: result.data ?? raw });
  }

  // The texts are checked on every core; meanwhile the main thread reads the files beside entries.
  const checkedFolders = new Array<Awaited<ReturnType<typeof checkFolderFiles>>>(tree.folders.length);
  const jobs = tree.entries.map((entry) => ({
    ...entry,
    file: display(entry.path),
    today,
    ...(options.render ? { render: { slug: entry.slug, lang: entry.lang } } : {}),
  }));
  const cache = options.cache && !options.render ? openCheckCache(options.cache) : undefined;
  const results = new Array<EntryTextResult>(jobs.length);
  const unknown: number[] = [];
  jobs.forEach((job, index) => {
    const known = cache?.text(job);
    if (known) results[index] = known;
    else unknown.push(index);
  });
  const checked = await checkTexts(
    unknown.map((index) => jobs[index]!),
    async () => {
      // Several folders at a time: sniffing and reading images waits on the disk and on sharp's threads.
      await inBatches([...tree.folders.keys()], folderBatch, async (index) => {
        checkedFolders[index] = await checkFolderFiles(tree.folders[index]!, display, cache);
      });
    },
  );
  unknown.forEach((index, at) => {
    results[index] = checked[at]!;
    cache?.keepText(jobs[index]!, checked[at]!);
  });
  cache?.save(readTree === readContentTree);
  const linked = new Map<string, Set<string>>();
  tree.entries.forEach((entry, index) => {
    const result = results[index]!;
    add(result.problems);
    const key = `${entry.collection}/${entry.slug}`;
    linked.set(key, new Set([...(linked.get(key) ?? []), ...result.linkedFiles]));
    // An entry with schema problems still takes part in the reference checks, so that one run
    // reports everything; only entries without problems are `valid`.
    if (result.data) entries.push({ ...entry, file: jobs[index]!.file, valid: result.valid, data: result.data });
  });

  const published = new Set(
    entries.filter((entry) => entry.data['status'] !== 'draft').map((entry) => `${entry.collection}/${entry.slug}`),
  );
  tree.folders.forEach((folder, index) => {
    const checked = checkedFolders[index]!;
    add(checked.problems);
    const draftOnly = !published.has(`${folder.collection}/${folder.slug}`);
    if (draftOnly && folder.texts.length > 0) {
      for (const name of checked.accepted) {
        notices.push({
          file: display(`${folder.path}/${name}`),
          message: 'not published while every text of this entry is a draft',
        });
      }
    }
    files.push({
      collection: folder.collection,
      slug: folder.slug,
      folder: folder.path,
      files: publishedFiles(checked.accepted, linked.get(`${folder.collection}/${folder.slug}`) ?? new Set()),
      draftOnly,
    });
  });

  add(checkReferences(data, entries, { production: options.production ?? false }));
  const sorted = { problems: sortProblems(capPerFile(problems)), notices: sortProblems(notices), data, entries, files };
  if (!options.render) return sorted;
  return { ...sorted, texts: new Map(tree.entries.map((entry, index) => [entry.path, results[index] as CheckedText])) };
}
