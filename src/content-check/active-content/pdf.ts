import { constants, inflateSync } from 'node:zlib';
import { formatBytes, limits } from '../limits.ts';

/**
 * What a PDF can do besides showing pages, by the names that say so, in the order messages list
 * them. A reader that opens the file runs scripts, starts programs, opens other files, plays media
 * or sends form data; the knowledge base publishes documents to read, so it refuses all of these.
 * Ordinary links (/URI) and go-to actions within the document stay.
 */
const activeKinds = [
  { what: 'JavaScript', names: ['JavaScript', 'JS'] },
  { what: 'an action when it opens', names: ['OpenAction'] },
  { what: 'actions on events', names: ['AA'] },
  { what: 'an action that starts a program', names: ['Launch'] },
  { what: 'an embedded file', names: ['EmbeddedFile', 'EmbeddedFiles', 'FileAttachment', 'EF'] },
  { what: 'an XFA form', names: ['XFA'] },
  { what: 'media that plays', names: ['RichMedia', 'Rendition', 'Movie', 'Sound'] },
  { what: 'a link that opens another file', names: ['GoToR', 'GoToE'] },
  { what: 'a form that sends or loads data', names: ['SubmitForm', 'ImportData'] },
] as const;

const watched = new Set<string>(activeKinds.flatMap((kind) => kind.names));
const advice = 'save it again as PDF/A, or print it to PDF, without scripts, actions or attachments';

/**
 * The problem of a PDF that can act, in one line, or undefined. It reads the file's syntax (names,
 * with `#xx` escapes decoded; strings, comments and stream data skipped, so that text and images
 * cannot look like a name) and the objects in compressed object streams (/ObjStm), inflated within
 * `limits.pdfObjectStreamBytes`. Work is linear in the size of the file and of what it inflates.
 */
export function pdfProblem(bytes: Uint8Array): string | undefined {
  const scan = new PdfScan(bytes);
  scan.run();
  if (scan.tooMuch) {
    return `the PDF's compressed objects unpack to more than ${formatBytes(limits.pdfObjectStreamBytes)}; save it again as PDF/A, or print it to PDF`;
  }
  if (scan.unreadable) {
    return `the check cannot read the PDF's compressed objects (${scan.unreadable}); ${advice}, and without a password`;
  }
  for (const ref of scan.openActionRefs) if (!scan.arrayObjects.has(ref)) scan.found.add('OpenAction');
  const found = activeKinds.flatMap((kind) => {
    const name = kind.names.find((candidate) => scan.found.has(candidate));
    return name ? [`${kind.what} (/${name})`] : [];
  });
  if (found.length === 0) return undefined;
  return `the PDF contains ${new Intl.ListFormat('en', { type: 'conjunction' }).format(found)}; ${advice}`;
}

/** Byte classes of PDF syntax: 1 whitespace, 2 delimiter, 0 a regular character. */
const byteClass = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) byteClass[byte] = 1;
for (const char of '()<>[]{}/%') byteClass[char.charCodeAt(0)] = 2;
const isWhitespace = (byte: number | undefined) => byte !== undefined && byteClass[byte] === 1;
const isRegular = (byte: number | undefined) => byte !== undefined && byteClass[byte] === 0;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
const latin1 = new TextDecoder('latin1');
/** Longer names and words are none that the scan looks for (`/J#61v#61Script` is 15 characters). */
const longestWord = 64;
type Token = { kind: 'name' | 'word'; value: string } | { kind: '<<' | '>>' | '[' | ']' };

/** The keys of a stream's dictionary that say how to read its data. */
interface StreamDictionary {
  type?: string;
  filters: string[];
  length?: number | undefined;
  first?: number;
  decodeParms: boolean;
}

class PdfScan {
  readonly found = new Set<string>();
  /** Objects that /OpenAction refers to, and objects that are arrays (a destination, not an action). */
  readonly openActionRefs: number[] = [];
  readonly arrayObjects = new Set<number>();
  unreadable: string | undefined;
  tooMuch = false;
  private inflated = 0;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  run(): void {
    this.lex(this.bytes, 0, this.bytes.length, 0);
  }

