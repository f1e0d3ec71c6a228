import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { checkContent, type EntryRecord } from '../src/content-check/check-content.ts';
import { contentRoot } from '../src/content-check/content-root.ts';
import { collections, entryKey, isEntryCollection, type CardCollection } from '../src/content-model.ts';
import { langs } from '../src/i18n/locales.ts';
import { useTranslations } from '../src/i18n/translations.ts';
import { eventsSection } from '../src/newsletter/events-section.ts';

const usage = `Usage: npm run newsletter -- draft [--since YYYY-MM-DD] [--month YYYY-MM]

Drafts the next newsletter issue in every language: content/newsletters/<month>/<lang>.mdx with
the entries published or updated since --since (default: the date of the last issue), newest
first, then a section of questions to the network: the questions asked since then and the ones
answered since then (an answer published, or the question updated to state: answered). The
placeholder introduction says that the questions follow the entries, and lists the upcoming events
and the reports of events held since then. All as \`status: draft\`.
Edit the introduction and the list, remove "status: draft", and build: the site then has the
issue as a page, an email (.html), a text version (.txt) and a draft to send (.eml) in
dist/newsletters/<month>/.

  --since   entries changed after this date (default: the last issue's date)
  --month   the issue's month (default: this month)
  --root    content folder (default: $KB_CONTENT_DIR or content/)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    since: { type: 'string' },
    month: { type: 'string' },
    root: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help || positionals[0] !== 'draft') {
  console.log(usage);
  process.exitCode = values.help ? 0 : 1;
} else {
  try {
    console.log(await draft());
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

async function draft(): Promise<string> {
  const root = contentRoot(values.root);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const month = values.month ?? today.slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`--month "${month}" is not a month; expected YYYY-MM.`);
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    throw new Error(`--since "${values.since}" is not a date; expected YYYY-MM-DD.`);
  const folder = join(root, 'newsletters', month);
  if (existsSync(folder))
    throw new Error(`${relative(process.cwd(), folder)} exists already; edit that issue or choose another --month.`);

  const { entries } = await checkContent({ root, today });
  const issues = entries.filter((entry) => entry.collection === 'newsletters' && entry.slug < month);
  const since =
    values.since ??
    issues
      .map((issue) => String(issue.data['published']))
      .sort()
      .at(-1);
  if (!since) throw new Error('There is no earlier issue to start from; give --since YYYY-MM-DD.');

  const published = (entry: EntryRecord) => entry.data['status'] !== 'draft';
  const changed = (entry: EntryRecord) => String(entry.data['updated'] ?? entry.data['published']);
  const chosen = new Map<string, string>();
  /** Every text of an entry or question, by `practices/<slug>`. */
  const groups = new Map<string, EntryRecord[]>();
  for (const entry of entries) {
    if (collections[entry.collection].kind === 'newsletter') continue;
    const key = entryKey(entry.collection as CardCollection, entry.slug);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
    if (!isEntryCollection(entry.collection) || !published(entry) || changed(entry) <= since) continue;
    if ((chosen.get(key) ?? '') < changed(entry)) chosen.set(key, changed(entry));
  }
  const newest = ([, a]: [string, string], [, b]: [string, string]) => b.localeCompare(a);
  const list = [...chosen].sort(newest).map(([key]) => key);
  const questions = questionsSince(groups, since);
  const events = Object.fromEntries(langs.map((lang) => [lang, eventsSection(entries, lang, since, today)]));
  if (list.length + questions.length === 0)
    return `No entries were published or updated and no questions asked or answered after ${since}; nothing drafted.`;

  mkdirSync(folder, { recursive: true });
  const monthName = (lang: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  for (const lang of langs) {
    const t = useTranslations(lang);
    // The questions come after the entries: the issue shows them as a section of their own.
    const fields = {
      title: t('newsletter.issue', { month: monthName(lang) }),
      published: today,
      status: 'draft',
      entries: [...list, ...questions.map((q) => q.key)],
    };
    const intro = [
      t('newsletter.draftIntro'),
      ...(questions.length ? [t('newsletter.draftQuestions')] : []),
      ...(events[lang] ? [events[lang]] : []),
    ].join('\n\n');
    writeFileSync(join(folder, `${lang}.mdx`), `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${intro}\n`, {
      flag: 'wx',
    });
  }
  const lines = (keys: string[]) => keys.map((key) => `\n  ${key}`).join('');
  return (
    `Drafted ${relative(process.cwd(), folder)}/{${langs.join(',')}}.mdx with ${list.length} entries changed after ${since}:${lines(list)}` +
    (questions.length
      ? `\nand ${questions.length} question${questions.length === 1 ? '' : 's'} asked or answered after ${since}, in a section of their own:${lines(questions.map((q) => `${q.key} (${q.why})`))}`
      : '')
  );
}

/**
 * The questions for the issue's own section, newest first: asked after `since` ("new"), or
 * answered after it ("answered"): marked `state: answered` in an update after `since`, or one of
 * its answers first published after `since`. Drafts and closed questions that are not new stay out.
 */
function questionsSince(groups: Map<string, EntryRecord[]>, since: string) {
  const published = (entry: EntryRecord) => entry.data['status'] !== 'draft';
  const firstPublished = (files: EntryRecord[] = []) =>
    files
      .filter(published)
      .map((file) => String(file.data['published']))
      .sort()[0];
  return [...groups]
    .filter(([, files]) => collections[files[0]!.collection].kind === 'question' && files.some(published))
    .flatMap(([key, all]) => {
      const files = all.filter(published);
      const asked = firstPublished(files)!;
      if (asked > since) return [{ key, why: 'new', date: asked }];
      if (!files.some((file) => file.data['state'] === 'answered')) return [];
      const updates = files
        .filter((file) => file.data['state'] === 'answered')
        .map((file) => (typeof file.data['updated'] === 'string' ? file.data['updated'] : ''));
      const answers = files
        .flatMap((file) => (file.data['answers'] as string[] | undefined) ?? [])
        .map((answer) => firstPublished(groups.get(answer)) ?? '');
      const date = [...updates, ...answers]
        .filter((day) => day > since)
        .sort()
        .at(-1);
      return date ? [{ key, why: 'answered', date }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
