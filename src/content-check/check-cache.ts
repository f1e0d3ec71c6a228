import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { EntryTextResult } from './check-entry-text.ts';
import type { EntryFile, FolderFile } from './read-tree.ts';

/**
 * What `npm run check` remembers between runs, as ESLint's `--cache` does: the result for each text
 * and each file beside an entry, under its path, size and modification time, the day (dates after
 * it need `status: draft`), the other files of its folder, and the check's own code (every source
 * file and the lock file), so that a change to any of them checks the file again. A contributor's
 * second check of a knowledge base of 10,000 entries reads no text and no image again that did not
 * change. Only the command line uses it: the build checks everything, every time.
 */
export interface CheckCache {
  text: (job: TextKey) => EntryTextResult | undefined;
  keepText: (job: TextKey, result: EntryTextResult) => void;
  file: (file: FolderFile) => { problem: string | undefined } | undefined;
  keepFile: (file: FolderFile, problem: string | undefined) => void;
  /** Writes what this run checked; `whole`: the run checked the whole tree, so nothing else is kept. */
  save: (whole: boolean) => void;
}

export type TextKey = Pick<EntryFile, 'path' | 'bytes' | 'modified' | 'collection' | 'attachments'> & {
  /** The path shown in messages, which the stored problems hold. */
  file: string;
  today: string;
};

interface Stored {
  texts: [string, EntryTextResult][];
  files: [string, string | null][];
}

const project = fileURLToPath(new URL('../../', import.meta.url));

/** The default place: where npm packages keep their caches, ignored by git with node_modules. */
export const defaultCacheFolder = join(project, 'node_modules/.cache/kb-check');

/** Opens the cache in `folder`; a missing, stale or unreadable cache is an empty one. */
export function openCheckCache(folder: string): CheckCache {
  const name = `${codeVersion()}.bin`;
  let stored: Stored = { texts: [], files: [] };
  try {
    stored = deserialize(readFileSync(join(folder, name))) as Stored;
  } catch {
    // None yet, or written by other code: start empty.
  }
  const oldTexts = new Map(stored.texts);
  const oldFiles = new Map(stored.files);
  const texts = new Map<string, EntryTextResult>();
  const files = new Map<string, string | null>();
  // Whether this run found anything the cache did not hold.
  let learned = false;
  return {
    text: (job) => {
      const key = textKey(job);
      const result = oldTexts.get(key);
      if (result) texts.set(key, result);
      return result;
    },
    keepText: (job, result) => {
      learned = true;
      texts.set(textKey(job), result);
    },
    file: (file) => {
      const key = fileKey(file);
      const problem = oldFiles.get(key);
      if (problem === undefined) return undefined;
      files.set(key, problem);
      return { problem: problem ?? undefined };
    },
    keepFile: (file, problem) => {
      learned = true;
      files.set(fileKey(file), problem ?? null);
    },
    save: (whole) => {
      // Nothing new, and nothing to forget: the file on disk is already right (a second check of one entry writes nothing).
      if (!learned && (!whole || (texts.size === oldTexts.size && files.size === oldFiles.size))) return;
      // A check of some entries keeps the rest, but not an older result of a file it checked now.
      const pathOf = (key: string) => key.slice(0, key.indexOf('\0'));
      const checked = new Set([...texts.keys(), ...files.keys()].map(pathOf));
      const older = <T>(old: Map<string, T>) => (whole ? [] : [...old].filter(([key]) => !checked.has(pathOf(key))));
      const keep: Stored = { texts: [...older(oldTexts), ...texts], files: [...older(oldFiles), ...files] };
      try {
        mkdirSync(folder, { recursive: true });
        // Through a temporary name, so that a check stopped halfway leaves no broken cache.
        const temporary = join(folder, `${name}.${process.pid}.tmp`);
        writeFileSync(temporary, serialize(keep));
        renameSync(temporary, join(folder, name));
        for (const other of readdirSync(folder)) if (other !== name) rmSync(join(folder, other), { force: true });
      } catch {
        // A cache that cannot be written only makes the next check slower.
      }
    },
  };
}

const textKey = (job: TextKey) =>
  [job.path, job.file, job.bytes, job.modified, job.collection, job.today, [...job.attachments].sort().join('\n')].join(
    '\0',
  );

const fileKey = (file: FolderFile) => [file.path, file.bytes, file.modified].join('\0');

let version: string | undefined;

/** A digest of the check's code: every file under src/, the lock file and Node's version. */
function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256').update(process.version);
  const source = join(project, 'src');
  const names = readdirSync(source, { recursive: true, encoding: 'utf8' }).sort();
  for (const name of names) {
    const path = join(source, name);
    let text: Buffer;
    try {
      text = readFileSync(path);
    } catch {
      continue; // a folder
    }
    hash.update(relative(project, path)).update('\0').update(text);
  }
  try {
    hash.update(readFileSync(join(project, 'package-lock.json')));
  } catch {
    // A copy without the lock file: the sources decide alone.
  }
  return (version = hash.digest('hex').slice(0, 16));
}
