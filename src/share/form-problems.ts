// Runs in the browser (the share page) and in the unit tests: no Node imports.
import type { Problem } from '../content-check/problem.ts';
import { fillPlaceholders } from '../i18n/plural.ts';
import type { UiKey } from '../i18n/translations.ts';
import type { BuiltFile, Origin, ShareForm, ShareKind } from './build-entry-file.ts';
import { fileProblem, looksLikeFileName, shareableExtensions } from './share-files.ts';

/** The share page's own words for what the check finds: `share.field.*`, `share.check.*`, `share.dropped`. */
export type ShareMessageKey = Extract<UiKey, `share.field.${string}` | `share.check.${string}` | 'share.dropped'>;
export type ShareMessages = Record<ShareMessageKey, string>;

/** The keys of `ShareMessages` among the UI strings: what the page hands its script. */
export const isShareMessageKey = (key: string): key is ShareMessageKey =>
  key.startsWith('share.field.') || key.startsWith('share.check.') || key === 'share.dropped';

/** A form field by its name on the page (`sources`, `files`), and the field's name as the reader sees it. */
type FieldName = Extract<ShareMessageKey, `share.field.${string}`> extends `share.field.${infer N}` ? N : never;

/** One problem for the reader: the field it is in (its `name` on the page) and one line in the page's language. */
export interface FormMessage {
  field: FieldName;
  text: string;
}

/**
 * The check's problems with a file from the share form, and the form's own rules for the files it
 * lists, in the reader's language, each naming the field of the form it comes from
 * («Bronnen, regel 1: …»). A problem the page has no words for keeps the check's own, marked so.
 */
export function describeProblems(
  problems: Problem[],
  form: ShareForm,
  file: BuiltFile,
  messages: ShareMessages,
): FormMessage[] {
  const say = (key: ShareMessageKey, values: Record<string, string | number> = {}) =>
    fillPlaceholders(messages[key], values);
  const question = form.kind === 'question';
  // The fields whose label reads differently for a kind (the page's `kb-share__for-*` wordings).
  const worded: Partial<Record<FieldName, FieldName>> = question
    ? { title: 'question', municipalities: 'askers' }
    : form.kind === 'event'
      ? { organisations: 'participants' }
      : {};
  const label = (field: FieldName) => say(`share.field.${worded[field] ?? field}`);
  const line = (field: FieldName, text: string, at?: number): FormMessage => ({
    field,
    text: `${at === undefined ? label(field) : say('share.field.line', { field: label(field), line: at })}: ${text}`,
  });

  const own: FormMessage[] = [];
  form.files.forEach((listed, index) => {
    const problem = fileProblem(listed);
    if (problem === undefined || (problem === 'missingName' && !listed.what)) return;
    own.push(
      line(
        'files',
        say(`share.check.file.${problem}`, { name: listed.name, types: shareableExtensions.join(', ') }),
        index + 1,
      ),
    );
  });
  const listedNames = new Set(form.files.map((listed) => listed.name));

  const fromCheck = problems.map((problem): FormMessage => {
    const origin = originOf(problem, file);
    const field = origin?.field ?? fieldOf(problem.field);
    const at = origin ? origin.line : undefined;
    return line(field, messageOf(problem, field, say), at);
  });
  // A source that names a file not listed under «Files»: the check cannot see the folder here.
  const sourceFiles = file.origins.sources.flatMap(({ file: name, line: at }) =>
    name !== undefined && !listedNames.has(name) ? [line('sources', say('share.check.sourceFile', { name }), at)] : [],
  );
  // In the order of the form, top to bottom, so that the reader can work down the list.
  const place = (message: FormMessage & { at: number }) => fieldOrder.indexOf(message.field) * 100_000 + message.at;
  return [...own, ...sourceFiles, ...fromCheck]
    .map((message, index) => ({ ...message, at: index }))
    .sort((a, b) => place(a) - place(b))
    .map(({ field, text }) => ({ field, text }));
}

/** The fields as the page shows them; `file` (the file as a whole) last. */
const fieldOrder: FieldName[] = [
  'answers',
  'title',
  'question',
  'summary',
  'themes',
  'municipalities',
  'askers',
  'organisations',
  'participants',
  'eventType',
  'start',
  'end',
  'timezone',
  'place',
  'languages',
  'interpretation',
  'registration',
  'audience',
  'steps',
  'periodStart',
  'periodEnd',
  'outcomes',
  'effort',
  'needs',
  'body',
  'sources',
  'files',
  'contactRole',
  'contactEmail',
  'file',
];

/** Where a problem came from, for the fields whose lines become list items or body lines. */
function originOf(problem: Problem, file: BuiltFile): Origin | undefined {
  if (problem.line !== undefined) return file.origins.body[problem.line] ?? { field: 'body', line: 1 };
  const item = /^(sources|outcomes|transfer\.needs)\[(\d+)\]/.exec(problem.field ?? '');
  if (!item) return undefined;
  const list = item[1] === 'transfer.needs' ? file.origins.needs : file.origins[item[1] as 'sources' | 'outcomes'];
  return list[Number(item[2])];
}

