import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import {
  convertMdastToHastHandle,
  createMdxMdastHandle,
  dropHandle,
  HastReader,
  materializeHastTree,
  materializeMdastTree,
  MdastReader,
  serializeHandle,
  type Features,
} from 'satteri';
import type { Lang } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/translations.ts';

/** How every entry body is read: MDX with GFM (footnotes included), no frontmatter, the text as written. */
export const bodyFeatures = { gfm: true, frontmatter: false, smartPunctuation: false } satisfies Features;

/** One parse of a body: the mdast tree the check reads and the page's hast tree, made from that same parse. */
export interface BodyTrees {
  tree: MdastRoot;
  page: HastRoot;
}

/**
 * Parses a body once with Sätteri and gives both views of that one parse: the mdast tree (for the
 * MDX rules) and, converted from the same parser arena, the hast tree the page renders, footnotes
 * labelled in the text's language. Nothing is parsed a second time, so the page cannot hold a node
 * the check did not read. Throws as the parser does (a syntax error); readEntryBody turns that into
 * a violation.
 */
export function readBodyTrees(body: string, lang: Lang, { positions = true } = {}): BodyTrees {
  const words = dictionaries[lang];
  const handle = createMdxMdastHandle(body, bodyFeatures, positions);
  try {
    const tree = materializeMdastTree(new MdastReader(serializeHandle(handle)));
    const pageHandle = convertMdastToHastHandle(handle, {
      footnoteLabel: words['footnotes.label'],
      footnoteBackLabel: () => words['footnotes.back'],
    });
    try {
      return { tree, page: materializeHastTree(new HastReader(serializeHandle(pageHandle))) };
    } finally {
      dropHandle(pageHandle);
    }
  } finally {
    dropHandle(handle);
  }
}
