// Runs in the browser (the "share a practice" page) and in the unit tests.
import { stringify } from 'yaml';
import { writtenKinds, type WrittenKind } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import type { EventType } from '../schemas/event.ts';
import { figureLine, looksLikeFileName, type ShareFile } from './share-files.ts';
import { eventMoment } from './event-moment.ts';

/** The kinds the share page makes, each with its folder: every kind a contributor writes. */
export const shareKinds = writtenKinds;
export type ShareKind = WrittenKind;

/** An event's own fields on the form (content model, "Events"); empty strings mean "not given". */
export interface ShareEvent {
  type: '' | EventType;
  /** The first and last day, `YYYY-MM-DD`; an empty last day is the first. */
  startDay: string;
  endDay: string;
  /** `HH:MM` at the place, or empty for whole days. */
  startTime: string;
  endTime: string;
  /** The zone the times are in: `Europe/Amsterdam` or `Europe/Kyiv`. */
  timezone: string;
  place: string;
  online: boolean;
  languages: string[];
  interpretation: string[];
  registration: string;
}

/** An event's fields before anything is filled in (the page's zone is its own choice). */
export const emptyShareEvent: ShareEvent = {
  type: '',
  startDay: '',
  endDay: '',
  startTime: '',
  endTime: '',
  timezone: 'Europe/Amsterdam',
  place: '',
  online: false,
  languages: [],
  interpretation: [],
  registration: '',
};

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
  /** Photos and documents to sit beside the text: figures in the body, or sources. */
  files: ShareFile[];
  /** For an entry, the slug of the question it answers; `''` for none. */
  answers: string;
  /** For an event: when, where, in which languages. */
  event: ShareEvent;
}

/** Where a line of the file came from: a form field and its line (1 for a one-line field). */
export interface Origin {
  field: 'body' | 'steps' | 'files' | 'sources' | 'outcomes' | 'needs';
  line: number;
  /** For a source: the file it names, which must be among the listed files. */
  file?: string;
}

/** The file, and where its list items and body lines came from, to name the form's own field. */
export interface BuiltFile {
  path: string;
  text: string;
  origins: {
    /** By file line (1-based), for the lines of the body. */
    body: Record<number, Origin>;
    /** By index, the items of `sources`, `outcomes` and `transfer.needs`. */
    sources: Origin[];
    outcomes: Origin[];
    needs: Origin[];
  };
}

/** The non-empty lines of a field, each with its line number in the field. */
const numberedLines = (text: string) =>
  text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');

/** Braces and angle brackets are code in MDX; in a text from the form they are meant literally. */
const escapeMdx = (text: string) => text.replace(/[{}<]/g, (character) => `\\${character}`);

/**
 * The entry or question file the form describes, at its place in the content tree. Nothing is
 * dropped: an invalid value is written as given, so that the content check names it (needs without
 * an effort, an end without a start, an email address without a role). A question has no period,
 * outcomes, transfer, steps or sources (content model, "Questions"); it is open. Listed files
 * become `<Figure>` lines at the end of the body or `sources` with a `file`; a source written as
 * `title | projectplan.pdf` is a file too. An entry that answers a question names it in a comment:
 * an entry has no field for it, the question's `answers` lists the entry.
 */
export function buildEntryFile(input: ShareForm, today: string): BuiltFile {
  const form = withUnixLineBreaks(input);
  const question = form.kind === 'question';
  const event = form.kind === 'event';
  const data: Record<string, unknown> = {
    title: form.title.trim(),
    summary: form.summary.trim().replace(/\s+/g, ' '),
    themes: form.themes,
    municipalities: form.municipalities,
  };
  if (form.organisations.length > 0 || question) data['organisations'] = form.organisations;
  data['published'] = today;
  if (question) data['state'] = 'open';
  if (event) Object.assign(data, eventFields(form.event));
  if (form.kind === 'guide') data['audience'] = form.audience.trim();
  if ((form.kind === 'practice' && (form.periodStart || form.periodEnd)) || form.kind === 'case') {
    data['period'] = form.periodEnd ? { start: form.periodStart, end: form.periodEnd } : { start: form.periodStart };
  }
  const outcomes = form.kind === 'case' || event ? numberedLines(form.outcomes) : [];
  if (form.kind === 'case' || outcomes.length > 0) data['outcomes'] = outcomes.map((line) => line.text);
  const needs = form.kind === 'practice' ? numberedLines(form.needs) : [];
  if (form.kind === 'practice' && (form.effort || needs.length > 0)) {
    // Without an effort the needs stay, and the check asks for the effort.
    data['transfer'] = form.effort
      ? { effort: form.effort, needs: needs.map((line) => line.text) }
      : { needs: needs.map((line) => line.text) };
  }
  const { sources, sourceOrigins } = question
    ? { sources: [], sourceOrigins: [] }
    : sourceList(form.sources, form.files);
  if (sources.length > 0) data['sources'] = sources;
  const role = form.contactRole.trim();
  const email = form.contactEmail.trim();
  if (role || email) data['contact'] = { ...(role ? { role } : {}), ...(email ? { email } : {}) };

  const frontmatter = stringify(data, { lineWidth: 0 });
  const answering =
    !question && !event && form.answers
      ? `# Answers questions/${form.answers}: add ${shareKinds[form.kind]}/${form.slug} to "answers" in content/questions/${form.answers}/\n`
      : '';
  const head = `---\n${answering}${frontmatter}---\n\n`;
  const { body, origins } = bodyOf(form, head.split('\n').length);
  return {
    path: `content/${shareKinds[form.kind]}/${form.slug}/${form.lang}.mdx`,
    text: `${head}${body}\n`,
    origins: {
      body: origins,
      sources: sourceOrigins,
      outcomes: outcomes.map(({ line }) => ({ field: 'outcomes', line })),
      needs: needs.map(({ line }) => ({ field: 'needs', line })),
    },
  };
}

