import { dictionaries } from '../../src/i18n/translations.ts';
import { titleOf } from './fixture.ts';
import { shareCase } from './share-case.ts';
import { siteDist } from './site.ts';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Content-Security-Policy (astro.config.mjs `security.csp`) is defence in depth against hostile
// entries: every page carries one, and the site's own scripts, styles, search (Pagefind's
// WebAssembly) and share form work under it without a single violation.

/** A violation, as the page reported it (securitypolicyviolation) or as Chromium logged it. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    cspViolations: Violation[];
  }
}

/** Records violations: those the current document reported, and every CSP message Chromium logged (all pages). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.cspViolations.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      true,
    );
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) logged.push(`${page.url()}: ${message.text()}`);
  });
  return {
    logged,
    reported: () => page.evaluate(() => window.cspViolations),
  };
}

/** The policy of the page: its HTTP header, else its <meta http-equiv>. */
async function policyOf(page: Page, header: string | undefined): Promise<Map<string, string[]>> {
  const meta = page.locator('meta[http-equiv="content-security-policy" i]');
  const text = header ?? ((await meta.count()) > 0 ? ((await meta.getAttribute('content')) ?? '') : '');
  return new Map(
    text
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function expectStrictPolicy(policy: Map<string, string[]>, path: string) {
  expect(policy.size, `${path} has a Content-Security-Policy`).toBeGreaterThan(0);
  expect(policy.get('object-src'), path).toEqual(["'none'"]);
  expect(policy.get('base-uri'), path).toEqual(["'self'"]);
  expect(policy.get('default-src'), path).toEqual(["'self'"]);
  for (const name of [
    'script-src',
    'script-src-elem',
    'script-src-attr',
    'style-src',
    'style-src-elem',
    'style-src-attr',
  ]) {
    expect(policy.get(name) ?? [], `${path}: ${name}`).not.toContain("'unsafe-inline'");
    expect(policy.get(name) ?? [], `${path}: ${name}`).not.toContain("'unsafe-eval'");
  }
  expect(policy.get('script-src'), path).toContain("'self'");
  // Pagefind's WebAssembly needs this, on the search page only.
  expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'"), `${path}: 'wasm-unsafe-eval'`).toBe(
    /\/search\/$/.test(path),
  );
}

// One page of every template, in every language (as in accessibility.spec.ts).
const templates = [
  '/{lang}/',
  '/{lang}/themes/services/',
  '/{lang}/practices/',
  '/{lang}/guides/',
  '/{lang}/cases/',
  '/{lang}/practices/integrale-dienstverlening-aalsmeer/',
  '/{lang}/practices/klachtenprocedure-in-het-oekraiens/',
  '/{lang}/guides/routekaart-voor-ontheemden/',
  '/{lang}/cases/aalsmeer-sluit-aan-bij-de-pilot/',
  '/{lang}/municipalities/',
  '/{lang}/municipalities/aalsmeer/',
  '/{lang}/municipalities/mariupol/',
  '/{lang}/404/',
  '/{lang}/no-such-page/',
  '/{lang}/search/',
  '/{lang}/share/',
  '/{lang}/newsletters/',
  '/{lang}/newsletters/2026-10/',
  '/404.html',
];
const paths = [
  ...new Set(templates.flatMap((template) => ['nl', 'uk', 'en'].map((lang) => template.replace('{lang}', lang)))),
];

for (const path of paths) {
  test(`${path} has a strict Content-Security-Policy and no violations`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    await page.waitForLoadState('networkidle');
    expectStrictPolicy(await policyOf(page, response?.headers()['content-security-policy']), path);
    expect(await violations.reported()).toEqual([]);
    expect(violations.logged).toEqual([]);
  });
}

test.describe('the language choice at /', () => {
  // A browser language the site does not offer: the page's inline script runs but stays on /.
  test.use({ locale: 'fr-FR' });

  test('runs its inline script under the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto('/');
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveURL(/\/$/);
    expectStrictPolicy(await policyOf(page, response?.headers()['content-security-policy']), '/');
    expect(await violations.reported()).toEqual([]);
    expect(violations.logged).toEqual([]);
  });
});

