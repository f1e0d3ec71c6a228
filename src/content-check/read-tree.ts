import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../i18n/locales.ts';
import { idPattern, idRule } from '../schemas/common.ts';
import { collectionNames, collections, type CollectionName } from '../schemas/index.ts';
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
  /** Every other file in the folder, relative to it: `plan.pdf`, `images/kaart.png`. */
  attachments: Set<string>;
}

export interface ContentTree {
  data: DataFile[];
  entries: EntryFile[];
  problems: Problem[];
}

const newsletterFolder = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/**
 * Lists the content tree by the folder layout of the content model and reports every file that
 * does not fit it. `display` turns an absolute path into the path shown in messages.
 */
export function readContentTree(root: string, display: (path: string) => string): ContentTree {
  const tree: ContentTree = { data: [], entries: [], problems: [] };
  const problem = (path: string, message: string) => tree.problems.push({ file: display(path), message });

  for (const name of list(root)) {
    const path = join(root, name);
    if (!isDirectory(path)) {
      if (!/^readme(\.[a-z]+)?$/i.test(name)) problem(path, `unexpected file; content lives in the folders ${collectionNames.join(', ')}`);
    } else if (!(collectionNames as string[]).includes(name)) {
      problem(path, `unknown folder; expected one of ${collectionNames.join(', ')}`);
    }
  }

  for (const collection of collectionNames) {
    const dir = join(root, collection);
    const { kind } = collections[collection];
    for (const name of list(dir)) {
      const path = join(dir, name);
      if (kind === 'data') {
        const match = /^(.+)\.ya?ml$/.exec(name);
        if (!match || isDirectory(path)) {
          problem(path, `unexpected ${isDirectory(path) ? 'folder' : 'file'}; expected ${collection}/<id>.yaml`);
        } else if (!idPattern.test(match[1]!)) {
          problem(path, `file name "${match[1]}" is not a valid id; expected ${idRule}`);
        } else {
          tree.data.push({ collection, id: match[1]!, path });
        }
        continue;
      }
      const layout = kind === 'newsletter' ? `${collection}/<yyyy-mm>/<lang>.mdx` : `${collection}/<slug>/<lang>.mdx`;
      if (!isDirectory(path)) {
        problem(path, `file outside an entry folder; expected ${layout}`);
        continue;
      }
      if (kind === 'newsletter' ? !newsletterFolder.test(name) : !idPattern.test(name) || name.length > 80) {
        problem(path, `folder name "${name}" is not valid; expected ${kind === 'newsletter' ? 'a month yyyy-mm' : idRule}`);
        continue;
      }
      readEntryFolder(tree, collection, name, path, layout, problem);
    }
  }
  return tree;
}

function readEntryFolder(
  tree: ContentTree,
  collection: CollectionName,
  slug: string,
  folder: string,
  layout: string,
  problem: (path: string, message: string) => void,
) {
  const attachments = new Set<string>();
  const languageFiles: EntryFile[] = [];
  for (const relative of listDeep(folder)) {
    const path = join(folder, relative);
    const match = /^([^/]+)\.(mdx?|markdown)$/.exec(relative);
    if (!match) {
      attachments.add(relative);
    } else if (!isLang(match[1]!)) {
      problem(path, `file name must be nl.mdx, uk.mdx or en.mdx (the language of the text); expected ${layout}`);
    } else if (match[2] !== 'mdx') {
      problem(path, `entries are MDX files; rename to ${match[1]}.mdx`);
    } else {
      languageFiles.push({ collection, slug, lang: match[1], path, folder, attachments });
    }
  }
  if (languageFiles.length === 0) problem(folder, `no text in this folder; expected ${layout}`);
  tree.entries.push(...languageFiles);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

function listDeep(dir: string, prefix = ''): string[] {
  return list(join(dir, prefix)).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return isDirectory(join(dir, relative)) ? listDeep(dir, relative) : [relative];
  });
}

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}
