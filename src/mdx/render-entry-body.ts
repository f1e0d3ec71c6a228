import type { Element, ElementContent, Nodes, Parents, Properties, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxAttributeUnion } from 'satteri';
import { paths, type TextCollection } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/translations.ts';
import { imageMark, type BodyImage } from './body-images.ts';
import { isEntryImage, isRelativeFile } from './entry-files.ts';
import { componentProblems, type EntryRuleOptions, type MdxViolation, type WrittenAttribute } from './entry-rules.ts';
import { linkProblem, linkTextProblem } from './link-rules.ts';
import { readBodyTrees } from './read-body-once.ts';
import { checkEntryBody, type BodyParser } from './read-entry-body.ts';
import { rehypeSiteLinks } from './site-links.ts';

export interface RenderedBody {
  /** The body's HTML; each entry image is a mark (body-images.ts), N its index in `images`. */
  html: string;
  images: BodyImage[];
}

/** Where a text lives: its attachments are published under paths.file(collection, slug, …). */
export interface BodyPlace {
  collection: TextCollection;
  slug: string;
  lang: Lang;
  /** The file, for messages. */
  file: string;
  /** The line of the file the body starts on (after the frontmatter), for messages; 1 by default. */
  firstLine?: number;
}

/** A body that breaks the MDX rules: the build stops with these lines, without a stack trace (it is not a bug). */
export class EntryBodyError extends Error {
  override name = 'EntryBodyError';
  /** The violations named, with lines of the body. */
  readonly violations: MdxViolation[];
  constructor(message: string, violations: MdxViolation[] = []) {
    super(message);
    this.stack = message;
    this.violations = violations;
  }
}

/**
 * Renders an entry body to HTML with Sätteri, the engine the content check parses with, without
 * turning the body into code: an entry is data. MDX syntax that could run (import/export,
 * expressions, components outside src/mdx/allowlist.ts) and links outside the allowed schemes stop
 * the build, also when the check was skipped: first the check's own reading of the body
 * (`checkEntryBody`), then every node of the tree this function renders, which is the tree of
 * that same reading (`checkAndRenderBody`).
 *
 * The components become plain elements (their styles are in src/styles/global.css); images
 * of the entry folder become marks the page fills in with astro:assets; other relative links point
 * to the published attachment (`/files/<collection>/<slug>/…`). GFM footnotes are labelled in the
 * text's language, task-list checkboxes get their item's text as name (WCAG 4.1.2), and tables
 * scroll in a labelled, focusable region (WCAG 2.1.1).
 */
export function renderEntryBody(body: string, place: BodyPlace): RenderedBody {
  const checked = checkAndRenderBody(body, place, {});
  if (!checked.rendered) stopAt(place, checked.violations);
  return checked.rendered;
}

/** A body checked and, when it breaks no rule, rendered from the very parse the check read. */
export type CheckedBody =
  { violations: MdxViolation[]; rendered?: undefined } | { violations: []; rendered: RenderedBody };

/**
 * Checks a body by the MDX rules (`checkEntryBody`, with `rules` such as the files of the entry
 * folder) and renders the page's tree of the same parse: the parser hands the check its mdast
 * tree and keeps the hast tree converted from it (read-body-once.ts). Only the tree of the last
 * parse the check found clean is rendered; a body with violations is not rendered at all.
 */
export function checkAndRenderBody(
  body: string,
  place: BodyPlace,
  rules: Omit<EntryRuleOptions, 'source'>,
): CheckedBody {
  let page: Root | undefined;
  const parse: BodyParser = (text, options) => {
    page = undefined;
    const trees = readBodyTrees(text, place.lang, options);
    page = trees.page;
    return trees.tree;
  };
  const violations = checkEntryBody(body, parse, rules);
  if (violations.length > 0 || !page) return { violations: violations.length > 0 ? violations : [noTree] };
  try {
    return { violations: [], rendered: renderBodyTree(page, place) };
  } catch (error) {
    if (!(error instanceof EntryBodyError)) throw error;
    // The renderer's own guard found what the check did not: a bug, reported with the lines of
    // the tree read with places (the check's quick parse has none).
    try {
      renderBodyTree(readBodyTrees(body, place.lang).page, place);
    } catch (placed) {
      if (placed instanceof EntryBodyError && placed.violations.length > 0) return { violations: placed.violations };
    }
    return { violations: error.violations.length > 0 ? error.violations : [noTree] };
  }
}

