import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import {
  collectionNames,
  collections,
  fileLayout,
  isLang,
  newsletterFolderPattern,
  textFileName,
  textFileNames,
  type CollectionName,
  type Lang,
} from '../content-model.ts';
import { idPattern, idRule } from '../schemas/common.ts';
import { forbiddenCharacter } from '../schemas/plain-text.ts';
import { formatBytes, limits } from './limits.ts';
import type { Problem } from './problem.ts';

/** A YAML data file: `themes/housing.yaml`. */
export interface DataFile {
  collection: CollectionName;
  id: string;
  path: string;
}

/** One language file of an entry or newsletter: `practices/<slug>/<lang>.mdx`. */
export interface EntryFile {
  collection: CollectionName;
  slug: string;
  lang: Lang;
  path: string;
  /** Directory of the entry, where its images and attachments live. */
  folder: string;
  /** Every other regular file in the folder, relative to it: `plan.pdf`, `images/kaart.png`. */
  attachments: ReadonlySet<string>;
  /** Size and modification time, as listed (check-cache.ts). */
  bytes: number;
  modified: number;
}

/** A regular file beside an entry's texts, not yet checked for its type (entry-files.ts does that). */
export interface FolderFile {
  /** Relative to the entry folder, with `/`: `images/kaart.png`. */
  name: string;
  path: string;
  bytes: number;
  /** Modification time in milliseconds, as listed (check-cache.ts). */
  modified: number;
}

/** An entry folder: `practices/<slug>/`, its texts and its other files. */
export interface EntryFolder {
  collection: CollectionName;
  slug: string;
  path: string;
  texts: EntryFile[];
  files: FolderFile[];
}

export interface ContentTree {
  data: DataFile[];
  entries: EntryFile[];
  folders: EntryFolder[];
  problems: Problem[];
}

const textFile = /^([^/]+)\.(mdx|md|markdown)$/i;

type Report = (path: string, message: string) => void;

/**
 * Lists the content tree by the folder layout of the content model and reports every file that
 * does not fit it. Nothing is followed: a symbolic link is reported and left out wherever it is,
 * so that no file from outside the content folder can reach the check, the build or the site.
 * `display` turns an absolute path into the path shown in messages.
 */
export function readContentTree(root: string, display: (path: string) => string): ContentTree {
  const tree: ContentTree = { data: [], entries: [], folders: [], problems: [] };
  const report: Report = (path, message) => tree.problems.push({ file: display(path), message });

  readTopLevel(root, report);
  for (const collection of collectionNames) readCollection(tree, root, collection, report);
  return tree;
}

/**
 * The files of one collection, by the same rules: what the content layer loads (content-loader.ts);
 * with `only`, of one entry folder or data file in it (by its name), as the dev server reads a change.
 */
export function readCollectionTree(
  root: string,
  collection: CollectionName,
  display: (path: string) => string = (path) => path,
  only?: string,
): ContentTree {
  const tree: ContentTree = { data: [], entries: [], folders: [], problems: [] };
  const report: Report = (path, message) => tree.problems.push({ file: display(path), message });
  readCollection(tree, root, collection, report, only);
  return tree;
}

/**
 * The tree as far as a check of some entries needs it (check-selected.ts), by the same rules:
 * the top level, every data file, and the given entry folders (or other names in a collection).
 */
export function readPartialTree(
  root: string,
  folders: readonly { collection: CollectionName; slug: string }[],
  display: (path: string) => string,
): ContentTree {
  const tree = readEntryFolders(root, folders, display);
  const report: Report = (path, message) => tree.problems.push({ file: display(path), message });
  readTopLevel(root, report);
  for (const collection of collectionNames)
    if (collections[collection].kind === 'data') readCollection(tree, root, collection, report);
  return tree;
}

/** Only the given entry folders, by the same rules as readContentTree. */
export function readEntryFolders(
  root: string,
  folders: readonly { collection: CollectionName; slug: string }[],
  display: (path: string) => string,
): ContentTree {
  const tree: ContentTree = { data: [], entries: [], folders: [], problems: [] };
  const report: Report = (path, message) => tree.problems.push({ file: display(path), message });
  for (const { collection, slug } of folders) {
    const dir = join(root, collection);
    if (!lstatSafe(dir)?.isDirectory()) continue;
    for (const { name, path, stats } of list(dir, report, slug))
      readEntryFolder(tree, collection, name, path, stats, report);
  }
  return tree;
}

function readTopLevel(root: string, report: Report) {
  for (const { name, path, stats } of list(root, report)) {
    if (stats.isDirectory()) {
      if (!(collectionNames as string[]).includes(name))
        report(path, `unknown folder; expected one of ${collectionNames.join(', ')}`);
    } else if (!/^readme(\.[a-z]+)?$/i.test(name)) {
      report(path, `unexpected file; content lives in the folders ${collectionNames.join(', ')}`);
    }
  }
}

