// Runs in the browser (the share page) and at build time (its link without JavaScript).
import type { ShareFile } from './share-files.ts';

/** The texts of the message, in the page's language, from the `share.mail*` UI strings. */
export interface MailTexts {
  /** `share.mailSubject` or `share.mailSubjectQuestion`, with `{title}`. */
  subject: string;
  /** `share.mailIntro`, with `{path}`. */
  intro: string;
  /** `share.mailProblems`. */
  problems: string;
  /** `share.mailFiles`, with `{folder}`; `share.resultFigure` and `share.resultSource`, with `{name}`. */
  files?: string;
  figure?: string;
  source?: string;
  /** `share.mailAnswers`, with `{path}` and `{reference}`. */
  answers?: string;
}

/** What the message says besides the file: the files to attach, and the question the entry answers. */
export interface MailExtras {
  /** The listed files, with the folder they go in. */
  files?: { folder: string; list: ShareFile[] };
  /** The question's folder and the entry's reference to add to its `answers`. */
  answering?: { path: string; reference: string };
}

/**
 * A `mailto:` address (RFC 6068) with a subject and a body. Every character outside the unreserved
 * set is percent-encoded, line breaks as CRLF (`%0D%0A`), as mail programs expect.
 * @example mailtoUrl('redactie@kennisbank.example.org', 'Vraag', 'Regel 1\nRegel 2')
 * // => 'mailto:redactie@kennisbank.example.org?subject=Vraag&body=Regel%201%0D%0ARegel%202'
 */
export function mailtoUrl(mailbox: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${mailbox}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The message that carries a file from the share page to the editors: the subject names the title,
 * the body says where the file goes and which question it answers, lists what the check still
 * found and the files the sender attaches (a mailto: link cannot carry them), and holds the file itself.
 */
export function editorsMail(
  mailbox: string,
  file: { path: string; text: string; problems: string[] },
  title: string,
  texts: MailTexts,
  extras: MailExtras = {},
): string {
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  const problems =
    file.problems.length > 0 ? [`${texts.problems}\n${file.problems.map((line) => `- ${line}`).join('\n')}`] : [];
  const answering = extras.answering && texts.answers ? [fill(texts.answers, extras.answering)] : [];
  const listed = extras.files?.list.filter((listed) => listed.name) ?? [];
  const files =
    extras.files && listed.length > 0 && texts.files
      ? [
          `${fill(texts.files, { folder: extras.files.folder })}\n${listed
            .map(
              (listed) =>
                `- ${fill((listed.use === 'figure' ? texts.figure : texts.source) ?? '{name}', { name: listed.name })}${listed.what.trim() ? ` (${listed.what.trim()})` : ''}`,
            )
            .join('\n')}`,
        ]
      : [];
  const body = [fill(texts.intro, { path: file.path }), ...answering, ...problems, ...files, file.text].join('\n\n');
  return mailtoUrl(mailbox, fill(texts.subject, { title: title.trim() }), body);
}