/**
 * An event's when, where and languages as the content model writes them: days for whole days, or
 * times with the offset of the chosen zone on that day, and the zone. A last day left empty is the
 * first. Written as given otherwise (a time on one side only), so that the check names it.
 */
function eventFields(event: ShareEvent): Record<string, unknown> {
  const endDay = event.endDay || event.startDay;
  const timed = Boolean(event.startTime || event.endTime);
  return {
    type: event.type,
    start: eventMoment(event.startDay, event.startTime, event.timezone),
    end: eventMoment(endDay, event.endTime, event.timezone),
    ...(timed ? { timezone: event.timezone } : {}),
    ...(event.place.trim() ? { place: event.place.trim() } : {}),
    ...(event.online ? { online: true } : {}),
    languages: event.languages,
    ...(event.interpretation.length > 0 ? { interpretation: event.interpretation } : {}),
    ...(event.registration.trim() ? { registration: event.registration.trim() } : {}),
  };
}

/** Line breaks as a browser's form may send them (CRLF) become LF, so that lines are counted once. */
function withUnixLineBreaks(form: ShareForm): ShareForm {
  return Object.fromEntries(
    Object.entries(form).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value,
    ]),
  ) as unknown as ShareForm;
}

/** `sources` from the field (`title` or `title | address or file`) and from the files listed as sources. */
function sourceList(field: string, files: ShareFile[]) {
  const sources: Record<string, string>[] = [];
  const sourceOrigins: Origin[] = [];
  for (const { text, line } of numberedLines(field)) {
    const [title = '', target] = text.split('|').map((part) => part.trim());
    const file = target && looksLikeFileName(target) ? target : undefined;
    sources.push(!target ? { title } : file ? { title, file } : { title, url: target });
    sourceOrigins.push(file ? { field: 'sources', line, file } : { field: 'sources', line });
  }
  files.forEach((file, index) => {
    if (file.use !== 'source' || !file.name || sources.some((source) => source['file'] === file.name)) return;
    sources.push({ title: file.what.trim(), file: file.name });
    sourceOrigins.push({ field: 'files', line: index + 1 });
  });
  return { sources, sourceOrigins };
}

/** The body: the text, a guide's steps, then the figures; and where each of its lines came from. */
function bodyOf(form: ShareForm, firstLine: number): { body: string; origins: Record<number, Origin> } {
  const parts: { lines: string[]; origin: (index: number) => Origin }[] = [];
  const text = form.body.trim();
  if (text) {
    const skipped = form.body.slice(0, form.body.length - form.body.trimStart().length).split('\n').length - 1;
    parts.push({
      lines: escapeMdx(text).split('\n'),
      origin: (index) => ({ field: 'body', line: skipped + index + 1 }),
    });
  }
  const steps = form.kind === 'guide' ? numberedLines(form.steps) : [];
  if (steps.length > 0) {
    const items = steps.map((step, index) => `${index + 1}. ${escapeMdx(step.text)}`);
    const origin = (index: number) => ({
      field: 'steps' as const,
      line: steps[Math.min(Math.max(index - 2, 0), steps.length - 1)]!.line,
    });
    parts.push({ lines: ['<Steps>', '', ...items, '', '</Steps>'], origin });
  }
  const figures = form.files.flatMap((file, index) =>
    file.use === 'figure' && file.name ? [{ file, row: index + 1 }] : [],
  );
  if (figures.length > 0) {
    parts.push({
      lines: figures.flatMap(({ file }, index) => (index === 0 ? [figureLine(file)] : ['', figureLine(file)])),
      origin: (index) => ({ field: 'files', line: figures[Math.floor(index / 2)]!.row }),
    });
  }
  const origins: Record<number, Origin> = {};
  const lines: string[] = [];
  for (const part of parts) {
    if (lines.length > 0) lines.push('');
    part.lines.forEach((line, index) => {
      origins[firstLine + lines.length] = part.origin(index);
      lines.push(line);
    });
  }
  return { body: lines.join('\n'), origins };
}
