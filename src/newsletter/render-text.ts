import type { NewsletterContent } from './newsletter.ts';

/**
 * The plain-text part of the email. The introduction stays Markdown, which reads as plain text;
 * every item has its title, summary and link.
 */
export function renderText(content: NewsletterContent): string {
  const rule = '-'.repeat(60);
  const items = content.items.map((item, index) =>
    [`${index + 1}. ${item.title} (${item.kind})`, '', wrap(item.summary), '', `${content.words.readMore}: ${item.url}`].join('\n'),
  );
  return [
    content.words.siteName,
    `${content.title}, ${content.date}`,
    rule,
    '',
    content.intro.trim(),
    '',
    rule,
    content.words.inThisIssue.toUpperCase(),
    rule,
    '',
    items.join('\n\n'),
    '',
    rule,
    `${content.words.viewOnline}: ${content.onlineUrl}`,
    '',
    wrap(content.words.footer),
    '',
  ].join('\n');
}

function wrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
