import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import Parser from 'rss-parser';

import { themeName, titleOf } from './fixture.ts';
import { siteContent, siteDist as dist } from './site.ts';

// These read the build output of the fixture site (npm test builds it before the browser tests).
const site = 'https://kennisbank.example.org';
const issues = readdirSync(join(dist, 'newsletters'));
const outputs = issues.flatMap((issue) =>
  readdirSync(join(dist, 'newsletters', issue))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ issue, lang: file.slice(0, 2), base: join(dist, 'newsletters', issue, file.slice(0, 2)) })),
);
const builtPage = (href: string) => {
  const url = new URL(href);
  const path = decodeURIComponent(url.pathname);
  return (
    url.origin === site &&
    (existsSync(join(dist, path, 'index.html')) || (!path.endsWith('/') && existsSync(join(dist, path))))
  );
};
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
/** The entries and questions an issue lists, from its source file. */
const issueEntries = (issue: string, lang: string) =>
  [
    ...readFileSync(`${siteContent}/newsletters/${issue}/${lang}.mdx`, 'utf8').matchAll(
      /^ {2}- ((?:practices|guides|cases|questions)\/[a-z0-9-]+)$/gm,
    ),
  ].map((m) => m[1]!);

test('there is at least one newsletter in every language', () => {
  expect(new Set(outputs.map((output) => output.lang))).toEqual(new Set(['nl', 'uk', 'en']));
});

for (const { issue, lang, base } of outputs) {
  test.describe(`newsletter ${issue} in ${lang}`, () => {
    const html = readFileSync(`${base}.html`, 'utf8');
    const text = readFileSync(`${base}.txt`, 'utf8');

    test('the email HTML stays under 102 KB, so that Gmail does not clip it', () => {
      expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
    });

    test('the email HTML has no scripts, no stylesheet links and no images without alt text', () => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link[^>]+stylesheet/i);
      expect(html.match(/<img(?![^>]*\salt=)[^>]*>/gi) ?? []).toEqual([]);
      expect(html).toContain(`lang="${lang}"`);
      expect(html).toContain('prefers-color-scheme: dark');
    });

    test('every link in the email is absolute and leads to a built page', () => {
      const links = hrefs(html);
      expect(links.length).toBeGreaterThan(issueEntries(issue, lang).length);
      expect(links.filter((href) => !builtPage(href))).toEqual([]);
    });

    test('the text version holds every item, with its title, summary and link', () => {
      const keys = issueEntries(issue, lang);
      const titles = [...text.matchAll(/^\d+\. (.+) \(.+\)$/gm)].map((match) => match[1]!);
      expect(titles).toHaveLength(keys.length);
      for (const title of titles) expect(html).toContain(`>${title.replace(/&/g, '&amp;')}</a>`);
      // Links in the introduction are written `text (address)`.
      const links = [...text.matchAll(/https:\/\/[^\s)]+/g)].map((match) => match[0]);
      for (const key of keys)
        expect(
          links.some((link) => link.includes(`/${key}/`)),
          key,
        ).toBe(true);
      expect(links.filter((href) => !builtPage(href))).toEqual([]);
    });

    test('the .eml is a multipart/alternative draft that a MIME parser reads into its HTML and text parts', async () => {
      const mail = await simpleParser(readFileSync(`${base}.eml`));
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(mail.subject).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&'));
      expect(mail.text?.trim()).toBe(text.trim());
      expect(mail.html).toBe(html);
    });
  });
}

test.describe('feeds', () => {
  const parser = new Parser();
  for (const lang of ['nl', 'uk', 'en']) {
    test(`the ${lang} entry feed has the entries in ${lang}, with ids, dates and language`, async () => {
      const feed = await parser.parseString(readFileSync(join(dist, lang, 'feed.xml'), 'utf8'));
      expect((feed as { language?: string }).language).toBe(lang);
      expect(feed.items.length).toBeGreaterThan(3);
      for (const item of feed.items) {
        expect(item.guid).toBe(item.link);
        expect(item.link).toMatch(new RegExp(`^${site}/${lang}/(practices|guides|cases)/[a-z0-9-]+/$`));
        expect(builtPage(item.link!)).toBe(true);
        expect(Number.isNaN(Date.parse(item.pubDate!))).toBe(false);
        // The summary is text: readers get it HTML-escaped, never as markup.
        expect(item.content ?? '').not.toContain('<');
        expect(item.contentSnippet?.length).toBeGreaterThan(0);
      }
      const dates = feed.items.map((item) => Date.parse(item.pubDate!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }

  test('a theme feed has only the entries on that theme', async () => {
    const feed = await parser.parseString(readFileSync(join(dist, 'nl/themes/economy/feed.xml'), 'utf8'));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.categories).toContain(themeName('economy').nl);
  });

  test('the newsletter feed lists the issues with their pages', async () => {
    const feed = await parser.parseString(readFileSync(join(dist, 'uk/newsletters/feed.xml'), 'utf8'));
    expect((feed as { language?: string }).language).toBe('uk');
    expect(feed.items.map((item) => item.link)).toContain(`${site}/uk/newsletters/2026-10/`);
    for (const item of feed.items) expect(builtPage(item.link!)).toBe(true);
  });
});

test('the newsletter archive leads to an issue and its email files', async ({ page }) => {
  await page.goto('/nl/newsletters/');
  const title = titleOf('newsletters/2026-10/nl.mdx');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const eml = await page.getByRole('link', { name: '.eml' }).getAttribute('href');
  const response = await page.request.get(eml!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('X-Unsent: 1');
});
