import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindMismatch, testedPagefind } from '../../src/search/pagefind-version.ts';
import { searchBuiltSite } from './helpers/pagefind-node.ts';
import { runNode } from './helpers/run.ts';

// The ranking rules on a site built from tests/fixtures/ranking/ (see its README), whose best answers
// come last by address; built twice: with the bundle rewrite (the default) and without it
// (KB_SEARCH_COMPACT=0), which must rank the same.
const root = mkdtempSync(join(tmpdir(), 'kb-ranking-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const compact of [true, false]) {
  describe(`search ranking, ${compact ? 'with' : 'without'} the bundle rewrite`, () => {
    const dist = join(root, compact ? 'compact' : 'plain');
    const build = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: 'tests/fixtures/ranking',
      KB_OUT_DIR: dist,
      KB_CACHE_DIR: join(root, 'cache'),
      KB_SEARCH_COMPACT: compact ? '1' : '0',
    });
    let site: Awaited<ReturnType<typeof searchBuiltSite>>;
    beforeAll(async () => {
      site = await searchBuiltSite(dist);
    });
    afterAll(() => site?.stop());
    const entry = (slug: string, lang = 'uk') => `/${lang}/practices/${slug}/`;

    it('builds', () => expect(build.status, build.output).toBe(0));

    it('puts the Ukrainian entry titled with the word first, above entries that name it in a heading or text', async () => {
      const found = await site.search('uk', 'бюджету');
      expect(found[0]).toBe(entry('z-biudzhet-hromady'));
      expect(found).toHaveLength(4);
      // Its heading puts the report above the entries that name the budget once in their text.
      expect(found[1]).toBe(entry('a-zvit-pro-vidbudovu'));
    });

    it('finds a loan word the dictionary lacks by any of its forms, and nothing else', async () => {
      // The last with a Latin i, as typed on a Latin keyboard.
      for (const query of ['релокація', 'релокацією', 'релокацій', 'релокацiя'])
        expect(await site.search('uk', query), query).toEqual([entry('y-relokatsiia')]);
    });

    it('finds what readers call by another name through the editors’ synonyms', async () => {
      for (const query of ['ВПО', 'переселенці', 'переселенців', 'житло для переселенців'])
        expect(await site.search('uk', query), query).toEqual([entry('x-pidtrymka-peremishchenykh')]);
    });

    it('finds a municipality’s profile and a theme by their names in every language', async () => {
      for (const [lang, query] of [
        ['uk', 'Маріуполь'],
        ['uk', 'Маріуполя'],
        ['nl', 'Marioepol'],
        ['en', 'Mariupol'],
        ['nl', 'Маріуполь'],
      ] as const)
        expect((await site.search(lang, query))[0], `${lang}: ${query}`).toBe(`/${lang}/municipalities/mariupol/`);
      expect((await site.search('en', 'economic development'))[0]).toBe('/en/themes/economy/');
    });

    it('suggests a word of the site one edit away when a query finds nothing, and the suggestion finds the entry', async () => {
      for (const [lang, typo, meant, found] of [
        ['uk', 'бюджеу', 'бюджет', entry('z-biudzhet-hromady')], // бюджет is on more pages than бюджету
        ['uk', 'переселенцив', 'переселенців', entry('x-pidtrymka-peremishchenykh')],
        ['nl', 'gemeenet', 'gemeente', entry('z-een-gewoon-verhaal', 'nl')],
        // A typo in the first two letters: a changed, a left-out and a swapped letter.
        ['uk', 'вюджет', 'бюджет', entry('z-biudzhet-hromady')],
        ['uk', 'ереселенців', 'переселенців', entry('x-pidtrymka-peremishchenykh')],
        ['nl', 'egmeente', 'gemeente', entry('z-een-gewoon-verhaal', 'nl')],
      ] as const) {
        expect(await site.search(lang, typo), typo).toEqual([]);
        const suggested = await site.suggest(lang, typo);
        expect(suggested, typo).toBe(meant);
        expect(await site.search(lang, suggested!), meant).toContain(found);
      }
      expect(await site.suggest('uk', 'кшщзфхв')).toBeUndefined();
    });

    it('finds nothing for a query of stop words only or of nonsense', async () => {
      for (const [lang, query] of [
        ['uk', 'для і та'],
        ['nl', 'de het een'],
        ['uk', 'кшщзфхв'],
        ['nl', 'xqzvplk'],
      ] as const)
        expect(await site.search(lang, query), query).toEqual([]);
    });

    it('puts an entry holding the Dutch word itself above entries whose words only begin like it', async () => {
      for (const query of ['plan', 'werk']) {
        const found = await site.search('nl', query);
        const whole = found.indexOf(entry('z-een-gewoon-verhaal', 'nl'));
        expect(whole, query).toBeGreaterThanOrEqual(0);
        expect(whole, query).toBeLessThan(found.indexOf(entry('a-planeet-en-werkelijkheid', 'nl')));
      }
    });

    it('puts the English entry whose title holds the word as typed above entries titled with another form of it', async () => {
      const found = await site.search('en', 'municipality');
      expect(found[0]).toBe(entry('z-what-a-municipality-does', 'en'));
      // The other form, as typed, puts the entries titled with it first.
      const plural = await site.search('en', 'municipalities');
      expect(plural.indexOf(entry('z-what-a-municipality-does', 'en'))).toBe(3);
    });
  });
}

describe('the Pagefind version', () => {
  it('is the tested one; any other stops the build with one line saying what to do', () => {
    expect(pagefindMismatch(testedPagefind)).toBeUndefined();
    const line = pagefindMismatch('1.7.0');
    expect(line).toBe(
      'Pagefind 1.7.0 is installed, but the search was tested with Pagefind 1.6.0: run `npm install` (package.json pins it), or set testedPagefind in src/search/pagefind-version.ts to 1.7.0 and pin it in package.json once `npm test` passes with it.',
    );
  });
});
