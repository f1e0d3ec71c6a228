export interface XmlTag {
  /** The element's local name, without a namespace prefix: `Relationship`. */
  name: string;
  /** Attributes by local name, values with character and entity references decoded. */
  attributes: Map<string, string>;
}

/**
 * The start tags of an XML text, in one pass: quotes are honoured (a `>` may stand in an attribute
 * value), comments, CDATA sections, processing instructions and declarations are skipped. Enough to
 * read the attributes of small parts such as OOXML relationships; not a validating parser.
 */
export function* xmlTags(xml: string): Generator<XmlTag> {
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open === -1) return;
    const skip = [
      ['<!--', '-->'],
      ['<![CDATA[', ']]>'],
      ['<?', '?>'],
      ['<!', '>'],
    ].find(([start]) => xml.startsWith(start!, open));
    if (skip) {
      const close = xml.indexOf(skip[1]!, open + skip[0]!.length);
      position = close === -1 ? xml.length : close + skip[1]!.length;
      continue;
    }
    let end = open + 1;
    let quote = '';
    while (end < xml.length && (quote || xml[end] !== '>')) {
      const char = xml[end]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      end++;
    }
    const tag = xml.slice(open + 1, end);
    position = end + 1;
    if (tag.startsWith('/')) continue;
    const [name = '', ...attributes] = words(tag);
    yield { name: localName(name), attributes: readAttributes(attributes) };
  }
}

/** The bytes of an XML part as text: UTF-8, or UTF-16 as its byte order mark or first bytes say. */
export function decodeXml(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0x3c && second === 0)) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  if ((first === 0xfe && second === 0xff) || (first === 0 && second === 0x3c)) {
    return new TextDecoder('utf-16be').decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A tag's text as words: names, `=` and quoted values (with their quotes), in one pass. */
function words(tag: string): string[] {
  const found: string[] = [];
  let position = 0;
  while (position < tag.length) {
    const char = tag[position]!;
    if (/\s|\//.test(char)) {
      position++;
    } else if (char === '"' || char === "'") {
      const close = tag.indexOf(char, position + 1);
      const end = close === -1 ? tag.length : close + 1;
      found.push(tag.slice(position, end));
      position = end;
    } else if (char === '=') {
      found.push('=');
      position++;
    } else {
      const start = position;
      while (position < tag.length && !/[\s/='"]/.test(tag[position]!)) position++;
      found.push(tag.slice(start, position));
    }
  }
  return found;
}

/** `key`, `=`, `"value"` triples as a map by local name. */
function readAttributes(words: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  for (let index = 0; index + 2 < words.length; index++) {
    const value = words[index + 2]!;
    if (words[index + 1] === '=' && (value.startsWith('"') || value.startsWith("'"))) {
      attributes.set(
        localName(words[index]!),
        decodeReferences(value.slice(1, value.at(-1) === value[0] && value.length > 1 ? -1 : undefined)),
      );
      index += 2;
    }
  }
  return attributes;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReferences(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(\w{1,8}));/g,
    (reference, hex?: string, decimal?: string, name?: string) => {
      const code = hex ? parseInt(hex, 16) : decimal ? Number(decimal) : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
      return entities[name!] ?? reference;
    },
  );
}
