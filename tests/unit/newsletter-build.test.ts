import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import Parser from 'rss-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy, runNode } from './helpers/run.ts';

const build = (root: string) =>
  runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
    KB_CONTENT_DIR: join(root, 'content'),
    KB_OUT_DIR: join(root, 'dist'),
    KB_CACHE_DIR: join(root, 'cache'),
  });

const summary =
  '<svg onload=alert(1)> <img src=https://tracker.example/p.png> <a href=https://phish.example>lees</a> genoeg tekst voor veertig tekens';

// The second form of U4 in the security review (a Callout, which also crashed the build: C5) and a
// link into the site. The first form and relative links are now refused by the content check;
// newsletter-hostile.test.ts renders them directly.
const newsletter = `---
title: Nieuwsbrief november
published: 2026-11-20
entries: [practices/goede-praktijk, practices/vijandig, events/webinar-terugkeer]
---

Welkom.

<Callout title="x

[r]: javascript:alert(document.domain)

[klik][r]

">
Lees ook [de handreiking](/nl/guides/handreiking/).
</Callout>
`;

describe('a newsletter with hostile content, built', () => {
  const root = fixtureCopy('valid', {
    'newsletters/2026-11/nl.mdx': newsletter,
    'practices/vijandig/nl.mdx': `---\ntitle: Vijandige samenvatting\nsummary: "${summary}"\nthemes: [housing]\npublished: 2026-05-02\n---\n\nTekst.\n`,
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('builds; the page uses the Callout, and no output links to javascript:', async () => {
    const { status, output } = build(root);
    expect(output).not.toContain('content problem');
    expect(status, output).toBe(0);

    const page = read('nl/newsletters/2026-11/index.html');
    expect(page).toMatch(
      /<aside class="kb-callout kb-callout--note"[^>]*>\s*<p class="kb-callout__title"[^>]*>x\s+\[r\]: javascript:alert\(document.domain\)\s+\[klik\]\[r\]\s+<\/p>/,
    );
    expect(page).not.toMatch(/href="javascript/i);

    const html = read('newsletters/2026-11/nl.html');
    const text = read('newsletters/2026-11/nl.txt');
    const eml = readFileSync(join(dist, 'newsletters/2026-11/nl.eml'));
    const mail = await simpleParser(eml);
    expect(mail.html).toBe(html);
    expect(mail.text?.trim()).toBe(text.trim());
    const hrefs = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.filter((href) => !/^(?:https:\/\/|mailto:)/.test(href))).toEqual([]);
    expect(hrefs).toContain('https://kennisbank.example.org/nl/guides/handreiking/');
    expect(html).not.toMatch(/<a\b[^>]*>klik/);
    expect(html).toContain(
      '<p><strong>x [r]: javascript:alert(document.domain) [klik][r]</strong></p>\n<p>Lees ook <a href="https://kennisbank.example.org/nl/guides/handreiking/"',
    );
    expect(text).toContain(
      'x [r]: javascript:alert(document.domain) [klik][r]\n\nLees ook de handreiking\n(https://kennisbank.example.org/nl/guides/handreiking/).',
    );
    const textLinks = [...text.matchAll(/\(([a-z][a-z0-9+.-]*:[^()\s]*)\)/gi)].map((match) => match[1]!);
    expect(textLinks.filter((href) => !href.startsWith('https://'))).toEqual([]);
  });

  it('lists the event it names in a section of its own: on the page, in the HTML email and in the text', () => {
    const event = 'https://kennisbank.example.org/nl/events/webinar-terugkeer/';
    const page = read('nl/newsletters/2026-11/index.html');
    expect(page).toMatch(/<h2 id="kb-issue-events"[^>]*>Bijeenkomsten<\/h2>/);
    expect(page).toContain('href="/nl/events/webinar-terugkeer/"');
    expect(read('newsletters/2026-11/nl.html')).toContain(`href="${event}"`);
    const text = read('newsletters/2026-11/nl.txt');
    expect(text).toMatch(
      /\nBIJEENKOMSTEN\n-+\n\n1\. Webinar over contact met inwoners in Nederland \(Webinar, 13 oktober 2026, 10:00–11:30 [^\n]*\)\n/,
    );
    expect(text).toContain(`Lees verder: ${event}`);
  });

  it('gives the same .eml again on a second build', () => {
    const first = readFileSync(join(dist, 'newsletters/2026-11/nl.eml'));
    expect(build(root).status).toBe(0);
    expect(readFileSync(join(dist, 'newsletters/2026-11/nl.eml')).equals(first)).toBe(true);
  });

  it('puts the summary into the feeds as text', async () => {
    for (const feed of ['nl/feed.xml', 'nl/themes/housing/feed.xml']) {
      const xml = read(feed);
      expect(xml).toContain('<description>&amp;lt;svg onload=alert(1)&gt; &amp;lt;img');
      const item = (await new Parser().parseString(xml)).items.find(
        (entry) => entry.title === 'Vijandige samenvatting',
      );
      expect(item?.contentSnippet).toBe(summary);
      expect(item?.content).not.toContain('<');
    }
  });
});
