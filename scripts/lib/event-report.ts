import type { EntryRecord } from '../../src/content-check/check-content.ts';
import { collections } from '../../src/content-model.ts';
import { lastDay } from '../../src/schemas/event-time.ts';
import { reportDates } from './report-dates.ts';

/**
 * The events whose memory is missing: held more than 30 days ago (by the last day at their place),
 * not cancelled, and with neither outcomes nor a report in any published language. One row each,
 * `| events/<slug> | last day | days since |`, oldest first.
 */
export function eventsWithoutOutcomes(groups: Map<string, EntryRecord[]>, today: string) {
  const published = (entry: EntryRecord) => entry.data['status'] !== 'draft';
  const { monthAgo, days } = reportDates(today);
  const rows = [...groups].flatMap(([key, files]) => {
    const texts = files.filter(published);
    if (collections[files[0]!.collection].kind !== 'event' || texts.length === 0) return [];
    const first = texts[0]!.data;
    const ended = lastDay(typeof first['end'] === 'string' ? first['end'] : '');
    const remembered = texts.some(
      (text) => ((text.data['outcomes'] as unknown[] | undefined) ?? []).length > 0 || text.data['report'],
    );
    return first['state'] !== 'cancelled' && !remembered && ended < monthAgo ? [{ key, ended }] : [];
  });
  return {
    monthAgo,
    rows: rows
      .sort((a, b) => a.ended.localeCompare(b.ended))
      .map(({ key, ended }) => `| ${key} | ${ended} | ${days(ended)} |`),
  };
}
