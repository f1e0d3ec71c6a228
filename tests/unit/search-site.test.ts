import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { chromiumArgs, findChromium } from '../e2e/browser.ts';
import { runNode } from './helpers/run.ts';

// The search page of a site built from tests/fixtures/search/ (see its README): each entry holds one
// form of the words searched for here in other forms.
describe('search on a built site', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-search-'));
  const dist = join(root, 'dist');
  const build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
    KB_CONTENT_DIR: 'tests/fixtures/search',
    KB_OUT_DIR: dist,
    KB_CACHE_DIR: join(root, 'cache'),
  });
  let server: { url: string; stop: () => void };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist(dist);
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** Searches on a language's search page; returns the entries listed, those of other languages marked with their lang. */
  async function search(lang: string, query: string) {
    await page.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-kb-search][data-state="done"]').waitFor();
    const listed = (selector: string) =>
      page.locator(selector).evaluateAll((items) =>
        items.map((item) => {
          const href = item.querySelector('a')?.getAttribute('href') ?? '';
          return item.getAttribute('lang') ? `${item.getAttribute('lang')}:${href}` : href;
        }),
      );
    return {
      results: await listed('.kb-search__results:not(.kb-search__others *) > .kb-result'),
      others: await listed('.kb-search__others .kb-result'),
      status: (await page.getByRole('status').textContent()) ?? '',
    };
  }

  const entry = (slug: string, lang = 'uk') => `/${lang}/practices/${slug}/`;
  /** The entries among results: municipality profiles and themes are found by their names and descriptions too. */
  const entriesOf = (results: string[]) => results.filter((url) => !/\/(?:themes|municipalities)\//u.test(url));
  const building = entry('dopomoha-v-novomu-budynku');
  const working = entry('yak-my-pratsiuvaly');
  const bus = entry('avtobus-dlia-sil');

  it('builds, with the search index and the Ukrainian word table', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/indexed \d+ en, \d+ nl, \d+ uk pages; \d+ Ukrainian lemmas/);
  });

  // Each kind of paradigm that a stemmed prefix cannot express: consonant alternation, fleeting
  // vowel, і/о alternation, the locative of a place name, verb forms, і/е in a plural stem.
  for (const [query, expected] of [
    ['підтримка', building], // the entry says «підтримці»
    ['будинок', building], // «будинку»
    ['переселенець', building], // «переселенців»
    ['рік', working], // «року»
    ['роки', working],
    ['Київ', working], // «Києві»
    ['працюють', working], // «працювали»
    ['працювати', working],
    ['села', bus], // «сіл»
    ['шкіл', bus], // «школах»
    ['дорога', bus], // «дорозі»
  ] as const) {
    it(`«${query}» finds the entry that holds another form of the word, and only that entry`, async () => {
      expect(entriesOf((await search('uk', query)).results)).toEqual([expected]);
    });
  }

  it('highlights the form the entry holds when a Ukrainian query finds it through the lemma', async () => {
    await search('uk', 'будинок');
    // Pagefind's way: the word as the text splits it, with its punctuation. (The housing theme, whose
    // description says «будинків», comes after the entry.)
    expect(await page.locator('.kb-result').first().locator('.kb-result__excerpt mark').allTextContents()).toEqual([
      'будинку.',
    ]);
  });

  it('finds a Dutch compound by its last part: «woning» finds an entry that says only «huurwoningen»', async () => {
    expect(entriesOf((await search('nl', 'woning')).results)).toEqual([entry('huurwoningen-in-de-regio', 'nl')]);
    expect(entriesOf((await search('nl', 'locatie')).results)).toEqual([entry('huurwoningen-in-de-regio', 'nl')]);
  });

  it('says that nothing matched a nonsense query, and offers the themes but no language that finds nothing either', async () => {
    for (const [lang, words] of [
      ['uk', 'ґзщшйцук'],
      ['nl', 'xqzvbnw'],
      ['uk', 'будинокщзх'], // not shortened to «будинок»
    ] as const) {
      const found = await search(lang, words);
      expect(found.results, words).toEqual([]);
      expect(found.others, words).toEqual([]);
    }
    const none = await search('nl', 'xqzvbnw');
    expect(none.status).toContain('Geen resultaten');
    const links = page.getByRole('status').getByRole('link');
    expect(await links.allTextContents()).toEqual(["Thema's"]);
  });

  it('lists a Ukrainian-only entry, marked as Ukrainian, when its municipality is searched by its Dutch name', async () => {
    const found = await search('nl', 'Marioepol');
    // The profile of Mariupol is named by the query; the entry exists in Ukrainian only.
    expect(found.results).toEqual(['/nl/municipalities/mariupol/']);
    expect(found.others).toEqual([`uk:${building}`]);
    await expect.poll(() => page.getByRole('heading', { name: 'Alleen in andere talen' }).isVisible()).toBe(true);
    expect(found.status).toContain('Alleen in een andere taal gevonden: 1');
    // and by its English and Ukrainian names, in its own index
    // The profile's title is «Маріуполь»: named by «Маріуполі», not by the English name, which finds it through its other names.
    expect((await search('uk', 'Mariupol')).results).toEqual([building, '/uk/municipalities/mariupol/']);
    expect((await search('uk', 'Маріуполі')).results).toEqual(['/uk/municipalities/mariupol/', building]);
  });
});
