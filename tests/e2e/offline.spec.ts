import { expectNoWcagViolations } from './axe.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaries } from '../../src/i18n/translations.ts';
import { siteContent, siteDist } from './site.ts';

// Reading without a connection (src/integrations/offline.ts, service-worker.js): pages a reader
// opened load offline with their styles, an unvisited page answers with the offline page of its
// language, "keep for offline" stores a guide the service worker never saw, and a new deploy is
// what a connected reader gets.

/** Waits until the service worker controls the page (it claims open pages when it activates). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const headerColour = (page: Page) =>
  page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor);

test('pages a reader opened load offline with their styles; an unvisited page shows the offline page in its language', async ({
  page,
  context,
}) => {
  await page.goto('/uk/');
  await controlled(page);
  const visited = ['/uk/', '/uk/guides/routekaart-voor-ontheemden/', '/nl/municipalities/aalsmeer/', '/en/practices/'];
  const online = new Map<string, { title: string; colour: string }>();
  for (const path of visited) {
    await page.goto(path);
    online.set(path, { title: (await heading(page).textContent()) ?? '', colour: await headerColour(page) });
  }
  expect(online.get('/uk/')!.colour).not.toBe('rgba(0, 0, 0, 0)');

  await context.setOffline(true);
  for (const path of visited) {
    await page.goto(path);
    await expect(heading(page), path).toHaveText(online.get(path)!.title);
    // The stylesheets came from the device too.
    expect(await headerColour(page), path).toBe(online.get(path)!.colour);
  }
  for (const [lang, path] of [
    ['uk', '/uk/cases/aalsmeer-sluit-aan-bij-de-pilot/'],
    ['nl', '/nl/guides/vraaggestuurde-samenwerking/'],
    ['en', '/en/municipalities/mariupol/'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(heading(page), path).toHaveText(dictionaries[lang]['offline.title']);
    expect(await headerColour(page), path).toBe(online.get('/uk/')!.colour);
  }
});

test('every page registers the service worker with an inline script of at most 2 KB', () => {
  const pages = readdirSync(siteDist, { recursive: true, encoding: 'utf8' }).filter(
    // The newsletters' email versions are not pages of the site.
    (file) => file.endsWith('.html') && !file.startsWith('newsletters/'),
  );
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) {
    const html = readFileSync(join(siteDist, file), 'utf8');
    const registrations = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
      .map(([, code = '']) => code)
      .filter((code) => code.includes('serviceWorker.register'));
    expect(registrations, file).toHaveLength(1);
    expect(Buffer.byteLength(registrations[0]!), file).toBeLessThanOrEqual(2048);
  }
});

test('the search index is not stored', async ({ page }) => {
  await page.goto('/nl/');
  await controlled(page);
  await page.goto('/nl/search/?q=gemeenten');
  await expect(page.locator('.kb-result').first()).toBeVisible();
  const stored = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(stored.some((url) => url.includes('/nl/search/'))).toBe(true);
  expect(stored.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

const guide = '/uk/guides/vraaggestuurde-samenwerking/';
// The fixture's guides have no attachments of their own, so the test gives the guide a link to a
// file the site serves, as a guide's link to its PDF would be (the same kind of link: a file on
// this site inside the article).
const attachment = '/schemas/guide.schema.json';

/** Whether any cache of the site holds the page that is open. */
const storedCopy = (page: Page) => page.evaluate(async () => (await caches.match(location.href)) !== undefined);

async function addAttachmentLink(page: Page) {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = 'guide.schema.json';
    document.querySelector('main article')!.append(link);
  }, attachment);
}

test('the first page a reader opened is kept once the service worker is active, with its styles', async ({
  page,
  context,
}) => {
  const first = '/nl/practices/klachtenprocedure-in-het-oekraiens/';
  await page.goto(first);
  const title = (await heading(page).textContent()) ?? '';
  const colour = await headerColour(page);
  // It arrived before the service worker existed; the worker keeps it when it takes control.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => storedCopy(page), { timeout: 10_000 }).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(title);
  expect(await headerColour(page)).toBe(colour);
});

