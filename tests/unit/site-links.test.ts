import type { Root } from 'hast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rehypeSiteLinks, siteAddress, underBase } from '../../src/mdx/site-links.ts';
import { sendReadyWarnings } from '../../src/integrations/send-ready.ts';

describe('site paths under the base path (src/mdx/site-links.ts)', () => {
  it('puts a site path under the base, once', () => {
    expect(underBase('/nl/practices/a/', '/kb/')).toBe('/kb/nl/practices/a/');
    expect(underBase('/nl/practices/a/#stappen', '/kb/')).toBe('/kb/nl/practices/a/#stappen');
    expect(underBase('/', '/kb/')).toBe('/kb/');
    expect(underBase('/kbase/', '/kb/')).toBe('/kb/kbase/');
    // Already under the base: not prefixed again.
    for (const url of ['/kb/nl/practices/a/', '/kb/', '/kb', '/kb?q=1', '/kb#top'])
      expect(underBase(url, '/kb/')).toBe(url);
  });

  it('leaves everything that is not a site path as written', () => {
    for (const url of [
      'https://example.org/nl/',
      'mailto:redactie@example.org',
      '#top',
      './plan.pdf',
      'plan.pdf',
      '//evil.example/nl/',
      '/\\evil.example/',
    ])
      expect(underBase(url, '/kb/')).toBe(url);
    expect(underBase('/nl/practices/a/', '/')).toBe('/nl/practices/a/');
  });

  it('makes absolute addresses under the base for email and feeds', () => {
    expect(siteAddress('/nl/guides/g/', 'https://owner.github.io', '/repo/')).toBe(
      'https://owner.github.io/repo/nl/guides/g/',
    );
    expect(siteAddress('/repo/nl/', 'https://owner.github.io', '/repo/')).toBe('https://owner.github.io/repo/nl/');
  });

  it('as a rehype plugin, rewrites the links and images of a tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'element', tagName: 'a', properties: { href: '/nl/guides/g/' }, children: [] },
            { type: 'element', tagName: 'a', properties: { href: 'https://vng.nl/' }, children: [] },
            { type: 'element', tagName: 'img', properties: { src: '/kb/files/practices/p/foto.png' }, children: [] },
            { type: 'element', tagName: 'img', properties: { src: '/favicon.svg' }, children: [] },
          ],
        },
      ],
    };
    rehypeSiteLinks({ base: '/kb/' })(tree);
    const paragraph = tree.children[0] as { children: { properties: Record<string, unknown> }[] };
    expect(paragraph.children.map((child) => child.properties['href'] ?? child.properties['src'])).toEqual([
      '/kb/nl/guides/g/',
      'https://vng.nl/',
      '/kb/files/practices/p/foto.png',
      '/kb/favicon.svg',
    ]);
  });
});

describe('an entry body rendered for a site under /kb/', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('links site paths under the base, files beside the entry once', async () => {
    vi.stubEnv('BASE_URL', '/kb/');
    vi.resetModules();
    const { renderEntryBody } = await import('../../src/mdx/render-entry-body.ts');
    const { html } = renderEntryBody(
      'Zie [de gids](/nl/guides/g/), [al goed](/kb/nl/), [het plan](./plan.pdf) en [VNG](https://www.vng.nl/).',
      { collection: 'practices', slug: 'p', lang: 'nl', file: 'practices/p/nl.mdx' },
    );
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      '/kb/nl/guides/g/',
      '/kb/nl/',
      '/kb/files/practices/p/plan.pdf',
      'https://www.vng.nl/',
    ]);
  });

  it('gives newsletter introductions absolute addresses under the base', async () => {
    vi.stubEnv('BASE_URL', '/kb/');
    vi.resetModules();
    const { readIntro } = await import('../../src/newsletter/intro.ts');
    const labels = { note: 'Let op', tip: 'Tip', caution: 'Waarschuwing', footnotes: 'Voetnoten' };
    const intro = readIntro('Lees [de gids](/nl/guides/g/) en [dit](#top).', {
      file: 'newsletters/2026-11/nl.mdx',
      site: new URL('https://kennisbank.example.org'),
      page: 'https://kennisbank.example.org/kb/nl/newsletters/2026-11/',
      labels,
    });
    expect(JSON.stringify(intro).match(/"url":"[^"]*"/g)).toEqual([
      '"url":"https://kennisbank.example.org/kb/nl/guides/g/"',
      '"url":"https://kennisbank.example.org/kb/nl/newsletters/2026-11/#top"',
    ]);
  });
});

describe('a build that is not ready to send newsletters says so (src/integrations/send-ready.ts)', () => {
  it('warns once for the example address and once for the placeholder mailbox', () => {
    expect(sendReadyWarnings(new URL('https://kennisbank.example.org/kb/'), 'redactie@kennisbank.example.org')).toEqual(
      [
        "the site's address is the example https://kennisbank.example.org/kb/: every link in the newsletter emails (dist/newsletters/) and feeds goes there; set SITE_URL to the site's public address before sending a newsletter (deploy.yml takes it from the Pages settings)",
        "KB_EDITORS_EMAIL is not set: the share page and the newsletter emails (From, Reply-To) give the placeholder redactie@kennisbank.example.org; set KB_EDITORS_EMAIL to the editors' functional mailbox (for deploy.yml: a repository variable of that name)",
      ],
    );
    expect(sendReadyWarnings(new URL('https://owner.github.io/kb/'), 'redactie@gemeente.nl')).toEqual([]);
  });
});
