import { expect, test, type Page } from '@playwright/test';
import { locales, type Lang } from '../../src/i18n/locales.ts';
import { fillPlaceholders, pluralString } from '../../src/i18n/plural.ts';
import { dictionaries } from '../../src/i18n/translations.ts';
import { withoutTokens } from '../../src/search/query-plan.ts';
import { municipalityName, themeName } from './fixture.ts';

const { nl, uk, en } = dictionaries;
const results = (page: Page) => page.locator('.kb-result');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The plural forms of the results announcement in a language. */
const resultForms = (lang: Lang) => {
  const d = dictionaries[lang];
  return {
    one: d['search.results.one'],
    few: d['search.results.few'],
    many: d['search.results.many'],
    other: d['search.results.other'],
  };
};
/** The results announcement for a query, whatever the count. */
const resultsFor = (lang: Lang, query: string) =>
  new RegExp(
    Object.values(resultForms(lang))
      .map((form) => escape(fillPlaceholders(form, { query })).replace(escape('{count}'), '[\\d\\s.,]+'))
      .join('|'),
  );

/** Types a query into the search page and waits until the results (or the no-results message) are there. */
async function search(page: Page, lang: Lang, query: string) {
  await page.goto(`/${lang}/search/`);
  await page.waitForLoadState('networkidle');
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).not.toHaveText(
    new RegExp(`^(|${escape(dictionaries[lang]['search.loading'])})$`),
  );
  // Then the other languages and the facet counts.
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
}

/** The addresses of the results the search page shows for a query. */
async function found(page: Page, lang: Lang, query: string) {
  await search(page, lang, query);
  const more = page.getByRole('button', { name: dictionaries[lang]['search.more'] });
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(before);
  }
  return (
    await results(page)
      .locator('h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  ).sort();
}

/** The part of Pagefind's browser API these tests call. */
type PagefindModule = {
  search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
};

/** What Pagefind finds for the words exactly as typed, without our Ukrainian prefixes. */
async function rawCount(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindModule;
    return (await pagefind.search(q)).results.length;
  }, query);
}

test('«More results» by keyboard moves the focus to the first new result, also when the button disappears', async ({
  page,
}) => {
  await search(page, 'nl', 'gemeenten');
  const more = page.getByRole('button', { name: dictionaries.nl['search.more'] });
  await expect(more).toBeVisible();
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(results(page).nth(before).locator('h2 a')).toBeFocused();
  }
  await expect(more).toBeHidden();
  await expect(page.locator('.kb-result h2 a:focus')).toHaveCount(1);
});

