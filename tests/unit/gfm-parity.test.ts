// GFM parity: the site renders entries with Sätteri (src/mdx/pipeline.ts), the share page checks
// them in the browser with unified + remark-gfm (src/mdx/parse-entry-body-in-browser.ts). Every
// construct the content model allows must come out the same from both engines.
import type { Element, ElementContent, Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { evaluate, mdxToJs } from 'satteri';
import { unified } from 'unified';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPipeline } from '../../src/mdx/pipeline.ts';

/** Every construct of the content model's MDX, GFM included, in one English entry body. */
const body = `## Headings, paragraphs and emphasis

A paragraph with *emphasis*, **strong text**, \`inline code\` and a line  
break. A [link](https://example.org/page "Title"), a [reference link][ref], a mail to
[the network](mailto:cop@example.org) and an [anchor](#steps).

### Strikethrough and autolinks

~~Struck out~~ and ~single tilde~ text. Literal autolinks: https://example.org/path?a=1, www.example.org and
cop@example.org.

## Tables with alignment

| Left | Centre | Right | None |
| :--- | :----: | ----: | ---- |
| a    | *b*    | 3     | \`d\`  |
| e    | f      | 6,5   | g \\| h |

## Task lists

- [ ] Open task
- [x] Done task with **bold**
  - [ ] Nested task
- Plain item

1. [x] An ordered task
2. Second

## Footnotes

A claim[^source] and another[^2], the first again[^source].

[^source]: The source, with a [link](https://example.org/source).

[^2]: Second note.

    With a second paragraph.

## Lists, quotes and code

1. First
2. Second
   - nested
   - list

> A quote
>
> - with a list

\`\`\`
code block <not a tag>
\`\`\`

---

## Components

<Callout type="tip" title="A tip">
Inside a callout, with a [link](https://example.org/tip) and ~~strike~~.
</Callout>

<Callout>

A callout with blank lines and a table:

| a | b |
| - | - |
| 1 | 2 |

</Callout>

<Steps>

1. **First step**

   Do this.

2. **Second step**

   - [ ] check this

</Steps>

<Figure src="kaart.png" alt="A map of the district" caption="The district" />

![An image](foto.jpg)

[ref]: https://example.org/reference
`;

const entryFile = pathToFileURL('/kb/content/practices/parity/en.mdx');

// The three components, as the site's components render them (src/components/mdx/), reduced to
// their HTML elements. Figure renders an `src` itself, or else what the pipeline put inside it.
type Props = Record<string, unknown> & { children?: unknown };
/** A component prop as text: props here are the strings an entry writes. */
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const el = (tagName: string, attributes: Record<string, string>, children: ElementContent[]): Element =>
  ({ type: 'element', tagName, properties: {}, children, data: { attributes } }) as Element;
const components = {
  Callout: (p: Props) =>
    el('aside', { 'data-type': text(p['type']) || 'note' }, [
      el('p', {}, [{ type: 'text', value: text(p['title']) }]),
      ...kids(p.children),
    ]),
  Steps: (p: Props) => el('div', { class: 'steps' }, kids(p.children)),
  Figure: (p: Props) =>
    el('figure', {}, [
      ...(p['src'] ? [el('img', { src: text(p['src']), alt: text(p['alt']) }, [])] : kids(p.children)),
      ...(p['caption'] ? [el('figcaption', {}, [{ type: 'text', value: text(p['caption']) }])] : []),
    ]),
};

function kids(children: unknown): ElementContent[] {
  if (children === undefined || children === null || children === false) return [];
  if (Array.isArray(children)) return children.flatMap(kids);
  if (typeof children === 'string') return [{ type: 'text', value: children }];
  return [children as ElementContent];
}

/** A JSX runtime that builds hast, for Sätteri's compiled MDX (HTML attribute names). */
const Fragment = Symbol('Fragment');
function jsx(type: unknown, rawProps: unknown): ElementContent | ElementContent[] {
  const props = rawProps as Props;
  const { children, ...attributes } = props;
  if (type === Fragment) return kids(children);
  if (typeof type === 'function') return (type as (p: Props) => ElementContent)(props);
  const properties: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    properties[name] =
      name === 'style' && typeof value === 'object'
        ? Object.entries(value as Record<string, string>)
            .map(([key, v]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
            .join(';')
        : value === true
          ? true
          : typeof value === 'string' || typeof value === 'number'
            ? String(value)
            : JSON.stringify(value);
  }
  return {
    type: 'element',
    tagName: String(type),
    properties: {},
    children: kids(children),
    data: { attributes: properties },
  } as Element;
}

/** The site's Sätteri pipeline (guard, file and figure steps, labels, scrollable tables), as HTML. */
async function renderWithSatteri(source: string): Promise<string> {
  const module = (await evaluate(source, {
    ...entryPipeline,
    fileURL: entryFile,
    elementAttributeNameCase: 'html',
    Fragment,
    jsx,
    jsxs: jsx,
  })) as { default: (props: { components: typeof components }) => ElementContent | ElementContent[] };
  return serialize(kids(module.default({ components })));
}

/** unified: remark-parse + remark-mdx + remark-gfm + remark-rehype, components as above, as HTML. */
function renderWithUnified(source: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] });
  const tree = processor.runSync(processor.parse(source));
  const convert = (node: HastNodes): ElementContent[] => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const props: Props = { children: node.children.flatMap((child) => convert(child as HastNodes)) };
      for (const attribute of node.attributes)
        if (attribute.type === 'mdxJsxAttribute') props[attribute.name] = attribute.value;
      return [components[node.name as keyof typeof components](props)];
    }
    if (node.type === 'element') {
      const attributes: Record<string, string | boolean> = {};
      const html = toHtml({ ...node, children: [] });
      for (const [, name, value] of html.slice(0, html.indexOf('>')).matchAll(/\s([^\s=>]+)(?:="([^"]*)")?/g))
        attributes[name!] = value === undefined ? true : value.replaceAll('&#x26;', '&');
      return [
        {
          ...node,
          properties: {},
          data: { attributes },
          children: node.children.flatMap((child) => convert(child as HastNodes)),
        } as Element,
      ];
    }
    if (node.type === 'root') return node.children.flatMap((child) => convert(child as HastNodes));
    return [node as ElementContent];
  };
  return serialize(convert(tree));
}

