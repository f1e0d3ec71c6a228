import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every template, in every language: axe checks WCAG 2.1 A and AA.
const templates = [
  '/',
  '/{lang}/',
  '/{lang}/themes/services/',
  '/{lang}/practices/',
  '/{lang}/guides/',
  '/{lang}/practices/integrale-dienstverlening-aalsmeer/',
  '/{lang}/practices/klachtenprocedure-in-het-oekraiens/',
  '/{lang}/guides/routekaart-voor-ontheemden/',
  '/{lang}/cases/aalsmeer-sluit-aan-bij-de-pilot/',
  '/{lang}/cases/inceptiefase-van-de-pilot/',
  '/{lang}/municipalities/',
  '/{lang}/municipalities/aalsmeer/',
  '/{lang}/municipalities/mariupol/',
  '/{lang}/404/',
  '/{lang}/search/',
  '/{lang}/share/',
  '/{lang}/newsletters/',
  '/{lang}/newsletters/2026-10/',
  '/404.html',
];
const paths = [...new Set(templates.flatMap((template) => ['nl', 'uk', 'en'].map((lang) => template.replace('{lang}', lang))))];

for (const path of paths) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path === '/' ? '/?stay' : path);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const [lang, query] of [['nl', 'gemeenten'], ['uk', 'громади'], ['en', 'municipalities']] as const) {
  test(`/${lang}/search/ with results and facets has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.kb-result').first().waitFor();
    await page.locator('.kb-search__facets input').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
