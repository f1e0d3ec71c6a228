import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, collections, isLang } from '../content-model.ts';
import { asRecord } from './check-entry-text.ts';
import { parseMdxSource } from './frontmatter.ts';

/** The fields of a text that name another entry or question (`practices/<slug>`). */
const entryFields = ['related', 'builds_on', 'answers', 'entries'] as const;
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
 * files), as absolute paths. Each text is read once and searched for the names as plain strings;
 * only the few that hold one are parsed. Nothing is followed: a symbolic link is not a text here,
 * as it is not for the check.
 */
export function findReferrers(root: string, keys: readonly string[], ids: readonly string[]): string[] {
  if (keys.length === 0 && ids.length === 0) return [];
  const wanted = [...keys, ...ids];
  const found: string[] = [];
  for (const collection of collectionNames) {
    if (collections[collection].kind === 'data') continue;
    for (const folder of directories(join(root, collection))) {
      for (const file of listing(folder)) {
        const lang = /^(.+)\.mdx$/.exec(file.name)?.[1];
        if (!file.isFile() || !lang || !isLang(lang)) continue;
        const path = join(folder, file.name);
        const text = readFileSync(path, 'utf8');
        if (!wanted.some((name) => text.includes(name))) continue;
        const { data } = parseMdxSource(text);
        const refers =
          referencedKeys(data).some((key) => keys.includes(key)) || referencedIds(data).some((id) => ids.includes(id));
        if (refers) found.push(path);
      }
    }
  }
  return found;
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