const noTree: MdxViolation = { line: 1, column: 1, message: 'the body could not be read' };

/** The body as the page's hast tree: GFM, footnotes labelled in the text's language. */
export function parseForPage(body: string, lang: Lang): Root {
  return readBodyTrees(body, lang).page;
}

function stopAt(place: BodyPlace, violations: MdxViolation[]): never {
  const offset = (place.firstLine ?? 1) - 1;
  const lines = violations.map((v) => `${place.file}:${v.line + offset}:${v.column}: ${v.message}`);
  throw new EntryBodyError(`Entry breaks the MDX rules of the content model:\n${lines.join('\n')}`, violations);
}

/**
 * The second reading: renders a parsed body, node by node, and stops at anything that could carry
 * code or a hostile link, should the tree ever differ from what the check read.
 */
export function renderBodyTree(tree: Root, place: BodyPlace): RenderedBody {
  const words = dictionaries[place.lang];
  const stop = (violations: MdxViolation[]) => stopAt(place, violations);
  const images: BodyImage[] = [];
  // Headings get ids as Astro gives them (github-slugger), so that links to a section keep working.
  const slugger = new GithubSlugger();
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }, message: string) =>
    stop([{ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message }]);
  // A link to a file beside the text, as written (`plan%20v2.pdf#page=2`): its path decoded, then
  // encoded once by paths.file; the query or fragment kept as it is.
  const file = (url: string) => {
    if (!isRelativeFile(url)) return url;
    const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/su.exec(url.replace(/^\.\//u, '')) ?? [];
    return paths.file(place.collection as Parameters<typeof paths.file>[0], place.slug, decodeURI(path)) + suffix;
  };
  const imageMarkFor = (image: BodyImage): ElementContent => {
    images.push({ ...image, src: `./${image.src.replace(/^\.\//u, '')}` });
    return { type: 'comment', value: imageMark(images.length - 1) };
  };

  const renderChildren = (parent: Parents): ElementContent[] =>
    parent.children.flatMap((child) => renderNode(child as Nodes, parent));

  function renderNode(node: Nodes, parent?: Parents): ElementContent[] {
    switch (node.type) {
      case 'text':
      case 'comment':
        return [node];
      case 'element':
        return [renderElement(node)];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return [renderComponent(node, parent)];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return at(node, 'JavaScript expressions are not allowed');
      case 'mdxjsEsm':
        return at(node, 'import/export statements are not allowed');
      default:
        return at(node, `${node.type} is not allowed in an entry`);
    }
  }

  function renderElement(node: Element): ElementContent {
    const properties: Properties = { ...node.properties };
    if (node.tagName === 'a' && typeof properties['href'] === 'string') {
      const href = properties['href'];
      const problem = linkProblem(href) ?? linkTextProblem(node.children.map(textOf).join(''), href);
      if (problem) at(node, problem);
      properties['href'] = file(href);
    }
    if (node.tagName === 'img' && typeof properties['src'] === 'string') {
      const src = properties['src'];
      const problem = linkProblem(src);
      if (problem) at(node, problem);
      if (isEntryImage(src)) {
        const title = typeof properties['title'] === 'string' ? properties['title'] : undefined;
        return imageMarkFor({ src, alt: String(properties['alt'] ?? ''), ...(title ? { title } : {}) });
      }
      properties['src'] = file(src);
    }
    // Column alignment without a space: exactly the style attributes the Content-Security-Policy
    // allows by hash (astro.config.mjs).
    if ((node.tagName === 'th' || node.tagName === 'td') && typeof properties['style'] === 'string')
      properties['style'] = properties['style'].replace(/\s+/gu, '');
    const element: Element = { ...node, properties, children: renderChildren(node) };
    if (/^h[1-6]$/u.test(node.tagName) && properties['id'] === undefined)
      properties['id'] = slugger.slug(element.children.map(textOf).join(''));
    if (node.tagName === 'li' && isTaskItem(element)) labelTask(element);
    if (node.tagName === 'table')
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['kb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: words['table.label'] },
        children: [element],
      };
    return element;
  }

  function renderComponent(
    node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
    parent: Parents | undefined,
  ): Element {
    const attributes = (node.attributes as readonly MdxJsxAttributeUnion[]).map((a): WrittenAttribute =>
      a.type === 'mdxJsxExpressionAttribute'
        ? { spread: a.value }
        : typeof a.value === 'string' || a.value === null || a.value === undefined
          ? { name: a.name, value: a.value ?? null }
          : { name: a.name, value: null, expression: true },
    );
    const problems = componentProblems(node.name, attributes);
    if (problems.length > 0) at(node, problems.join('; '));
    const text = (name: string) => {
      const attribute = attributes.find((a) => 'name' in a && a.name === name);
      return attribute && 'value' in attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
    };
    const children = renderChildren(node);
    switch (node.name) {
      case 'Callout': {
        const type = text('type') ?? 'note';
        const title = text('title') ?? words[`callout.${type as 'note' | 'tip' | 'caution'}`];
        return h('aside', { className: ['kb-callout', `kb-callout--${type}`], ariaLabel: title }, [
          h('p', { className: ['kb-callout__title'] }, [{ type: 'text', value: title }]),
          ...children,
        ]);
      }
      case 'Steps':
        return h('div', { className: ['kb-steps'] }, children);
      case 'Figure': {
        const src = text('src') ?? '';
        const alt = text('alt') ?? '';
        const caption = text('caption');
        const picture = isEntryImage(src)
          ? imageMarkFor({ src, alt })
          : h('img', { src: file(src), alt, loading: 'lazy', decoding: 'async' }, []);
        return h('figure', { className: ['kb-figure'] }, [
          picture,
          ...(caption ? [h('figcaption', {}, [{ type: 'text', value: caption }])] : []),
        ]);
      }
      case 'Lang':
        return h(langTag(node, parent), { lang: text('code') ?? '' }, children);
      default:
        return at(node, `<${node.name ?? ''}> is not an allowed component`);
    }
  }

  const root: Root = { type: 'root', children: renderChildren(tree) };
  for (const plugin of bodyPlugins) plugin()(root);
  return { html: toHtml(root), images };
}

/** rehype plugins run on every rendered body, in order. */
const bodyPlugins = [rehypeSiteLinks];

/**
 * The element for `<Lang>`: a span in running text; around blocks a div; on a line of its own
 * holding only words, a paragraph, or a span where it fills a list item, a table cell or a
 * footnote (MDX reads `- <Lang code="en">Plan</Lang>` as a block in the item).
 */
function langTag(node: Nodes & { children: unknown[] }, parent: Parents | undefined): string {
  if (node.type !== 'mdxJsxFlowElement') return 'span';
  const blocks = node.children.some(
    (child) => (child as Nodes).type === 'element' && blockTags.has((child as Element).tagName),
  );
  if (blocks) return 'div';
  return parent?.type === 'element' && ['li', 'td', 'th'].includes(parent.tagName) ? 'span' : 'p';
}

const blockTags = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'div',
  'table',
  'blockquote',
  'pre',
  'hr',
  'figure',
  'aside',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const h = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function isTaskItem(item: Element): boolean {
  const className = item.properties['className'];
  return Array.isArray(className) && className.includes('task-list-item');
}

/** The checkbox of a task item gets the item's text (without nested lists) as its accessible name. */
function labelTask(item: Element) {
  const first = item.children.find((child) => child.type === 'element');
  const candidates = first?.type === 'element' && first.tagName === 'p' ? first.children : item.children;
  const checkbox = candidates.find(
    (child): child is Element =>
      child.type === 'element' && child.tagName === 'input' && child.properties['type'] === 'checkbox',
  );
  if (checkbox) checkbox.properties = { ...checkbox.properties, ariaLabel: item.children.map(textOf).join('').trim() };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
