import { createHash } from 'node:crypto';
import type { TextCollection } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import { parseEntryBody } from '../mdx/parse-entry-body.ts';
import { checkAndRenderBody, type RenderedBody } from '../mdx/render-entry-body.ts';
import { checkEntryText, type EntryTextResult } from './check-entry-text.ts';
import type { ParsedSource } from './frontmatter.ts';
import type { Problem } from './problem.ts';

/** One text to check and render: where it lives, its files and the text itself. */
export interface TextToRender {
  /** The path shown in messages. */
  file: string;
  collection: TextCollection;
  slug: string;
  lang: Lang;
  attachments: ReadonlySet<string>;
  today: string;
  text: string;
}

/** The check's result for one text, with what the site needs of it: nothing has to be read again. */
export interface CheckedText extends EntryTextResult {
  /** Fingerprint of the text this result is of (`textDigest`), so that a changed file is read anew. */
  digest: string;
  /** The frontmatter as written (before the schema), undefined when its YAML cannot be read. */
  frontmatter: unknown;
  /** The body as written: a newsletter's email is made from it. */
  body: string;
  /** The body's HTML, from the tree the check read; undefined when the body breaks an MDX rule. */
  rendered?: RenderedBody | undefined;
  /** The body's MDX violations, with lines of the file (they are among `problems` too). */
  bodyProblems: Problem[];
}

/** A fingerprint of a text, to tell whether a file still holds what was checked. */
export function textDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * Checks one text as `npm run check` does (checkEntryText) and renders its body to HTML from the
 * very tree the MDX rules were checked on (checkAndRenderBody): one parse per body. What the
 * check found is kept beside the HTML, so that the content loader stores it without reading,
 * parsing or checking the text again.
 */
export function checkAndRenderText(job: TextToRender): CheckedText {
  let source: ParsedSource | undefined;
  let rendered: RenderedBody | undefined;
  let bodyProblems: Problem[] = [];
  const result = checkEntryText({
    ...job,
    parseBody: parseEntryBody,
    readBody: (parsed, rules) => {
      source = parsed;
      const checked = checkAndRenderBody(parsed.body, { ...job, firstLine: parsed.bodyLine }, rules);
      rendered = checked.rendered;
      bodyProblems = checked.violations.map(({ line, column, message }) => ({
        file: job.file,
        line: line + parsed.bodyLine - 1,
        column,
        message,
      }));
      return checked.violations;
    },
  });
  return {
    ...result,
    digest: textDigest(job.text),
    frontmatter: source?.data,
    body: source?.body ?? '',
    rendered,
    bodyProblems,
  };
}
