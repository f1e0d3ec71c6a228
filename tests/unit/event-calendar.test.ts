import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent } from '../../src/events/calendar.ts';
import { formatEventTime } from '../../src/events/format-event-time.ts';

// Debian's python3-icalendar lives with the system Python, which may not be the first python3 on PATH.
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The events of an iCalendar text as Python's icalendar library reads them: an independent parser. */
function parseWithIcalendar(ics: string) {
  const script = `
import sys, json, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.read())
def when(value):
    value = value.dt
    return value.isoformat()
print(json.dumps({
  "name": str(calendar.get("X-WR-CALNAME")),
  "events": [{
    "uid": str(e.get("UID")), "summary": str(e.get("SUMMARY")), "location": str(e.get("LOCATION")),
    "status": str(e.get("STATUS")), "start": when(e.get("DTSTART")), "end": when(e.get("DTEND")),
    "url": str(e.get("URL")),
  } for e in calendar.walk("VEVENT")],
}))
`;
  const result = spawnSync(python, ['-c', script], { input: ics, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as {
    name: string;
    events: {
      uid: string;
      summary: string;
      location: string;
      status: string;
      start: string;
      end: string;
      url: string;
    }[];
  };
}

const webinar: CalendarEvent = {
  slug: 'webinar-in-kyiv',
  title: 'Webinar; with a comma, a backslash \\ and a title long enough to be folded at seventy-five octets',
  summary: 'What it is for.\nSecond line.',
  start: '2026-03-10T10:00+02:00',
  end: '2026-03-10T11:30+02:00',
  online: true,
  onlineLabel: 'Online',
  cancelled: true,
  url: 'https://kennisbank.example.org/en/events/webinar-in-kyiv/',
  changed: '2026-02-01',
};
const visit: CalendarEvent = {
  ...webinar,
  slug: 'werkbezoek',
  title: 'Werkbezoek',
  start: '2026-04-20',
  end: '2026-04-24',
  place: 'Aalsmeer',
  online: false,
  cancelled: false,
};
const options = { name: 'Events | Knowledge base', host: 'kennisbank.example.org', lang: 'en' };

describe('the events calendar (iCalendar, RFC 5545)', () => {
  it('is read by Python icalendar: UTC times, whole days as dates, escaping and folding undone, cancellations', () => {
    const ics = calendarFile([webinar, visit], options);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const parsed = parseWithIcalendar(ics);
    expect(parsed.name).toBe('Events | Knowledge base');
    expect(parsed.events).toEqual([
      {
        uid: 'webinar-in-kyiv.events@kennisbank.example.org',
        summary: webinar.title,
        location: 'Online',
        status: 'CANCELLED',
        // 10:00 in Kyiv (+02:00 in March) is 08:00 UTC.
        start: '2026-03-10T08:00:00+00:00',
        end: '2026-03-10T09:30:00+00:00',
        url: webinar.url,
      },
      {
        uid: 'werkbezoek.events@kennisbank.example.org',
        summary: 'Werkbezoek',
        location: 'Aalsmeer',
        status: 'CONFIRMED',
        start: '2026-04-20',
        // DTEND of a whole-day event is the day after the last.
        end: '2026-04-25',
        url: webinar.url,
      },
    ]);
  });

  it('is the same text in every build: UIDs and stamps come from the content, not the clock', () => {
    expect(calendarFile([webinar, visit], options)).toBe(calendarFile([webinar, visit], options));
  });
});

describe('event times on a page', () => {
  it('name the zone, and show the other pilot zone an hour apart', () => {
    const event = { start: '2026-03-10T10:00+01:00', end: '2026-03-10T11:30+01:00', timezone: 'Europe/Amsterdam' };
    expect(formatEventTime(event, 'en')).toEqual({
      local: '10 March 2026, 10:00–11:30 (Central European Standard Time)',
      other: '11:00–12:30 (Eastern European Standard Time)',
    });
    expect(formatEventTime(event, 'nl').other).toBe('11:00–12:30 (Oost-Europese standaardtijd)');
    expect(formatEventTime(event, 'uk').local).toContain('за центральноєвропейським стандартним часом');
  });

  it('show whole days as days, without a time zone', () => {
    expect(formatEventTime({ start: '2022-05-19', end: '2022-05-19' }, 'nl')).toEqual({
      local: '19 mei 2022',
      other: undefined,
    });
  });
});
