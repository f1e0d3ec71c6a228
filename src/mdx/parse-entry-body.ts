import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { bodyFeatures } from './read-body-once.ts';

/**
 * Parses an MDX body into an mdast tree with Sätteri (GFM on), without running it. The content
 * check, the newsletter email and text, and the reports all read this one tree; the build reads it
 * with the page's tree from the same parse (read-body-once.ts). Sätteri parses in time linear in
 * the body's size, unlike remark-mdx (see BENCHMARKS.md); call it through `readEntryBody`
 * (body-limits.ts), which bounds size and nesting first.
 */
export function parseEntryBody(body: string, { positions = true } = {}): Root {
  return mdxToMdast(body, { features: bodyFeatures, position: positions }) as Root;
}
