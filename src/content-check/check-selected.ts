import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collectionNames, collections, parseCardKey, type CollectionName } from '../content-model.ts';
import { checkContent, type CheckOptions, type CheckResult } from './check-content.ts';
import { parseMdxSource } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { readEntryFolders, readPartialTree, type ContentTree } from './read-tree.ts';
import { findReferrers, referencedKeys } from './find-referrers.ts';

export interface SelectedCheckOptions extends CheckOptions {
  /** Files or folders under `root` (absolute, or relative to the working directory); they may be gone. */
  paths: readonly string[];
  /** Also check every text that refers to a selected entry, or to a data file that is gone (`--changed`). */
  referrers?: boolean;
}

export interface SelectedCheckResult extends Pick<CheckResult, 'problems' | 'notices'> {
  /** Texts and data files whose problems are reported. */
  checked: number;
  /** Paths outside the content folder, shown as given. */
  outside: string[];
}

interface Folder {
  collection: CollectionName;
  slug: string;
}

/**
 * Checks only some entries and files, fully and with references resolved against the whole tree:
 * the messages for a selected file are the ones the full check gives for it. A path inside an
 * entry folder selects the whole entry (its texts and files). Besides the selection, the check
 * reads every data file, the texts of the entries the selection refers to and, with `referrers`,
 * the texts that refer to a selected entry, never the rest of the tree.
 */
export async function checkSelected(options: SelectedCheckOptions): Promise<SelectedCheckResult> {
  const root = resolve(options.root);
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => relative(cwd, path).split('\\').join('/');
  const outside: string[] = [];
  const scope = new Set<string>();
  const targets = new Map<string, Folder>();
  const dataTargets: { collection: CollectionName; id: string }[] = [];

  // The content folder itself stands for everything in it.
  const paths = options.paths.flatMap((given) =>
    resolve(cwd, given) === root ? names(root).map((name) => join(root, name)) : [given],
  );
  for (const given of paths) {
    const path = resolve(cwd, given);
    const parts = relative(root, path).split(/[\\/]/);
    if (parts[0] === '..' || resolve(root, parts.join('/')) !== path) {
      outside.push(given);
      continue;
    }
    const [collection = '', name, ...rest] = parts;
    const kind = (collectionNames as string[]).includes(collection)
      ? collections[collection as CollectionName].kind
      : undefined;
    if (kind && kind !== 'data') {
      // A collection folder selects each of its entries.
      for (const slug of name === undefined ? names(path) : [name])
        targets.set(`${collection}/${slug}`, { collection: collection as CollectionName, slug });
      scope.add(display(name === undefined ? path : join(root, collection, name)));
    } else {
      scope.add(display(path));
      const id = kind === 'data' && rest.length === 0 ? /^(.+)\.ya?ml$/.exec(name ?? '')?.[1] : undefined;
      if (id) dataTargets.push({ collection: collection as CollectionName, id });
    }
  }
  let tree = readPartialTree(root, [...targets.values()], display);

  if (options.referrers) {
    const present = new Set(tree.data.map(({ collection, id }) => `${collection}/${id}`));
    const goneIds = dataTargets.filter(({ collection, id }) => !present.has(`${collection}/${id}`)).map((t) => t.id);
    const keys = [...targets.keys()].filter((key) => parseCardKey(key));
    const referrers = findReferrers(root, keys, goneIds);
    for (const path of referrers) scope.add(display(path));
    // A referring text is checked with its whole entry (its translations), but only its own problems are reported.
    const more = new Map(referrers.map((path) => folderOf(root, path)).map((folder) => [keyOf(folder), folder]));
    for (const key of targets.keys()) more.delete(key);
    tree = mergeEntries(tree, readEntryFolders(root, [...more.values()], display));
  }

  // The entries the checked texts point at are read too, so that a reference to them is resolved
  // as in the full check (does it exist, is it published).
  const known = new Set(tree.entries.map(keyOf));
  const context = new Map<string, Folder>();
  for (const entry of tree.entries) {
    for (const key of referencedKeys(parseMdxSource(readFileSync(entry.path, 'utf8')).data)) {
      const folder = parseCardKey(key);
      if (folder && !known.has(key)) context.set(key, folder);
    }
  }
  tree = mergeEntries(tree, readEntryFolders(root, [...context.values()], display));

  const result = await checkContent({ ...options, root, cwd }, () => tree);

  if (options.referrers) {
    // Data files refer to each other too: the partners a municipality lists are told when it
    // stops listing them, and the files that name a changed data file (partners, focus themes) are checked.
    for (const target of dataTargets) {
      for (const record of result.data) {
        const { partners, focus_themes } = record.data;
        const lists = (value: unknown) => Array.isArray(value) && value.includes(target.id);
        const own = record.collection === target.collection && record.id === target.id;
        if (own && Array.isArray(partners)) {
          for (const partner of result.data.filter((r) => r.collection === 'municipalities' && partners.includes(r.id)))
            scope.add(partner.file);
        }
        if (!own && (lists(partners) || lists(focus_themes))) scope.add(record.file);
      }
    }
  }

  const inScope = (problem: Problem) =>
    [...scope].some((path) => within(problem.file, path) || within(path, problem.file));
  const checked = [...result.entries, ...result.data].filter((record) =>
    [...scope].some((path) => within(record.file, path)),
  );
  return {
    problems: result.problems.filter(inScope),
    notices: result.notices.filter(inScope),
    checked: checked.length,
    outside,
  };
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

const keyOf = ({ collection, slug }: Folder) => `${collection}/${slug}`;

/** `file` is `folder` or lies inside it (display paths, with `/`). */
const within = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

function folderOf(root: string, path: string): Folder {
  const [collection, slug] = relative(root, path).split(/[\\/]/) as [CollectionName, string];
  return { collection, slug };
}

/** The tree with the texts of `more` added for the reference checks; their folders' files are not checked. */
function mergeEntries(tree: ContentTree, more: ContentTree): ContentTree {
  const entries = new Map([...tree.entries, ...more.entries].map((entry) => [entry.path, entry]));
  return { ...tree, entries: [...entries.values()] };
}
