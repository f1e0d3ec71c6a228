import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { httpUrl, lineOfText } from './common.ts';
import { cardReference, entryFields, withEntryRules } from './entry.ts';
import { instantOf, isDay, isTimeZone, isValidTime, writtenOffset, zoneOffset } from './event-time.ts';

const { builds_on: _buildsOn, ...shared } = entryFields;

export const eventTypes = ['webinar', 'meeting', 'working-visit', 'training'] as const;
export type EventType = (typeof eventTypes)[number];

/** A day `YYYY-MM-DD` or a moment with its offset `YYYY-MM-DDTHH:MM+01:00`. */
const eventTime = z
  .string({ error: 'expected a date YYYY-MM-DD or a time such as 2026-03-10T10:00+01:00' })
  .refine(isValidTime, {
    error: (issue) =>
      `"${String(issue.input)}" is not a date YYYY-MM-DD or a time with its offset such as 2026-03-10T10:00+01:00`,
  });

/**
 * `content/events/<slug>/<lang>.mdx`: a webinar, meeting, working visit or training of the network
 * (content model version 3, "Events"). The body says what it is for; after the event, what it gave.
 */
export const eventSchema = withEntryRules(
  z
    .strictObject({
      ...shared,
      /** webinar, meeting, working-visit or training. */
      type: z.enum(eventTypes),
      /** A day (whole days, a visit) or a moment with the offset of its place: `2026-03-10T10:00+01:00`. */
      start: eventTime,
      /** Same form as `start`, not before it. */
      end: eventTime,
      /** The IANA zone of the place (of the organiser, online): `Europe/Amsterdam`, `Europe/Kyiv`. Needed with times. */
      timezone: z
        .string()
        .refine(isTimeZone, { error: 'expected a time zone such as Europe/Amsterdam or Europe/Kyiv' })
        .optional(),
      /** Where: a venue and town. */
      place: lineOfText(2, 200).optional(),
      /** Whether one can take part online. */
      online: z.boolean().default(false),
      /** The languages spoken. */
      languages: z.array(z.enum(langs)).min(1).max(3),
      /** The languages interpreted into; empty: no interpretation. */
      interpretation: z.array(z.enum(langs)).max(3).default([]),
      /** Where to register (optional). */
      registration: httpUrl.optional(),
      /** `scheduled` (default) or `cancelled`: a cancelled event stays listed, and calendars say so. */
      state: z.enum(['scheduled', 'cancelled']).default('scheduled'),
      /** After the event: what it gave, short statements. */
      outcomes: z.array(lineOfText(3, 200)).max(30).default([]),
      /** After the event: a report or recording. */
      report: httpUrl.optional(),
      /** After the event: the entries and questions it produced. */
      produced: z.array(cardReference).max(50).default([]),
    })
    // Runs also when a field failed, so that one round of the check names every problem (a share
    // form without a type and without a place hears both); each rule looks only at valid values.
    .superRefine(
      (event, context) => {
        const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
        if (!event.place && !event.online) problem('place', 'an event has a place, or online: true, or both');
        const valid = (value: unknown): value is string => typeof value === 'string' && isValidTime(value);
        if (!valid(event.start) || !valid(event.end)) return;
        if (isDay(event.start) !== isDay(event.end)) {
          problem('end', 'start and end are both dates (YYYY-MM-DD) or both times with an offset; write them alike');
          return;
        }
        if (!isDay(event.start) && !event.timezone) {
          problem(
            'timezone',
            'an event with times names the zone of its place, such as Europe/Amsterdam or Europe/Kyiv',
          );
        }
        if (event.timezone && isTimeZone(event.timezone) && !isDay(event.start)) {
          for (const field of ['start', 'end'] as const) {
            const written = writtenOffset(event[field]);
            const expected = zoneOffset(event.timezone, instantOf(event[field]));
            if (written !== expected)
              problem(
                field,
                `offset ${written} is not that of ${event.timezone} on ${event[field].slice(0, 10)} (${expected}); write ${expected} or correct timezone`,
              );
          }
        }
        const before = isDay(event.start)
          ? event.end < event.start
          : instantOf(event.end).getTime() < instantOf(event.start).getTime();
        if (before)
          problem('end', `"${event.end}" is before start "${event.start}"; expected the end at or after the start`);
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
);

export type Event = z.output<typeof eventSchema>;
