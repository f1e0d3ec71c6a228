import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { runNode } from './helpers/run.ts';

// A build of a synthetic corpus (the benchmark's generator) large enough for paged listings.
describe('a knowledge base larger than one page of entries', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-paged-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let build: ReturnType<typeof runNode>;
  beforeAll(async () => {
    await generateCorpus(120, join(root, 'content'));
    build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: join(root, 'content'),
      KB_OUT_DIR: join(root, 'dist'),
      KB_CACHE_DIR: join(root, 'cache'),
    });
  });
  const html = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
  // The listing's own cards: a theme page shows a few open questions above them.
  const cards = (page: string) =>
    (page.slice(page.indexOf('class="kb-listing"')).match(/<li class="kb-card"/g) ?? []).length;

  it('passes the content check and builds', () => {
    expect(build.output).not.toContain('content problem');
    expect(build.status).toBe(0);
  });

  it('splits a kind listing into pages of 48 that lead to each other', () => {
    const first = html('nl/practices');
    const second = html('nl/practices/page/2');
    expect(cards(first)).toBe(48);
    expect(cards(second)).toBeGreaterThan(0);
    expect(first).toMatch(/<a href="\/nl\/practices\/page\/2\/" rel="next"[^>]*>Volgende pagina<\/a>/);
    expect(second).toMatch(/<a href="\/nl\/practices\/" rel="prev"[^>]*>Vorige pagina<\/a>/);
  });

  it('sends the filters of a long listing to the search page instead of filtering one page', () => {
    const first = html('uk/practices');
    expect(first).not.toContain('class="kb-filters');
    // Filters in the address are ids, the same in every language.
    expect(first).toContain('href="/uk/search/?kind=practice"');
  });

  it('never puts more than 48 entries on a listing page', () => {
    const listings = ['nl/themes/housing', 'nl/themes/economy', 'nl/themes/services', 'nl/guides', 'nl/cases'];
    for (const path of listings) expect(cards(html(path)), path).toBeLessThanOrEqual(48);
    const municipalities = readdirSync(join(root, 'dist/nl/municipalities'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    for (const { name } of municipalities)
      expect(cards(html(`nl/municipalities/${name}`)), name).toBeLessThanOrEqual(48);
  });
});
