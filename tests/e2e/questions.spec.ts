import { expect, test } from '@playwright/test';
import { fillPlaceholders } from '../../src/i18n/plural.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { formatList } from '../../src/lib/format.ts';
import { expectNoWcagViolations } from './axe.ts';
import { municipalityName, themeName } from './fixture.ts';

// Questions to the network and builds_on, on the fixture site: its questions come from the example
// content; the case «Aalsmeer sluit aan bij de pilot» builds on the demand-driven guide there.
const { nl, uk } = dictionaries;
const question = '/uk/questions/contact-met-inwoners-in-nederland/';
const guide = '/nl/guides/vraaggestuurde-samenwerking/';
const appliedCase = '/nl/cases/aalsmeer-sluit-aan-bij-de-pilot/';

test('a question page says who asks, shows its answers as cards, and leads to a way to help', async ({ page }) => {
  await page.goto(question);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByText(uk['kind.questions'], { exact: true }).first()).toBeVisible();
  await expect(page.locator('.kb-facts').getByText(uk['questions.askedBy'])).toBeVisible();
  const answers = page.getByRole('region', { name: uk['questions.answers'] });
  await expect(answers.locator('.kb-card')).toHaveCount(2);
  await page
    .getByRole('region', { name: uk['questions.offer'] })
    .getByRole('link', { name: uk['questions.offerShare'] })
    .click();
  await expect(page).toHaveURL(/\/uk\/share\/\?answers=contact-met-inwoners-in-nederland$/);
});

test('a Dutch source cited in a Ukrainian footnote is marked as Dutch', async ({ page }) => {
  await page.goto(question);
  const source = page.locator('[data-footnotes] [lang="nl"]', { hasText: 'Rapport van de inceptiefase van de pilot' });
  await expect(source.first()).toBeVisible();
});

test('an answering entry names the question it answers, and leads back to it', async ({ page }) => {
  await page.goto(question);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('region', { name: uk['questions.answers'] }).locator('.kb-card a').first().click();
  const answered = page.getByRole('region', { name: uk['entry.answersQuestion'] });
  await expect(answered).toBeVisible();
  await answered.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('builds_on shows on both sides: what a case builds on, and where a guide was applied', async ({ page }) => {
  await page.goto(appliedCase);
  const buildsOn = page.getByRole('region', { name: nl['entry.buildsOn'] });
  await expect(buildsOn.getByRole('link')).toHaveCount(1);
  await buildsOn.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${guide}$`));
  const applied = page.getByRole('region', { name: nl['entry.appliedIn'] });
  await expect(applied.getByRole('link')).toHaveText(
    fillPlaceholders(nl['entry.appliedInItem'], {
      places: formatList([municipalityName('aalsmeer').nl, municipalityName('amstelveen').nl], 'nl'),
      year: '2026',
    }),
  );
  await applied.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${appliedCase}$`));
});

test('a card says when its entry was applied elsewhere', async ({ page }) => {
  await page.goto('/nl/guides/');
  const cards = page.locator('.kb-listing .kb-card');
  const applied = cards.filter({ has: page.getByText(nl['entry.appliedIn'], { exact: true }) });
  await expect(applied).toHaveCount(1);
  await expect(applied.getByRole('link')).toHaveAttribute('href', guide);
  expect(await cards.count()).toBeGreaterThan(1);
});

test('open questions come first on the home page and on the overview', async ({ page }) => {
  await page.goto('/nl/');
  const open = page.getByRole('region', { name: nl['questions.open'] });
  await expect(open.locator('.kb-card').first()).toBeVisible();
  await expect(open.locator('.kb-card__state').first()).toHaveText(nl['questions.state.open']);
  await open.getByRole('link', { name: nl['questions.all'] }).click();
  const states = await page
    .locator('.kb-listing .kb-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-state')));
  expect(states.length).toBeGreaterThan(1);
  expect(states.indexOf('answered')).toBeGreaterThan(states.lastIndexOf('open'));
});

test('the questions overview and the open questions lead to the share page to ask a question', async ({ page }) => {
  await page.goto('/uk/questions/');
  await page.getByRole('link', { name: uk['questions.ask'] }).click();
  await expect(page).toHaveURL(/\/uk\/share\/question\/$/);
  await expect(page.getByRole('radio', { name: uk['share.kindQuestion'] })).toBeChecked();
  await expect(page.getByRole('textbox', { name: uk['share.questionTitle'], exact: true })).toBeVisible();
  await page.goto('/nl/');
  await page
    .getByRole('region', { name: nl['questions.open'] })
    .getByRole('link', { name: nl['questions.ask'] })
    .click();
  await expect(page).toHaveURL(/\/nl\/share\/question\/$/);
  await expect(page.getByRole('radio', { name: nl['share.kindQuestion'] })).toBeChecked();
  await expectNoWcagViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('«Ask the network» opens the share form as a question, its own labels shown', async ({ page }) => {
    await page.goto('/uk/questions/');
    await page.getByRole('link', { name: uk['questions.ask'] }).click();
    await expect(page.getByRole('radio', { name: uk['share.kindQuestion'] })).toBeChecked();
    await expect(page.getByRole('textbox', { name: uk['share.questionTitle'], exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: uk['share.submit'] })).toHaveAttribute(
      'value',
      'ask-the-network.yml',
    );
  });
});

