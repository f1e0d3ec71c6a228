import { siteContent } from './site.ts';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

test('the share form produces a file that passes npm run check', async ({ page }) => {
  await page.goto('/nl/share/');
  await page.getByLabel('Casestudie').check();
  await page.getByLabel('Titel (3–120 tekens)').fill('Spreekuur met tolken in de bibliotheek');
  await expect(page.getByLabel(/^Mapnaam/)).toHaveValue('spreekuur-met-tolken-in-de-bibliotheek');
  await page.getByLabel(/^Samenvatting/).fill('Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen in hun eigen taal kunnen stellen.');
  await page.getByRole('group', { name: "Thema's (ten minste één)" }).getByLabel(/Toegang tot gemeentelijke/).check();
  await page.getByLabel('Aalsmeer').check();
  await page.getByLabel('Begindatum').fill('2026-03-01');
  await page.getByLabel('Resultaten, één per regel').fill('Een vast spreekuur\nMinder doorverwijzingen {volgens de gemeente}');
  await page.getByLabel(/^Tekst:/).fill('## Aanpak\n\nElke week een spreekuur, met <tolken> erbij.');
  await page.getByLabel(/^Bronnen/).fill('Verzamelbrief opvang Oekraïne | https://www.rijksoverheid.nl/');
  await page.getByRole('button', { name: 'Maak het bestand' }).click();

  await expect(page.getByText('Het bestand voldoet aan de controle.')).toBeVisible();
  await expect(page.locator('[data-kb-share-path]')).toHaveText('content/cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx');
  const text = await page.getByLabel('Inhoud van het bestand').inputValue();
  const github = await page.getByRole('link', { name: 'Openen op GitHub als voorstel' }).getAttribute('href');
  expect(new URL(github!).searchParams.get('filename')).toBe('content/cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx');
  expect(new URL(github!).searchParams.get('value')).toBe(text);

  const root = mkdtempSync(join(tmpdir(), 'kb-share-'));
  try {
    cpSync(siteContent, root, { recursive: true });
    const file = join(root, 'cases/spreekuur-met-tolken-in-de-bibliotheek/nl.mdx');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the share form names what is missing, with the rules of the check', async ({ page }) => {
  await page.goto('/en/share/');
  await page.getByLabel('Title (3–120 characters)').fill('A practice without a theme');
  await page.getByLabel(/^Summary/).fill('This practice has a summary that is long enough but no theme at all.');
  await page.getByLabel(/^Sources/).fill('A document');
  await page.getByRole('button', { name: 'Make the file' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'themes: has 0 items; expected at least 1' })).toHaveText(
    'content/practices/a-practice-without-a-theme/en.mdx: themes: has 0 items; expected at least 1',
  );
});

test('a Ukrainian title gets a transliterated folder name', async ({ page }) => {
  await page.goto('/uk/share/');
  await page.getByLabel('Назва (3–120 символів)').fill('Реєстрація в громаді');
  await expect(page.getByLabel(/^Назва теки/)).toHaveValue('reiestratsiia-v-hromadi');
});
