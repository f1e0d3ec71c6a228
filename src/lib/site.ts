import { paths } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';

/** Where the content lives, for "edit this page" links. Set KB_REPOSITORY for a fork or a move. */
export const repository = {
  url: process.env['KB_REPOSITORY'] ?? 'https://github.com/VNG-International/kennisbank-oekraine-nederland',
  branch: 'main',
};

export function editUrl(collection: string, slug: string, lang: Lang): string {
  return `${repository.url}/edit/${repository.branch}/content/${collection}/${slug}/${lang}.mdx`;
}

/** Public address of a file in an entry folder; the content-check integration copies them there. */
export const attachmentPath = paths.file;