  /**
   * Reads tokens from `start` to `end`. `streams` is how deep in stream data this is: 0 for the file,
   * 1 for the data of a stream that holds object headers (a reader led there by the cross-reference
   * table reads them as objects), and -1 for an inflated object stream, which has no streams.
   */
  private lex(bytes: Uint8Array, start: number, end: number, streams: number): void {
    let depth = 0;
    let dictionary: StreamDictionary | undefined;
    let key: string | undefined;
    let valueSeen = false;
    let previous: Token | undefined;
    let numbers: [string | undefined, string | undefined] = [undefined, undefined];
    let objectNumber: number | undefined;
    let position = start;

    const take = (token: Token) => {
      if (previous?.kind === 'name' && previous.value === 'OpenAction' && token.kind !== '[') {
        if (token.kind === 'word' && /^\d+$/.test(token.value)) this.openActionRefs.push(Number(token.value));
        else this.found.add('OpenAction');
      }
      if (previous?.kind === 'name' && previous.value === 'EF' && token.kind === '<<') this.found.add('EF');
      if (objectNumber !== undefined) {
        if (token.kind === '[') this.arrayObjects.add(objectNumber);
        objectNumber = undefined;
      }
      if (token.kind === 'name' && watched.has(token.value) && token.value !== 'OpenAction' && token.value !== 'EF')
        this.found.add(token.value);
      if (token.kind === '<<' || token.kind === '[') {
        if (token.kind === '<<' && depth === 0) dictionary = { filters: [], decodeParms: false };
        else if (depth === 1 && key === 'DecodeParms' && dictionary) dictionary.decodeParms = true;
        depth++;
      } else if (token.kind === '>>' || token.kind === ']') {
        depth = Math.max(0, depth - 1);
        if (depth === 1) key = undefined;
      } else if (depth === 1 && dictionary) {
        if (token.kind === 'name' && (key === undefined || valueSeen)) {
          key = token.value;
          valueSeen = false;
        } else if (key !== undefined && !valueSeen) {
          this.keyValue(dictionary, key, token);
          valueSeen = true;
          // A number may be the first of a reference (`5 0 R`), whose other words follow.
          if (!(token.kind === 'word' && /^\d+$/.test(token.value))) key = undefined;
        }
      } else if (depth === 2 && dictionary && key === 'Filter' && token.kind === 'name') {
        dictionary.filters.push(token.value);
      }
      if (token.kind === 'word') {
        if (token.value === 'obj' && numbers[0] !== undefined) {
          objectNumber = Number(numbers[0]);
          dictionary = undefined;
        }
        numbers = /^\d+$/.test(token.value) ? [numbers[1], token.value] : [undefined, undefined];
      } else numbers = [undefined, undefined];
      previous = token;
    };

    while (position < end && !this.tooMuch && !this.unreadable) {
      const byte = bytes[position]!;
      if (isWhitespace(byte)) {
        position++;
      } else if (byte === 0x25 /* % */) {
        while (position < end && bytes[position] !== 10 && bytes[position] !== 13) position++;
      } else if (byte === 0x28 /* ( */) {
        position = skipString(bytes, position, end);
      } else if (byte === 0x3c /* < */) {
        if (bytes[position + 1] === 0x3c) {
          take({ kind: '<<' });
          position += 2;
        } else {
          while (position < end && bytes[position] !== 0x3e) position++;
          position++;
        }
      } else if (byte === 0x3e /* > */) {
        if (bytes[position + 1] === 0x3e) {
          take({ kind: '>>' });
          position += 2;
        } else position++;
      } else if (byte === 0x5b || byte === 0x5d) {
        take({ kind: byte === 0x5b ? '[' : ']' });
        position++;
      } else if (byte === 0x2f /* / */) {
        let stop = position + 1;
        while (stop < end && isRegular(bytes[stop])) stop++;
        take({
          kind: 'name',
          value: stop - position > longestWord ? '' : decodeName(ascii(bytes, position + 1, stop)),
        });
        position = stop;
      } else if (isRegular(byte)) {
        let stop = position + 1;
        while (stop < end && isRegular(bytes[stop])) stop++;
        const word = stop - position > longestWord ? '' : ascii(bytes, position, stop);
        position = stop;
        if (word === 'R' && key === 'Length' && dictionary) dictionary.length = undefined;
        if (word === 'stream' && streams >= 0) {
          position = this.stream(bytes, position, end, dictionary, streams);
          dictionary = undefined;
          depth = 0;
          key = undefined;
        }
        take({ kind: 'word', value: word });
      } else {
        position++; // `{`, `}` and a stray `)`
      }
    }
  }

  private keyValue(dictionary: StreamDictionary, key: string, token: Token): void {
    if (key === 'Type' && token.kind === 'name') dictionary.type = token.value;
    else if (key === 'Filter' && token.kind === 'name') dictionary.filters.push(token.value);
    else if (key === 'Length' && token.kind === 'word' && /^\d+$/.test(token.value) && dictionary.length === undefined)
      dictionary.length = Number(token.value);
    else if (key === 'First' && token.kind === 'word' && /^\d+$/.test(token.value))
      dictionary.first = Number(token.value);
    else if (key === 'DecodeParms' && !(token.kind === 'word' && token.value === 'null')) dictionary.decodeParms = true;
  }

