// Runs in the browser (the share page) and at build time (its link without JavaScript).

/** The texts of the message, in the page's language, from the `share.mail*` UI strings. */
export interface MailTexts {
  /** `share.mailSubject` or `share.mailSubjectQuestion`, with `{title}`. */
  subject: string;
  /** `share.mailIntro`, with `{path}`. */
  intro: string;
  /** `share.mailProblems`. */
  problems: string;
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
 * the body says where the file goes, lists what the check still found, and holds the file itself.
 */
export function editorsMail(
  mailbox: string,
  file: { path: string; text: string; problems: string[] },
  title: string,
  texts: MailTexts,
): string {
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  const problems =
    file.problems.length > 0 ? [`${texts.problems}\n${file.problems.map((line) => `- ${line}`).join('\n')}`] : [];
  const body = [fill(texts.intro, { path: file.path }), ...problems, file.text].join('\n\n');
  return mailtoUrl(mailbox, fill(texts.subject, { title: title.trim() }), body);
}
