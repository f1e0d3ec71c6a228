import type { Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations.ts';
import { municipalityName, themeName } from './fixture.ts';

const { nl } = dictionaries;

/**
 * Opens /nl/share/, fills in the case the browser tests share (a weekly consultation hour with
 * interpreters, a literal `<` in its body that the page must escape) and submits it; `outcomes`
 * holds one outcome a line.
 */
export async function shareCase(page: Page, outcomes: string) {
  await page.goto('/nl/share/');
  await page.getByLabel(nl['kind.cases']).check();
  await page.getByLabel(nl['share.titleField']).fill('Spreekuur met tolken in de bibliotheek');
  await page
    .getByLabel(nl['share.summary'])
    .fill('Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen in hun eigen taal kunnen stellen.');
  await page.getByRole('group', { name: nl['share.themes'] }).getByLabel(themeName('services').nl).check();
  await page.getByLabel(municipalityName('aalsmeer').nl).check();
  await page.getByLabel(nl['share.periodStart']).fill('2026-03-01');
  await page.getByLabel(nl['share.outcomes']).fill(outcomes);
  await page.getByLabel(nl['share.body']).fill('## Aanpak\n\nElke week een spreekuur, met <tolken> erbij.');
  await page.getByLabel(nl['share.sources']).fill('Verzamelbrief opvang Oekraïne | https://www.rijksoverheid.nl/');
  await page.getByRole('button', { name: nl['share.submit'] }).click();
}
