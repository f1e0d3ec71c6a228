// Loaded by the share page when the reader asks for the file: the checker (zod, the MDX parser,
// YAML) weighs about 170 KB, so it is not part of the page itself.
import './zod-jitless.ts';
import { checkEntryText } from '../content-check/check-entry-text.ts';
import { formatProblem } from '../content-check/problem.ts';
import { parseEntryBodyInBrowser } from '../mdx/parse-entry-body-in-browser.ts';
import { buildEntryFile, shareKinds, type ShareForm } from './build-entry-file.ts';
import { describeProblems, type ShareMessages } from './form-problems.ts';

/**
 * The file for a filled-in form; every problem the content check finds in it, as the check writes
 * it (for the editors); and every problem in the reader's language, naming the form's own field.
 * The files the form lists count as present in the entry's folder.
 */
export function makeEntryFile(form: ShareForm, today: string, messages: ShareMessages) {
  const file = buildEntryFile(form, today);
  const { problems } = checkEntryText({
    file: file.path,
    collection: shareKinds[form.kind],
    text: file.text,
    attachments: new Set(form.files.map((listed) => listed.name).filter(Boolean)),
    today,
    parseBody: parseEntryBodyInBrowser,
  });
  return {
    path: file.path,
    text: file.text,
    problems: problems.map(formatProblem),
    messages: describeProblems(problems, form, file, messages),
  };
}
