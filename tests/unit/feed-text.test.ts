import Parser from 'rss-parser';
import { describe, expect, it, vi } from 'vitest';

const hostileSummary =
  '<svg onload=alert(1)> <a href="https://phish.example/">lees</a> & <img src=https://tracker.example/p.png> genoeg tekst';
const hostileTitle = 'Titel </title><script>alert(1)</script> & meer';

// entryFeed reads the entries through astro:content; here one practice and one theme stand in for them.
vi.mock('astro:content', () => {
  const collections: Record<string, unknown[]> = {
    themes: [{ id: 'housing', data: { id: 'housing', order: 1, name: { nl: 'Wonen', uk: 'Житло', en: 'Housing' } } }],
    practices: [
      {
        id: 'vijandig/nl',
        collection: 'practices',
        data: {
          title: hostileTitle,
          summary: hostileSummary,
          themes: ['housing'],
          published: '2026-05-01',
          status: 'published',
        },
      },
    ],
  };
  return { getCollection: (name: string) => Promise.resolve(collections[name] ?? []) };
});

const { entryFeed, feedText } = await import('../../src/lib/feeds.ts');

/** The Dutch feed of every entry, as XML. */
const dutchFeed = async () =>
  (
    await entryFeed({
      lang: 'nl',
      site: new URL('https://kennisbank.example.org'),
      title: 'Bijdragen',
      self: '/nl/feed.xml',
    })
  ).text();

describe('entry feeds carry summaries as text (U6)', () => {
  it('escapes a summary once more than @astrojs/rss does, so the XML holds &amp;lt;', async () => {
    expect(feedText('<b> & "x"')).toBe('&lt;b> &amp; "x"');
    const xml = await dutchFeed();
    expect(xml).toContain(
      '<description>&amp;lt;svg onload=alert(1)&gt; &amp;lt;a href=&quot;https://phish.example/&quot;&gt;lees&amp;lt;/a&gt; &amp;amp; &amp;lt;img',
    );
    expect(xml).not.toMatch(/<description>[^<]*&lt;svg/);
  });

  it('gives feed readers the literal summary and title, not markup', async () => {
    const xml = await dutchFeed();
    const [item] = (await new Parser().parseString(xml)).items;
    // rss-parser's content is the description as HTML: it holds no tag, and as text it is the summary.
    expect(item?.content).not.toContain('<');
    expect(item?.content).toBe(
      '&lt;svg onload=alert(1)> &lt;a href="https://phish.example/">lees&lt;/a> &amp; &lt;img src=https://tracker.example/p.png> genoeg tekst',
    );
    expect(item?.contentSnippet).toBe(hostileSummary);
    // Titles are plain text in RSS (readers show them as such); escaped once, they arrive as written.
    expect(item?.title).toBe(hostileTitle);
    expect(item?.categories).toEqual(['Goede praktijk', 'Wonen']);
  });
});
