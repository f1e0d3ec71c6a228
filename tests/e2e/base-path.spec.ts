import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { themeName } from './fixture.ts';
import { basePathDist, basePathSite } from './site.ts';

// The fixture site built with SITE_URL=https://kennisbank.example.org/kb/ and served under /kb/,
// as a fork is served as a GitHub Pages project site. Page addresses below are relative to /kb/.
const base = new URL(basePathSite).pathname;
const nl = dictionaries.nl;

test('no page links outside the base path, except to other sites', () => {
  const pages = readdirSync(basePathDist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') || file.endsWith('.xml'),
  );
  expect(pages.length).toBeGreaterThan(20);
  const outside: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(basePathDist, file), 'utf8');
    for (const [, url = ''] of html.matchAll(/(?:href|src|action|srcset|content)="(\/[^"]*)"/g)) {
      if (!url.startsWith(base) && !url.startsWith('//')) outside.push(`${file}: ${url}`);
    }
    for (const [, url = ''] of html.matchAll(
      /(?:<link>|<guid[^>]*>|<loc>|href=")(https:\/\/kennisbank\.example\.org[^<"]*)/g,
    )) {
      if (!url.startsWith(basePathSite)) outside.push(`${file}: ${url}`);
    }
  }
  expect(outside).toEqual([]);
});

test('an official walks from the home page to an entry, switches language and searches, all under the base path', async ({
  page,
}) => {
  await page.goto('nl/');
  await expect(page).toHaveURL(new RegExp(`${base}nl/$`));
  await page
    .locator('main')
    .getByRole('link')
    .filter({ hasText: themeName('housing').nl })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}nl/themes/housing/$`));
  await page.locator('main article a, main li a').filter({ hasText: /\w/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);

  await page
    .getByRole('navigation', { name: nl['languageSelect.label'] })
    .getByRole('link', { name: locales.uk.label })
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}uk/`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  await page.goto('nl/search/');
  const box = page.getByRole('searchbox');
  await box.fill('gemeenten');
  await box.press('Enter');
  const first = page.locator('.kb-result h2 a').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base}nl/`));
});

test('the feed links to pages under the base path', async ({ request }) => {
  const response = await request.get('nl/feed.xml');
  expect(response.ok()).toBe(true);
  const feed = await new Parser().parseString(await response.text());
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${basePathSite}nl/`));
});

test('icons, manifest and service worker stay under the base path: no request outside it, none failing', async ({
  page,
  request,
}) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (sent) => {
    if (!new URL(sent.url()).pathname.startsWith(base)) outside.push(sent.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('uk/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(base);
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  for (const file of ['favicon.ico', 'favicon.svg', 'icon-192.png', 'apple-touch-icon.png', 'uk/manifest.webmanifest'])
    expect((await request.get(file)).status(), file).toBe(200);
});

test('offline under the base path: a visited page loads, an unvisited one shows the offline page of its language', async ({
  page,
  context,
}) => {
  await page.goto('en/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto('nl/municipalities/');
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await context.setOffline(true);
  await page.goto('nl/municipalities/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goto('uk/practices/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dictionaries.uk['offline.title']);
  expect(new URL(page.url()).pathname).toBe(`${base}uk/practices/`);
});

// The fork's front door: the root page leads to a language home under the base path, not at the
// domain root (issue 22).
test.describe('the root of the site, with JavaScript', () => {
  test.use({ locale: 'uk-UA' });

  test("leads to the home page in the browser's language, under the base path", async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`${base}uk/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('the root of the site, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'uk-UA' });

  test('offers each language, and each choice leads to its home page under the base path', async ({ page }) => {
    await page.goto('./');
    expect(new URL(page.url()).pathname).toBe(base);
    const choices = page.locator('main a');
    await expect(choices).toHaveCount(Object.keys(locales).length);
    for (const lang of Object.keys(locales))
      await expect(page.locator(`main a[hreflang="${lang}"]`)).toHaveAttribute('href', `${base}${lang}/`);
    await page.locator('main a[hreflang="nl"]').click();
    await expect(page).toHaveURL(new RegExp(`${base}nl/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});
