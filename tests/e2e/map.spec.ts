import { expectNoWcagViolations } from './axe.ts';
import { chromium, expect, test, type Locator } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { parse } from 'yaml';
import { dictionaries } from '../../src/i18n/translations.ts';
import { chromiumArgs, findChromium } from './browser.ts';
import { siteContent, siteDist } from './site.ts';

// The map of the network (src/components/NetworkMap.astro): drawn at build time as SVG on the
// municipalities overview and on every profile, a marker link per municipality with coordinates,
// partnerships as lines, no script, nothing from other sites, small, accessible.

interface Municipality {
  id: string;
  name: Record<'nl' | 'uk' | 'en', string>;
  coordinates?: [number, number];
  partners: string[];
}

const municipalities: Municipality[] = readdirSync(join(siteContent, 'municipalities'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(join(siteContent, 'municipalities', file), 'utf8')) as Municipality);
const located = municipalities.filter((m) => m.coordinates);
const partnerships = new Set(
  located.flatMap((m) =>
    m.partners.filter((id) => located.some((other) => other.id === id)).map((id) => [m.id, id].sort().join('+')),
  ),
);
const langs = ['nl', 'uk', 'en'] as const;
const pages = langs.flatMap((lang) => [
  `/${lang}/municipalities/`,
  ...municipalities.map((m) => `/${lang}/municipalities/${m.id}/`),
]);

test('the fixture has municipalities with coordinates and a partnership to draw', () => {
  expect(located.length).toBeGreaterThan(1);
  expect(partnerships.size).toBeGreaterThan(0);
});

for (const lang of langs) {
  test(`/${lang}/municipalities/: one marker link per municipality with coordinates, named in ${lang}, and a line per partnership`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/municipalities/`);
    const map = page.getByRole('group', { name: dictionaries[lang]['map.title'] });
    await expect(map).toBeVisible();
    const markers = map.getByRole('link');
    await expect(markers).toHaveCount(located.length);
    for (const m of located) {
      await expect(map.getByRole('link', { name: m.name[lang], exact: true })).toHaveAttribute(
        'href',
        `/${lang}/municipalities/${m.id}/`,
      );
    }
    await expect(page.locator('.kb-map__line')).toHaveCount(partnerships.size);
    // A title and a description for screen readers, and a way to the same as a list.
    await expect(page.locator('.kb-map__svg')).toHaveAttribute('aria-describedby', 'kb-map-desc');
    await expect(page.locator('#kb-map-desc')).toHaveText(dictionaries[lang]['map.description']);
    const list = page.getByRole('link', { name: dictionaries[lang]['map.asList'] });
    await expect(page.locator(await list.getAttribute('href').then((href) => href!))).toContainText(
      located[0]!.name[lang],
    );
  });
}

test('a profile marks its own municipality and its partnerships', async ({ page }) => {
  const m = located.find((candidate) => candidate.partners.length > 0)!;
  await page.goto(`/uk/municipalities/${m.id}/`);
  const map = page.getByRole('group', { name: dictionaries.uk['map.title'] });
  await expect(map.getByRole('link', { name: m.name.uk, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.kb-map__line.is-current')).toHaveCount(m.partners.length);
});

test('the map has no script, asks no other site for anything, and weighs under 30 KB gzip', async ({
  page,
  baseURL,
}) => {
  const sizes: number[] = [];
  for (const path of pages) {
    const html = readFileSync(join(siteDist, path, 'index.html'), 'utf8');
    const figure = /<figure class="kb-map"[\s\S]*?<\/figure>/.exec(html)?.[0];
    expect(figure, path).toBeDefined();
    expect(figure, path).not.toMatch(/<script|\son[a-z]+=|<image|<foreignObject|https?:\/\//i);
    sizes.push(gzipSync(figure!).length);
  }
  expect(Math.max(...sizes)).toBeLessThan(30 * 1024);

  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).host !== new URL(baseURL!).host) elsewhere.push(request.url());
  });
  for (const path of ['/uk/municipalities/', `/uk/municipalities/${located[0]!.id}/`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(elsewhere).toEqual([]);
});

for (const path of pages) {
  test(`${path} with its map has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.kb-map')).toBeVisible();
    await expectNoWcagViolations(page);
  });
}

test('the markers are reached with the keyboard and show where the focus is', async ({ page }) => {
  await page.goto('/nl/municipalities/');
  const marker = page.locator('.kb-map a').first();
  for (let i = 0; i < 40 && !(await marker.evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  const halo = marker.locator('.kb-map__halo');
  const focused = await halo.evaluate((text) => getComputedStyle(text).stroke);
  await page.keyboard.press('Shift+Tab');
  const unfocused = await halo.evaluate((text) => getComputedStyle(text).stroke);
  expect(focused).not.toBe(unfocused);
});

test('the map prints in black on white, without the link to the list', async ({ page }) => {
  await page.goto('/en/municipalities/');
  await page.emulateMedia({ media: 'print' });
  const label = page.locator('.kb-map__name').first();
  expect(await label.evaluate((text) => getComputedStyle(text).fill)).toBe('rgb(0, 0, 0)');
  await expect(page.getByRole('link', { name: dictionaries.en['map.asList'] })).toBeHidden();
});

test('the map stays readable when the reader prefers a dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/uk/municipalities/');
  const colours = await page.locator('.kb-map').evaluate((figure) => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    sea: getComputedStyle(figure.querySelector('.kb-map__sea')!).fill,
    label: getComputedStyle(figure.querySelector('.kb-map__name')!).fill,
  }));
  // The site keeps its light colours in a dark scheme, and the map follows the site's tokens.
  expect(colours.sea).toBe(colours.page);
  expect(colours.label).not.toBe(colours.sea);
});

/** The share of pixels that differ clearly between two screenshots of the same size. */
async function changed(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  expect(x!.length).toBe(y!.length);
  let count = 0;
  for (let i = 0; i < x!.length; i += 3)
    if ([0, 1, 2].some((channel) => Math.abs(x![i + channel]! - y![i + channel]!) > 48)) count++;
  return count / (x!.length / 3);
}

test('in a browser that darkens light sites (Chrome’s auto dark theme, as on many Android phones), the map keeps its own colours, so its names and markers stay readable', async ({
  baseURL,
}) => {
  const path = `/uk/municipalities/${located.find((m) => m.partners.length > 0)!.id}/`;
  const shots = async (extraArgs: string[]) => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, ...extraArgs] });
    // Chrome darkens sites for readers who chose a dark theme.
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
    await page.goto(`${baseURL}${path}`);
    const shot = (locator: Locator) => locator.screenshot({ animations: 'disabled', caret: 'hide' });
    const result = {
      map: await shot(page.locator('.kb-map__svg')),
      legend: await shot(page.locator('.kb-map__legend')),
    };
    await browser.close();
    return result;
  };
  const darkened = await shots(['--enable-features=WebContentsForceDark']);
  const reference = await shots([]);
  // The browser did darken the page: the legend below the map, text on the page's background, changed.
  expect(await changed(darkened.legend, reference.legend)).toBeGreaterThan(0.3);
  // The map's pixels stay (but for its antialiased bottom edge), 5 % of them changed without the opt-out.
  expect(await changed(darkened.map, reference.map)).toBeLessThan(0.01);
});
