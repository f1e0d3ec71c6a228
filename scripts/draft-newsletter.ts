import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { checkContent, type EntryRecord } from '../src/content-check/check-content.ts';
import { contentRoot } from '../src/content-check/content-root.ts';
import { langs } from '../src/i18n/locales.ts';
import { useTranslations } from '../src/i18n/translations.ts';

const usage = `Usage: npm run newsletter -- draft [--since YYYY-MM-DD] [--month YYYY-MM]

Drafts the next newsletter issue in every language: content/newsletters/<month>/<lang>.mdx with
the entries published or updated since --since (default: the date of the last issue), newest
first, and a placeholder introduction, all as \`status: draft\`. Edit the introduction and the
list, remove "status: draft", and build: the site then has the issue as a page, an email (.html),
a text version (.txt) and a draft to send (.eml) in dist/newsletters/<month>/.

  --since   entries changed after this date (default: the last issue's date)
  --month   the issue's month (default: this month)
  --root    content folder (default: $KB_CONTENT_DIR or content/)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { since: { type: 'string' }, month: { type: 'string' }, root: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean' } },
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
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) throw new Error(`--since "${values.since}" is not a date; expected YYYY-MM-DD.`);
  const folder = join(root, 'newsletters', month);
  if (existsSync(folder)) throw new Error(`${relative(process.cwd(), folder)} exists already; edit that issue or choose another --month.`);

  const { entries } = await checkContent({ root, today });
  const issues = entries.filter((entry) => entry.collection === 'newsletters' && entry.slug < month);
  const since = values.since ?? issues.map((issue) => String(issue.data['published'])).sort().at(-1);
  if (!since) throw new Error('There is no earlier issue to start from; give --since YYYY-MM-DD.');

  const changed = (entry: EntryRecord) => String(entry.data['updated'] ?? entry.data['published']);
  const chosen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection === 'newsletters' || entry.data['status'] === 'draft' || changed(entry) <= since) continue;
    const key = `${entry.collection}/${entry.slug}`;
    if ((chosen.get(key) ?? '') < changed(entry)) chosen.set(key, changed(entry));
  }
  if (chosen.size === 0) return `No entries were published or updated after ${since}; nothing drafted.`;
  const list = [...chosen].sort(([, a], [, b]) => b.localeCompare(a)).map(([key]) => key);

  mkdirSync(folder, { recursive: true });
  const monthName = (lang: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  for (const lang of langs) {
    const t = useTranslations(lang);
    const fields = { title: t('newsletter.issue', { month: monthName(lang) }), published: today, status: 'draft', entries: list };
    writeFileSync(join(folder, `${lang}.mdx`), `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${t('newsletter.draftIntro')}\n`, { flag: 'wx' });
  }
  return `Drafted ${relative(process.cwd(), folder)}/{${langs.join(',')}}.mdx with ${list.length} entries changed after ${since}:\n${list.map((key) => `  ${key}`).join('\n')}`;
}
