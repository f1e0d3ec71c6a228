import { expect, test, type Page } from '@playwright/test';
import { entryCollections } from '../../src/content-model.ts';
import { langs, locales } from '../../src/i18n/locales.ts';
import { fillPlaceholders } from '../../src/i18n/plural.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { municipalityName, themeName, titleOf } from './fixture.ts';

const { nl, uk, en } = dictionaries;
const practiceUk = titleOf('practices/integrale-dienstverlening-aalsmeer/uk.mdx');
const practiceNl = titleOf('practices/integrale-dienstverlening-aalsmeer/nl.mdx');
const services = themeName('services');
// The walk reaches the municipalities from a Dutch page.
const aalsmeer = municipalityName('aalsmeer').nl;
const amstelveen = municipalityName('amstelveen').nl;

async function expectOnDutchPracticeThenPartner(page: Page) {
  await expect(page).toHaveURL(/\/nl\/practices\/integrale-dienstverlening-aalsmeer\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceNl);
}

test('an official walks from the Ukrainian home page to a partner municipality', async ({ page }) => {
  await page.goto('/uk/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('link', { name: services.uk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(services.uk);

  const cards = page.locator('.kb-listing .kb-card');
  const all = await cards.count();
  await page.getByRole('group', { name: uk['filter.kind'] }).getByLabel(uk['kinds.guides']).check();
  await expect(cards.filter({ visible: true })).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText(fillPlaceholders(uk['filter.results'], { count: 2 }));
  await page.getByRole('group', { name: uk['filter.kind'] }).getByLabel(uk['kinds.practices']).check();
  expect(await cards.filter({ visible: true }).count()).toBeLessThan(all);

  await page.getByRole('link', { name: practiceUk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceUk);
  await expect(page.getByText(uk['entry.unreviewedTranslation'])).toBeVisible();

  await page
    .getByRole('navigation', { name: uk['languageSelect.label'] })
    .getByRole('link', { name: locales.nl.label })
    .click();
  await expectOnDutchPracticeThenPartner(page);

  await page.getByRole('link', { name: aalsmeer, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(aalsmeer);
  // The partner is named in the list of partners and on the map; both lead to its profile.
  await page.getByRole('link', { name: amstelveen, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(amstelveen);
  await expect(page.getByRole('link', { name: aalsmeer, exact: true }).first()).toBeVisible();
});

test('the same walk works with the keyboard only', async ({ page }) => {
  await page.goto('/uk/');
  const tabTo = async (name: string | RegExp, options: { exact?: boolean } = {}) => {
    const target = page.getByRole('link', { name, ...options }).first();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab never reached the link ${name}`);
  };
  await tabTo(services.uk);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(services.uk);

  const kind = page.getByRole('group', { name: uk['filter.kind'] });
  await kind.getByLabel(uk['filter.all']).focus();
  await page.keyboard.press('ArrowRight');
  await expect(kind.getByLabel(uk['kinds.practices'])).toBeChecked();

  await tabTo(practiceUk);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceUk);
  await page.goto(page.url()); // reset focus to the top of the new page, as a fresh load does
  await tabTo(locales.nl.label);
  await page.keyboard.press('Enter');
  await expectOnDutchPracticeThenPartner(page);
  await tabTo(aalsmeer, { exact: true });
  await page.keyboard.press('Enter');
  await tabTo(amstelveen);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(amstelveen);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters still narrow a listing', async ({ page }) => {
    await page.goto('/nl/practices/');
    const cards = page.locator('.kb-card');
    const all = await cards.count();
    await page.getByRole('group', { name: nl['filter.effort'] }).getByLabel(nl['effort.low']).check();
    const low = await cards.filter({ visible: true }).count();
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(all);
    await page.getByRole('button', { name: nl['filter.reset'] }).click();
    await expect(cards.filter({ visible: true })).toHaveCount(all);
  });
});

/** What the listing's own count line says (CSS generated text, which screen readers read too). */
async function shownLine(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.kb-listing__shown' });
  const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as { node: { backendNodeId: number } };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      nodeId: string;
      backendDOMNodeId?: number;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
    }[];
  };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts: string[] = [];
  const walk = (n: (typeof nodes)[number] | undefined) => {
    if (!n) return;
    if (n.role?.value === 'StaticText') texts.push(n.name?.value ?? '');
    for (const child of n.childIds ?? []) walk(byId.get(child));
  };
  walk(nodes.find((n) => n.backendDOMNodeId === node.backendNodeId));
  await cdp.detach();
  return texts.join('');
}

test.describe('without JavaScript, a filtered listing', () => {
  test.use({ javaScriptEnabled: false });

  test('says how many entries it shows, and says so when none match', async ({ page }) => {
    await page.goto('/nl/practices/');
    const cards = page.locator('.kb-card');
    const shown = page.locator('.kb-listing__shown');
    const none = page.locator('.kb-listing__none');
    await expect(shown).toBeHidden();
    await expect(none).toBeHidden();
    const themes = await page.locator('input[name="theme"]:not([value=""])').all();
    const efforts = await page.locator('input[name="effort"]:not([value=""])').all();
    let empty = 0;
    for (const effort of efforts)
      for (const theme of themes) {
        await effort.check();
        await theme.check();
        const count = await cards.filter({ visible: true }).count();
        await expect(shown).toBeVisible();
        expect(await shownLine(page)).toBe(fillPlaceholders(nl['filter.results'], { count }));
        if (count === 0) {
          empty++;
          await expect(none).toBeVisible();
          await expect(none).toHaveText(`${nl['filter.none']} ${nl['home.themes']}`);
        } else await expect(none).toBeHidden();
      }
    // The fixture has a combination that matches nothing.
    expect(empty).toBeGreaterThan(0);
    await page.getByRole('button', { name: nl['filter.reset'] }).click();
    await expect(shown).toBeHidden();
    await expect(none).toBeHidden();
  });
});

test('with JavaScript, a listing filtered to nothing says so once, in its status and its empty state', async ({
  page,
}) => {
  await page.goto('/nl/practices/?effort=low&theme=economy');
  await expect(page.locator('.kb-card').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(fillPlaceholders(nl['filter.results'], { count: 0 }));
  await expect(page.locator('.kb-listing__none')).toHaveText(`${nl['filter.none']} ${nl['home.themes']}`);
  await expect(page.locator('.kb-listing__shown')).toBeHidden();
});

test('filters in the address are applied on arrival and updated on change', async ({ page }) => {
  await page.goto('/en/practices/?effort=medium');
  await expect(page.getByRole('group', { name: en['filter.effort'] }).getByLabel(en['effort.medium'])).toBeChecked();
  await page.getByRole('group', { name: en['filter.effort'] }).getByLabel(en['effort.low']).check();
  await expect(page).toHaveURL(/\?effort=low$/);
});

test('an entry without a text in the reader’s language says so and leads to the languages it has', async ({ page }) => {
  await page.goto('/en/cases/inceptiefase-van-de-pilot/');
  await expect(page.getByText(en['entry.missingTranslation'])).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('link', { name: titleOf('cases/inceptiefase-van-de-pilot/uk.mdx') }).click();
  await expect(page).toHaveURL(/\/uk\/cases\/inceptiefase-van-de-pilot\/$/);
});

test('an entry page shows its facts, sources, related entries and an edit link', async ({ page }) => {
  await page.goto('/en/cases/aalsmeer-sluit-aan-bij-de-pilot/');
  await expect(page.getByRole('heading', { name: en['entry.outcomes'] })).toBeVisible();
  await expect(page.getByRole('heading', { name: en['entry.sources'] })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: en['entry.period'] })).toBeVisible();
  const edit = page.getByRole('link', { name: en['entry.edit'] });
  await expect(edit).toHaveAttribute('href', /\/edit\/main\/content\/cases\/aalsmeer-sluit-aan-bij-de-pilot\/en\.mdx$/);
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute(
    'href',
    /\/uk\/cases\/aalsmeer-sluit-aan-bij-de-pilot\/$/,
  );
});

test('a Dutch source title that a Ukrainian translation keeps is marked as Dutch', async ({ page }) => {
  await page.goto('/uk/practices/netwerk-van-sleutelfiguren/');
  const sources = page.getByRole('region', { name: uk['entry.sources'] });
  await expect(sources.locator('[lang="nl"]')).toHaveText('Verzamelbrief opvang Oekraïne (Kamerbrief)');
  await page.goto('/nl/practices/netwerk-van-sleutelfiguren/');
  await expect(page.getByRole('region', { name: nl['entry.sources'] }).locator('[lang]')).toHaveCount(0);
});

test('a guide shows its steps as a numbered list', async ({ page }) => {
  await page.goto('/nl/guides/routekaart-voor-ontheemden/');
  expect(await page.locator('.kb-steps > ol > li').count()).toBeGreaterThan(2);
});

test('footnotes are labelled in the language of the page', async ({ page }) => {
  await page.goto('/uk/practices/klachtenprocedure-in-het-oekraiens/');
  await expect(page.locator('#footnote-label')).toHaveText(uk['footnotes.label']);
});

test('the municipality overview separates Dutch and Ukrainian municipalities and marks pilot municipalities', async ({
  page,
}) => {
  await page.goto('/nl/municipalities/');
  const dutch = page.getByRole('region', { name: nl['country.NL'] });
  await expect(dutch.getByRole('listitem').filter({ hasText: aalsmeer })).toContainText(nl['municipality.pilot']);
  await expect(
    page.getByRole('region', { name: nl['country.UA'] }).getByRole('link', { name: municipalityName('mariupol').nl }),
  ).toBeVisible();
});

test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/nl/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: nl['skipLink.label'] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 with the site’s 404 page, which speaks the reader’s language too', async ({
  page,
}) => {
  // A static host (GitHub Pages, astro preview) answers every unknown address with /404.html.
  const response = await page.goto('/uk/bestaat-niet/');
  expect(response?.status()).toBe(404);
  const ukrainian = page.locator('section[lang="uk"]');
  await expect(ukrainian.getByRole('heading')).toHaveText(uk['notFound.title']);
  await ukrainian.getByRole('link').click();
  await expect(page).toHaveURL(/\/uk\/$/);
});

for (const lang of langs) {
  test(`/${lang}/404/ leads on to the home page, every listing and the municipalities`, async ({ page }) => {
    const t = dictionaries[lang];
    const names = [
      t['nav.home'],
      ...entryCollections.map((collection) => t[`kinds.${collection}`]),
      t['kinds.questions'],
      t['nav.municipalities'],
    ];
    // The offline page lists the pages saved on the device instead (offline.spec.ts).
    for (const path of [`/${lang}/404/`]) {
      await page.goto(path);
      const list = page.getByRole('main').getByRole('list');
      await expect(list.getByRole('link'), path).toHaveText(names);
      for (const link of await list.getByRole('link').all()) {
        const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
        expect(response.status(), `${path} → ${await link.textContent()}`).toBe(200);
      }
    }
  });
}

test.describe('the root page', () => {
  test.use({ locale: 'uk-UA' });
  test('leads a reader to the language of their browser', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/uk\/$/);
  });
});

test('printing hides navigation and filters', async ({ page }) => {
  await page.goto('/nl/practices/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: nl['nav.label'] })).toBeHidden();
  await expect(page.getByRole('button', { name: nl['filter.reset'] })).toBeHidden();
  await expect(page.locator('.kb-card').first()).toBeVisible();
});

test('@phone pages fit a phone screen without sideways scrolling', async ({ page }) => {
  const paths = [
    '/uk/',
    '/uk/themes/services/',
    '/uk/practices/integrale-dienstverlening-aalsmeer/',
    '/uk/municipalities/aalsmeer/',
  ];
  // This one has a wide table, which scrolls inside its own box.
  for (const path of [...paths, '/en/practices/taallessen-en-rijbewijs-voor-werk/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
