import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseForPage, renderBodyTree, renderEntryBody } from '../../src/mdx/render-entry-body.ts';
import { fixtureCopy, runNode } from './helpers/run.ts';

const frontmatter = (title: string) =>
  `---\ntitle: ${title}\nsummary: Deze bijdrage probeert code uit te voeren tijdens de build van de site.\nthemes: [housing]\npublished: 2026-05-01\n---\n\n`;

/** A valid tree plus entries that would leave a marker file behind if any of their code ran. */
function hostileTree() {
  const root = fixtureCopy('valid');
  const marker = join(root, 'code-ran');
  const write = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(`${marker}-${name}`)}, 'x')`;
  const files = {
    'practices/aanval-import/nl.mdx': `${frontmatter('Import')}import fs from 'node:fs'\n\nexport const x = fs.writeFileSync(${JSON.stringify(`${marker}-import`)}, 'x')\n`,
    'practices/aanval-expressie/nl.mdx': `${frontmatter('Expressie')}Tekst {process.exit(1)} en {${write('expression')}}\n`,
    'practices/aanval-script/nl.mdx': `${frontmatter('Script')}<script>{${write('script')}}</script>\n\n<Callout onClick="alert(1)">x</Callout>\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return {
    root,
    content: join(root, 'content'),
    marker,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

describe('entries with code in them', () => {
  const tree = hostileTree();
  afterAll(tree.cleanup);
  const markers = () => ['import', 'expression', 'script'].filter((name) => existsSync(`${tree.marker}-${name}`));

  it('are rejected by the check, which names file and line, and none of their code runs', () => {
    const { status, stderr } = runNode(['scripts/check-content.ts', '--root', tree.content]);
    expect(status).toBe(1);
    const lines = stderr
      .split('\n')
      .filter((line) => line.includes('aanval-'))
      .map((line) => line.replace(/^.*\/content\//, ''));
    expect(lines).toEqual([
      'practices/aanval-expressie/nl.mdx:8:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
      expect.stringMatching(
        /^practices\/aanval-expressie\/nl\.mdx:8:28: JavaScript expression \{require\('node:fs'\)\.writeFileSync\(.*\} is not allowed/,
      ),
      'practices/aanval-import/nl.mdx:8:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure, Lang) without imports',
      'practices/aanval-import/nl.mdx:10:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure, Lang) without imports',
      'practices/aanval-script/nl.mdx:8:1: <script> is not allowed in entries',
      expect.stringMatching(/^practices\/aanval-script\/nl\.mdx:8:9: JavaScript expression \{require/),
      'practices/aanval-script/nl.mdx:10:1: <Callout>: event handler onClick is not allowed',
    ]);
    expect(markers()).toEqual([]);
  });

  it('stop the site build with the same problems, and none of their code runs', () => {
    const { status, output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: tree.content,
      KB_OUT_DIR: join(tree.root, 'dist'),
      KB_CACHE_DIR: join(tree.root, 'cache'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('The content check found 7 problem(s)');
    expect(output).toContain('aanval-import/nl.mdx:8:1: import/export statements are not allowed');
    expect(existsSync(join(tree.root, 'dist'))).toBe(false);
    expect(markers()).toEqual([]);
  });

  it('are stopped by the page renderer too, which never turns a body into code', () => {
    const place = { collection: 'practices', slug: 'p', lang: 'nl', file: 'practices/p/nl.mdx' } as const;
    expect(() => renderEntryBody('Hallo {process.exit(1)}', place)).toThrow(
      'Entry breaks the MDX rules of the content model:\npractices/p/nl.mdx:1:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
    );
    // The second reading, on the tree the page is rendered from, without the check's reading
    // before it (as if the page's parser read the text differently): it stops too.
    for (const [hostile, message] of [
      ['Hallo {process.exit(1)}', 'practices/p/nl.mdx:1:7: JavaScript expressions are not allowed'],
      ['import x from "y"', 'practices/p/nl.mdx:1:1: import/export statements are not allowed'],
      ['<Callout onClick="x">a</Callout>', 'practices/p/nl.mdx:1:1: <Callout>: event handler onClick is not allowed'],
      ['<Iframe />', 'practices/p/nl.mdx:1:1: <Iframe> is not allowed'],
      ['<script>{1}</script>', 'practices/p/nl.mdx:1:1: <script> is not allowed'],
      ['[a](javascript:alert(1))', 'practices/p/nl.mdx:1:1: link "javascript:alert(1)" is not allowed'],
      ['![a](javascript:alert(1))', 'practices/p/nl.mdx:1:1: link "javascript:alert(1)" is not allowed'],
    ]) {
      expect(() => renderBodyTree(parseForPage(hostile!, 'nl'), place), hostile).toThrow(message);
    }
    // A clean body renders, and none of it is code.
    expect(renderEntryBody('Hallo *wereld*', place).html).toBe('<p>Hallo <em>wereld</em></p>');
  });
});

/**
 * The content check bypassed (KB_SKIP_CHECK=1, tests only): the page renderer in the content loader must
 * stop the build by itself. One build per attack, each on the valid fixture plus that one entry, so
 * that every kind is shown to stop the build, not only the first one the build happens to reach.
 */
describe('with the content check bypassed, the build itself', () => {
  const marker = (root: string, name: string) => join(root, `code-ran-${name}`);
  const write = (root: string, name: string) =>
    `require('node:fs').writeFileSync(${JSON.stringify(marker(root, name))}, 'x')`;
  const nested = Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth + 1}`).join('\n');
  const attacks: [string, (root: string) => string, string][] = [
    [
      'import',
      (root) =>
        `import fs from 'node:fs'\n\nexport const x = fs.writeFileSync(${JSON.stringify(marker(root, 'import'))}, 'x')\n`,
      ':8:1: import/export statements are not allowed',
    ],
    ['expression', (root) => `Tekst {${write(root, 'expression')}}\n`, ':8:7: JavaScript expression {require'],
    ['script', (root) => `<script>{${write(root, 'script')}}</script>\n`, ':8:1: <script> is not allowed in entries'],
    [
      'handler',
      () => '<Callout onClick="alert(1)">x</Callout>\n',
      ':8:1: <Callout>: event handler onClick is not allowed',
    ],
    ['javascript-link', () => '[Klik hier](javascript:alert(1))\n', ':8:1: link "javascript:alert(1)" is not allowed'],
    [
      'unknown-component',
      () => '<Iframe src="https://evil.example/" />\n',
      ':8:1: <Iframe> is not allowed; use Markdown or one of the components',
    ],
    [
      'image-description',
      () =>
        readFileSync('tests/fixtures/hostile/practices/sec-image-alt/nl.mdx', 'utf8').replace(/^---[\s\S]*?---\n+/, ''),
      ':8:1: an image description ![…] may hold plain text only',
    ],
    ['deep-nesting', () => `${nested}\n`, ':24:33: nesting too deep (more than 32 levels)'],
    [
      'crowded-line',
      () => `${'> '.repeat(40)}diep\n`,
      ':8:1: nesting too deep (40 lists or quotes opened on one line)',
    ],
  ];
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it.each(attacks)(
    'stops on %s, names file and line, writes no page and runs none of its code',
    (name, body, expected) => {
      const root = fixtureCopy('valid');
      roots.push(root);
      const path = join(root, 'content', `practices/aanval-${name}/nl.mdx`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${frontmatter(name)}${body(root)}`);
      const dist = join(root, 'dist');
      const { status, output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
        KB_CONTENT_DIR: join(root, 'content'),
        KB_OUT_DIR: dist,
        KB_CACHE_DIR: join(root, 'cache'),
        KB_SKIP_CHECK: '1',
      });
      expect(output).toContain('KB_SKIP_CHECK=1: the content check is skipped');
      expect(output).not.toContain('The content check found');
      expect(status, output).not.toBe(0);
      expect(output).toContain('Entry breaks the MDX rules of the content model');
      expect(output).toContain(`practices/aanval-${name}/nl.mdx${expected}`);
      expect(readdirSync(root).filter((file) => file.startsWith('code-ran'))).toEqual([]);
      const pages = existsSync(dist)
        ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
        : [];
      expect(pages).toEqual([]);
    },
  );

  it('builds the same fixture without the attack (the stop above is the renderer, not the bypass)', () => {
    const root = fixtureCopy('valid');
    roots.push(root);
    const { status, output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: join(root, 'content'),
      KB_OUT_DIR: join(root, 'dist'),
      KB_CACHE_DIR: join(root, 'cache'),
      KB_SKIP_CHECK: '1',
    });
    expect(status, output).toBe(0);
    expect(existsSync(join(root, 'dist/nl/index.html'))).toBe(true);
  });
});
