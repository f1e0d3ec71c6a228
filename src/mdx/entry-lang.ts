import { fileURLToPath } from 'node:url';
import { isLang, type Lang } from '../i18n/locales.ts';

/** The file path of the document a Sätteri plugin is processing (its `fileURL`), if any. */
export function documentPath(fileURL: URL | undefined): string | undefined {
  return fileURL ? fileURLToPath(fileURL) : undefined;
}

/** The language of an entry file, from its name (`…/uk.mdx` → `uk`); undefined for other files. */
export function entryLang(path: string | undefined): Lang | undefined {
  const lang = /(?:^|[/\\])([a-z]{2})\.mdx$/.exec(path ?? '')?.[1];
  return lang && isLang(lang) ? lang : undefined;
}
