import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { editorsMailbox } from '../lib/site.ts';
import type { NewsletterContent } from './newsletter.ts';

/**
 * A ready-to-send draft: multipart/alternative with the text and HTML parts, marked X-Unsent so
 * that Outlook (and other mail programs that honour it) opens it as a new message to send. The
 * coordinator fills in the recipients; nothing is sent from here. It comes from the editors'
 * mailbox (KB_EDITORS_EMAIL), in the site's name, and replies go there, as its footer asks.
 *
 * The same issue always gives the same bytes: nodemailer would otherwise stamp the build's clock
 * (Date), random bytes (Message-ID) and random MIME boundaries into it. The date is the issue's,
 * the Message-ID names the issue, language and site, and the boundary comes from a hash of the parts.
 */
export async function buildEml(
  content: NewsletterContent,
  html: string,
  text: string,
  mailbox: string = editorsMailbox,
): Promise<Buffer> {
  const host = new URL(content.onlineUrl).host;
  const sender = { name: content.words.siteName, address: mailbox };
  const mail = new MailComposer({
    from: sender,
    replyTo: sender,
    subject: content.title,
    text,
    html,
    headers: { 'X-Unsent': '1', 'Content-Language': content.lang },
    textEncoding: 'quoted-printable',
    date: new Date(`${content.published}T00:00:00Z`),
    messageId: `<newsletter-${content.issue}-${content.lang}@${host}>`,
    baseBoundary: createHash('sha256')
      .update(content.title)
      .update('\0')
      .update(text)
      .update('\0')
      .update(html)
      .digest('hex')
      .slice(0, 24),
  });
  return new Promise((resolve, reject) =>
    mail.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
}
