import ical, { ICalEventStatus } from 'ical-generator';
import { dayAfter, instantOf, isDay } from '../schemas/event-time.ts';

/** What a calendar needs of one event, in one language. */
export interface CalendarEvent {
  slug: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  place?: string | undefined;
  online: boolean;
  /** `online` in the reader's language, for the location of an event without a place. */
  onlineLabel: string;
  cancelled: boolean;
  /** The event page, absolute. */
  url: string;
  /** Last change of the text (`updated`, else `published`): DTSTAMP, so that a build is reproducible. */
  changed: string;
}

/**
 * An iCalendar file (RFC 5545) of events, made with ical-generator, which escapes text, folds lines
 * at 75 octets and ends them with CRLF. Times are written in UTC (`DTSTART:20260310T090000Z`), exact
 * without a VTIMEZONE; whole days as dates (`DTSTART;VALUE=DATE:20220519`, DTEND the day after the
 * last). The UID is the event's folder and the site's host, the same in every build and language,
 * so a calendar that subscribed to two languages shows an event once. A cancelled event stays in
 * the feed with `STATUS:CANCELLED`, so subscribed calendars take it off the day instead of keeping it.
 */
export function calendarFile(events: CalendarEvent[], options: { name: string; host: string; lang: string }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'events', language: options.lang.toUpperCase() },
  });
  for (const event of events) {
    const allDay = isDay(event.start);
    calendar.createEvent({
      id: `${event.slug}.events@${options.host}`,
      start: instantOf(event.start),
      end: allDay ? instantOf(dayAfter(event.end)) : instantOf(event.end),
      allDay,
      summary: event.title,
      description: event.summary,
      location: event.place ?? (event.online ? event.onlineLabel : null),
      url: event.url,
      stamp: new Date(`${event.changed}T00:00:00Z`),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
