import type { Readable } from 'node:stream';
import { formatBytes, limits } from '../limits.ts';
import { xmlTags, type XmlTag } from './xml-tags.ts';

/** Elements of OpenDocument that tie the file to another program. */
const dde = new Set(['dde-source', 'dde-connection-decl', 'dde-link']);
const plugins = new Set(['applet', 'plugin']);
/** An address with a scheme (`https:`, `file:`) or a network path (`\\server`, `//server`). */
const outside = /^\s*(?:[a-z][\w+.-]*:|[\\/]{2})/i;
const macroLink = /^\s*(?:vnd\.sun\.star\.script|macro):/i;

/**
 * What in an OpenDocument part (`content.xml`, `styles.xml`, `meta.xml`) acts when the file opens,
 * or undefined: a script bound to an event, a link that runs a macro, a DDE link, an applet or
 * plug-in, or a picture, section, table, template or reload that is loaded from outside the file.
 * Hyperlinks (`text:a`, `draw:a`) and click actions stay. The part is read as it inflates, tag by
 * tag, so a large spreadsheet is never held whole.
 */
export interface OpenDocumentAction {
  what: string;
  /** The element and address of a link: `image: https://…`. */
  detail?: string;
}

export async function openDocumentAction(part: Readable): Promise<OpenDocumentAction | undefined> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const chunk of part as AsyncIterable<Buffer>) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const cut = unfinishedTag(text);
    for (const tag of xmlTags(text.slice(0, cut))) {
      const action = judge(tag);
      if (action) {
        part.destroy();
        return action;
      }
    }
    carry = text.slice(cut);
    if (carry.length > limits.zipPartBytes) {
      part.destroy();
      return { what: `a tag longer than ${formatBytes(limits.zipPartBytes)}, which the check does not read` };
    }
  }
  for (const tag of xmlTags(carry + decoder.decode())) {
    const action = judge(tag);
    if (action) return action;
  }
  return undefined;
}

function judge({ name, attributes }: XmlTag): OpenDocumentAction | undefined {
  const href = attributes.get('href') ?? '';
  const shown = href.trim().length > 80 ? `${href.trim().slice(0, 80)}…` : href.trim();
  if (macroLink.test(href) || macroLink.test(attributes.get('macro-name') ?? ''))
    return { what: 'a link that runs a macro' };
  if (name === 'event-listener' && attributes.has('language')) return { what: 'a script that runs on an event' };
  if (dde.has(name)) return { what: 'a DDE link to another program' };
  if (plugins.has(name)) return { what: name === 'applet' ? 'an applet' : 'a plug-in' };
  if (name === 'a' || name === 'event-listener' || !outside.test(href)) return undefined;
  return { what: 'a link to a file outside it that opens with it', detail: `${name}: ${shown}` };
}

/** Where the last tag of a piece of XML starts when it is not finished yet, else the piece's length. */
function unfinishedTag(text: string): number {
  const start = text.lastIndexOf('<');
  if (start === -1) return text.length;
  let quote = '';
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return text.length;
  }
  return start;
}
