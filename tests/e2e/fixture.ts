/**
 * Names and titles of the fixture site's content, read from its files (tests/fixtures/site), so
 * that the browser tests look for what the fixture says rather than a copy of it. UI strings come
 * from the dictionaries (src/i18n/), never from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/locales.ts';
import { siteContent } from './site.ts';

const yaml = (path: string) => parse(readFileSync(join(siteContent, path), 'utf8')) as unknown;

/** A theme's name in every language: `themes/<id>.yaml`. */
export const themeName = (id: string): Record<Lang, string> =>
  (yaml(`themes/${id}.yaml`) as { name: Record<Lang, string> }).name;

/** A municipality's name in every language: `municipalities/<id>.yaml`. */
export const municipalityName = (id: string): Record<Lang, string> =>
  (yaml(`municipalities/${id}.yaml`) as { name: Record<Lang, string> }).name;

/** The `title` of a text's frontmatter: `<collection>/<slug>/<lang>.mdx`. */
export function titleOf(path: string): string {
  const text = readFileSync(join(siteContent, path), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
  const title = (parse(frontmatter ?? '') as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') throw new Error(`${path} has no title in the fixture site`);
  return title;
}
