import MailComposer from 'nodemailer/lib/mail-composer';
import type { NewsletterContent } from './newsletter.ts';

/**
 * A ready-to-send draft: multipart/alternative with the text and HTML parts, marked X-Unsent so
 * that Outlook (and other mail programs that honour it) opens it as a new message to send. The
 * coordinator fills in the recipients; nothing is sent from here.
 */
export async function buildEml(content: NewsletterContent, html: string, text: string): Promise<Buffer> {
  const mail = new MailComposer({
    subject: content.title,
    text,
    html,
    headers: { 'X-Unsent': '1', 'Content-Language': content.lang },
    textEncoding: 'quoted-printable',
  });
  return new Promise((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}
