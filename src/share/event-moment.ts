// Runs in the browser (the share page) and in the unit tests: no Node imports.
import { isDay, isTimeZone, zoneOffset } from '../schemas/event-time.ts';

/**
 * A day and a time of day at a place as the content model writes a moment:
 * `eventMoment('2026-03-10', '10:00', 'Europe/Amsterdam')` is `2026-03-10T10:00+01:00`, with the
 * zone's offset on that day (summer time included). Without a time it is the day itself; without a
 * valid day, time or zone (a form changed by hand), what was given, so that the check names it.
 */
export function eventMoment(day: string, time: string, zone: string): string {
  if (!time) return day;
  if (!isDay(day) || !/^\d{2}:\d{2}$/.test(time) || !isTimeZone(zone)) return `${day}T${time}`;
  const local = new Date(`${day}T${time}:00Z`);
  if (Number.isNaN(local.getTime())) return `${day}T${time}`;
  // The zone's offset at the local time read as UTC is right but for the hours around a change
  // of offset; a second look at the instant it gives settles those.
  const first = zoneOffset(zone, local);
  const offset = zoneOffset(zone, new Date(local.getTime() - minutes(first) * 60_000));
  return `${day}T${time}${offset}`;
}

const minutes = (offset: string) => {
  const [, sign, hours, mins] = /^([+-])(\d{2}):(\d{2})$/.exec(offset) ?? ['', '+', '0', '0'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(mins));
};
