// Build time (no Node modules, so that the unit tests and the browser-code lint rule take it as it
// is; build-index.ts does the reading and writing): makes Pagefind's bundle cheaper to download for a
// first query, without changing what a search finds. Pagefind names every page and index chunk by a
// hash of its content (7 hex digits: about 4 bytes each that no compression can take away), and each
// language's metadata, which every first query downloads, lists every page and chunk by that name:
// at 5,000 entries about half of the metadata. Here the pages and chunks of each language are renamed
// in order, `<lang>_<tag><n>` (n in base 36), which compresses to a byte or two; <tag> is the start of
// Pagefind's hash of the language's index, so that a new deploy never reuses a name for other content
// (no stale copy in a browser's or CDN's cache). Only names change: the files keep their bytes, the
// metadata its order.

/** Pagefind's files begin, once decompressed, with this signature. */
const signature = 'pagefind_dcd';

export type Cbor = number | string | boolean | null | Uint8Array | Cbor[] | { [key: string]: Cbor };

/** Decodes the CBOR Pagefind writes (definite lengths; integers, strings, bytes, arrays, maps, simple values). */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = 0;
  // Pagefind's own files, but a truncated or corrupt one must fail here, not loop or read zeros.
  const need = (size: number) => {
    if (at + size > bytes.length) throw new Error('CBOR: truncated');
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    need(size);
    const value =
      size === 1
        ? bytes[at]!
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): Cbor => {
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: simple value ${info} not supported`);
    }
    if (info > 27) throw new Error('CBOR: indefinite lengths not supported');
    const value = length(info);
    // A string or array cannot hold more items than bytes are left (each item is a byte at least).
    if (major >= 2 && major <= 5) need(major === 5 ? value * 2 : value);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
        return bytes.slice(at, (at += value));
      case 3:
        return decoder.decode(bytes.subarray(at, (at += value)));
      case 4: {
        const list: Cbor[] = new Array<Cbor>(value);
        for (let index = 0; index < value; index++) list[index] = item();
        return list;
      }
      case 5: {
        const map: Record<string, Cbor> = {};
        for (let index = 0; index < value; index++) {
          const key = item();
          if (typeof key !== 'string' && typeof key !== 'number') throw new Error('CBOR: map key not supported');
          map[String(key)] = item();
        }
        return map;
      }
      default:
        throw new Error(`CBOR: major type ${major} not supported`);
    }
  };
  const result = item();
  if (at !== bytes.length) throw new Error('CBOR: bytes left over');
  return result;
}

/** Encodes as Pagefind does: shortest heads, definite lengths. */
export function encodeCbor(value: Cbor): Uint8Array {
  const parts: number[] = [];
  const encoder = new TextEncoder();
  const head = (major: number, length: number) => {
    if (length < 24) parts.push((major << 5) | length);
    else if (length < 0x100) parts.push((major << 5) | 24, length);
    else if (length < 0x10000) parts.push((major << 5) | 25, length >> 8, length & 0xff);
    else if (length < 0x100000000)
      parts.push((major << 5) | 26, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
    else throw new Error('CBOR: number too large');
  };
  const bytes = (data: Uint8Array) => {
    for (const byte of data) parts.push(byte);
  };
  const item = (node: Cbor) => {
    if (node === false) parts.push(0xf4);
    else if (node === true) parts.push(0xf5);
    else if (node === null) parts.push(0xf6);
    else if (typeof node === 'number') {
      if (!Number.isInteger(node)) throw new Error('CBOR: only integers supported');
      if (node >= 0) head(0, node);
      else head(1, -1 - node);
    } else if (typeof node === 'string') {
      const data = encoder.encode(node);
      head(3, data.length);
      bytes(data);
    } else if (node instanceof Uint8Array) {
      head(2, node.length);
      bytes(node);
    } else if (Array.isArray(node)) {
      head(4, node.length);
      for (const child of node) item(child);
    } else {
      const entries = Object.entries(node);
      head(5, entries.length);
      for (const [key, child] of entries) {
        item(key);
        item(child);
      }
    }
  };
  item(value);
  return Uint8Array.from(parts);
}

/** Decodes one of Pagefind's files once decompressed: the signature, then CBOR. */
export function decodePagefindFile(plain: Uint8Array): Cbor {
  if (new TextDecoder().decode(plain.subarray(0, signature.length)) !== signature)
    throw new Error('not a Pagefind file');
  return decodeCbor(plain.subarray(signature.length));
}

/** A Pagefind file, to be compressed: the signature, then CBOR. */
export function encodePagefindFile(value: Cbor): Uint8Array {
  const body = encodeCbor(value);
  const plain = new Uint8Array(signature.length + body.length);
  plain.set(new TextEncoder().encode(signature));
  plain.set(body, signature.length);
  return plain;
}

/**
 * Page lengths in the metadata are rounded to this many words. Pagefind uses a page's length only to
 * weigh a match on a long page a little less than on a short one (BM25); 8 words of a 300–600-word
 * page change that weight by about 1 %, and the rounded lengths compress: 4.5 KB less metadata for
 * the 5,289 Dutch pages of 5,000 entries.
 */
export const wordCountStep = 8;

/** A number in base 36: 0 … z, 10 … */
const base36 = (n: number) => n.toString(36);

/** A file to rename: its folder in the bundle (`fragment`, `index`) and its old and new id. */
export interface Rename {
  folder: 'fragment' | 'index';
  from: string;
  to: string;
}

/**
 * A language's metadata with its pages and index chunks renamed in order, and the files to rename.
 * `hash` is the language's hash in pagefind-entry.json (`nl_e24c998f43`).
 */
export function compactMeta(meta: Cbor, lang: string, hash: string): { meta: Cbor; renames: Rename[] } {
  // [version, pages: [id, word count, …][], index chunks: [from, to, id][], filters, sorts, …]
  if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !Array.isArray(meta[2]))
    throw new Error(`Pagefind metadata of ${lang}: unexpected layout`);
  const tag = hash.slice(lang.length + 1, lang.length + 5);
  const renames: Rename[] = [];
  const renamed = (folder: Rename['folder'], list: Cbor[], idAt: number) =>
    list.map((record, index) => {
      const id = Array.isArray(record) ? record[idAt] : undefined;
      if (!Array.isArray(record) || typeof id !== 'string')
        throw new Error(`Pagefind metadata of ${lang}: unexpected record`);
      const to = `${lang}_${tag}${base36(index)}`;
      renames.push({ folder, from: id, to });
      const copy = [...record];
      copy[idAt] = to;
      return copy;
    });
  const copy = [...meta];
  copy[1] = renamed('fragment', meta[1], 0).map((page) => {
    const words = page[1];
    if (typeof words === 'number') page[1] = Math.max(1, Math.round(words / wordCountStep) * wordCountStep);
    return page;
  });
  copy[2] = renamed('index', meta[2], 2);
  return { meta: copy, renames };
}

/**
 * Words on more than this share of a language's pages keep one position per weight and per metadata
 * field on each page (capCommonWords).
 */
export const commonWordShare = 0.5;

/** The positions of a word on a page, `[-marker, position, position, …, -marker, position, …]`: the first of each group. */
function firstOfEachGroup(positions: Cbor): Cbor {
  if (!Array.isArray(positions)) return positions;
  const kept: Cbor[] = [];
  let taken = false;
  for (const value of positions) {
    if (typeof value === 'number' && value < 0) {
      kept.push(value);
      taken = false;
    } else if (!taken) {
      kept.push(value);
      taken = true;
    }
  }
  return kept;
}

/** Metadata positions `[-(field + 1), position, …]` of the given fields only. */
function onlyFields(positions: Cbor, fields: ReadonlySet<number>): Cbor {
  if (!Array.isArray(positions) || fields.size === 0) return [];
  const kept: Cbor[] = [];
  let keep = false;
  for (const value of positions) {
    if (typeof value === 'number' && value < 0) keep = fields.has(-value - 1);
    if (keep) kept.push(value);
  }
  return kept;
}

/** The ids of a language's metadata fields that hold its pages' titles (`title`, and the lemma tokens of titles). */
export function titleFieldIds(meta: Cbor, names: readonly string[]): Set<number> {
  const fields = Array.isArray(meta) && Array.isArray(meta[5]) ? meta[5] : [];
  return new Set(fields.flatMap((field, id) => (typeof field === 'string' && names.includes(field) ? [id] : [])));
}

/**
 * An index chunk with the words on more than `commonWordShare` of the language's `pageCount` pages
 * capped: on each page such a word keeps the first of its positions of each weight (a heading, the
 * text), of each title field (`titleFields`), and, on a page whose text lacks it, of each metadata
 * field; undefined when the chunk has no
 * such word (it stays as it is).
 *
 * Why: a word on nearly every page («gemeenten», «municipalities») stores every position on every
 * page, which is most of what a first query for it downloads (at 5,000 entries 84 KB of index for
 * «gemeenten», for one word). Pagefind ranks with BM25, whose weight for a word on most pages is close
 * to nothing, so how often such a word occurs on a page hardly moves a result; the page still matches,
 * with the weight of its best place (a title stays a title), the metadata fields it matched in, and
 * the location of its first occurrence for the excerpt. Every other word keeps all its positions.
 */
export function capCommonWords(
  chunk: Cbor,
  pageCount: number,
  titleFields: ReadonlySet<number> = new Set(),
): Cbor | undefined {
  // [words: [word, pages: [page (delta), positions, metadata positions][], variants: [word, pages][], …][], …]
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw new Error('Pagefind index chunk: unexpected layout');
  const limit = pageCount * commonWordShare;
  let changed = false;
  const capPages = (pages: Cbor) =>
    Array.isArray(pages)
      ? pages.map((page) => {
          if (!Array.isArray(page)) return page;
          const text = firstOfEachGroup(page[1]!);
          // Where the text holds the word, the metadata fields (title, summary, themes: words the
          // text shows too) add nothing to find the page by; where only a field holds it (names,
          // compound parts, lemma tokens), the field keeps its first position.
          // A title's fields (titleFields: its words, its lemma tokens) always keep theirs: they rank.
          const fields =
            Array.isArray(text) && text.length > 0
              ? onlyFields(firstOfEachGroup(page[2]!), titleFields)
              : firstOfEachGroup(page[2]!);
          return [page[0]!, text, fields, ...page.slice(3)];
        })
      : pages;
  const words = chunk[0].map((word) => {
    if (!Array.isArray(word) || !Array.isArray(word[1])) return word;
    const variants = Array.isArray(word[2]) ? word[2] : [];
    const pages =
      word[1].length +
      variants.reduce<number>((sum, v) => sum + (Array.isArray(v) && Array.isArray(v[1]) ? v[1].length : 0), 0);
    if (pages <= limit) return word;
    changed = true;
    return [
      word[0]!,
      capPages(word[1]),
      variants.map((variant) =>
        Array.isArray(variant) ? [variant[0]!, capPages(variant[1]!), ...variant.slice(2)] : variant,
      ),
      ...word.slice(3),
    ];
  });
  return changed ? [words, ...chunk.slice(1)] : undefined;
}
