import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/**
 * Parses an MDX body into an mdast tree with Sätteri (GFM on), without running it. The content
 * check, the newsletter email and text, and the reports all read this one tree. Sätteri parses in
 * time linear in the body's size, unlike remark-mdx (see BENCHMARKS.md); call it through
 * `readEntryBody` (body-limits.ts), which bounds size and nesting first.
 */
export function parseEntryBody(body: string, { positions = true } = {}): Root {
  return mdxToMdast(body, { features: { gfm: true, frontmatter: false }, position: positions }) as Root;
}
