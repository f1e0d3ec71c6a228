import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionNames, collections } from '../../src/content-model.ts';
import { fixtureCopy, runNode } from './helpers/run.ts';

const build = (root: string) =>
  runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
    KB_CONTENT_DIR: join(root, 'content'),
    KB_OUT_DIR: join(root, 'dist'),
    KB_CACHE_DIR: join(root, 'cache'),
  });

describe('the site build', () => {
  const valid = fixtureCopy('valid');
  const broken = fixtureCopy('valid', {
    'practices/kapot/nl.mdx': '---\ntitle: Kapot\nthemse: [housing]\n---\n\nTekst.\n',
  });
  afterAll(() => [valid, broken].forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('builds a valid tree, leaving drafts out and publishing the attachments', () => {
    const { status, output } = build(valid);
    expect(output).not.toContain('content problem');
    expect(status).toBe(0);
    expect(existsSync(join(valid, 'dist/nl/practices/goede-praktijk/index.html'))).toBe(true);
    expect(existsSync(join(valid, 'dist/uk/practices/goede-praktijk/index.html'))).toBe(true);
    expect(existsSync(join(valid, 'dist/nl/practices/concept'))).toBe(false);
    expect(readFileSync(join(valid, 'dist/files/practices/goede-praktijk/plan.pdf'), 'utf8')).toContain('%PDF');
    const practice = readFileSync(join(valid, 'dist/nl/practices/goede-praktijk/index.html'), 'utf8');
    expect(practice).toContain('<a href="/files/practices/goede-praktijk/plan.pdf">plan</a>');
    expect(practice).toMatch(/<a href="\/files\/practices\/goede-praktijk\/plan.pdf"[^>]*>Plan van aanpak<\/a>/);
    // Beside an event as beside an entry: the file is published and its page links it.
    expect(readFileSync(join(valid, 'dist/files/events/webinar-terugkeer/programma.pdf'), 'utf8')).toContain('%PDF');
    expect(readFileSync(join(valid, 'dist/nl/events/webinar-terugkeer/index.html'), 'utf8')).toMatch(
      /<a href="\/files\/events\/webinar-terugkeer\/programma.pdf"[^>]*>Programma van het webinar<\/a>/,
    );
    const html = readFileSync(join(valid, 'dist/nl/guides/handreiking/index.html'), 'utf8');
    expect(html).toContain('<html lang="nl"');
    expect(html).toMatch(/<div class="kb-steps"[^>]*><ol>/);
  });

  it('builds a knowledge base that has no entries yet (themes, municipalities and organisations only)', () => {
    const empty = fixtureCopy('valid');
    // Every folder of texts the content model has (src/content-model.ts), so a new kind is removed too.
    for (const folder of collectionNames.filter((name) => collections[name].kind !== 'data'))
      rmSync(join(empty, 'content', folder), { recursive: true, force: true });
    try {
      const { status, output } = build(empty);
      expect(output).not.toMatch(/ERROR|content problem/);
      expect(status).toBe(0);
      expect(existsSync(join(empty, 'dist/nl/index.html'))).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('fails on a broken entry and lists its problems', () => {
    const { status, output } = build(broken);
    expect(status).not.toBe(0);
    expect(output).toContain('The content check found 4 problem(s)');
    expect(output).toContain('practices/kapot/nl.mdx: themse: unknown field; did you mean "themes"?');
    expect(output).toContain('practices/kapot/nl.mdx: summary: is required; expected text');
  });
});