test('“keep for offline” stores a guide with attachments the service worker never saw, by keyboard', async ({
  page,
  context,
}) => {
  await page.goto(guide);
  const title = (await heading(page).textContent()) ?? '';
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The file was never fetched: only "keep for offline" stores it.
  await addAttachmentLink(page);

  const button = page.getByRole('button', { name: dictionaries.uk['keep.button'] });
  for (let i = 0; i < 60 && !(await button.evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: dictionaries.uk['keep.saved'] })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(title);
  const file = await page.evaluate(async (href) => {
    const response = await fetch(href);
    return { ok: response.ok, title: ((await response.json()) as { title?: string }).title };
  }, attachment);
  expect(file.ok).toBe(true);
  expect(file.title).toBeTruthy();
});

test('“keep for offline” on a guide’s card stores a guide that was never opened, with its attachments', async ({
  page,
  context,
}) => {
  const never = '/uk/guides/routekaart-voor-ontheemden/';
  // The guide as the server sends it, with a link to a file on this site in its article, as a link
  // to its PDF would be (the fixture's guides have no attachments of their own).
  await context.route(`**${never}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</article>',
      `<a href="${attachment}">guide.schema.json</a></article>`,
    );
    await route.fulfill({ response, body });
  });
  await page.goto('/uk/guides/');
  await controlled(page);
  const card = page.locator('.kb-card', { has: page.locator(`a[href="${never}"]`) });
  const title = (await card.getByRole('link').first().textContent()) ?? '';
  const button = card.getByRole('button', { name: `${dictionaries.uk['keep.button']}: ${title}` });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText(dictionaries.uk['keep.saved']);
  expect(page.url()).toMatch(/\/uk\/guides\/$/);

  await context.setOffline(true);
  await page.goto(never);
  await expect(heading(page)).toHaveText(title);
  const file = await page.evaluate(async (href) => (await fetch(href)).ok, attachment);
  expect(file).toBe(true);
});

test('“keep for offline” says so when the guide cannot be stored', async ({ page, context }) => {
  // Offline, a guide never opened (its card in the listing) cannot be fetched.
  await page.goto('/uk/guides/');
  await controlled(page);
  await context.setOffline(true);
  const card = page.locator('.kb-card', { has: page.locator(`a[href="${guide}"]`) });
  await card.getByRole('button').click();
  await expect(card.getByRole('status')).toHaveText(dictionaries.uk['keep.failed']);
});

for (const [kind, path] of [
  ['practice', '/uk/practices/netwerk-van-sleutelfiguren/'],
  ['case', '/nl/cases/inceptiefase-van-de-pilot/'],
  ['question', '/uk/questions/contact-met-inwoners-in-nederland/'],
  ['event', '/nl/events/webinar-contact-met-inwoners/'],
] as const) {
  test(`a ${kind} can be kept for offline reading too`, async ({ page, context }) => {
    const lang = path.split('/')[1] as 'uk' | 'nl';
    await page.goto(`/${lang}/offline/`);
    await controlled(page);
    await page.goto(path);
    const title = (await heading(page).textContent()) ?? '';
    await page.getByRole('button', { name: dictionaries[lang]['keep.button'] }).click();
    await expect(page.getByRole('status').filter({ hasText: dictionaries[lang]['keep.saved'] })).toBeVisible();
    // Only the kept copy: the pages the worker stored as they were opened are gone.
    await page.evaluate(() => caches.delete('kb-pages'));
    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).toHaveText(title);
  });
}

/** The page's heading as the offline page lists it: spaces collapsed. */
const headingText = async (page: Page) => ((await heading(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The links in the offline page's lists, by section heading. */
async function storedLists(page: Page, lang: 'nl' | 'uk' | 'en') {
  const t = dictionaries[lang];
  await expect(page.locator('[data-kb-stored], [data-kb-stored-none]').filter({ visible: true })).toHaveCount(1);
  const list = async (name: string) => {
    const section = page.getByRole('region', { name });
    return (await section.isVisible()) ? section.getByRole('link').allTextContents() : [];
  };
  return { kept: await list(t['offline.kept']), opened: await list(t['offline.opened']) };
}

test('offline, the offline page lists the kept pages and the pages opened, and its links open them offline', async ({
  page,
  context,
}) => {
  const kept = '/uk/practices/netwerk-van-sleutelfiguren/';
  const opened = '/uk/guides/routekaart-voor-ontheemden/';
  await page.goto('/uk/');
  await controlled(page);
  await expect.poll(() => storedCopy(page), { timeout: 10_000 }).toBe(true);
  const home = await headingText(page);
  await page.goto(opened);
  const openedTitle = await headingText(page);
  await page.goto(kept);
  const keptTitle = await headingText(page);
  await page.getByRole('button', { name: dictionaries.uk['keep.button'] }).click();
  await expect(page.getByRole('status').filter({ hasText: dictionaries.uk['keep.saved'] })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/uk/cases/aalsmeer-sluit-aan-bij-de-pilot/');
  await expect(heading(page)).toHaveText(dictionaries.uk['offline.title']);
  await expect(page.getByText(dictionaries.uk['offline.text'])).toBeVisible();
  const lists = await storedLists(page, 'uk');
  expect(lists.kept).toEqual([keptTitle]);
  expect(lists.opened).toEqual(expect.arrayContaining([home, openedTitle]));
  expect(lists.opened).not.toContain(keptTitle);
  await expectNoWcagViolations(page);

  // Every link of the lists opens its page from the device, none leads back to the offline page.
  const links = await page.getByRole('main').getByRole('listitem').getByRole('link').all();
  const targets = await Promise.all(
    links.map(async (link) => [await link.getAttribute('href'), await link.textContent()]),
  );
  expect(targets.length).toBe(lists.kept.length + lists.opened.length);
  for (const [href, text] of targets) {
    await page.goto(href!);
    await expect(heading(page), href!).toHaveText(text!);
  }
});

test('offline, the offline page says when nothing is saved on the device yet', async ({ page, context }) => {
  await page.goto('/nl/offline/');
  await controlled(page);
  await page.evaluate(async () => {
    for (const name of ['kb-pages', 'kb-kept']) await caches.delete(name);
  });
  await context.setOffline(true);
  await page.goto('/nl/practices/');
  await expect(heading(page)).toHaveText(dictionaries.nl['offline.title']);
  await expect(page.getByText(dictionaries.nl['offline.none'])).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(0);
});

for (const [lang, query] of [
  ['nl', 'gemeenten'],
  ['uk', 'громади'],
] as const) {
  test(`offline, search in ${lang} says that it needs a connection and leads to the pages kept on the device`, async ({
    page,
    context,
  }) => {
    const t = dictionaries[lang];
    await page.goto(`/${lang}/`);
    await controlled(page);
    await expect.poll(() => storedCopy(page), { timeout: 10_000 }).toBe(true);
    const home = await headingText(page);
    await context.setOffline(true);
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect(heading(page)).toHaveText(t['search.title']);
    const status = page.locator('.kb-search__status');
    await expect(status).toContainText(t['search.offline']);
    await expect(status).not.toContainText(t['offline.text']);
    await expectNoWcagViolations(page);
    await status.getByRole('link', { name: t['search.offlineLink'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/offline/$`));
    // At its own address the offline page does not claim that it was not saved.
    await expect(page.getByText(t['offline.text'])).toBeHidden();
    expect((await storedLists(page, lang)).opened).toContain(home);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide reads as before, without the keep button', async ({ page }) => {
    await page.goto(guide);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: dictionaries.uk['keep.button'] })).toBeHidden();
  });

  test('the guides listing reads as before, without keep buttons on the cards', async ({ page }) => {
    await page.goto('/uk/guides/');
    await expect(page.locator('.kb-card').first()).toBeVisible();
    await expect(page.locator('.kb-card button')).toHaveCount(readdirSync(join(siteContent, 'guides')).length);
    for (const button of await page.locator('.kb-card button').all()) await expect(button).toBeHidden();
  });
});

