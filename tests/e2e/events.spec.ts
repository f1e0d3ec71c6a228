import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { dictionaries } from '../../src/i18n/translations.ts';
import { expectNoWcagViolations } from './axe.ts';

// Events on the fixture site (tests/fixtures/site/events): a webinar in 2030 (Dutch, and a Ukrainian
// text in Kyiv's zone), a working visit in February 2026 that produced a practice, and a cancelled
// training in 2030 written in English only.
const langs = ['nl', 'uk', 'en'] as const;
const webinar = 'webinar-contact-met-inwoners';
const visit = 'werkbezoek-huisvesting';

for (const lang of langs) {
  const t = dictionaries[lang];

  test(`the events overview in ${lang}: upcoming and past, no axe violations`, async ({ page }) => {
    await page.goto(`/${lang}/events/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['events.title']);
    const upcoming = page.getByRole('region', { name: t['events.upcoming'] });
    const past = page.getByRole('region', { name: t['events.past'] });
    await expect(upcoming.locator('.kb-card')).toHaveCount(2);
    await expect(past.locator('.kb-card')).toHaveCount(1);
    await expect(upcoming.getByText(t['event.cancelled'], { exact: true })).toBeVisible();
    await expectNoWcagViolations(page);
  });

  test(`an event page in ${lang}: the time with its zone named, the other pilot zone, no axe violations`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/events/${webinar}/`);
    const when = page.locator('.kb-facts dd').first();
    // 10:00 in Amsterdam is 11:00 in Kyiv, whichever text the page shows.
    await expect(when).toContainText('10:00');
    await expect(when).toContainText('11:00');
    await expect(page.getByRole('link', { name: t['event.addToCalendar'] })).toHaveAttribute(
      'href',
      `/${lang}/events/${webinar}.ics`,
    );
    await expectNoWcagViolations(page);
    await page.goto(`/${lang}/events/${visit}/`);
    await expect(page.getByRole('region', { name: t['event.produced'] }).locator('.kb-card')).toHaveCount(1);
    await expect(
      page
        .getByRole('region', { name: t['entry.sources'] })
        .getByRole('link', { name: 'Programma van het werkbezoek' }),
    ).toHaveAttribute('href', 'https://example.org/programma');
    await expectNoWcagViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the events overview filters by type, theme and country, says how many are shown and where none is', async ({
    page,
  }) => {
    const t = dictionaries.en;
    await page.goto('/en/events/');
    const cards = page.locator('.kb-card');
    const upcoming = page.getByRole('region', { name: t['events.upcoming'] });
    const past = page.getByRole('region', { name: t['events.past'] });
    await expect(cards.filter({ visible: true })).toHaveCount(3);
    await expect(page.getByText(t['events.noneMatch'])).toHaveCount(2);
    await expect(page.getByText(t['events.noneMatch']).first()).toBeHidden();
    await page.getByRole('group', { name: t['filter.type'] }).getByLabel(t['event.type.working-visit']).check();
    await expect(cards.filter({ visible: true })).toHaveCount(1);
    // The visit is past: the upcoming section says that none matches, the past one does not.
    await expect(upcoming.getByText(t['events.noneMatch'])).toBeVisible();
    await expect(past.getByText(t['events.noneMatch'])).toBeHidden();
    // The count of what is shown is CSS generated content: read it as a reader's browser renders it.
    const shown = await page
      .locator('.kb-listing__shown')
      .evaluate((element) => getComputedStyle(element, '::before').content);
    expect(shown).toContain(t['filter.results'].replace('{count}', '').trim());
    await expect(page.locator('.kb-listing__shown')).toBeVisible();
    await page.getByRole('group', { name: t['filter.type'] }).getByLabel(t['filter.all']).check();
    await page.getByRole('group', { name: t['filter.country'] }).getByLabel(t['country.UA']).check();
    await expect(cards.filter({ visible: true })).toHaveCount(2);
  });
});

test('the calendar feed and an event file are iCalendar', async ({ request }) => {
  const feed = await request.get('/uk/events.ics');
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const text = await feed.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(text).toContain('STATUS:CANCELLED');
  const one = await (await request.get(`/nl/events/${webinar}.ics`)).text();
  expect(one).toContain(`UID:${webinar}.events@`);
  expect(one).toContain('DTSTART:20300312T090000Z');
});

test('the events overview offers an RSS feed of the events, read by a feed parser', async ({ page, request }) => {
  const t = dictionaries.uk;
  await page.goto('/uk/events/');
  const href = await page.getByRole('link', { name: t['feed.subscribe'] }).getAttribute('href');
  expect(href).toBe('/uk/events/feed.xml');
  const feed = await new Parser().parseString(await (await request.get(href!)).text());
  expect(feed.title).toBe(`${t['events.title']} | ${t['site.name']}`);
  // Each event once, in Ukrainian where it has a Ukrainian text, with its type and time first.
  expect(feed.items).toHaveLength(3);
  const item = feed.items.find((entry) => entry.link === `https://kennisbank.example.org/uk/events/${webinar}/`);
  expect(item?.title).toBe('Вебінар про зв’язок із мешканцями в Нідерландах');
  expect(item?.contentSnippet).toMatch(new RegExp(`^${t['event.type.webinar']}, `));
  expect(feed.items.filter((entry) => entry.title?.endsWith(`(${t['event.cancelled']})`))).toHaveLength(1);
});

test('upcoming events on the home page, a theme page and a municipality profile; past ones where an entry came from', async ({
  page,
}) => {
  const t = dictionaries.uk;
  const upcoming = () => page.getByRole('region', { name: t['events.upcoming'] });
  await page.goto('/uk/');
  // The webinar and the cancelled training are both still to come; the visit is past.
  await expect(upcoming().locator('.kb-card')).toHaveCount(2);
  await expectNoWcagViolations(page);
  await page.goto('/uk/themes/services/');
  await expect(upcoming().locator('.kb-card')).toHaveCount(1);
  await expect(upcoming().locator('.kb-card a')).toHaveAttribute('href', `/uk/events/${webinar}/`);
  await expectNoWcagViolations(page);
  await page.goto('/uk/municipalities/mariupol/');
  await expect(upcoming().locator('.kb-card')).toHaveCount(2);
  await page.goto('/uk/practices/integrale-dienstverlening-aalsmeer/');
  const cameFrom = page.getByRole('region', { name: t['events.cameFrom'] });
  await expect(cameFrom.locator('.kb-card a')).toHaveAttribute('href', `/uk/events/${visit}/`);
  await expectNoWcagViolations(page);
});
