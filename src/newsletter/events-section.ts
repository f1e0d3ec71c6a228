import type { EntryRecord } from '../content-check/check-content.ts';
import { collections, paths } from '../content-model.ts';
import { formatEventTime } from '../events/format-event-time.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translations.ts';

/**
 * The events part of a newsletter draft's introduction, as Markdown in `lang`: the upcoming events
 * (not ended on `today`, not cancelled), soonest first, and the reports of past events: events that
 * ended after `since` and have outcomes or a report, latest first. Each links to its page; a
 * language without its own text uses the original. Empty when there is nothing to tell.
 */
export function eventsSection(records: EntryRecord[], lang: Lang, since: string, today: string): string {
  const t = useTranslations(lang);
  const bySlug = new Map<string, EntryRecord[]>();
  for (const record of records)
    if (collections[record.collection].kind === 'event' && record.data['status'] !== 'draft')
      bySlug.set(record.slug, [...(bySlug.get(record.slug) ?? []), record]);
  const events = [...bySlug].map(([slug, texts]) => {
    const text =
      texts.find((file) => file.lang === lang) ?? texts.find((file) => !file.data['translation']) ?? texts[0]!;
    const data = text.data as { title: string; start: string; end: string; timezone?: string; state?: string };
    const remembered =
      ((text.data['outcomes'] as unknown[] | undefined) ?? []).length > 0 || typeof text.data['report'] === 'string';
    const when = formatEventTime(data, lang);
    const line = `- [${data.title.replace(/[[\]]/g, '\\$&')}](${paths.event(lang, slug)}): ${when.local}${when.other ? ` (${when.other})` : ''}`;
    return { ...data, remembered, line, last: data.end.slice(0, 10) };
  });
  const upcoming = events
    .filter((event) => event.last >= today && event.state !== 'cancelled')
    .sort((a, b) => a.start.localeCompare(b.start));
  const reports = events
    .filter((event) => event.last < today && event.last > since && event.remembered)
    .sort((a, b) => b.start.localeCompare(a.start));
  return [
    ...(upcoming.length ? [`## ${t('events.upcoming')}`, upcoming.map((event) => event.line).join('\n')] : []),
    ...(reports.length ? [`## ${t('events.reports')}`, reports.map((event) => event.line).join('\n')] : []),
  ].join('\n\n');
}