// ---------------------------------------------------------------------------------------------
// A new deploy: a site built from a copy of the fixture, served from a folder of its own, rebuilt
// with a change while a reader has it open.

function build(content: string, out: string, cache: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: out, KB_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

test.describe('a new deploy', () => {
  test.describe.configure({ timeout: 240_000 });
  let root = '';
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;

  test.afterAll(async () => {
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('replaces the pages a reader stored: reloading shows the new version, online and then offline', async ({
    page,
    context,
  }) => {
    root = mkdtempSync(join(tmpdir(), 'kb-deploy-'));
    const content = join(root, 'content');
    const out = join(root, 'site');
    cpSync(siteContent, content, { recursive: true });
    build(content, out, join(root, 'cache'));
    server = await serveDist(out);
    const origin = server.url;
    await expect
      .poll(
        () =>
          fetch(`${origin}/uk/`).then(
            (response) => response.status,
            () => 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(200);

    const path = `${origin}/uk/guides/routekaart-voor-ontheemden/`;
    await page.goto(`${origin}/uk/`);
    await controlled(page);
    await page.goto(path);
    const before = (await heading(page).textContent()) ?? '';
    const shellBefore = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.startsWith('kb-shell-')),
    );
    expect(shellBefore).toHaveLength(1);

    // The new deploy: the guide has a new title.
    const file = join(content, 'guides', 'routekaart-voor-ontheemden', 'uk.mdx');
    const changed = `${before} (оновлено)`;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^title: .*$/m, `title: ${JSON.stringify(changed)}`));
    build(content, out, join(root, 'cache'));
    // A host serves the new files from the new deploy on: the server starts again on the same address.
    const { port } = server;
    await server.stop();
    server = await serveDist(out, port);

    await page.reload();
    await expect(heading(page)).toHaveText(changed);
    // The new service worker takes over and drops the old one's stored shell.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('kb-shell-'))), {
        timeout: 20_000,
      })
      .toEqual([expect.not.stringMatching(new RegExp(`^${shellBefore[0]}$`))]);

    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).toHaveText(changed);
  });
});

