import { expect, test, type Page } from '@playwright/test';
import { fillPlaceholders } from '../../src/i18n/plural.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import sharp from 'sharp';
import { expectNoWcagViolations } from './axe.ts';
import { themeName } from './fixture.ts';
import { shareCase } from './share-case.ts';
import { siteContent } from './site.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes the file (and the files beside it) into a copy of the fixture site and runs npm run check on it. */
function expectValidInFixture(path: string, text: string, beside: Record<string, Buffer> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'kb-share-'));
  try {
    cpSync(siteContent, root, { recursive: true });
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    for (const [name, bytes] of Object.entries(beside)) writeFileSync(join(dirname(file), name), bytes);
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

test('an event is announced in Ukrainian with its times in Kyiv time, its place and languages, and passes npm run check', async ({
  page,
}) => {
  // From the events overview, the form opens with the event kind chosen.
  await page.goto('/uk/events/');
  await page.getByRole('link', { name: uk['events.announce'] }).click();
  await expect(page).toHaveURL(/\/uk\/share\/event\/$/);
  await expect(page.getByRole('radio', { name: uk['share.kindEvent'] })).toBeChecked();
  // An event has no period, question to answer or effort; its own fields are shown instead.
  await expect(page.getByLabel(uk['share.periodStart'])).toBeHidden();
  await expect(page.getByLabel(uk['share.answers'])).toBeHidden();
  await page.getByLabel(uk['share.titleField']).fill('Вебінар про тимчасове житло');
  await page
    .getByLabel(uk['share.summary'])
    .fill('Вебінар мережі про те, як громади планують і будують тимчасове житло для переселених мешканців.');
  await page.getByRole('group', { name: uk['share.themes'] }).getByLabel(themeName('housing').uk).check();
  await page.getByLabel(uk['share.participatingOrganisations']).selectOption('vng-international');
  await page.getByLabel(uk['share.eventType']).selectOption({ label: uk['event.type.webinar'] });
  await page.getByLabel(uk['share.eventStart']).fill('2030-05-20');
  await page.getByLabel(uk['share.eventStartTime']).fill('11:00');
  await page.getByLabel(uk['share.eventEndTime']).fill('12:30');
  // The Ukrainian page offers Kyiv time first.
  await expect(page.getByLabel(uk['share.timezone'])).toHaveValue('Europe/Kyiv');
  await page.getByLabel(uk['share.online']).check();
  await page.getByRole('group', { name: uk['share.languages'] }).getByLabel('Українська').check();
  await page.getByRole('group', { name: uk['share.languages'] }).getByLabel('Nederlands').check();
  await page.getByRole('group', { name: uk['share.interpretation'] }).getByLabel('Nederlands').check();
  await page
    .getByRole('textbox', { name: uk['share.eventBody'], exact: true })
    .fill('## Для чого\n\nГромади діляться досвідом планування тимчасового житла.');
  await expectNoWcagViolations(page);
  await page.getByRole('button', { name: uk['share.submit'] }).click();

  await expect(page.getByText(uk['share.valid'])).toBeVisible();
  const path = await page.locator('[data-kb-share-path]').textContent();
  expect(path).toMatch(/^content\/events\/[a-z0-9-]+\/uk\.mdx$/);
  const text = await page.getByLabel(uk['share.fileLabel']).inputValue();
  // Summer time in Kyiv: three hours ahead of UTC.
  expect(text).toContain(
    'type: webinar\nstart: 2030-05-20T11:00+03:00\nend: 2030-05-20T12:30+03:00\ntimezone: Europe/Kyiv\nonline: true\nlanguages:\n  - nl\n  - uk\ninterpretation:\n  - nl\n',
  );
  expectValidInFixture(path!.replace(/^content\//, ''), text);
});

test('an event without a place or languages hears both at once, naming the form’s fields', async ({ page }) => {
  await page.goto('/en/share/');
  await page.getByRole('radio', { name: en['share.kindEvent'] }).check();
  await page.getByLabel(en['share.titleField']).fill('A training on applications');
  await page
    .getByLabel(en['share.summary'])
    .fill('A training for municipal staff on writing applications to reconstruction funds.');
  await page.getByRole('group', { name: en['share.themes'] }).getByLabel(themeName('economy').en).check();
  await page.getByLabel(en['share.eventType']).selectOption({ label: en['event.type.training'] });
  await page.getByLabel(en['share.eventStart']).fill('2030-06-02');
  await page.getByRole('button', { name: en['share.submit'] }).click();
  await expect(page.locator('[data-kb-share-problems] li')).toHaveText([
    `${en['share.field.place']}: ${en['share.check.placeOrOnline']}`,
    `${en['share.field.languages']}: ${en['share.check.chooseOne']}`,
  ]);
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
  await expect(page.getByRole('listitem').filter({ hasText: `${en['share.field.themes']}: ` })).toBeVisible();
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

  test('an event goes to the GitHub form "Announce an event", with its first day', async ({ page }) => {
    // «Announce an event» on the events overview opens the form as an event, without JavaScript too.
    await page.goto('/nl/events/');
    await page.getByRole('link', { name: nl['events.announce'] }).click();
    await expect(page.getByLabel(nl['share.kindEvent'])).toBeChecked();
    await page.getByLabel(nl['share.titleField']).fill('Werkbezoek over tijdelijke woningen');
    await page
      .getByLabel(nl['share.summary'])
      .fill('Een werkbezoek aan Aalsmeer over het plannen en bouwen van tijdelijke woningen.');
    await page.getByLabel(nl['share.eventType']).selectOption({ label: nl['event.type.working-visit'] });
    await page.getByLabel(nl['share.eventStart']).fill('2030-09-14');
    await page.getByLabel(nl['share.place']).fill('Raadhuis Aalsmeer');
    const github = await submitToGitHub(page, nl['share.submit']);
    expect(github.searchParams.getAll('template')).toEqual(['announce-event.yml']);
    expect(github.searchParams.get('type')).toBe('working-visit');
    expect(github.searchParams.get('start')).toBe('2030-09-14');
    expect(github.searchParams.get('place')).toBe('Raadhuis Aalsmeer');
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

test('the share form names what is missing, with the rules of the check, naming its own field', async ({ page }) => {
  await sharePracticeWithoutTheme(page);
  await expect(page.locator('[data-kb-share-problems] li')).toHaveText([
    `${en['share.field.themes']}: ${en['share.check.chooseOne']}`,
  ]);
});

test('a Ukrainian title gets a transliterated folder name', async ({ page }) => {
  await page.goto('/uk/share/');
  await page.getByLabel(uk['share.titleField']).fill('Реєстрація в громаді');
  await expect(page.getByLabel(uk['share.slug'])).toHaveValue('reiestratsiia-v-hromadi');
});

test.describe('photos and documents, in every route', () => {
  const slug = 'spreekuur-met-tolken-en-fotos';
  const folder = `content/practices/${slug}/`;

  /** A Dutch practice with a photo as a figure and a PDF as a source, named in the sources field too. */
  async function sharePracticeWithFiles(page: Page) {
    await page.goto('/nl/share/');
    await page.getByLabel(nl['share.titleField']).fill('Spreekuur met tolken en foto’s');
    await page
      .getByLabel(nl['share.summary'])
      .fill('Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.');
    await page.getByRole('group', { name: nl['share.themes'] }).getByLabel(services.nl).check();
    await page.getByLabel(nl['share.body']).fill('## Aanpak\n\nElke week een spreekuur.');
    await page.getByLabel(nl['share.sources']).fill('Projectplan | projectplan.pdf');
    const first = page.getByRole('group', { name: fillPlaceholders(nl['share.fileRow'], { n: 1 }) });
    await first.getByLabel(nl['share.fileName']).fill('spreekuur.jpg');
    await first.getByLabel(nl['share.fileWhat']).fill('Een tolk en een inwoner aan tafel in de bibliotheek');
    const second = page.getByRole('group', { name: fillPlaceholders(nl['share.fileRow'], { n: 2 }) });
    await second.getByLabel(nl['share.fileName']).fill('projectplan.pdf');
    await second.getByLabel(nl['share.fileWhat']).fill('Projectplan');
    await second.getByLabel(nl['share.fileUse']).selectOption('source');
    await page.getByRole('button', { name: nl['share.submit'] }).click();
  }

  test('the file places the photo and cites the PDF, says where each goes, and passes npm run check with them', async ({
    page,
  }) => {
    await sharePracticeWithFiles(page);
    await expect(page.getByText(nl['share.valid'])).toBeVisible();
    const text = await page.getByLabel(nl['share.fileLabel']).inputValue();
    expect(text).toContain('<Figure src="spreekuur.jpg" alt="Een tolk en een inwoner aan tafel in de bibliotheek" />');
    expect(text).toContain('sources:\n  - title: Projectplan\n    file: projectplan.pdf\n');
    const files = page.locator('[data-kb-share-files]');
    await expect(files.locator('p')).toHaveText(fillPlaceholders(nl['share.resultFiles'], { folder }));
    await expect(files.getByRole('listitem')).toHaveText([
      fillPlaceholders(nl['share.resultFigure'], { name: `${folder}spreekuur.jpg` }),
      fillPlaceholders(nl['share.resultSource'], { name: `${folder}projectplan.pdf` }),
    ]);

    const photo = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#8a8' } })
      .jpeg()
      .toBuffer();
    expectValidInFixture(`practices/${slug}/nl.mdx`, text, {
      'spreekuur.jpg': photo,
      'projectplan.pdf': readFileSync('tests/fixtures/valid/practices/goede-praktijk/plan.pdf'),
    });
  });

  test('GitHub: the new file, then the upload page of its folder', async ({ page }) => {
    await sharePracticeWithFiles(page);
    const github = new URL((await page.getByRole('link', { name: nl['share.github'] }).getAttribute('href'))!);
    expect(github.searchParams.get('filename')).toBe(`${folder}nl.mdx`);
    const upload = page.getByRole('link', { name: nl['share.githubUpload'] });
    await expect(upload).toHaveAttribute(
      'href',
      `${github.origin}${github.pathname.replace(/\/new\/main$/, '')}/upload/main/content/practices/${slug}`,
    );
    await expect(page.getByText(fillPlaceholders(nl['share.githubUploadHint'], { folder }))).toBeVisible();
  });

  test('email: the message names each file to attach, and the page says to attach them', async ({ page }) => {
    await sharePracticeWithFiles(page);
    await expect(
      page.getByText(fillPlaceholders(nl['share.editorsAttach'], { names: 'spreekuur.jpg, projectplan.pdf' })),
    ).toBeVisible();
    const mail = await mailOf(page, nl['share.editors']);
    expect(mail.body).toContain(
      [
        fillPlaceholders(nl['share.mailFiles'], { folder }),
        `- ${fillPlaceholders(nl['share.resultFigure'], { name: 'spreekuur.jpg' })} (Een tolk en een inwoner aan tafel in de bibliotheek)`,
        `- ${fillPlaceholders(nl['share.resultSource'], { name: 'projectplan.pdf' })} (Projectplan)`,
      ].join('\n'),
    );
  });

  test('download: the file, with the files to put beside it named', async ({ page }) => {
    await sharePracticeWithFiles(page);
    const download = page.getByRole('link', { name: nl['share.download'] });
    await expect(download).toHaveAttribute('download', `${slug}-nl.mdx`);
    await expect(page.locator('[data-kb-share-files]')).toBeVisible();
  });
});

test('a file written in the sources leads to the files, in Ukrainian, and passes once listed', async ({ page }) => {
  await page.goto('/uk/share/');
  await page.getByLabel(uk['share.titleField']).fill('Прийом із перекладачами');
  await page
    .getByLabel(uk['share.summary'])
    .fill('Щотижневий прийом із перекладачами, щоб переміщені особи могли поставити свої запитання.');
  await page.getByRole('group', { name: uk['share.themes'] }).getByLabel(services.uk).check();
  await page.getByLabel(uk['share.sources']).fill('Проєктний план | projectplan.pdf');
  await page.getByRole('button', { name: uk['share.submit'] }).click();
  await expect(page.locator('[data-kb-share-problems] li')).toHaveText([
    `${fillPlaceholders(uk['share.field.line'], { field: uk['share.field.sources'], line: 1 })}: ${fillPlaceholders(uk['share.check.sourceFile'], { name: 'projectplan.pdf' })}`,
  ]);
  await expectNoWcagViolations(page);

  const first = page.getByRole('group', { name: fillPlaceholders(uk['share.fileRow'], { n: 1 }) });
  await first.getByLabel(uk['share.fileName']).fill('projectplan.pdf');
  await first.getByLabel(uk['share.fileWhat']).fill('Проєктний план');
  await first.getByLabel(uk['share.fileUse']).selectOption('source');
  await page.getByRole('button', { name: uk['share.submit'] }).click();
  await expect(page.getByText(uk['share.valid'])).toBeVisible();
});

test('what another municipality needs is kept when the effort is not stated, and the page asks for it', async ({
  page,
}) => {
  await page.goto('/nl/share/');
  await page.getByLabel(nl['share.titleField']).fill('Spreekuur met tolken');
  await page
    .getByLabel(nl['share.summary'])
    .fill('Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.');
  await page.getByRole('group', { name: nl['share.themes'] }).getByLabel(services.nl).check();
  await page.getByLabel(nl['share.sources']).fill('Verzamelbrief opvang Oekraïne');
  await expect(page.getByLabel(nl['share.effort'])).toHaveValue('');
  await page.getByLabel(nl['share.needs']).fill('een tolk\nruimte in de bibliotheek\nbudget voor een jaar');
  await page.getByRole('button', { name: nl['share.submit'] }).click();
  await expect(page.locator('[data-kb-share-problems] li')).toHaveText([
    `${nl['share.field.effort']}: ${nl['share.check.effort']}`,
  ]);
  const text = await page.getByLabel(nl['share.fileLabel']).inputValue();
  expect(text).toContain('needs:\n    - een tolk\n    - ruimte in de bibliotheek\n    - budget voor een jaar\n');
});

test('what the chosen kind has no field for is named, not silently left out', async ({ page }) => {
  await page.goto('/nl/share/');
  await page.getByLabel(nl['share.sources']).fill('Verzamelbrief opvang Oekraïne');
  await page.getByLabel(nl['share.kindQuestion']).check();
  await page.getByLabel(nl['share.questionTitle']).fill('Hoe houden we contact met inwoners in Nederland?');
  await page.getByLabel(nl['share.summary']).fill('Onze gemeente wil weten hoe Nederlandse gemeenten contact houden.');
  await page.getByRole('button', { name: nl['share.submit'] }).click();
  await expect(page.locator('[data-kb-share-notes] li')).toHaveText([
    fillPlaceholders(nl['share.dropped'], { field: nl['share.field.sources'], kind: nl['share.kindQuestion'] }),
  ]);
});