/** The form field a frontmatter field comes from. */
function fieldOf(path: string | undefined): FieldName {
  const top = (path ?? '').replace(/\[.*$/, '');
  const fields: Record<string, FieldName> = {
    title: 'title',
    summary: 'summary',
    themes: 'themes',
    municipalities: 'municipalities',
    organisations: 'organisations',
    audience: 'audience',
    period: 'periodStart',
    'period.start': 'periodStart',
    'period.end': 'periodEnd',
    outcomes: 'outcomes',
    transfer: 'effort',
    'transfer.effort': 'effort',
    'transfer.needs': 'needs',
    sources: 'sources',
    contact: 'contactRole',
    'contact.role': 'contactRole',
    'contact.email': 'contactEmail',
    type: 'eventType',
    start: 'start',
    end: 'end',
    timezone: 'timezone',
    place: 'place',
    online: 'place',
    languages: 'languages',
    interpretation: 'interpretation',
    registration: 'registration',
  };
  return fields[top] ?? 'file';
}

/** The check's message in the page's words, by the rule it states. */
function messageOf(
  problem: Problem,
  field: FieldName,
  say: (key: ShareMessageKey, values?: Record<string, string | number>) => string,
): string {
  const { message } = problem;
  const found = /^found "((?:[^"\\]|\\.)*)"/.exec(message)?.[1] ?? '';
  const length = /has (\d+) characters?; expected (at least|at most) (\d+)/.exec(message);
  if (problem.field === 'transfer.effort') return say('share.check.effort');
  if (problem.field === 'type') return say('share.check.eventType');
  if (message.startsWith('an event has a place')) return say('share.check.placeOrOnline');
  if (message.startsWith('start and end are both dates')) return say('share.check.timesAlike');
  if (/^"" is not a date YYYY-MM-DD/.test(message)) return say('share.check.required');
  if (/is not a date YYYY-MM-DD/.test(message))
    return say('share.check.date', { value: /^"([^"]*)"/.exec(message)?.[1] ?? '' });
  if (/is before start/.test(message)) return say('share.check.endBeforeStart');
  if (message.startsWith('a question needs at least one asker')) return say('share.check.asker');
  if (length)
    return length[2] === 'at least'
      ? say(Number(length[1]) === 0 ? 'share.check.required' : 'share.check.tooShort', {
          count: length[1]!,
          min: length[3]!,
        })
      : say('share.check.tooLong', { count: length[1]!, max: length[3]! });
  if (/^has 0 items; expected at least/.test(message))
    return say(field === 'themes' || field === 'languages' ? 'share.check.chooseOne' : 'share.check.required');
  if (message.startsWith('is required') || (found === '' && /^found ""/.test(message)))
    return say('share.check.required');
  if (/expected (an existing calendar )?date/.test(message)) return say('share.check.date', { value: found });
  if (message === 'must not be before "start"') return say('share.check.endBeforeStart');
  if (message.includes('expected a web address'))
    return say(looksLikeFileName(found) ? 'share.check.sourceFile' : 'share.check.url', { value: found, name: found });
  if (message.includes('expected an email address')) return say('share.check.email', { value: found });
  if (/^holds .*; remove it$/.test(message)) return say('share.check.characters');
  const tag = /^<([^>\s]+)> is not allowed/.exec(message);
  if (tag || message.startsWith('fragments <>')) return say('share.check.html', { tag: tag?.[1] ?? '' });
  const missing = /"([^"]+)" not found in the entry folder/.exec(message);
  if (missing) return say('share.check.fileMissing', { name: missing[1]! });
  const link = /^(?:link|mailto link|web address) "([^"]*)"/.exec(message);
  if (link) return say('share.check.link', { value: link[1]! });
  return say('share.check.other', { message });
}

/**
 * The fields the reader filled in that the chosen kind has no place for (a question has no
 * sources; only a guide has steps): the page says that they are not in the file.
 */
export function droppedFields(form: ShareForm, filled: Partial<Record<FieldName, boolean>>): FieldName[] {
  const onlyFor: Partial<Record<FieldName, ShareKind[]>> = {
    audience: ['guide'],
    steps: ['guide'],
    periodStart: ['practice', 'case'],
    periodEnd: ['practice', 'case'],
    outcomes: ['case', 'event'],
    effort: ['practice'],
    needs: ['practice'],
    sources: ['practice', 'guide', 'case', 'event'],
    answers: ['practice', 'guide', 'case'],
    organisations: ['question', 'event'],
    eventType: ['event'],
    start: ['event'],
    end: ['event'],
    place: ['event'],
    languages: ['event'],
    interpretation: ['event'],
    registration: ['event'],
  };
  return (Object.keys(onlyFor) as FieldName[]).filter(
    (field) => filled[field] && !(onlyFor[field] ?? []).includes(form.kind),
  );
}