test('a Ukrainian query finds the entry in Ukrainian, with the words highlighted', async ({ page }) => {
  await search(page, 'uk', 'скарги');
  await expect(page.getByRole('status')).toHaveText(resultsFor('uk', 'скарги'));
  const first = results(page).filter({ hasText: 'Процедура подання скарг українською мовою' });
  await expect(first).toHaveCount(1);
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(results(page).first().locator('h2 a')).toHaveAttribute('href', /^\/uk\//);
});

for (const [forms, expected] of [
  [['мережа', 'мережі', 'мережу', 'мережами'], '/uk/practices/netwerk-van-sleutelfiguren/'],
  [['реєстрація', 'реєстрації', 'реєстраціями'], '/uk/practices/registratie-met-ambassade-aan-huis/'],
  [['житло', 'житла', 'житлом'], '/uk/guides/vraaggestuurde-samenwerking/'],
] as const) {
  test(`Ukrainian forms ${forms.join(', ')} all find the same entries`, async ({ page }) => {
    const lemma = await found(page, 'uk', forms[0]);
    expect(lemma).toContain(expected);
    for (const form of forms.slice(1)) expect(await found(page, 'uk', form), form).toEqual(lemma);
  });
}

test('the Ukrainian prefixes find more than Pagefind does on its own', async ({ page }) => {
  const ours = (await found(page, 'uk', 'мережами')).length;
  expect(ours).toBeGreaterThan(await rawCount(page, 'мережами'));
});

test('a Ukrainian lemma and its inflected forms find each other', async ({ page }) => {
  const lemma = await found(page, 'uk', 'громада');
  expect(lemma.length).toBeGreaterThan(3);
  expect(await found(page, 'uk', 'громадами')).toEqual(lemma);
});

test('Dutch word forms find each other (taalles / taallessen, klacht / klachten)', async ({ page }) => {
  expect(await found(page, 'nl', 'taalles')).toContain('/nl/practices/taallessen-en-rijbewijs-voor-werk/');
  expect(await found(page, 'nl', 'klacht')).toEqual(await found(page, 'nl', 'klachten'));
  expect(await found(page, 'nl', 'klacht')).toContain('/nl/practices/klachtenprocedure-in-het-oekraiens/');
});

test('English queries find English entries', async ({ page }) => {
  expect(await found(page, 'en', 'lesson')).toContain('/en/practices/taallessen-en-rijbewijs-voor-werk/');
  expect(await found(page, 'en', 'complaint')).toEqual(await found(page, 'en', 'complaints'));
});

test('facets narrow the results and can be cleared', async ({ page }) => {
  await search(page, 'nl', 'gemeenten');
  const all = await results(page).count();
  expect(all).toBe(5); // the first five of them
  // The nine entries, the three questions and the webinar of the fixture that say «gemeente(n)» or
  // «gemeentelijke», and the theme «Toegang tot gemeentelijke dienstverlening …».
  await expect(page.getByRole('status')).toContainText(
    pluralString(resultForms('nl'), 14, 'nl', { query: 'gemeenten' }),
  );
  await page.getByRole('group', { name: nl['filter.kind'] }).getByRole('checkbox', { name: nl['kind.guides'] }).check();
  await expect(results(page)).toHaveCount(2);
  // The address holds the kind's id, not its name.
  await expect(page).toHaveURL(/\?q=gemeenten&kind=guide$/);
  await page.getByRole('button', { name: nl['search.clearFilters'] }).click();
  await expect(results(page)).toHaveCount(all);
});

test('the municipality and country facets list each municipality and country by name, and narrow to them', async ({
  page,
}) => {
  await search(page, 'nl', 'gemeenten');
  const municipalities = page.getByRole('group', { name: nl['filter.municipality'] });
  // Aalsmeer and Amstelveen (a practice, a case and a question they ask) and Mariupol (a question it asks).
  await expect(municipalities.getByRole('checkbox')).toHaveCount(3);
  await municipalities.getByRole('checkbox', { name: municipalityName('aalsmeer').nl }).check();
  await expect(page).toHaveURL(/\?q=gemeenten&municipality=aalsmeer$/);
  // The fixture's three Dutch texts that say «gemeenten» and name Aalsmeer: the practice, the case and
  // the webinar.
  await expect(results(page)).toHaveCount(3);
  await page.getByRole('button', { name: nl['search.clearFilters'] }).click();
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  // The Netherlands (Aalsmeer, Amstelveen) and Ukraine (Mariupol asks a question).
  const countries = page.getByRole('group', { name: nl['filter.country'] });
  await expect(countries.getByRole('checkbox')).toHaveCount(2);
  await countries.getByRole('checkbox', { name: nl['country.NL'] }).check();
  await expect(page).toHaveURL(/\?q=gemeenten&country=NL$/);
  // The practice, the case and the webinar of Aalsmeer, and Amstelveen's question.
  await expect(results(page)).toHaveCount(4);
});

test('events are found in their own language, shown with their type, and narrowed to by the kind «event»', async ({
  page,
}) => {
  // Another form of «вебінар» than the title's finds the webinar's Ukrainian text.
  expect(await found(page, 'uk', 'вебінару')).toContain('/uk/events/webinar-contact-met-inwoners/');
  // The English page of the webinar shows its Dutch text: only each language's own texts are indexed.
  expect(await found(page, 'en', 'webinar')).not.toContain('/en/events/webinar-contact-met-inwoners/');
  await search(page, 'nl', 'gemeenten');
  const kinds = page.getByRole('group', { name: nl['filter.kind'] });
  await kinds.getByRole('checkbox', { name: nl['kind.events'] }).check();
  await expect(page).toHaveURL(/\?q=gemeenten&kind=event$/);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('.kb-result__kind')).toHaveText(nl['event.type.webinar']);
  await expect(results(page).locator('h2 a')).toHaveAttribute('href', '/nl/events/webinar-contact-met-inwoners/');
});

