// Runs in the browser (the "share a practice" page) and in the unit tests.
import { stringify } from 'yaml';
import { collections, type CardCollection } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';

/** The kinds the share page makes, each with its folder: `{ practice: 'practices', …, question: 'questions' }`. */
export const shareKinds = Object.fromEntries(
  Object.entries(collections).flatMap(([name, { kind, schemaKind }]) =>
    kind === 'entry' || kind === 'question' ? [[schemaKind, name]] : [],
  ),
) as { practice: 'practices'; guide: 'guides'; case: 'cases'; question: 'questions' } satisfies Record<
  string,
  CardCollection
>;
export type ShareKind = keyof typeof shareKinds;

/** What an official fills in on the share page; empty strings mean "not given". */
export interface ShareForm {
  kind: ShareKind;
  lang: Lang;
  title: string;
  slug: string;
  summary: string;
  themes: string[];
  /** For a question, the municipalities that ask it. */
  municipalities: string[];
  /** For a question, the organisations that ask it; for an entry, the ones involved. */
  organisations: string[];
  audience: string;
  periodStart: string;
  periodEnd: string;
  outcomes: string;
  effort: '' | 'low' | 'medium' | 'high';
  needs: string;
  steps: string;
  body: string;
  sources: string;
  contactRole: string;
  contactEmail: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Braces and angle brackets are code in MDX; in a text from the form they are meant literally. */
const escapeMdx = (text: string) => text.replace(/[{}<]/g, (character) => `\\${character}`);

/**
 * The entry or question file the form describes, at its place in the content tree. Nothing is
 * dropped: an invalid value is written as given, so that the content check names it. A question
 * has no period, outcomes, transfer, steps or sources (content model, "Questions"); it is open.
 */
export function buildEntryFile(form: ShareForm, today: string): { path: string; text: string } {
  const data: Record<string, unknown> = {
    title: form.title.trim(),
    summary: form.summary.trim().replace(/\s+/g, ' '),
    themes: form.themes,
    municipalities: form.municipalities,
  };
  if (form.organisations.length > 0 || form.kind === 'question') data['organisations'] = form.organisations;
  data['published'] = today;
  if (form.kind === 'question') data['state'] = 'open';
  if (form.kind === 'guide') data['audience'] = form.audience.trim();
  if ((form.kind === 'practice' && form.periodStart) || form.kind === 'case') {
    data['period'] = form.periodEnd ? { start: form.periodStart, end: form.periodEnd } : { start: form.periodStart };
  }
  if (form.kind === 'case') data['outcomes'] = lines(form.outcomes);
  if (form.kind === 'practice' && form.effort) data['transfer'] = { effort: form.effort, needs: lines(form.needs) };
  const sources = (form.kind === 'question' ? [] : lines(form.sources)).map((line) => {
    const [title = '', url] = line.split('|').map((part) => part.trim());
    return url ? { title, url } : { title };
  });
  if (sources.length > 0) data['sources'] = sources;
  if (form.contactRole.trim()) {
    data['contact'] = form.contactEmail.trim()
      ? { role: form.contactRole.trim(), email: form.contactEmail.trim() }
      : { role: form.contactRole.trim() };
  }

  const steps = form.kind === 'guide' ? lines(form.steps) : [];
  const stepList =
    steps.length > 0
      ? `<Steps>\n\n${steps.map((step, index) => `${index + 1}. ${escapeMdx(step)}`).join('\n')}\n\n</Steps>\n`
      : '';
  const body = [escapeMdx(form.body.trim()), stepList].filter(Boolean).join('\n\n');
  const frontmatter = stringify(data, { lineWidth: 0 });
  return {
    path: `content/${shareKinds[form.kind]}/${form.slug}/${form.lang}.mdx`,
    text: `---\n${frontmatter}---\n\n${body}\n`,
  };
}
