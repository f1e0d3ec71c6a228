import { describe, expect, it } from 'vitest';
import { findMdxViolations } from '../../src/mdx/entry-rules.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';
import { parseEntryBodyInBrowser } from '../../src/mdx/parse-entry-body-in-browser.ts';

// The check parses with Sätteri, the share page in the browser with remark-mdx: every rule must
// give the same answer through both.
describe.each([
  ['Sätteri (the check)', parseEntryBody],
  ['remark-mdx (the share page)', parseEntryBodyInBrowser],
])('MDX rules, parsed by %s', (_name, parse) => {
  const violations = (body: string, files: string[] = []) =>
    findMdxViolations(parse(body), { fileExists: (path) => files.includes(path), source: body }).map(
      (v) => `${v.line}:${v.column}: ${v.message}`,
    );

  it('accepts Markdown with GFM tables, task lists, footnotes and the allowlisted components', () => {
    const body = [
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- [ ] task',
      '',
      'Text.[^1]',
      '',
      '[^1]: Note.',
      '',
      '<Callout type="caution" title="Let op">Tekst</Callout>',
      '',
      '<Steps>',
      '',
      '1. Step',
      '',
      '</Steps>',
      '',
      '<Figure src="kaart.png" alt="Kaart" caption="Onderschrift" />',
      '',
      '[mail](mailto:team@example.org), [web](https://example.org), [plan](./plan.pdf), [elders](/nl/), [anker](#top)',
    ].join('\n');
    expect(violations(body, ['kaart.png', 'plan.pdf'])).toEqual([]);
  });

  it('rejects import and export statements', () => {
    expect(violations("import fs from 'node:fs'\n\nexport const x = 1")).toEqual([
      '1:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure, Lang) without imports',
      '3:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure, Lang) without imports',
    ]);
  });

  it('rejects JavaScript expressions in text and as blocks', () => {
    expect(violations('Text {1 + 1}.\n\n{process.exit(1)}')).toEqual([
      '1:6: JavaScript expression {1 + 1} is not allowed; write \\{ for a literal brace',
      '3:1: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
    ]);
  });

  it('rejects script elements in any case', () => {
    expect(violations('<script>alert(1)</script>\n\n<SCRIPT src="x.js" />')).toEqual([
      '1:1: <script> is not allowed in entries',
      '3:1: <script> is not allowed in entries',
    ]);
  });

  it('rejects inline event handlers, attribute expressions and spreads on allowed components', () => {
    expect(violations('<Callout onMouseOver="x()" title={t} {...props}>Hi</Callout>')).toEqual([
      '1:1: <Callout>: event handler onMouseOver is not allowed',
      '1:1: <Callout>: title must be a plain string in double quotes, e.g. title="…"',
      '1:1: <Callout>: attribute expressions {...props} are not allowed',
    ]);
  });

  it('rejects HTML elements, unknown components and fragments', () => {
    expect(violations('<div>x</div>\n\n<Tabs />\n\n<>y</>')).toEqual([
      '1:1: <div> is not allowed; use Markdown or one of the components Callout, Steps, Figure, Lang',
      '3:1: <Tabs> is not allowed; use Markdown or one of the components Callout, Steps, Figure, Lang',
      '5:1: fragments <>…</> are not allowed; use Markdown or one of the components Callout, Steps, Figure, Lang',
    ]);
  });

  it('checks attribute names, values and required attributes of components', () => {
    expect(
      violations(
        '<Callout kind="tip" type="danger">x</Callout>\n\n<Steps start="2">\n\n1. a\n\n</Steps>\n\n<Figure alt="x" />',
      ),
    ).toEqual([
      '1:1: <Callout> has no attribute kind; expected one of type, title',
      '1:1: <Callout>: type="danger" is not allowed; expected one of note, tip, caution',
      '3:1: <Steps> has no attribute start; expected no attributes',
      '9:1: <Figure> needs the attribute src="…"',
    ]);
  });

  it('rejects links with other schemes and files that are not in the entry folder', () => {
    expect(violations('[a](javascript:alert(1)) [b](data:text/html,x) ![c](ontbreekt.png)\n\n[d]: vbscript:x')).toEqual(
      [
        '1:1: link "javascript:alert(1)" is not allowed; expected https://, http://, mailto: or a relative link',
        '1:26: link "data:text/html,x" is not allowed; expected https://, http://, mailto: or a relative link',
        '1:48: "ontbreekt.png" not found in the entry folder',
        '3:1: link "vbscript:x" is not allowed; expected https://, http://, mailto: or a relative link',
      ],
    );
  });

  it('names a relative link with a broken %-escape instead of crashing on it', () => {
    expect(violations('[a](plan%E0%A4%A.pdf) ![b](foto%zz.png) [c](https://example.org/%zz)', ['plan.pdf'])).toEqual([
      '1:1: link "plan%E0%A4%A.pdf" has a % that starts no valid escape; write %25 for a literal %',
      '1:23: link "foto%zz.png" has a % that starts no valid escape; write %25 for a literal %',
    ]);
  });

  it('rejects relative links that leave the entry folder, also written with %-escapes or backslashes', () => {
    expect(
      violations('[a](../../../../etc/passwd) [b](%2e%2e/andere/plan.pdf) ![c](..\\foto.png) [d](plan.pdf)', [
        'plan.pdf',
        '../andere/plan.pdf',
      ]),
    ).toEqual([
      '1:1: link "../../../../etc/passwd" leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…',
      '1:29: link "%2e%2e/andere/plan.pdf" leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…',
      '1:57: link "..\\foto.png" leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…',
    ]);
  });

  it('rejects a Figure whose file is outside the entry folder, whether that file exists or not', () => {
    expect(violations('<Figure src="../andere/plan.png" alt="Plan" />', ['../andere/plan.png'])).toEqual([
      '1:1: <Figure>: src="../andere/plan.png" leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…',
    ]);
  });

  it('accepts escaped braces and angle brackets as text', () => {
    expect(violations('Een \\{ accolade \\} en 3 \\< 4.')).toEqual([]);
  });
});
