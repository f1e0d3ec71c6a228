import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxSource } from '../../src/content-check/frontmatter.ts';
import { findMdxViolations } from '../../src/mdx/entry-rules.ts';
import { scanSimpleBody } from '../../src/mdx/fast-scan.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';

const options = { fileExists: (path: string) => path === 'kaart.png' };
const full = (body: string) => {
  try {
    return findMdxViolations(parseEntryBody(body), options).map((v) => `${v.line}: ${v.message}`);
  } catch (error) {
    return [`syntax error: ${(error as Error).message}`];
  }
};
const fast = (body: string) => scanSimpleBody(body, options)?.map((v) => `${v.line}: ${v.message}`);

const simple = [
  'Tekst.\n\n<Callout type="tip">\nEen tip.\n</Callout>\n',
  '<Callout type="warning" title="Let op">\nx\n</Callout>',
  '<Steps>\n\n1. Een\n2. Twee\n\n</Steps>\n',
  '<Steps>\n1. Direct na de tag\n</Steps>',
  '<Figure src="kaart.png" alt="Kaart" caption="Onderschrift" />',
  '<Figure src="ontbreekt.png" />',
  '<Video src="film.mp4" />',
  '<script>\nalert(1)\n</script>',
  '<div onClick="steal()">\nx\n</div>',
  '<Callout kind="a" onMouseOver="x()">\ny\n</Callout>',
  '<Steps start="2">\n\n1. a\n\n</Steps>',
  '## Kop\n\n<Callout>\n- lijst\n- met **nadruk**\n</Callout>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
];
const notSimple = [
  'Tekst <Callout>binnen</Callout> een zin.',
  '<Callout>\nNooit gesloten.\n',
  '</Callout>\n',
  '  <Callout>\n  ingesprongen\n  </Callout>',
  'Een {expressie}.',
  "import x from 'y'\n\nTekst.",
  '<!-- commentaar -->',
  '<https://example.org>',
  'Zie [link](https://example.org) en <Callout>\nx\n</Callout>',
  '```\n<Callout>\n```',
  '<Callout title={titel}>\nx\n</Callout>',
  '3 <4 en a<b',
];

describe('the quick scan of simple bodies', () => {
  for (const body of simple) {
    it(`agrees with the full MDX parse on ${JSON.stringify(body.slice(0, 40))}`, () => {
      expect(fast(body)).toBeDefined();
      expect(fast(body)).toEqual(full(body));
    });
  }

  for (const body of notSimple) {
    it(`leaves ${JSON.stringify(body.slice(0, 40))} to the full parse`, () => {
      expect(fast(body)).toBeUndefined();
    });
  }

  it('agrees with the full parse on every body of the example content and the fixtures', () => {
    const bodies: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, name.name);
        if (name.isDirectory()) walk(path);
        else if (name.name.endsWith('.mdx')) bodies.push(parseMdxSource(readFileSync(path, 'utf8')).body);
      }
    };
    ['content', 'tests/fixtures', 'scripts/templates'].forEach(walk);
    let scanned = 0;
    for (const body of bodies) {
      const quick = fast(body);
      if (quick === undefined) continue;
      scanned++;
      expect(quick).toEqual(full(body));
    }
    expect(scanned).toBeGreaterThan(10);
  });
});
