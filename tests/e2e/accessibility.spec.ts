import { expectNoWcagViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDist } from './site.ts';

// One page of every template in every language, taken from the built site's sitemap, so that the
// list follows the content instead of naming it: the first page of each kind of address
// (`/uk/practices/<slug>/`, `/uk/themes/<id>/`, …), plus the pages the sitemap leaves out.
function sitemapPages(): string[] {
  const locs = readdirSync(siteDist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...readFileSync(join(siteDist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => new URL(match[1]!).pathname,
      ),
    );
  const byTemplate = new Map<string, string>();
  for (const path of locs) {
    const [lang, ...rest] = path.split('/').filter(Boolean);
    // The last segment of a three-part address is an id or slug; the rest names the template.
    const template = rest.length >= 2 ? `${rest.slice(0, -1).join('/')}/*` : rest.join('/');
    if (!byTemplate.has(`${lang}:${template}`)) byTemplate.set(`${lang}:${template}`, path);
  }
  return [...byTemplate.values()];
}
// The sections an entry shows about questions and builds_on appear on some entries only, rarely the
// first of their kind: the first page of each language that shows each of them.
const relationSections = ['kb-answers-question', 'kb-builds-on', 'kb-applied-in'];
function relationPages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const lang of ['nl', 'uk', 'en']) {
    const files = readdirSync(join(siteDist, lang), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .sort();
    for (const id of relationSections) {
      const file = files.find((path) =>
        readFileSync(join(siteDist, lang, path), 'utf8').includes(`aria-labelledby="${id}"`),
      );
      if (file) found.set(`${lang}:${id}`, `/${lang}/${file.replace(/index\.html$/, '')}`);
    }
  }
  return found;
}
const relations = relationPages();
const paths = [
  ...new Set([
    ...sitemapPages(),
    ...relations.values(),
    '/',
    '/404.html',
    ...['nl', 'uk', 'en'].map((lang) => `/${lang}/404/`),
  ]),
];

test('the sitemap yields a page of every template in every language', () => {
  for (const lang of ['nl', 'uk', 'en']) {
    for (const template of [
      '',
      'themes/',
      'practices/',
      'guides/',
      'cases/',
      'questions/',
      'municipalities/',
      'newsletters/',
      'search/',
      'share/',
    ]) {
      expect(paths.some((path) => path.startsWith(`/${lang}/${template}`))).toBe(true);
    }
  }
  expect(paths.some((path) => /^\/uk\/questions\/[^/]+\/$/.test(path))).toBe(true);
  expect(paths.some((path) => /^\/nl\/practices\/[^/]+\/$/.test(path))).toBe(true);
});

test('the pages include the sections about questions and builds_on in every language', () => {
  expect([...relations.keys()].sort()).toEqual(
    ['nl', 'uk', 'en'].flatMap((lang) => relationSections.map((id) => `${lang}:${id}`)).sort(),
  );
});

for (const path of paths) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path === '/' ? '/?stay' : path);
    await expectNoWcagViolations(page);
  });
}

for (const [lang, query] of [
  ['nl', 'gemeenten'],
  ['uk', 'громади'],
  ['en', 'municipalities'],
] as const) {
  test(`/${lang}/search/ with results and facets has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.kb-result').first().waitFor();
    await page.locator('.kb-search__facets input').first().waitFor();
    await expectNoWcagViolations(page);
  });
}