const voidElements = new Set(['img', 'input', 'br', 'hr']);
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** One serialiser for both trees: attributes sorted, as `name` or `name="value"`. */
function serialize(nodes: ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escape(node.value);
      if (node.type !== 'element') return '';
      const attributes = (node.data as { attributes?: Record<string, string | boolean> } | undefined)?.attributes ?? {};
      const written = Object.entries(attributes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`))
        .join('');
      return voidElements.has(node.tagName)
        ? `<${node.tagName}${written}>`
        : `<${node.tagName}${written}>${serialize(node.children)}</${node.tagName}>`;
    })
    .join('');
}

/**
 * What may differ, and why (the accepted differences):
 * - whitespace between tags and line breaks inside text (HTML renders them alike);
 * - boolean data attributes: Sätteri writes `data-footnotes="true"`, remark-rehype `data-footnotes`;
 * - column alignment: remark-rehype writes `align="left"`; an MDX compiler (Sätteri, and
 *   @mdx-js/mdx as well) writes `style="text-align:left"` (the only style attributes the CSP allows);
 * - the site's own additions (removed here, tested below): a scrollable region around each table,
 *   an accessible name on each task checkbox, footnote words in the entry's language.
 */
function normalise(html: string): string {
  return html
    .replace(
      /<div aria-label="[^"]*" class="kb-table-scroll" role="region" tabindex="0">(<table>.*?<\/table>)<\/div>/gs,
      '$1',
    )
    .replace(/(<input) aria-label="[^"]*"/g, '$1')
    .replace(/(aria-label=")Back to the text(")/g, '$1Back to reference$2')
    .replace(/(aria-label="Back to reference) \d+(-\d+)?(")/g, '$1$3')
    .replace(/ (data-footnotes?(?:-ref)?)="true"/g, ' $1')
    .replace(/ align="(left|center|right)"/g, ' style="text-align:$1"')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}

describe('GFM parity of the site (Sätteri) and the share page (unified + remark-gfm)', async () => {
  const satteri = await renderWithSatteri(body);
  const remark = renderWithUnified(body);

  it('renders every construct of the content model the same, up to the documented differences', () => {
    expect(normalise(satteri)).toEqual(normalise(remark));
  });

  it('renders each construct at all (the comparison is not of two empty outputs)', () => {
    const html = normalise(satteri);
    for (const fragment of [
      '<th style="text-align:left">Left</th>',
      '<th style="text-align:center">Centre</th>',
      '<td style="text-align:right">6,5</td>',
      '<td>g | h</td>',
      '<input checked disabled type="checkbox">',
      '<li class="task-list-item"><input disabled type="checkbox"> Open task</li>',
      '<del>Struck out</del>',
      '<del>single tilde</del>',
      '<a href="https://example.org/path?a=1">https://example.org/path?a=1</a>',
      '<a href="http://www.example.org">www.example.org</a>',
      '<a href="mailto:cop@example.org">cop@example.org</a>',
      '<section class="footnotes" data-footnotes>',
      '<a aria-describedby="footnote-label" data-footnote-ref href="#user-content-fn-source" id="user-content-fnref-source">1</a>',
      '<aside data-type="tip"><p>A tip</p>',
      '<aside data-type="note"><p></p><p>A callout with blank lines and a table:</p><table>',
      '<div class="steps"><ol>',
      '<figure><img alt="A map of the district" src="kaart.png"><figcaption>The district</figcaption></figure>',
      '<img alt="An image" src="foto.jpg">',
      '<a href="https://example.org/reference">reference link</a>',
    ]) {
      expect(html).toContain(fragment);
    }
  });

  it('writes column alignment as the exact style attributes the CSP allows, also as static HTML (mdx optimize)', () => {
    // astro.config.mjs: mdx({ optimize: true }) turns static parts into HTML strings as Sätteri writes them.
    const { code } = mdxToJs(body, {
      ...entryPipeline,
      fileURL: entryFile,
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
    const styles = [...code.matchAll(/style=\\"([^"\\]*)\\"/g)].map((match) => match[1]);
    expect(styles.length).toBeGreaterThan(0);
    expect([...new Set(styles)].sort()).toEqual(['text-align:center', 'text-align:left', 'text-align:right']);
  });

  it('adds what the site adds: scrollable tables, named checkboxes, footnote words', () => {
    expect(
      satteri.match(
        /<div aria-label="Table \(scrolls sideways\)" class="kb-table-scroll" role="region" tabindex="0"><table>/g,
      ),
    ).toHaveLength(2);
    expect(satteri).toContain('<input aria-label="Open task" disabled type="checkbox">');
    expect(satteri).toContain('<input aria-label="Done task with bold" checked disabled type="checkbox">');
    expect(satteri).toContain('<input aria-label="Nested task" disabled type="checkbox">');
    expect(satteri).toContain('<input aria-label="check this" disabled type="checkbox">');
    expect(satteri).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(satteri).toContain('aria-label="Back to the text"');
  });
});
