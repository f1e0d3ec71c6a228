import type { VFile } from 'vfile';
import { isLang, type Lang } from '../i18n/locales.ts';

/** The language of an entry file, from its name (`…/uk.mdx` → `uk`); undefined for other files. */
export function entryLang(file: VFile): Lang | undefined {
  const lang = /(?:^|[/\\])([a-z]{2})\.mdx$/.exec(file.path ?? '')?.[1];
  return lang && isLang(lang) ? lang : undefined;
}
