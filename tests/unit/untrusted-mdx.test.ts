import { compile } from '@mdx-js/mdx';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkEntryGuard } from '../../src/mdx/remark-entry-guard.ts';
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
  return { root, content: join(root, 'content'), marker, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

describe('entries with code in them', () => {
  const tree = hostileTree();
  afterAll(tree.cleanup);
  const markers = () => ['import', 'expression', 'script'].filter((name) => existsSync(`${tree.marker}-${name}`));

  it('are rejected by the check, which names file and line, and none of their code runs', () => {
    const { status, stderr } = runNode(['scripts/check-content.ts', '--root', tree.content]);
    expect(status).toBe(1);
    const lines = stderr.split('\n').filter((line) => line.includes('aanval-')).map((line) => line.replace(/^.*\/content\//, ''));
    expect(lines).toEqual([
      'practices/aanval-expressie/nl.mdx:8:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
      expect.stringMatching(/^practices\/aanval-expressie\/nl\.mdx:8:28: JavaScript expression \{require\('node:fs'\)\.writeFileSync\(.*\} is not allowed/),
      'practices/aanval-import/nl.mdx:8:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure) without imports',
      'practices/aanval-import/nl.mdx:10:1: import/export statements are not allowed; the site provides the components (Callout, Steps, Figure) without imports',
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

  it('are stopped inside the MDX pipeline too, before they become a module', async () => {
    await expect(compile({ path: 'nl.mdx', value: 'Hallo {process.exit(1)}' }, { remarkPlugins: [remarkEntryGuard] })).rejects.toThrow(
      'Entry breaks the MDX rules of the content model:\nnl.mdx:1:7: JavaScript expression {process.exit(1)} is not allowed; write \\{ for a literal brace',
    );
  });
});