test('the inline language script at / still leads to the browser language', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/); // Playwright's Chromium speaks en-US
});

test('every page of the build has a policy', () => {
  const dist = siteDist;
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    // Attachments (files/) and the newsletter e-mails (newsletters/) are not pages of the site.
    (file) => file.endsWith('.html') && !/^(files|newsletters|pagefind)\//.test(file),
  );
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    expect(policy, file).toContain("object-src 'none'");
    expect(policy, file).not.toContain("'unsafe-inline'");
    expect(html, `${file}: inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);
  }
});

for (const [lang, query] of [
  ['nl', 'klachten'],
  ['uk', 'скарги'],
] as const) {
  const title = titleOf(`practices/klachtenprocedure-in-het-oekraiens/${lang}.mdx`);
  test(`/${lang}/search/ finds "${query}" under the policy (Pagefind's WebAssembly runs)`, async ({ page }) => {
    const violations = await watchViolations(page);
    // The search form in the header of another page posts to the search page (form-action 'self').
    await page.goto(`/${lang}/practices/`);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
    await expect(page.locator('.kb-search__results').getByRole('link', { name: title }).first()).toBeVisible();
    await expect(page.locator('.kb-search__facets input').first()).toBeVisible();
    expect(await violations.reported()).toEqual([]);
    expect(violations.logged).toEqual([]);
  });
}

test('the share form makes its file under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  const nl = dictionaries.nl;
  await shareCase(page, 'Een vast spreekuur\nMinder doorverwijzingen');
  await expect(page.getByText(nl['share.valid'])).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: nl['share.download'] }).click();
  expect((await download).suggestedFilename()).toBe('spreekuur-met-tolken-in-de-bibliotheek-nl.mdx');
  await expect(page.getByRole('link', { name: nl['share.github'] })).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\//,
  );
  expect(await violations.reported()).toEqual([]);
  expect(violations.logged).toEqual([]);
});

test('the policy blocks what a hostile entry could try, and the watcher sees it', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/nl/practices/integrale-dienstverlening-aalsmeer/');
  await page.waitForLoadState('networkidle');
  expect(await violations.reported()).toEqual([]);

  const ran = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const main = document.querySelector('main')!;
    // An inline event handler, an inline script, a style attribute and a foreign image.
    const handler = document.createElement('button');
    handler.setAttribute('onclick', 'window.handlerRan = true');
    main.append(handler);
    handler.click();
    const script = document.createElement('script');
    script.textContent = 'window.scriptRan = true';
    main.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    main.append(styled);
    // The one style attribute Markdown tables need is allowed.
    const aligned = document.createElement('td');
    aligned.setAttribute('style', 'text-align:right');
    main.append(aligned);
    const image = document.createElement('img');
    image.src = 'https://evil.example/x.png';
    main.append(image);
    // WebAssembly is allowed on the search page only (which runs Pagefind in the page, as here).
    type Pagefind = { options: (options: object) => Promise<void>; search: (query: string) => Promise<unknown> };
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ noWorker: true });
    const searched = await pagefind.search('klachten').then(
      () => true,
      () => false,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      searched,
      handler: w['handlerRan'] === true,
      script: w['scriptRan'] === true,
      red: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
      aligned: getComputedStyle(aligned).textAlign,
    };
  });
  expect(ran).toEqual({ searched: false, handler: false, script: false, red: false, aligned: 'right' });
  const reported = await violations.reported();
  expect(reported.map(({ directive, blocked }) => `${directive} ${blocked}`).sort()).toEqual(
    [
      'img-src https://evil.example/x.png',
      'script-src wasm-eval',
      'script-src-elem inline',
      'script-src-attr inline',
      'style-src-attr inline',
    ].sort(),
  );
  expect(violations.logged.length).toBeGreaterThanOrEqual(3);
});