test('filters in the address are ids; the page shows their names, and ignores unknown values', async ({ page }) => {
  await page.goto('/uk/search/?q=громади&kind=guide&theme=housing&kind=nonsense&year=soon&country=XX');
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  const kinds = page.getByRole('group', { name: uk['filter.kind'] });
  await expect(kinds.getByRole('checkbox', { name: uk['kind.guides'] })).toBeChecked();
  await expect(
    page.getByRole('group', { name: uk['filter.theme'] }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=%D0%B3%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B8&theme=housing&kind=guide$/);
  const hrefs = await results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/uk\/guides\//);
  // The same address in another language selects the same filter, shown in that language.
  await page.goto('/nl/search/?q=gemeenten&kind=guide');
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await expect(
    page.getByRole('group', { name: nl['filter.kind'] }).getByRole('checkbox', { name: nl['kind.guides'] }),
  ).toBeChecked();
  await expect(results(page)).toHaveCount(2);
  // A link saved when the address held names still selects the filter, and the address becomes ids.
  await page.goto(`/nl/search/?${new URLSearchParams({ q: 'gemeenten', kind: nl['kind.guides'] })}`);
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await expect(results(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\?q=gemeenten&kind=guide$/);
});

test('results can be ordered by date', async ({ page }) => {
  await search(page, 'en', 'municipalities');
  await page.getByLabel(en['search.sort']).selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  // The address changes as the new search starts; the list is re-ordered when it is done.
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  const dates = await results(page).locator('.kb-result__meta').allTextContents();
  const parsed = dates.map((text) => Date.parse(/\d{1,2} \w+ \d{4}/.exec(text)?.[0] ?? ''));
  expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
});

test('a query without results says so and points to the themes', async ({ page }) => {
  await search(page, 'uk', 'ґзщшйцук');
  await expect(page.getByRole('status')).toContainText(fillPlaceholders(uk['search.none'], { query: 'ґзщшйцук' }));
  await page.getByRole('status').getByRole('link', { name: uk['home.themes'] }).click();
  await expect(page).toHaveURL(/\/uk\/#themes$/);
});

test('only the entry is indexed: not navigation, footer, notices, related entries or the edit link', async ({
  page,
}) => {
  await page.goto('/uk/search/');
  const content = await page
    .evaluate(async () => {
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindModule;
      const { results } = await pagefind.search('скарг');
      const pages = await Promise.all(results.map((result) => result.data()));
      return pages.find((data) => data.url === '/uk/practices/klachtenprocedure-in-het-oekraiens/')?.content ?? '';
    })
    .then((indexed) => withoutTokens(indexed, []).content); // the lemma tokens before each Ukrainian word
  expect(content).toContain('Процедура подання скарг українською мовою');
  for (const outside of [
    uk['skipLink.label'],
    uk['nav.label'],
    uk['search.label'],
    uk['footer.about'],
    uk['entry.unreviewedTranslation'],
    uk['entry.related'],
    uk['entry.languages'],
    uk['entry.edit'],
    // The labels of the entry's facts: Pagefind would join each to its value («ТемиЖитло»).
    uk['entry.themes'],
    uk['entry.published'],
  ]) {
    expect(content, outside).not.toContain(outside);
  }
  // The facts themselves are indexed.
  expect(content).toContain(themeName('services').uk);
});

test('the search box in the header leads to the search page with the query', async ({ page }) => {
  await page.goto('/nl/practices/');
  await page.getByRole('searchbox', { name: nl['search.label'] }).fill('klacht');
  await page.getByRole('button', { name: nl['search.button'], exact: true }).click();
  await expect(page).toHaveURL(/\/nl\/search\/\?q=klacht$/);
  await expect(results(page).first()).toBeVisible();
});

test('search works with the keyboard only', async ({ page }) => {
  await page.goto('/uk/search/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('громади');
  await page.keyboard.press('Enter');
  await expect(results(page).first()).toBeVisible();
  const before = await results(page).count();
  const box = page.getByRole('group', { name: uk['filter.kind'] }).getByRole('checkbox', { name: uk['kind.guides'] });
  for (let i = 0; i < 15 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect.poll(() => results(page).count()).toBeLessThan(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page leads to the browse pages', async ({ page }) => {
    await page.goto('/nl/');
    await page.getByRole('searchbox', { name: nl['search.label'] }).fill('klacht');
    await page.getByRole('button', { name: nl['search.button'], exact: true }).click();
    await expect(page.getByText(nl['search.noScript'])).toBeVisible();
    await page.getByRole('link', { name: nl['kinds.practices'] }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['kinds.practices']);
  });
});

test('no search code is downloaded before the reader searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/uk/search/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  requested.length = 0;
  await page.goto('/uk/practices/klachtenprocedure-in-het-oekraiens/');
  await page.waitForLoadState('networkidle');
  // An entry page's only script is its «keep for offline reading» button's.
  expect(requested.filter((path) => path.endsWith('.js') && !/^\/_astro\/(KeepOffline|keep)\./u.test(path))).toEqual(
    [],
  );
});

test('an entry without an English text is listed from the English search page, marked with its language', async ({
  page,
}) => {
  await search(page, 'en', 'inceptiefase');
  const others = page.getByRole('region', { name: en['search.otherLanguages'] });
  await expect(others).toBeVisible();
  const listed = others.locator('.kb-result');
  await expect(listed).toHaveCount(1);
  await expect(listed).toHaveAttribute('lang', 'nl');
  await expect(listed.getByRole('link')).toHaveAttribute('href', '/nl/cases/inceptiefase-van-de-pilot/');
  await expect(page.getByRole('status')).toContainText(fillPlaceholders(en['search.otherCount'], { count: 1 }));
  // Entries that have an English text are not repeated there.
  await search(page, 'en', 'pilot');
  await expect(
    page.locator('.kb-search__others .kb-result a[href="/nl/cases/aalsmeer-sluit-aan-bij-de-pilot/"]'),
  ).toHaveCount(0);
});

test('a query that matches nothing says so and offers the themes, but no language that finds nothing either', async ({
  page,
}) => {
  await search(page, 'nl', 'qzxwvkj');
  const status = page.getByRole('status');
  await expect(status).toContainText(fillPlaceholders(nl['search.none'], { query: 'qzxwvkj' }));
  await expect(status.getByRole('link', { name: nl['home.themes'] })).toBeVisible();
  await expect(status.getByRole('link', { name: locales.uk.label })).toHaveCount(0);
  await expect(status.getByRole('link', { name: locales.en.label })).toHaveCount(0);
  await expect(results(page)).toHaveCount(0);
});

test('a query that finds nothing here offers the languages whose index finds it', async ({ page }) => {
  // A Ukrainian word on the English page: the English index lacks it, the Ukrainian one has it.
  await search(page, 'en', 'скарг');
  const status = page.getByRole('status');
  await expect(status.getByRole('link', { name: locales.uk.label })).toHaveAttribute(
    'href',
    `/uk/search/?q=${encodeURIComponent('скарг')}`,
  );
  await expect(status.getByRole('link', { name: locales.nl.label })).toHaveCount(0);
});

test('a typo finds nothing, and «did you mean» offers the word of the site that leads to the entry', async ({
  page,
}) => {
  await search(page, 'uk', 'скаргі');
  // The fixture writes «скарг», «скаргою», «скаргами»: «скарг» is one letter away.
  const suggestion = page.getByRole('status').getByRole('link', { name: 'скарг', exact: true });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(`/uk/search/?q=${encodeURIComponent('скарг')}`);
  await page.locator('[data-kb-search][data-state="done"]').waitFor();
  await expect(results(page).first().getByRole('link')).toHaveAttribute(
    'href',
    '/uk/practices/klachtenprocedure-in-het-oekraiens/',
  );
});

test('a word Pagefind would shorten to another indexed word finds nothing', async ({ page }) => {
  // Pagefind alone takes «klacht» for «klachtqzx»; the search page does not.
  expect(await found(page, 'nl', 'klachtqzx')).toEqual([]);
  expect(await rawCount(page, 'klachtqzx')).toBeGreaterThan(0);
});
