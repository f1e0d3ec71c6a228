import { describe, expect, it } from 'vitest';
import type { ProfileList } from '../../src/search/language-aids.ts';
import { searchLanguage, type PagefindEngine, type PagefindPage } from '../../src/search/query-plan.ts';

/**
 * An index where 30 municipality profiles («Municipality 1» … «Municipality 30») rank above the
 * entry titled with the word, as short pages do: Pagefind's answer, stood in for by a fake engine
 * that counts how many pages' details are fetched.
 */
function profileHeavyIndex() {
  const pages = new Map<string, PagefindPage>();
  const profiles: ProfileList = {};
  for (let n = 1; n <= 30; n++) {
    pages.set(`en_p${n}`, {
      url: `/en/municipalities/municipality-${n}/`,
      excerpt: '',
      content: `Municipality ${n}.`,
      locations: [0],
      meta: { title: `Municipality ${n}` },
      filters: { kind: ['municipality'] },
    });
    profiles[`p${n}`] = `Municipality ${n}`;
  }
  pages.set('en_target', {
    url: '/en/practices/municipality/',
    excerpt: '',
    content: 'Municipality: what a municipality does for displaced people.',
    locations: [0, 4],
    meta: { title: 'Municipality: what a municipality does' },
    filters: { kind: ['practice'] },
  });
  let detailsFetched = 0;
  const ids = [...pages.keys()];
  const engine: PagefindEngine = {
    search: () =>
      Promise.resolve({
        results: ids.map((id, rank) => ({
          id,
          score: 10 - rank * 0.1,
          data: () => {
            detailsFetched++;
            return Promise.resolve(pages.get(id)!);
          },
        })),
        filters: {},
      }),
  };
  return { engine, profiles, detailsFetched: () => detailsFetched };
}

const noTable = () => Promise.resolve(undefined);

describe('profiles after the entries', () => {
  it('puts an entry first above any number of profiles that hold the word but are not named by the query', async () => {
    const index = profileHeavyIndex();
    const { hits } = await searchLanguage(index.engine, 'en', 'municipality', {}, noTable, undefined, {
      profiles: index.profiles,
    });
    expect(hits[0]!.id).toBe('en_target');
    expect(hits).toHaveLength(31);
    // Only the first results' details are read (whether they hold the typed word), not a profile's.
    expect(index.detailsFetched()).toBeLessThanOrEqual(5);
  });

  it('keeps a profile in its place when the query names it', async () => {
    const index = profileHeavyIndex();
    const { hits } = await searchLanguage(index.engine, 'en', 'municipality 1', {}, noTable, undefined, {
      profiles: index.profiles,
    });
    expect(hits[0]!.id).toBe('en_p1');
    expect(hits[1]!.id).toBe('en_target');
  });
});
