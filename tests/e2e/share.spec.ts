import { expect, test, type Page } from '@playwright/test';
import { fillPlaceholders } from '../../src/i18n/plural.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { themeName } from './fixture.ts';
import { shareCase } from './share-case.ts';
import { siteContent } from './site.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const { nl, uk, en } = dictionaries;
const services = themeName('services');

test('the share form produces a file that passes npm run check', async ({ page }) => {
  await shareCase(page, 'Een vast spreekuur\nMinder doorverwijzingen {volgens de gemeente}');
  await expect(page.getByLabel(nl['share.slug'])).toHaveValue('spreekuur-met-tolken-in-de-bibliotheek');

  await expect(page.getByText(nl['share.valid'])).toBeVisible();
  await expect(page.locator('[data-kb-share-path]')).toHaveText(
    'content/cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx',
  );
  const text = await page.getByLabel(nl['share.fileLabel']).inputValue();
  const github = await page.getByRole('link', { name: nl['share.github'] }).getAttribute('href');
  expect(new URL(github!).searchParams.get('filename')).toBe(
    'content/cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx',
  );
  expect(new URL(github!).searchParams.get('value')).toBe(text);

  expectValidInFixture('cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx', text);
});

/** Writes the file into a copy of the fixture site and runs npm run check on it. */
function expectValidInFixture(path: string, text: string) {
  const root = mkdtempSync(join(tmpdir(), 'kb-share-'));
  try {
    cpSync(siteContent, root, { recursive: true });
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const editors = 'redactie@kennisbank.example.org';

/** The address, subject and body of a mailto: link on the page. */
async function mailOf(page: Page, name: string) {
  const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
  expect(href).toMatch(/^mailto:/);
  const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
  return {
    address,
    subject: decodeURIComponent(fields['subject'] ?? ''),
    body: decodeURIComponent(fields['body'] ?? '').replace(/\r\n/g, '\n'),
  };
}

test('a question to the network gets its own labels, passes npm run check, and goes to the editors by email', async ({
  page,
}) => {
  await page.goto('/nl/share/');
  await page.getByLabel(nl['share.kindQuestion']).check();
  // The labels say what a question needs; the hidden wording is not part of the accessible name.
  await expect(page.getByRole('textbox', { name: nl['share.titleField'], exact: true })).toHaveCount(0);
  await page
    .getByRole('textbox', { name: nl['share.questionTitle'], exact: true })
    .fill('Hoe houden we contact met inwoners in Nederland?');
  await expect(page.getByLabel(nl['share.slug'])).toHaveValue('hoe-houden-we-contact-met-inwoners-in-nederland');
  await page
    .getByLabel(nl['share.summary'])
    .fill(
      'Onze gemeente wil weten hoe Nederlandse gemeenten contact houden met ontheemden, om hen gericht te informeren.',
    );
  await page.getByRole('group', { name: nl['share.themes'] }).getByLabel(services.nl).check();
  await expect(page.getByRole('group', { name: nl['share.askers'] })).toBeVisible();
  await page.getByLabel(nl['share.askingOrganisations']).selectOption('vng-international');
  // A question has no sources, period, outcomes or steps: the page hides those fields.
  await expect(page.getByLabel(nl['share.sources'])).toBeHidden();
  await expect(page.getByLabel(nl['share.periodStart'])).toBeHidden();
  await page
    .getByRole('textbox', { name: nl['share.questionBody'], exact: true })
    .fill('## Wat we nodig hebben\n\nEen kanaal om inwoners te bereiken die nu in Nederland wonen.');
  await page.getByRole('button', { name: nl['share.submit'] }).click();

  await expect(page.getByText(nl['share.valid'])).toBeVisible();
  const path = 'content/questions/hoe-houden-we-contact-met-inwoners-in-nederland/nl.mdx';
  await expect(page.locator('[data-kb-share-path]')).toHaveText(path);
  const text = await page.getByLabel(nl['share.fileLabel']).inputValue();
  expect(text).toContain('organisations:\n  - vng-international\npublished: ');
  expect(text).toContain('state: open\n');
  expectValidInFixture(path.replace(/^content\//, ''), text);

  const mail = await mailOf(page, nl['share.editors']);
  expect(mail.address).toBe(editors);
  expect(mail.subject).toBe(
    fillPlaceholders(nl['share.mailSubjectQuestion'], { title: 'Hoe houden we contact met inwoners in Nederland?' }),
  );
  expect(mail.body).toBe(`${fillPlaceholders(nl['share.mailIntro'], { path })}\n\n${text}`);
});

/** Fills in a practice with every required field but a theme, in English, and makes its file. */
async function sharePracticeWithoutTheme(page: Page) {
  await page.goto('/en/share/');
  await page.getByLabel(en['share.titleField']).fill('A practice without a theme');
  await page
    .getByLabel(en['share.summary'])
    .fill('This practice has a summary that is long enough but no theme at all.');
  await page.getByLabel(en['share.sources']).fill('A document');
  await page.getByRole('button', { name: en['share.submit'] }).click();
}

test('a practice goes to the editors by email too, with what the check still found', async ({ page }) => {
  await sharePracticeWithoutTheme(page);
  const problem = 'content/practices/a-practice-without-a-theme/en.mdx: themes: has 0 items; expected at least 1';
  await expect(page.getByRole('listitem').filter({ hasText: problem })).toBeVisible();
  const text = await page.getByLabel(en['share.fileLabel']).inputValue();
  const mail = await mailOf(page, en['share.editors']);
  expect(mail.address).toBe(editors);
  expect(mail.subject).toBe(fillPlaceholders(en['share.mailSubject'], { title: 'A practice without a theme' }));
  expect(mail.body).toBe(
    `${fillPlaceholders(en['share.mailIntro'], { path: 'content/practices/a-practice-without-a-theme/en.mdx' })}\n\n${en['share.mailProblems']}\n- ${problem}\n\n${text}`,
  );
});

test('sources are required for a practice and not for a question', async ({ page }) => {
  await page.goto('/en/share/');
  const sources = page.locator('[name="sources"]');
  await expect(sources).toHaveJSProperty('required', true);
  await page.getByRole('radio', { name: en['share.kindQuestion'] }).check();
  await expect(sources).toHaveJSProperty('required', false);
  await page.getByRole('radio', { name: en['kind.guides'] }).check();
  await expect(sources).toHaveJSProperty('required', true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Submits the form and returns the GitHub address it went to, without leaving the test site. */
  async function submitToGitHub(page: Page, button: string) {
    let address = '';
    await page.route('https://github.com/**', (route) => {
      address = route.request().url();
      return route.fulfill({ contentType: 'text/plain', body: 'GitHub' });
    });
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByText('GitHub')).toBeVisible();
    return new URL(address);
  }

  test('a question goes to the GitHub form "Ask the network"', async ({ page }) => {
    await page.goto('/uk/share/');
    await expect(page.getByText(uk['share.noScript'])).toBeVisible();
    await page.getByLabel(uk['share.kindQuestion']).check();
    await page.getByLabel(uk['share.questionTitle']).fill('Як підтримувати зв’язок з мешканцями?');
    await page
      .getByLabel(uk['share.summary'])
      .fill('Громада хоче знати, як нідерландські муніципалітети підтримують зв’язок із переміщеними особами.');
    const github = await submitToGitHub(page, uk['share.submit']);
    expect(github.pathname).toMatch(/\/issues\/new$/);
    expect(github.searchParams.get('template')).toBe('ask-the-network.yml');
    expect(github.searchParams.get('title')).toBe('Як підтримувати зв’язок з мешканцями?');
    expect(github.searchParams.get('kind')).toBe('question');
  });

  test('a practice goes to the GitHub form "Propose a practice"', async ({ page }) => {
    await page.goto('/nl/share/');
    await page.getByLabel(nl['share.titleField']).fill('Spreekuur met tolken');
    await page
      .getByLabel(nl['share.summary'])
      .fill('Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.');
    await page.getByLabel(nl['share.sources']).fill('Verzamelbrief opvang Oekraïne');
    const github = await submitToGitHub(page, nl['share.submit']);
    expect(github.searchParams.get('template')).toBe('propose-practice.yml');
    expect(github.searchParams.getAll('template')).toHaveLength(1);
  });

  test('the editors can be written to without any account, with the fields to fill in', async ({ page }) => {
    await page.goto('/en/share/');
    await expect(page.getByText(en['share.mailNoScript'])).toBeVisible();
    const mail = await mailOf(page, editors);
    expect(mail.address).toBe(editors);
    expect(mail.subject).toBe(en['share.mailSubjectNoScript']);
    expect(mail.body).toBe(en['share.mailTemplate']);
  });
});

test('the share form names what is missing, with the rules of the check', async ({ page }) => {
  await sharePracticeWithoutTheme(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'themes: has 0 items; expected at least 1' })).toHaveText(
    'content/practices/a-practice-without-a-theme/en.mdx: themes: has 0 items; expected at least 1',
  );
});

test('a Ukrainian title gets a transliterated folder name', async ({ page }) => {
  await page.goto('/uk/share/');
  await page.getByLabel(uk['share.titleField']).fill('Реєстрація в громаді');
  await expect(page.getByLabel(uk['share.slug'])).toHaveValue('reiestratsiia-v-hromadi');
});
