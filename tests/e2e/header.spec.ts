import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translations.ts';

// The header on a phone (src/components/SiteHeader.astro): at 375 px the page's own heading starts
// within the first 160 px, and search, the sections and the languages are one tap away behind a
// disclosure (<details>) that works by touch, keyboard and screen reader, with or without JavaScript.

const uk = dictionaries.uk;
const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

// One page of every template, in Ukrainian.
const pages = [
  '/uk/',
  '/uk/themes/services/',
  '/uk/practices/',
  '/uk/practices/integrale-dienstverlening-aalsmeer/',
  '/uk/guides/routekaart-voor-ontheemden/',
  '/uk/cases/aalsmeer-sluit-aan-bij-de-pilot/',
  '/uk/questions/',
  '/uk/questions/contact-met-inwoners-in-nederland/',
  '/uk/municipalities/',
  '/uk/municipalities/aalsmeer/',
  '/uk/search/',
  '/uk/share/',
  '/uk/newsletters/',
  '/uk/newsletters/2026-10/',
  '/uk/404/',
];

const toggle = (page: Page) => page.locator('header summary');

/** What Chromium tells screen readers about the toggle: its role, name and whether it is expanded. */
async function toggleForScreenReaders(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
      ignored: boolean;
    }[];
  };
  const node = nodes.find((candidate) => !candidate.ignored && candidate.role?.value === 'DisclosureTriangle');
  await cdp.detach();
  return {
    name: node?.name?.value,
    expanded: node?.properties?.find((property) => property.name === 'expanded')?.value.value,
  };
}

test.describe('on a phone (375 px)', () => {
  test.use(phone);

  for (const path of pages) {
    test(`${path}: the page's heading starts within the first 160 px`, async ({ page }, testInfo) => {
      await page.goto(path);
      const box = await page.getByRole('heading', { level: 1 }).boundingBox();
      await page.screenshot({ path: testInfo.outputPath(`375px${path.replace(/\W+/g, '-')}.png`) });
      expect(box, path).not.toBeNull();
      expect(box!.y, path).toBeLessThanOrEqual(160);
    });

    test(`${path}: fits 375 px without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    });
  }

  test('one tap opens search, the sections and the languages', async ({ page }) => {
    await page.goto('/uk/practices/');
    const search = page.getByRole('searchbox', { name: uk['search.label'] });
    const sections = page.getByRole('navigation', { name: uk['nav.label'] });
    await expect(search).toBeHidden();
    await expect(sections).toBeHidden();
    await toggle(page).tap();
    await expect(search).toBeVisible();
    const links = await sections.getByRole('link').all();
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      await expect(link).toBeVisible();
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await expect(sections.getByRole('link', { name: uk['nav.municipalities'] })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: uk['languageSelect.label'] }).getByRole('link', { name: locales.nl.label }),
    ).toBeVisible();
    expect((await toggle(page).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await toggle(page).tap();
    await expect(search).toBeHidden();
  });

  test('the toggle is a disclosure for screen readers: named, collapsed, then expanded', async ({ page }) => {
    await page.goto('/uk/');
    expect(await toggleForScreenReaders(page)).toEqual({ name: uk['header.menuAndSearch'], expanded: false });
    await toggle(page).click();
    expect(await toggleForScreenReaders(page)).toEqual({ name: uk['header.menuAndSearch'], expanded: true });
  });

  test('keyboard only: Tab reaches the toggle, Enter opens it, and search and sections follow', async ({ page }) => {
    await page.goto('/uk/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: uk['skipLink.label'] })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: uk['site.name'] })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toggle(page)).toBeFocused();
    // The focus is visible: an outline drawn around the toggle.
    expect(await toggle(page).evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const search = page.getByRole('searchbox', { name: uk['search.label'] });
    await expect(search).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: uk['nav.label'] }).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/uk\/practices\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk['kinds.practices']);
  });

  test('the search form in the menu searches', async ({ page }) => {
    await page.goto('/uk/municipalities/');
    await toggle(page).tap();
    const search = page.getByRole('searchbox', { name: uk['search.label'] });
    await search.fill('скарги');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/uk\/search\/\?q=/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the menu still opens', async ({ page }) => {
      await page.goto('/uk/');
      await toggle(page).tap();
      await expect(
        page.getByRole('navigation', { name: uk['nav.label'] }).getByRole('link', { name: uk['nav.municipalities'] }),
      ).toBeVisible();
    });
  });
});

test('on a wide screen the sections, search and languages show without a toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/uk/practices/');
  await expect(toggle(page)).toBeHidden();
  await expect(
    page.getByRole('navigation', { name: uk['nav.label'] }).getByRole('link', { name: uk['nav.municipalities'] }),
  ).toBeVisible();
  await expect(page.getByRole('searchbox', { name: uk['search.label'] })).toBeVisible();
  await expect(page.getByRole('navigation', { name: uk['languageSelect.label'] })).toHaveCount(1);
  await expect(
    page.getByRole('navigation', { name: uk['languageSelect.label'] }).getByRole('link', { name: locales.en.label }),
  ).toBeVisible();
});
