import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames, collections, isLang, type CollectionName } from '../content-model.ts';
import { asRecord } from './check-entry-text.ts';
import { parseMdxSource } from './frontmatter.ts';
import { entryReferenceFields } from './references.ts';

/** The fields of a text that name another entry or question (`practices/<slug>`). */
const entryFields = [...entryReferenceFields, 'entries'] as const;
/** The fields of a text that name a theme, municipality or organisation by id. */
const idFields = ['themes', 'municipalities', 'organisations', 'offered_by'] as const;

/** The entries and questions a text's frontmatter refers to. */
export function referencedKeys(frontmatter: unknown): string[] {
  const data = asRecord(frontmatter);
  return entryFields.flatMap((field) => strings(data[field]));
}

/** The data ids a text's frontmatter refers to. */
export function referencedIds(frontmatter: unknown): string[] {
  const data = asRecord(frontmatter);
  return [
    ...idFields.flatMap((field) => strings(data[field])),
    ...strings([asRecord(data['contact'])['organisation']]),
  ];
}

/**
 * Every text of the tree whose frontmatter refers to one of `keys` (entries) or `ids` (data
 * files), as absolute paths. The texts that hold one of the names as a plain string are found by
 * git where the tree is in a repository (many times faster than reading each file here), else by
 * reading every text; only those few are parsed. Nothing is followed: a symbolic link is not a
 * text here, as it is not for the check.
 */
export function findReferrers(root: string, keys: readonly string[], ids: readonly string[]): string[] {
  if (keys.length === 0 && ids.length === 0) return [];
  const wanted = [...keys, ...ids];
  const candidates = gitGrep(root, wanted) ?? readEveryText(root, wanted);
  return candidates.filter((path) => {
    const text = regularText(root, path);
    if (text === undefined) return false;
    const { data } = parseMdxSource(text);
    return referencedKeys(data).some((key) => keys.includes(key)) || referencedIds(data).some((id) => ids.includes(id));
  });
}

/** The texts (tracked or not) that hold one of `wanted`, by `git grep`; undefined where git cannot answer. */
function gitGrep(root: string, wanted: readonly string[]): string[] | undefined {
  const patterns = wanted.flatMap((name) => ['-e', name]);
  const result = spawnSync('git', ['grep', '-l', '-z', '--untracked', '-F', ...patterns, '--', '*.mdx'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === 1 && result.stderr === '') return [];
  if (result.status !== 0) return undefined;
  return result.stdout
    .split('\0')
    .filter(Boolean)
    .map((name) => join(root, name));
}

/** Every text that holds one of `wanted`, read here. */
function readEveryText(root: string, wanted: readonly string[]): string[] {
  const found: string[] = [];
  for (const collection of collectionNames) {
    if (collections[collection].kind === 'data') continue;
    for (const folder of directories(join(root, collection))) {
      for (const file of listing(folder)) {
        if (!file.isFile() || !file.name.endsWith('.mdx')) continue;
        const path = join(folder, file.name);
        const text = readFileSync(path, 'utf8');
        if (wanted.some((name) => text.includes(name))) found.push(path);
      }
    }
  }
  return found;
}

/** The text at `<collection>/<slug>/<lang>.mdx` below `root`, if it is a regular file there (no link anywhere on the way). */
function regularText(root: string, path: string): string | undefined {
  const parts = relative(root, path).split(/[\\/]/);
  const [collection = '', , name = ''] = parts;
  const lang = /^(.+)\.mdx$/.exec(name)?.[1];
  const kind = (collectionNames as string[]).includes(collection)
    ? collections[collection as CollectionName].kind
    : 'data';
  if (parts.length !== 3 || kind === 'data' || !lang || !isLang(lang)) return undefined;
  for (let depth = 1; depth <= 3; depth++) {
    const stats = lstatSync(join(root, ...parts.slice(0, depth)), { throwIfNoEntry: false });
    if (!stats || stats.isSymbolicLink() || (depth < 3 ? !stats.isDirectory() : !stats.isFile())) return undefined;
  }
  return readFileSync(path, 'utf8');
}

function directories(dir: string): string[] {
  return listing(dir)
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name));
}

function listing(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
