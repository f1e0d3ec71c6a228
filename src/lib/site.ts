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

/** The example site's address and mailbox: a build that still has either warns (integrations/send-ready.ts). */
export const exampleSite = 'https://kennisbank.example.org/';
export const placeholderMailbox = 'redactie@kennisbank.example.org';

/**
 * The editors' functional mailbox: the share page's "send to the editors" route, which needs no
 * account anywhere, and the sender (From, Reply-To) of the newsletter's .eml. Set KB_EDITORS_EMAIL
 * to the real functional mailbox when deploying (empty counts as unset: deploy.yml passes a
 * repository variable that a fork may not have); never a person's own address, because it is
 * published on every share page.
 */
export const editorsMailbox = editorsAddress(process.env['KB_EDITORS_EMAIL'] || placeholderMailbox);

function editorsAddress(address: string): string {
  if (!/^[^\s@<>"?&]+@[^\s@<>"?&]+\.[a-z]{2,}$/i.test(address)) {
    throw new Error(
      `KB_EDITORS_EMAIL: "${address}" is not an email address; expected a functional mailbox such as redactie@example.org`,
    );
  }
  return address;
}
