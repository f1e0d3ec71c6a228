// The times of an event as the content model writes them (CONTENT-MODEL.md, "Events"): a day
// (`2026-03-10`, for a visit of whole days) or a moment with its offset
// (`2026-03-10T10:00+01:00`), and the IANA zone of the place the offset belongs to. Shared by the
// schema, the pages and the calendar files; no Node imports (the share page's code may use it).

/** `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`. */
export const momentPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export const isDay = (value: string) => dayPattern.test(value);

/** Whether `zone` is an IANA time zone the runtime knows (`Europe/Kyiv`). */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The offset written in a moment, `+01:00` (`Z` as `+00:00`). */
export function writtenOffset(moment: string): string | undefined {
  const offset = momentPattern.exec(moment)?.[5];
  return offset === 'Z' ? '+00:00' : offset;
}

/** The offset of `zone` at `instant`, `+02:00`. */
export function zoneOffset(zone: string, instant: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** Whether a day or moment names an existing calendar date and a time of day. */
export function isValidTime(value: string): boolean {
  const moment = momentPattern.exec(value);
  const day = moment ? moment[1]! : dayPattern.test(value) ? value : undefined;
  if (!day) return false;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return false;
  if (!moment) return true;
  const [hours, minutes, seconds = '0'] = [moment[2]!, moment[3]!, moment[4]];
  const offset = moment[5]!;
  return (
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    (offset === 'Z' || Number(offset.slice(1, 3)) <= 14)
  );
}

/** The instant a moment names, or the start of a day in UTC (days compare by their text). */
export const instantOf = (value: string) => new Date(isDay(value) ? `${value}T00:00:00Z` : value);

/** The day after `day`: an iCalendar all-day event ends on the day after its last day. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The last day an event runs, as `YYYY-MM-DD` at its place (the written date of its end). */
export const lastDay = (end: string) => end.slice(0, 10);
