import type { Definition, FootnoteDefinition, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { linkProblem } from '../mdx/link-rules.ts';
import { parseEntryBody } from '../mdx/parse-entry-body.ts';
import { readEntryBody } from '../mdx/read-entry-body.ts';
import { siteAddress } from '../mdx/site-links.ts';

export interface IntroContext {
  /** The source, for messages: `newsletters/2026-11/nl.mdx`. */
  file: string;
  /** The site's address: `/nl/…` links become absolute to it, under the base path. */
  site: URL;
  /** The page on the site: `#…` links point there. */
  page: string;
  /** Words of the language for what the site's components would show. */
  labels: { note: string; tip: string; caution: string; footnotes: string };
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Node types that mean the same in a page, an email and plain text; everything else is dropped. */
const plain = new Set<string>([
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
]);

/**
 * The introduction of an issue as the email and its plain text show it: the body's MDX tree (the
 * tree the content check validated, not a second parse that could read it differently), with
 * - every link, image and reference absolute and passing `linkProblem`, else reduced to its text;
 *   relative paths are dropped, as newsletters have no attachments; images only from the site itself;
 * - `<Callout>`, `<Steps>` and `<Lang>` as plain text and blocks, `<Figure>` as its caption, other JSX and all
 *   expressions and ESM removed;
 * - footnotes numbered `[1]` in the text and listed at the end, without in-page links.
 */
export function readIntro(body: string, context: IntroContext): Root {
  // The content check refuses such a body first; this is for a build that skipped the check.
  const { tree, violation } = readEntryBody(body, parseEntryBody);
  if (violation)
    throw new Error(
      `${context.file}: ${violation.message} (line ${violation.line} of the text); npm run check shows where`,
    );
  return new IntroCleaner(tree, context).run();
}

class IntroCleaner {
  private readonly definitions = new Map<string, Definition>();
  private readonly footnotes = new Map<string, FootnoteDefinition>();
  /** Footnote identifiers in the order of their first reference. */
  private readonly numbered: string[] = [];

  private readonly tree: Root;
  private readonly context: IntroContext;

  constructor(tree: Root, context: IntroContext) {
    this.tree = tree;
    this.context = context;
    this.collect(tree);
  }

  run(): Root {
    const children = this.clean(this.tree.children);
    const notes: RootContent[] = [];
    // A footnote may itself refer to a later one, which then joins the list.
    for (let index = 0; index < this.numbered.length; index++) {
      const definition = this.footnotes.get(this.numbered[index]!)!;
      notes.push({ type: 'listItem', spread: false, children: this.clean(definition.children) as never });
    }
    if (notes.length > 0) {
      children.push(
        {
          type: 'paragraph',
          children: [{ type: 'strong', children: [{ type: 'text', value: this.context.labels.footnotes }] }],
        },
        { type: 'list', ordered: true, start: 1, spread: false, children: notes as never },
      );
    }
    return { type: 'root', children };
  }

  /** CommonMark: the first definition of a label counts. */
  private collect(node: Nodes) {
    if (node.type === 'definition' && !this.definitions.has(node.identifier))
      this.definitions.set(node.identifier, node);
    if (node.type === 'footnoteDefinition' && !this.footnotes.has(node.identifier))
      this.footnotes.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) this.collect(child);
  }

  private clean(nodes: readonly RootContent[]): RootContent[] {
    return nodes.flatMap((node) => this.cleanNode(node));
  }

  private cleanNode(node: RootContent): RootContent[] {
    switch (node.type) {
      case 'link':
        return this.link(node.url, node.title, node.children);
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier);
        return definition ? this.link(definition.url, definition.title, node.children) : this.clean(node.children);
      }
      case 'image':
        return this.image(node.url, node.title, node.alt);
      case 'imageReference': {
        const definition = this.definitions.get(node.identifier);
        return definition ? this.image(definition.url, definition.title, node.alt) : text(node.alt);
      }
      case 'footnoteReference':
        return text(this.footnoteMark(node.identifier, node.label));
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.component(node);
      default:
        return plain.has(node.type) ? [this.keep(node)] : [];
    }
  }

  /** A node of a plain type, without any `data` (which could steer mdast-util-to-hast), children cleaned. */
  private keep(node: RootContent): RootContent {
    const { data: _, ...copy } = node;
    if ('children' in copy) (copy as Parent).children = this.clean(copy.children);
    return copy;
  }

  private link(url: string, title: string | null | undefined, children: PhrasingContent[]): RootContent[] {
    const href = this.resolve(url);
    const inner = this.clean(children) as PhrasingContent[];
    return href ? [{ type: 'link', url: href, title: title ?? null, children: inner }] : inner;
  }

  private image(url: string, title: string | null | undefined, alt: string | null | undefined): RootContent[] {
    const src = this.resolve(url);
    // Only the site's own images belong in an email: another site's would learn who opened it (a
    // tracking pixel), and the check refuses them. Anything else keeps its description.
    return src && new URL(src).origin === this.context.site.origin
      ? [{ type: 'image', url: src, title: title ?? null, alt: alt ?? '' }]
      : text(alt);
  }

  private footnoteMark(identifier: string, label: string | null | undefined): string {
    if (!this.footnotes.has(identifier)) return `[^${label ?? identifier}]`;
    if (!this.numbered.includes(identifier)) this.numbered.push(identifier);
    return `[${this.numbered.indexOf(identifier) + 1}]`;
  }

  /** The allowlisted components as plain Markdown; anything else (the check lets nothing else through) is dropped. */
  private component(node: Jsx): RootContent[] {
    // In running text a component's words stay in the sentence; on its own it becomes a paragraph.
    const words = (child: PhrasingContent): RootContent[] =>
      node.type === 'mdxJsxFlowElement' ? [{ type: 'paragraph', children: [child] }] : [child];
    switch (node.name) {
      case 'Callout': {
        const type = attribute(node, 'type');
        const label =
          attribute(node, 'title') ?? this.context.labels[type === 'tip' || type === 'caution' ? type : 'note'];
        const children = this.clean(node.children);
        const heading = words({ type: 'strong', children: [{ type: 'text', value: label }] });
        return node.type === 'mdxJsxFlowElement'
          ? [...heading, ...children]
          : [...heading, { type: 'text', value: ' ' }, ...children];
      }
      case 'Steps':
        return this.clean(node.children);
      case 'Lang': {
        // On a line of its own, words only (a list item, a footnote): they stay a paragraph.
        const children = this.clean(node.children);
        const words = node.type === 'mdxJsxFlowElement' && children.every((child) => !blockTypes.has(child.type));
        return words ? [{ type: 'paragraph', children: children as PhrasingContent[] }] : children;
      }
      case 'Figure': {
        const caption = attribute(node, 'caption');
        return caption ? words({ type: 'emphasis', children: [{ type: 'text', value: caption }] }) : [];
      }
      default:
        return [];
    }
  }

  /**
   * The absolute address a link of the introduction may have in an email, or undefined: http(s)
   * and mailto as written, `/…` on the site (under its base path), `#…` on the page. Relative paths would be
   * files of the newsletter folder, which the site does not publish.
   */
  private resolve(url: string): string | undefined {
    if (linkProblem(url)) return undefined;
    try {
      if (url.startsWith('#')) return new URL(url, this.context.page).href;
      if (url.startsWith('/')) return sameSite(new URL(siteAddress(url, this.context.site)), this.context.site);
      if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
      const parsed = new URL(url);
      return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
    } catch {
      return undefined;
    }
  }
}

/** `//host` and `/\host` leave the site although they start with a slash. */
function sameSite(url: URL, site: URL): string | undefined {
  return url.origin === site.origin ? url.href : undefined;
}

const blockTypes = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'code',
  'thematicBreak',
  'html',
  'definition',
  'footnoteDefinition',
]);

function attribute(node: Jsx, name: string): string | undefined {
  for (const item of node.attributes) {
    // An attribute may span lines and blank lines; here it is a short line of text.
    if (item.type === 'mdxJsxAttribute' && item.name === name && typeof item.value === 'string')
      return item.value.replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}

function text(value: string | null | undefined): RootContent[] {
  return value ? [{ type: 'text', value }] : [];
}
