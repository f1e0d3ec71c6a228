import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Link } from 'mdast';
import { checkContent, type DataRecord, type EntryRecord } from '../src/content-check/check-content.ts';
import { contentRoot } from '../src/content-check/content-root.ts';
import { parseMdxSource } from '../src/content-check/frontmatter.ts';
import { cardCollections, collections, entryKey, type CardCollection } from '../src/content-model.ts';
import { langs, type Lang } from '../src/i18n/locales.ts';
import { parseEntryBody } from '../src/mdx/parse-entry-body.ts';
import { eventsWithoutOutcomes } from './lib/event-report.ts';
import { reportDates } from './lib/report-dates.ts';

const usage = `Usage: npm run report [-- --root <folder>] [--today YYYY-MM-DD]

The state of the content for coordinators, as Markdown on stdout: entries missing a language,
unreviewed translations, entries not updated for 12 months, municipalities without entries,
broken links inside the site, drafts, open questions without an answer for more than 30 days, and
answered questions whose answers are drafts, and events held more than 30 days ago without
outcomes or a report. Problems that break the build are \`npm run check\`'s.`;

const { values } = parseArgs({
  options: { root: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const today = values.today ?? new Date().toISOString().slice(0, 10);
const { entries, data, problems } = await checkContent({ root: contentRoot(values.root), today });
console.log(
  report(
    entries.filter((e) => e.collection !== 'newsletters'),
    data,
    today,
    problems.length,
  ),
);

/** A frontmatter value that should be text, or '' when it is not. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function report(entries: EntryRecord[], data: DataRecord[], today: string, problemCount: number): string {
  const groups = new Map<string, EntryRecord[]>();
  for (const entry of entries)
    groups.set(`${entry.collection}/${entry.slug}`, [
      ...(groups.get(`${entry.collection}/${entry.slug}`) ?? []),
      entry,
    ]);
  const published = (entry: EntryRecord) => entry.data['status'] !== 'draft';
  const lastChange = (entry: EntryRecord) => text(entry.data['updated']) || text(entry.data['published']);
  const yearAgo = new Date(`${today}T00:00:00Z`);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const cutoff = yearAgo.toISOString().slice(0, 10);

  const missing = [...groups].flatMap(([key, files]) => {
    const has = files.map((file) => file.lang);
    const lacking = langs.filter((lang) => !has.includes(lang));
    return lacking.length ? [`| ${key} | ${has.join(', ')} | ${lacking.join(', ')} |`] : [];
  });
  const unreviewed = entries.flatMap((entry) => {
    const translation = entry.data['translation'] as { from: Lang; reviewed: boolean } | undefined;
    return translation && !translation.reviewed ? [`| ${entry.file} | ${translation.from} |`] : [];
  });
  // An event is a record of its day, not a text that goes out of date.
  const stale = entries
    .filter((entry) => published(entry) && collections[entry.collection].kind !== 'event')
    .flatMap((entry) => (lastChange(entry) < cutoff ? [`| ${entry.file} | ${lastChange(entry)} |`] : []));
  const mentioned = new Set(
    entries.filter(published).flatMap((entry) => (entry.data['municipalities'] as string[] | undefined) ?? []),
  );
  const lonely = data
    .filter((record) => record.collection === 'municipalities' && !mentioned.has(record.id))
    .map((record) => `- ${record.id} (${(record.data['name'] as { nl: string }).nl})`);
  const drafts = entries.filter((entry) => !published(entry)).map((entry) => `- ${entry.file}`);
  const broken = brokenLinks(entries, new Set(groups.keys()), data);
  const { unanswered, draftAnswers, monthAgo } = questionReport(groups, today);
  const forgotten = eventsWithoutOutcomes(groups, today);

  const section = (title: string, lines: string[], header = '') =>
    `## ${title} (${lines.length})\n\n${lines.length ? header + lines.join('\n') : 'None.'}\n`;
  return [
    `# Content report, ${today}\n`,
    `${groups.size} entries in ${entries.length} files; ${problemCount} problem(s) for \`npm run check\`.\n`,
    section('Entries missing a language', missing, '| entry | has | missing |\n| --- | --- | --- |\n'),
    section('Unreviewed translations', unreviewed, '| file | translated from |\n| --- | --- |\n'),
    section(`Not updated for 12 months (since ${cutoff})`, stale, '| file | last change |\n| --- | --- |\n'),
    section('Municipalities without entries', lonely),
    section('Broken links inside the site', broken, '| file | line | link |\n| --- | --- | --- |\n'),
    section('Drafts', drafts),
    section(
      `Open questions without an answer for more than 30 days (asked before ${monthAgo})`,
      unanswered,
      '| question | asked | days |\n| --- | --- | --- |\n',
    ),
    section(
      'Answered questions whose answers are drafts',
      draftAnswers,
      '| question | answers that are drafts |\n| --- | --- |\n',
    ),
    section(
      `Events without outcomes or a report more than 30 days after (ended before ${forgotten.monthAgo})`,
      forgotten.rows,
      '| event | last day | days |\n| --- | --- | --- |\n',
    ),
  ].join('\n');
}

/**
 * The questions that wait: open ones that nobody answered within 30 days of being asked, and
 * answered ones whose answers exist only as drafts (the public site does not show them yet).
 * A question counts by its published texts; its languages share one state and one list of answers.
 */
function questionReport(groups: Map<string, EntryRecord[]>, today: string) {
  const published = (entry: EntryRecord) => entry.data['status'] !== 'draft';
  const { monthAgo, days } = reportDates(today);
  const questions = [...groups].filter(
    ([, files]) => collections[files[0]!.collection].kind === 'question' && files.some(published),
  );
  const answersOf = (files: EntryRecord[]) => [
    ...new Set(files.filter(published).flatMap((file) => (file.data['answers'] as string[] | undefined) ?? [])),
  ];
  const stateOf = (files: EntryRecord[]) => text(files.find(published)?.data['state']) || 'open';
  const asked = (files: EntryRecord[]) =>
    files
      .filter(published)
      .map((file) => String(file.data['published']))
      .sort()[0] ?? '';

  const unanswered = questions
    .filter(([, files]) => stateOf(files) === 'open' && answersOf(files).length === 0 && asked(files) < monthAgo)
    .sort(([, a], [, b]) => asked(a).localeCompare(asked(b)))
    .map(([key, files]) => `| ${key} | ${asked(files)} | ${days(asked(files))} |`);
  const onlyDrafts = (key: string) => {
    const files = groups.get(key);
    return files !== undefined && !files.some(published);
  };
  const draftAnswers = questions.flatMap(([key, files]) => {
    const drafts = stateOf(files) === 'answered' ? answersOf(files).filter(onlyDrafts) : [];
    return drafts.length ? [`| ${key} | ${drafts.join(', ')} |`] : [];
  });
  return { unanswered, draftAnswers, monthAgo };
}

/** Links in entry bodies to pages of this site that do not exist. */
function brokenLinks(entries: EntryRecord[], groups: Set<string>, data: DataRecord[]): string[] {
  const ids = (collection: string) =>
    new Set(data.filter((record) => record.collection === collection).map((record) => record.id));
  const themes = ids('themes');
  const municipalities = ids('municipalities');
  const exists = (path: string) => {
    const [lang, section, id, ...rest] = path
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean);
    if (lang === 'files') return true; // attachments are checked by npm run check
    if (!lang) return true;
    if (!langs.includes(lang as Lang) || rest.length > 0) return false;
    if (!section || section === 'search') return id === undefined;
    if (section === 'themes') return id !== undefined && themes.has(id);
    if (section === 'municipalities') return id === undefined || municipalities.has(id);
    if ((cardCollections as string[]).includes(section))
      return id === undefined || groups.has(entryKey(section as CardCollection, id));
    return false;
  };
  return entries.flatMap((entry) => {
    const source = parseMdxSource(readFileSync(entry.file, 'utf8'));
    const links: Link[] = [];
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node as Link);
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    try {
      visit(parseEntryBody(source.body));
    } catch {
      return []; // a body that does not parse is reported by npm run check
    }
    return links
      .filter((link) => link.url.startsWith('/') && !link.url.startsWith('//') && !exists(link.url))
      .map((link) => `| ${entry.file} | ${(link.position?.start.line ?? 1) + source.bodyLine - 1} | ${link.url} |`);
  });
}
