// GFM parity: the site renders entries with Sätteri (src/mdx/render-entry-body.ts), the share page
// checks them in the browser with unified + remark-gfm (src/mdx/parse-entry-body-in-browser.ts).
// Every construct the content model allows must come out the same from both engines: both trees go
// through the site's own rendering (renderBodyTree), so only the engines' reading is compared.
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderBodyTree, renderEntryBody, type BodyPlace } from '../../src/mdx/render-entry-body.ts';

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

const place: BodyPlace = { collection: 'practices', slug: 'parity', lang: 'en', file: 'practices/parity/en.mdx' };

/** unified: remark-parse + remark-mdx + remark-gfm + remark-rehype, the components passed through. */
function unifiedTree(source: string): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] });
  return processor.runSync(processor.parse(source));
}

/** Attributes in name order, so that two writers of the same element compare equal. */
function sortAttributes(html: string): string {
  return html.replace(
    /<([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g,
    (_, tag: string, attributes: string) => {
      const sorted = [...attributes.matchAll(/\s+([^\s=>/]+(?:="[^"]*")?)/g)].map((match) => match[1]!).sort();
      return `<${tag}${sorted.map((attribute) => ` ${attribute}`).join('')}>`;
    },
  );
}

/**
 * What may differ, and why (the accepted differences):
 * - whitespace between tags and line breaks inside text (HTML renders them alike);
 * - boolean data attributes: Sätteri writes `data-footnotes="true"`, remark-rehype `data-footnotes`;
 * - column alignment: remark-rehype writes `align="left"`, Sätteri `style="text-align:left"` (the
 *   only style attributes the CSP allows);
 * - footnote words: the site's renderer asks Sätteri for them in the entry's language, remark-rehype
 *   writes its English defaults.
 */
function normalise(html: string): string {
  return sortAttributes(html)
    .replace(/(aria-label=")Back to the text(")/g, '$1Back to reference$2')
    .replace(/(aria-label="Back to reference) \d+(-\d+)?(")/g, '$1$3')
    .replace(/ (data-footnotes?(?:-ref)?)="true"/g, ' $1')
    .replace(/ align="(left|center|right)"/g, ' style="text-align:$1"')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}

describe('GFM parity of the site (Sätteri) and the share page (unified + remark-gfm)', () => {
  const satteri = renderEntryBody(body, place);
  const remark = renderBodyTree(unifiedTree(body), place);

  it('renders every construct of the content model the same, up to the documented differences', () => {
    expect(normalise(satteri.html)).toEqual(normalise(remark.html));
    expect(satteri.images).toEqual(remark.images);
  });

  it('renders each construct at all (the comparison is not of two empty outputs)', () => {
    const html = normalise(satteri.html);
    for (const fragment of [
      '<th style="text-align:left">Left</th>',
      '<th style="text-align:center">Centre</th>',
      '<td style="text-align:right">6,5</td>',
      '<td>g | h</td>',
      '<del>Struck out</del>',
      '<del>single tilde</del>',
      '<a href="https://example.org/path?a=1">https://example.org/path?a=1</a>',
      '<a href="http://www.example.org">www.example.org</a>',
      '<a href="mailto:cop@example.org">cop@example.org</a>',
      '<section class="footnotes" data-footnotes>',
      '<a aria-describedby="footnote-label" data-footnote-ref href="#user-content-fn-source" id="user-content-fnref-source">1</a>',
      '<aside aria-label="A tip" class="kb-callout kb-callout--tip"><p class="kb-callout__title">A tip</p>',
      '<aside aria-label="Note" class="kb-callout kb-callout--note"><p class="kb-callout__title">Note</p><p>A callout with blank lines and a table:</p><div',
      '<div class="kb-steps"><ol>',
      '<figure class="kb-figure"><!--kb-image:0--><figcaption>The district</figcaption></figure>',
      '<p><!--kb-image:1--></p>',
      '<a href="https://example.org/reference">reference link</a>',
      '<h2 id="tables-with-alignment">Tables with alignment</h2>',
    ]) {
      expect(html).toContain(fragment);
    }
    expect(satteri.images).toEqual([
      { src: './kaart.png', alt: 'A map of the district' },
      { src: './foto.jpg', alt: 'An image' },
    ]);
  });

  it('writes column alignment only as the exact style attributes the CSP allows', () => {
    const styles = [...satteri.html.matchAll(/style="([^"]*)"/g)].map((match) => match[1]);
    expect(styles.length).toBeGreaterThan(0);
    expect([...new Set(styles)].sort()).toEqual(['text-align:center', 'text-align:left', 'text-align:right']);
  });

  it('adds what the site adds: scrollable tables, named checkboxes, footnote words', () => {
    const html = sortAttributes(satteri.html);
    expect(
      html.match(
        /<div aria-label="Table \(scrolls sideways\)" class="kb-table-scroll" role="region" tabindex="0"><table>/g,
      ),
    ).toHaveLength(2);
    expect(html).toContain('<input aria-label="Open task" disabled type="checkbox">');
    expect(html).toContain('<input aria-label="Done task with bold" checked disabled type="checkbox">');
    expect(html).toContain('<input aria-label="Nested task" disabled type="checkbox">');
    expect(html).toContain('<input aria-label="check this" disabled type="checkbox">');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(html).toContain('aria-label="Back to the text"');
  });
});