function readCollection(tree: ContentTree, root: string, collection: CollectionName, report: Report, only?: string) {
  const dir = join(root, collection);
  if (!lstatSafe(dir)?.isDirectory()) return;
  const { kind } = collections[collection];
  for (const { name, path, stats } of list(dir, report, only)) {
    if (kind === 'data') readDataFile(tree, collection, name, path, stats, report);
    else readEntryFolder(tree, collection, name, path, stats, report);
  }
}

function readDataFile(
  tree: ContentTree,
  collection: CollectionName,
  name: string,
  path: string,
  stats: Stats,
  report: Report,
) {
  const match = /^(.+)\.ya?ml$/.exec(name);
  if (!match || stats.isDirectory()) {
    report(path, `unexpected ${stats.isDirectory() ? 'folder' : 'file'}; expected ${fileLayout(collection)}`);
  } else if (!idPattern.test(match[1]!)) {
    report(path, `file name "${match[1]}" is not a valid id; expected ${idRule}`);
  } else if (stats.size > limits.dataFileBytes) {
    report(path, tooBig(stats.size, limits.dataFileBytes, 'a data file'));
  } else {
    tree.data.push({ collection, id: match[1]!, path });
  }
}

function readEntryFolder(
  tree: ContentTree,
  collection: CollectionName,
  slug: string,
  path: string,
  stats: Stats,
  report: Report,
) {
  const { kind } = collections[collection];
  const layout = fileLayout(collection);
  if (!stats.isDirectory()) {
    report(path, `file outside an entry folder; expected ${layout}`);
    return;
  }
  if (kind === 'newsletter' ? !newsletterFolderPattern.test(slug) : !idPattern.test(slug) || slug.length > 80) {
    report(path, `folder name "${slug}" is not valid; expected ${kind === 'newsletter' ? 'a month yyyy-mm' : idRule}`);
    return;
  }
  const folder: EntryFolder = { collection, slug, path, texts: [], files: [] };
  const attachments = new Set<string>();
  for (const file of listFiles(path, report)) {
    const text = textFile.exec(file.name);
    if (!text) {
      folder.files.push(file);
      attachments.add(file.name);
      continue;
    }
    const [, base = '', extension = ''] = text;
    const lang = base.toLowerCase();
    if (!isLang(lang)) {
      report(file.path, `file name must be ${textFileNames} (the language of the text); expected ${layout}`);
    } else if (extension.toLowerCase() !== 'mdx') {
      report(file.path, `entries are MDX files; rename to ${textFileName(lang)}`);
    } else if (file.name !== textFileName(lang)) {
      report(file.path, `file names are lowercase; rename to ${textFileName(lang)}`);
    } else if (file.bytes > limits.textFileBytes) {
      report(file.path, tooBig(file.bytes, limits.textFileBytes, 'a text'));
    } else {
      folder.texts.push({
        collection,
        slug,
        lang,
        path: file.path,
        folder: path,
        attachments,
        bytes: file.bytes,
        modified: file.modified,
      });
    }
  }
  if (folder.texts.length === 0) report(path, `no text in this folder; expected ${layout}`);
  if (kind === 'newsletter') {
    for (const file of folder.files)
      report(
        file.path,
        'a newsletter has no files of its own; put the file beside the entry it belongs to and link to that entry',
      );
    folder.files = [];
  }
  tree.folders.push(folder);
  tree.entries.push(...folder.texts);
}

interface Listed {
  name: string;
  path: string;
  stats: Stats;
}

/**
 * The entries of a folder (or the one named `only`), by `lstat`: symbolic links, hidden names and
 * anything that is not a plain file or folder are reported and left out.
 */
function list(dir: string, report: Report, only?: string): Listed[] {
  let names: string[];
  try {
    names = only === undefined ? readdirSync(dir).sort() : [only];
  } catch {
    return [];
  }
  const listed: Listed[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const stats = lstatSafe(path);
    if (!stats) continue;
    const hidden = forbiddenCharacter(name);
    if (stats.isSymbolicLink()) {
      report(path, 'symbolic links are not accepted anywhere under content/; add the file itself');
    } else if (name.startsWith('.')) {
      report(
        path,
        `hidden ${stats.isDirectory() ? 'folder' : 'file'} (the name starts with "."); remove it, or rename it without the dot`,
      );
    } else if (!stats.isFile() && !stats.isDirectory()) {
      report(path, 'not a regular file; add the file itself');
    } else if (hidden) {
      report(path, `the name holds ${hidden}; rename it`);
    } else {
      listed.push({ name, path, stats });
    }
  }
  return listed;
}

/** Every regular file below an entry folder, relative to it, without following anything. */
function listFiles(folder: string, report: Report, prefix = ''): FolderFile[] {
  return list(join(folder, prefix), report).flatMap(({ name, path, stats }) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return stats.isDirectory()
      ? listFiles(folder, report, relative)
      : [{ name: relative, path, bytes: stats.size, modified: stats.mtimeMs }];
  });
}

function lstatSafe(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

export function tooBig(bytes: number, limit: number, what: string): string {
  return `${formatBytes(bytes)} is more than the ${formatBytes(limit)} allowed for ${what}; make it smaller or split it`;
}
