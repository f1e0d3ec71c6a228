import type { List, PhrasingContent, RootContent, Table } from 'mdast';
import type { NewsletterContent } from './newsletter.ts';

const width = 72;

/**
 * The plain-text part of the email. The introduction is the same tree the HTML part shows
 * (intro.ts), written as text: links as `text (address)`; every item has its title, summary and link,
 * the questions to the network and the events under headings of their own after the entries.
 */
export function renderText(content: NewsletterContent): string {
  const rule = '-'.repeat(60);
  const items = (list: NewsletterContent['items']) =>
    list
      .map((item, index) =>
        [
          `${index + 1}. ${item.title} (${item.kind})`,
          '',
          wrap(item.summary),
          '',
          `${content.words.readMore}: ${item.url}`,
        ].join('\n'),
      )
      .join('\n\n');
  // The entries, then the questions to the network in a section of their own.
  const section = (heading: string, list: NewsletterContent['items']) =>
    list.length === 0 ? [] : [rule, heading.toUpperCase(), rule, '', items(list), ''];
  return [
    content.words.siteName,
    `${content.title}, ${content.date}`,
    rule,
    '',
    blocks(content.intro.children, width),
    '',
    ...section(content.words.inThisIssue, content.items),
    ...section(content.words.questions, content.questions),
    ...section(content.words.events, content.events),
    rule,
    `${content.words.viewOnline}: ${content.onlineUrl}`,
    '',
    wrap(content.words.footer),
    '',
  ].join('\n');
}

/** Block nodes as text, separated by blank lines, lines no wider than `room` where words allow. */
function blocks(nodes: readonly RootContent[], room: number, separator = '\n\n'): string {
  return nodes
    .map((node) => block(node, room))
    .filter((text) => text !== '')
    .join(separator);
}

function block(node: RootContent, room: number): string {
  switch (node.type) {
    case 'paragraph':
      return wrapLines(inline(node.children), room);
    case 'heading': {
      const title = wrapLines(inline(node.children), room);
      const longest = Math.max(...title.split('\n').map((line) => line.length));
      return `${title}\n${(node.depth === 1 ? '=' : '-').repeat(longest)}`;
    }
    case 'blockquote':
      return indent(blocks(node.children, room - 2), '> ', '> ');
    case 'list':
      return list(node, room);
    case 'table':
      return table(node);
    case 'code':
      return node.value;
    case 'thematicBreak':
      return '* * *';
    default:
      return 'children' in node ? blocks(node.children, room) : '';
  }
}

function list(node: List, room: number): string {
  const start = node.start ?? 1;
  return node.children
    .map((item, index) => {
      const marker = `${node.ordered ? `${start + index}.` : '-'} ${item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : ''}`;
      const body = blocks(item.children, room - marker.length, item.spread ? '\n\n' : '\n');
      return indent(body, marker, ' '.repeat(marker.length));
    })
    .join(node.spread ? '\n\n' : '\n');
}

function table(node: Table): string {
  return node.children
    .map((row) => row.children.map((cell) => inline(cell.children).replace(/\s+/g, ' ').trim()).join(' | '))
    .join('\n');
}

/** Running text; a hard line break stays a newline, everything else flows. */
function inline(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        case 'image':
          return node.alt ?? '';
        case 'link': {
          const words = inline(node.children).trim();
          const address = node.url.replace(/^mailto:/, '');
          return words === '' || words === node.url || words === address ? address : `${words} (${address})`;
        }
        default:
          return 'children' in node ? inline(node.children) : '';
      }
    })
    .join('');
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => {
      const prefix = index === 0 ? first : rest;
      return line === '' ? prefix.trimEnd() : prefix + line;
    })
    .join('\n');
}

function wrapLines(text: string, room: number): string {
  return text
    .split('\n')
    .map((line) => wrap(line, Math.max(room, 20)))
    .join('\n');
}

function wrap(text: string, limit = width): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