test('«Can you help?» opens the share form with the question linked, through to the file and the email', async ({
  page,
}) => {
  // Two axe runs and the checker's first load, on a machine the tests share.
  test.slow();
  await page.goto('/nl/questions/terugkeerintenties-per-gemeente/');
  const question = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await expectNoWcagViolations(page);
  await page
    .getByRole('region', { name: nl['questions.offer'] })
    .getByRole('link', { name: nl['questions.offerShare'] })
    .click();
  const answers = page.getByLabel(nl['share.answers']);
  await expect(answers).toHaveValue('terugkeerintenties-per-gemeente');
  await expect(answers.locator('option:checked')).toHaveText(question);
  await expect(page.getByRole('radio', { name: nl['kind.practices'] })).toBeChecked();

  await page.getByLabel(nl['share.titleField']).fill('Terugkeerenquête per gemeente');
  await page
    .getByLabel(nl['share.summary'])
    .fill('Een korte enquête onder ontheemden in Amstelveen naar hun gemeente van herkomst en hun plannen.');
  await page.getByRole('group', { name: nl['share.themes'] }).getByLabel(themeName('services').nl).check();
  await page.getByLabel(nl['share.sources']).fill('Verzamelbrief opvang Oekraïne');
  await page.getByRole('button', { name: nl['share.submit'] }).click();

  await expect(page.getByText(nl['share.valid'])).toBeVisible();
  const reference = 'practices/terugkeerenquete-per-gemeente';
  const path = 'content/questions/terugkeerintenties-per-gemeente/';
  await expect(page.locator('[data-kb-share-answering] span')).toHaveText(
    fillPlaceholders(nl['share.answering'], { title: question, reference, path }),
  );
  await expect(page.getByRole('link', { name: nl['share.answeringEdit'] })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/questions\/terugkeerintenties-per-gemeente\/nl\.mdx$/,
  );
  const text = await page.getByLabel(nl['share.fileLabel']).inputValue();
  expect(text).toContain(`# Answers questions/terugkeerintenties-per-gemeente: add ${reference} to "answers"`);
  const href = (await page.getByRole('link', { name: nl['share.editors'] }).getAttribute('href'))!;
  expect(decodeURIComponent(href.split('&body=')[1]!).replace(/\r\n/g, '\n')).toContain(
    fillPlaceholders(nl['share.mailAnswers'], { path, reference }),
  );
  await expectNoWcagViolations(page);
});

test('the search page filters on the kind "question"', async ({ page }) => {
  await page.goto('/uk/search/?q=громади&kind=question');
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await expect(
    page.getByRole('group', { name: uk['filter.kind'] }).getByRole('checkbox', { name: uk['kind.questions'] }),
  ).toBeChecked();
  const hrefs = await page
    .locator('.kb-result h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/uk\/questions\/[a-z0-9-]+\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions overview filters by state', async ({ page }) => {
    await page.goto('/nl/questions/');
    const cards = page.locator('.kb-listing .kb-card');
    const all = await cards.count();
    await page.getByRole('group', { name: nl['filter.state'] }).getByLabel(nl['questions.state.answered']).check();
    const answered = await cards.filter({ visible: true }).count();
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(all);
  });

  test('the questions overview filters by the asking country and municipality', async ({ page }) => {
    await page.goto('/uk/questions/');
    const visible = () => page.locator('.kb-listing .kb-card').filter({ visible: true }).getByRole('heading');
    const all = await visible().count();
    await page.getByRole('group', { name: uk['questions.askingCountry'] }).getByLabel(uk['country.UA']).check();
    await expect(visible()).toHaveCount(1);
    await expect(visible().getByRole('link')).toHaveAttribute('href', question);
    await page.getByRole('group', { name: uk['questions.askingCountry'] }).getByLabel(uk['filter.all']).check();
    await page
      .getByRole('group', { name: uk['questions.askingMunicipality'] })
      .getByLabel(municipalityName('amstelveen').uk)
      .check();
    await expect(visible()).toHaveCount(1);
    await expect(visible().getByRole('link')).toHaveAttribute('href', '/uk/questions/terugkeerintenties-per-gemeente/');
    expect(all).toBeGreaterThan(2);
  });

  test('a listing shows only what was applied elsewhere', async ({ page }) => {
    await page.goto('/nl/guides/');
    const cards = page.locator('.kb-listing .kb-card');
    expect(await cards.count()).toBeGreaterThan(1);
    await page.getByRole('group', { name: nl['filter.applied'] }).getByLabel(nl['filter.appliedElsewhere']).check();
    await expect(cards.filter({ visible: true })).toHaveCount(1);
    await expect(cards.filter({ visible: true }).getByRole('link')).toHaveAttribute('href', guide);
  });
});
