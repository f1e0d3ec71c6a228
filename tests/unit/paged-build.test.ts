import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
  let basePathBuild: ReturnType<typeof runNode>;
  beforeAll(async () => {
    await generateCorpus(120, join(root, 'content'), { source: 'tests/fixtures/site' });
    const env = (dist: string) => ({
      KB_CONTENT_DIR: join(root, 'content'),
      KB_OUT_DIR: join(root, dist),
      KB_CACHE_DIR: join(root, 'cache'),
    });
    build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], env('dist'));
    // The same corpus as a GitHub Pages project site, under /kb/.
    basePathBuild = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      ...env('dist-kb'),
      SITE_URL: 'https://kennisbank.example.org/kb/',
    });
  }, 120_000);
  const html = (path: string, dist = 'dist') => readFileSync(join(root, dist, path, 'index.html'), 'utf8');
  /** The address of a link with this rel on a page, if it has one. */
  const link = (page: string, rel: 'prev' | 'next') => page.match(new RegExp(`<a href="([^"]+)" rel="${rel}"`))?.[1];
  /**
   * Follows a listing's "next" links from its first page to its last; every page links back to
   * the one before it. Returns the addresses and the number of cards on each page.
   */
  const walk = (first: string, dist: string, base: string) => {
    const pages: { address: string; cards: number; page: string }[] = [];
    for (let address: string | undefined = first; address;) {
      const page = html(address.slice(base.length), dist);
      expect(link(page, 'prev'), address).toBe(pages.at(-1)?.address);
      pages.push({ address, cards: cards(page), page });
      address = link(page, 'next');
      expect(pages.length).toBeLessThan(10);
    }
    return pages;
  };
  /** The number of entries a listing says it has. */
  const total = (page: string) => Number(page.match(/<strong[^>]*>(\d+) /)?.[1]);
  // The listing's own cards: a theme page shows a few open questions above them.
  const cards = (page: string) =>
    (page.slice(page.indexOf('class="kb-listing"')).match(/<li class="kb-card"/g) ?? []).length;

  it('passes the content check and builds', () => {
    expect(build.output).not.toContain('content problem');
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(basePathBuild.status, basePathBuild.output.slice(-3000)).toBe(0);
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

  it('puts every entry of a listing on exactly one of its pages, at page/<n>/ below its address', () => {
    for (const [dist, base] of [
      ['dist', '/'],
      ['dist-kb', '/kb/'],
    ] as const) {
      for (const listing of ['nl/practices/', 'uk/themes/housing/', 'en/themes/economy/']) {
        const pages = walk(`${base}${listing}`, dist, base);
        expect(pages.length, listing).toBeGreaterThan(1);
        expect(
          pages.map(({ address }) => address),
          listing,
        ).toEqual(pages.map((_, i) => `${base}${listing}${i === 0 ? '' : `page/${i + 1}/`}`));
        expect(pages.slice(0, -1).every((page) => page.cards === 48)).toBe(true);
        expect(
          pages.reduce((sum, page) => sum + page.cards, 0),
          listing,
        ).toBe(total(pages[0]!.page));
        expect(existsSync(join(root, dist, listing, `page/${pages.length + 1}`))).toBe(false);
      }
    }
  });

  it('names the page in the title and links each page to the same page in the other languages', () => {
    const second = html('uk/practices/page/2', 'dist-kb');
    expect(second).toMatch(/<title>Добрі практики \(2\/\d\) \|/);
    expect(second).toMatch(/<span[^>]*>Сторінка 2 з \d<\/span>/);
    for (const lang of ['nl', 'uk', 'en'])
      expect(second).toContain(
        `<link rel="alternate" hreflang="${lang}" href="https://kennisbank.example.org/kb/${lang}/practices/page/2/">`,
      );
    // The open questions of a theme stand above its first page only.
    expect(html('nl/themes/housing')).toContain('class="kb-open-questions"');
    expect(html('nl/themes/housing/page/2')).not.toContain('class="kb-open-questions"');
  });

  it('lists the pages in the sitemap', () => {
    const sitemap = readFileSync(join(root, 'dist-kb', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://kennisbank.example.org/kb/nl/practices/page/2/</loc>');
    expect(sitemap).toContain('<loc>https://kennisbank.example.org/kb/uk/themes/housing/page/2/</loc>');
  });
});
