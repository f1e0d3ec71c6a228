// Build time: the text of a built page that Pagefind indexes (inside data-pagefind-body, outside
// data-pagefind-ignore, no scripts or styles), and the place to add metadata for the index only.

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const skipped = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The indexed text of a page, or undefined if the page has no data-pagefind-body (Pagefind skips it then). */
export function indexedText(html: string): string | undefined {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/iu);
  if (start < 0) return undefined;
  // The name is taken whole, so that no shorter name is tried against the rest of a tag.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/gu;
  tag.lastIndex = start;
  const parts: string[] = [];
  // Open elements: whether each one is indexed.
  const stack: { name: string; indexed: boolean }[] = [];
  let last = start;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    const indexed = stack.length === 0 || stack[stack.length - 1]!.indexed;
    if (indexed && stack.length > 0) parts.push(html.slice(last, match.index));
    last = tag.lastIndex;
    if (match[0].startsWith('<!--')) continue;
    const [, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      // Close up to the matching element (tolerates omitted end tags).
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (stack.length === 0) break;
      parts.push(' ');
      continue;
    }
    if (voidElements.has(name) || attributes.trimEnd().endsWith('/')) {
      parts.push(' ');
      continue;
    }
    const ignored = /\sdata-pagefind-ignore(?=[\s=]|$)/u.test(attributes) || skipped.has(name);
    stack.push({ name, indexed: indexed && !ignored });
    if (skipped.has(name)) {
      // Raw text: jump to its end tag.
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      last = tag.lastIndex;
    }
    parts.push(' ');
  }
  return decodeEntities(parts.join('')).replace(/\s+/gu, ' ').trim();
}

/** Adds metadata fields for the index only (the page on disk keeps its HTML): an ignored, empty element inside the indexed body. */
export function withIndexMeta(html: string, meta: Record<string, string>): string {
  const fields = Object.entries(meta).filter(([, value]) => value.length > 0);
  if (fields.length === 0) return html;
  const body = /<[a-z][^>]*\sdata-pagefind-body[^>]*>/iu.exec(html);
  if (!body) return html;
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  const elements = fields
    .map(([name, value]) => `<div hidden data-pagefind-ignore data-pagefind-meta="${name}:${escape(value)}"></div>`)
    .join('');
  const at = body.index + body[0].length;
  return html.slice(0, at) + elements + html.slice(at);
}

/**
 * The page as Pagefind needs it: <html lang>, the title and the element with data-pagefind-body,
 * when that is an <article> or <main> (nothing outside it is indexed); less to send to Pagefind and
 * for it to parse than the whole page. Other pages stay whole.
 */
export function pagefindHtml(html: string): string {
  const open = /<html[^>]*>/iu.exec(html)?.[0];
  const body = /<(article|main)\b[^>]*\sdata-pagefind-body[\s>=]/iu.exec(html);
  if (!open || !body) return html;
  const tag = body[1]!.toLowerCase();
  const end = html.toLowerCase().lastIndexOf(`</${tag}>`);
  if (end < body.index) return html;
  const title = /<title>[^<]*<\/title>/iu.exec(html)?.[0] ?? '';
  return `<!doctype html>${open}<head><meta charset="utf-8">${title}</head><body>${html.slice(body.index, end + tag.length + 3)}</body></html>`;
}

const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['ʼ’`-](?=[\p{L}\p{N}]))*/gu;
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/gu;
const contentMeta = /\sdata-pagefind-meta=(["'])([\w-]+)\1/u;

/** The text of an element's inner HTML, as Pagefind keeps a metadata value: tags out, spaces collapsed. */
const innerText = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();

/** The text of the first <h1> in the indexed part of a page: the title Pagefind gives it (as withWordTokens finds it). */
export function indexedTitle(html: string): string | undefined {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/iu);
  if (start < 0) return undefined;
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/iu.exec(html.slice(start));
  return heading ? innerText(heading[1]!) : undefined;
}

/**
 * The page for the index with each word that `tokensOf` knows preceded by its tokens, in the same
 * element, so that a token has the word's position and its element's weight (a title, a heading, the
 * text), and Pagefind ranks by it as it ranks a written word. What would carry the tokens into what
 * readers see is kept as written: the title and the metadata Pagefind takes from an element's text
 * (data-pagefind-meta="summary") are given as explicit values; the tokens of the title are returned,
 * for a metadata field of their own. The search page leaves the tokens out of excerpts.
 */
export function withWordTokens(
  html: string,
  tokensOf: (word: string) => string[] | undefined,
): { html: string; title: string | undefined; titleTokens: string[] } {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/iu);
  if (start < 0) return { html, title: undefined, titleTokens: [] };
  const out: string[] = [html.slice(0, start)];
  const titleTokens = new Set<string>();
  let title: string | undefined;
  let inTitle = false;
  const addTokens = (text: string) =>
    escapeText(
      decodeEntities(text).replace(wordPattern, (word) => {
        const tokens = tokensOf(word);
        if (!tokens || tokens.length === 0) return word;
        if (inTitle) for (const token of tokens) titleTokens.add(token);
        return `${tokens.join(' ')} ${word}`;
      }),
    );
  const tag = new RegExp(tagPattern.source, 'gu');
  tag.lastIndex = start;
  let last = start;
  let match: RegExpExecArray | null;
  // Open raw-text elements (script, style) are copied as they are.
  while ((match = tag.exec(html))) {
    out.push(addTokens(html.slice(last, match.index)));
    last = tag.lastIndex;
    const [whole, closing, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (whole.startsWith('<!--')) {
      out.push(whole);
      continue;
    }
    if (closing) {
      if (name === 'h1') inTitle = false;
      out.push(whole);
      continue;
    }
    if (skipped.has(name) && !attributes.trimEnd().endsWith('/')) {
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      const to = end < 0 ? html.length : end;
      out.push(whole, html.slice(tag.lastIndex, to));
      tag.lastIndex = last = to;
      continue;
    }
    const metaName = contentMeta.exec(attributes);
    if ((metaName || (name === 'h1' && title === undefined)) && !voidElements.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      const text = innerText(html.slice(tag.lastIndex, end < 0 ? html.length : end));
      if (name === 'h1' && title === undefined) {
        title = text;
        inTitle = true;
      }
      if (metaName) {
        const value = `${metaName[2]}:${text}`.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
        out.push(whole.replace(contentMeta, ` data-pagefind-meta="${value}"`));
        continue;
      }
    }
    out.push(whole);
  }
  out.push(addTokens(html.slice(last)));
  return { html: out.join(''), title, titleTokens: [...titleTokens] };
}
