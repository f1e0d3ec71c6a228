import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * The share page's parser: Sätteri's native binding does not run in the browser, so the page
 * checks a contributor's file with remark-mdx and remark-gfm, which read MDX the same way
 * (tests/unit/mdx-rules.test.ts runs every rule through both parsers).
 */
export function parseEntryBodyInBrowser(body: string): Root {
  return parser.parse(body);
}
