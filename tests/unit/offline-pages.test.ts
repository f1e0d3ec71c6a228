import { describe, expect, it } from 'vitest';
import { isListedPage, listStoredPages, type StoredPage } from '../../src/offline/kept-pages.ts';

// What the offline page lists (src/offline/kept-pages.ts): the pages stored on the device, each once.

describe('the pages the offline page lists', () => {
  it('lists pages of the site, not the offline and search pages nor files', () => {
    expect(isListedPage('/nl/practices/klachtenprocedure-in-het-oekraiens/', '/')).toBe(true);
    expect(isListedPage('/uk/', '/')).toBe(true);
    expect(isListedPage('/kb/uk/guides/routekaart-voor-ontheemden/', '/kb/')).toBe(true);
    expect(isListedPage('/uk/guides/routekaart-voor-ontheemden/', '/kb/')).toBe(false);
    expect(isListedPage('/nl/offline/', '/')).toBe(false);
    expect(isListedPage('/kb/en/search/', '/kb/')).toBe(false);
    expect(isListedPage('/files/guides/routekaart/plan.pdf', '/')).toBe(false);
    expect(isListedPage('/_astro/BaseLayout.css', '/')).toBe(false);
  });

  it('lists the kept pages, then the other pages opened, the latest first, each once', () => {
    const page = (path: string): StoredPage => ({ path, title: path });
    const lists = listStoredPages(
      [page('/uk/practices/a/')],
      [page('/uk/'), page('/uk/practices/a/'), page('/uk/guides/b/'), page('/nl/cases/c/')],
    );
    expect(lists.kept.map((p) => p.path)).toEqual(['/uk/practices/a/']);
    expect(lists.opened.map((p) => p.path)).toEqual(['/nl/cases/c/', '/uk/guides/b/', '/uk/']);
  });
});
