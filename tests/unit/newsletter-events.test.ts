import { describe, expect, it } from 'vitest';
import type { EntryRecord } from '../../src/content-check/check-content.ts';
import { eventsSection } from '../../src/newsletter/events-section.ts';

const event = (slug: string, lang: 'nl' | 'en', data: Record<string, unknown>) =>
  ({
    collection: 'events',
    slug,
    lang,
    data: { title: `Event ${slug}`, type: 'webinar', ...data },
  }) as unknown as EntryRecord;

describe('the events section of a newsletter draft', () => {
  const records = [
    event('komt-nog', 'nl', {
      start: '2026-12-10T10:00+01:00',
      end: '2026-12-10T11:00+01:00',
      timezone: 'Europe/Amsterdam',
    }),
    event('afgelast', 'nl', { start: '2026-12-11', end: '2026-12-11', state: 'cancelled' }),
    event('met-verslag', 'nl', { start: '2026-11-02', end: '2026-11-03', report: 'https://example.org/verslag' }),
    event('zonder-verslag', 'nl', { start: '2026-11-05', end: '2026-11-05' }),
    event('lang-geleden', 'nl', { start: '2026-01-05', end: '2026-01-05', outcomes: ['Iets'] }),
    event('concept', 'nl', { start: '2026-12-12', end: '2026-12-12', status: 'draft' }),
    event('alleen-engels', 'en', { start: '2026-12-20', end: '2026-12-20' }),
  ];

  it('lists upcoming events soonest first and reports of events held since the last issue, linked to their pages', () => {
    expect(eventsSection(records, 'nl', '2026-10-01', '2026-11-22')).toBe(
      '## Komende bijeenkomsten\n\n' +
        '- [Event komt-nog](/nl/events/komt-nog/): 10 december 2026, 10:00–11:00 (Midden-Europese standaardtijd) (11:00–12:00 (Oost-Europese standaardtijd))\n' +
        '- [Event alleen-engels](/nl/events/alleen-engels/): 20 december 2026\n\n' +
        '## Verslagen van eerdere bijeenkomsten\n\n' +
        '- [Event met-verslag](/nl/events/met-verslag/): 2–3 november 2026',
    );
  });

  it('is empty when there is nothing to tell', () => {
    expect(eventsSection(records.slice(4, 6), 'nl', '2026-10-01', '2026-11-22')).toBe('');
  });
});
