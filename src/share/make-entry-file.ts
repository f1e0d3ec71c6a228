// Loaded by the share page when the reader asks for the file: the checker (zod, the MDX parser,
// YAML) weighs about 170 KB, so it is not part of the page itself.
import './zod-jitless.ts';
import { checkEntryText } from '../content-check/check-entry-text.ts';
import { formatProblem } from '../content-check/problem.ts';
import { parseEntryBodyInBrowser } from '../mdx/parse-entry-body-in-browser.ts';
import { buildEntryFile, shareKinds, type ShareForm } from './build-entry-file.ts';

/** The file for a filled-in form, and every problem the content check finds in it. */
export function makeEntryFile(form: ShareForm, today: string) {
  const file = buildEntryFile(form, today);
  const { problems } = checkEntryText({
    file: file.path,
    collection: shareKinds[form.kind],
    text: file.text,
    attachments: new Set(),
    today,
    parseBody: parseEntryBodyInBrowser,
  });
  return { ...file, problems: problems.map(formatProblem) };
}
