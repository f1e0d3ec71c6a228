import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Parses an MDX body into a syntax tree, the way the site's MDX pipeline reads it, without running it. */
export function parseEntryBody(body: string): Root {
  return parser.parse(body);
}

/**
 * Whether a body can contain any MDX construct at all. ESM starts a line with `import`/`export`,
 * expressions need `{`, JSX and HTML need `<`; a body without them is plain Markdown, so the
 * (slow) MDX parse can be skipped unless links or images need checking.
 */
export function mayContainMdx(body: string): boolean {
  return body.includes('<') || body.includes('{') || /^[ \t]*(?:import|export)\b/m.test(body);
}