// ---------------------------------------------------------------------------------------------
// Site identity for installs and tabs: a favicon (no more 404 for /favicon.ico) and a web app
// manifest in the reader's language.

test('a page loads without a failed request or console error, favicon included', async ({ page, request }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/uk/');
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  for (const icon of ['/favicon.ico', '/favicon.svg', '/icon-192.png', '/icon-512.png', '/apple-touch-icon.png']) {
    expect((await request.get(icon)).status(), icon).toBe(200);
  }
});

for (const lang of ['nl', 'uk', 'en'] as const) {
  test(`/${lang}/ has a web app manifest in ${lang} that Chromium reads without errors`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: unknown[];
      data?: string;
    };
    expect(url).toMatch(new RegExp(`/${lang}/manifest\\.webmanifest$`));
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({
      name: dictionaries[lang]['site.name'],
      short_name: dictionaries[lang]['manifest.shortName'],
      lang,
      start_url: `/${lang}/`,
    });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
}

for (const lang of ['nl', 'uk', 'en'] as const) {
  test(`/${lang}/offline/ has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(`/${lang}/offline/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dictionaries[lang]['offline.title']);
    await expectNoWcagViolations(page);
  });
}

test('the keep button of a guide has no WCAG 2.1 AA violations, before and after keeping', async ({ page }) => {
  await page.goto(guide);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const button = page.getByRole('button', { name: dictionaries.uk['keep.button'] });
  await expect(button).toBeVisible();
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: dictionaries.uk['keep.saved'] })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('.kb-keep')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});