  /** Reads a stream's data from after the keyword `stream`; returns where the lexer goes on. */
  private stream(
    bytes: Uint8Array,
    position: number,
    end: number,
    dictionary: StreamDictionary | undefined,
    streams: number,
  ): number {
    let start = position;
    if (bytes[start] === 13) start++;
    if (bytes[start] === 10) start++;
    let stop = -1;
    const length = dictionary?.length;
    if (length !== undefined && start + length <= end) {
      let after = start + length;
      while (after < end && isWhitespace(bytes[after])) after++;
      if (ascii(bytes, after, Math.min(end, after + 9)) === 'endstream') stop = start + length;
    }
    if (stop === -1) {
      const found = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('endstream', start, 'latin1');
      stop = found === -1 || found > end ? end : found;
    }
    if (dictionary?.type === 'ObjStm') this.objectStream(bytes.subarray(start, stop), dictionary);
    else if (hasObjectHeader(bytes, start, stop)) {
      if (streams >= 1) this.unreadable = 'objects hidden in stream data';
      else this.lex(bytes, start, stop, streams + 1);
    }
    return stop;
  }

  private objectStream(data: Uint8Array, dictionary: StreamDictionary): void {
    const flate = dictionary.filters.length === 1 && ['FlateDecode', 'Fl'].includes(dictionary.filters[0]!);
    if (dictionary.filters.length > 1 || (dictionary.filters.length === 1 && !flate) || dictionary.decodeParms) {
      this.unreadable = dictionary.decodeParms
        ? 'filter parameters'
        : `filter ${dictionary.filters.map((filter) => `/${filter}`).join(' ')}`;
      return;
    }
    let objects: Uint8Array = data;
    if (flate) {
      const budget = limits.pdfObjectStreamBytes - this.inflated;
      try {
        objects = inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if (error instanceof RangeError) this.tooMuch = true;
        else this.unreadable = 'encrypted or damaged';
        return;
      }
    }
    this.inflated += objects.length;
    if (this.inflated > limits.pdfObjectStreamBytes) {
      this.tooMuch = true;
      return;
    }
    // The header is pairs of an object number and its offset after /First: an object that is an
    // array is a destination, which /OpenAction may refer to.
    const first = dictionary.first ?? 0;
    const header = latin1
      .decode(objects.subarray(0, Math.min(first, objects.length)))
      .trim()
      .split(/\s+/);
    for (let index = 0; index + 1 < header.length; index += 2) {
      let at = first + Number(header[index + 1]);
      while (at < objects.length && isWhitespace(objects[at])) at++;
      if (objects[at] === 0x5b) this.arrayObjects.add(Number(header[index]));
    }
    this.lex(objects, 0, objects.length, -1);
  }
}

/** Whether `12 0 obj` stands between `start` and `end`: found by the native search for `obj`. */
function hasObjectHeader(bytes: Uint8Array, start: number, end: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (
    let at = buffer.indexOf('obj', start, 'latin1');
    at !== -1 && at + 3 <= end;
    at = buffer.indexOf('obj', at + 3, 'latin1')
  ) {
    if (isRegular(bytes[at + 3]) && at + 3 < end) continue;
    let back = at - 1;
    const spaces = () => {
      const from = back;
      while (back >= start && from - back < 8 && isWhitespace(bytes[back])) back--;
      return from - back;
    };
    const digits = () => {
      const from = back;
      while (back >= start && from - back < 10 && isDigit(bytes[back])) back--;
      return from - back;
    };
    if (spaces() && digits() && spaces() && digits()) return true;
  }
  return false;
}

/** A short run of bytes as text, one character a byte (cheaper than a TextDecoder call per word). */
function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index++) text += String.fromCharCode(bytes[index]!);
  return text;
}

/** Skips a literal string `( … )`, with nested parentheses and backslash escapes. */
function skipString(bytes: Uint8Array, position: number, end: number): number {
  let nesting = 0;
  while (position < end) {
    const byte = bytes[position++]!;
    if (byte === 0x5c) position++;
    else if (byte === 0x28) nesting++;
    else if (byte === 0x29 && --nesting === 0) break;
  }
  return position;
}

/** `J#61vaScript` → `JavaScript`: a name may spell any character as `#` and two hex digits. */
function decodeName(name: string): string {
  return name.includes('#')
    ? name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : name;
}
