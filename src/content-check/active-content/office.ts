import { buffer } from 'node:stream/consumers';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { formatBytes, limits } from '../limits.ts';
import { openDocumentAction } from './opendocument-links.ts';
import { decodeXml, xmlTags } from './xml-tags.ts';

export type OfficeFormat = 'ooxml' | 'opendocument';

/** Parts that hold what a document can do, by name: the first found of each kind is named. */
const partKinds = [
  {
    what: 'macros',
    // OpenDocument: a module in `Basic/` or a script in `Scripts/`; the lists of libraries
    // (`script-lc.xml`, `script-lb.xml`) that an office suite may write without any macro stay.
    test: (name: string) =>
      /(?:^|\/)(?:vbaProject\.bin|vbaData\.xml)$|(?:^|\/)macrosheets\//i.test(name) ||
      (/(?:^|\/)(?:Basic|Scripts)\/./i.test(name) && !/(?:^|\/)(?:script|dialog)-l[bc]\.xml$|\/$/i.test(name)),
  },
  {
    what: 'an embedded object',
    // OpenDocument: an OLE object is a file `Object 1`; a chart is a folder `Object 1/` of XML, and
    // `ObjectReplacements/Object 1` its picture.
    test: (name: string) =>
      /(?:^|\/)embeddings\/|oleObject/i.test(name) ||
      (/(?:^|\/)Object \d+$/i.test(name) && !/(?:^|\/)ObjectReplacements\//i.test(name)),
  },
  { what: 'an ActiveX control', test: (name: string) => /(?:^|\/)activeX\//i.test(name) },
] as const;

const advice =
  'save it again from the program that made it without macros, embedded objects, controls or linked files, or save it as PDF';
const saveAgain = 'save it again from the program that made it, or as PDF';

/**
 * The problem of an Office (OOXML) or OpenDocument file that can act, in one line, or undefined.
 * The zip is read through its central directory, without inflating anything, within the limits on
 * parts, unpacked size and ratio; then the parts are judged by name (macros, embedded objects,
 * ActiveX), and the small relationship parts of OOXML are inflated and read for relationships to
 * outside the file that open with it (an attached template, a linked picture or object).
 */
export async function officeProblem(path: string, format: OfficeFormat): Promise<string | undefined> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    return `the file cannot be read as a zip, as an Office or OpenDocument file must be; ${saveAgain}`;
  }
  try {
    return await judge(zip, format);
  } catch {
    return `the file's zip structure is damaged; ${saveAgain}`;
  } finally {
    zip.close();
  }
}

async function judge(zip: ZipFile, format: OfficeFormat): Promise<string | undefined> {
  if (zip.entryCount > limits.zipEntries) {
    return `the file has ${zip.entryCount} parts, more than the ${limits.zipEntries} allowed; ${saveAgain}`;
  }
  const entries: Entry[] = [];
  let unpacked = 0;
  for await (const entry of zip.eachEntry()) {
    unpacked += entry.uncompressedSize;
    if (unpacked > limits.zipUnpackedBytes) {
      return `the file unpacks to more than ${formatBytes(limits.zipUnpackedBytes)}; ${saveAgain}`;
    }
    if (
      entry.uncompressedSize > limits.zipGraceBytes &&
      entry.uncompressedSize > limits.zipRatio * Math.max(1, entry.compressedSize)
    ) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
      return `the part ${entry.fileName} unpacks to ${ratio} times its packed size (at most ${limits.zipRatio}); ${saveAgain}`;
    }
    if (entry.isEncrypted())
      return `the file has encrypted parts, which the check cannot read; save it without a password`;
    entries.push(entry);
  }

  const found: string[] = [];
  for (const kind of partKinds) {
    const part = entries.find((entry) => kind.test(entry.fileName));
    if (part) found.push(`${kind.what} (${part.fileName})`);
  }
  if (format === 'ooxml') {
    for (const entry of entries.filter((candidate) => /\.rels$/i.test(candidate.fileName))) {
      if (entry.uncompressedSize > limits.zipPartBytes) {
        return `the part ${entry.fileName} is larger than the ${formatBytes(limits.zipPartBytes)} a relationship part may be; ${saveAgain}`;
      }
      const external = externalRelationship(decodeXml(await buffer(await zip.openReadStreamPromise(entry))));
      if (external) {
        found.push(`a link to a file outside it that opens with it (${external}, in ${entry.fileName})`);
        break;
      }
    }
  }
  if (format === 'opendocument') {
    for (const entry of entries.filter((candidate) =>
      /(?:^|\/)(?:content|styles|meta)\.xml$/i.test(candidate.fileName),
    )) {
      const action = await openDocumentAction(await zip.openReadStreamPromise(entry));
      if (action) {
        found.push(`${action.what} (${action.detail ? `${action.detail}, ` : ''}in ${entry.fileName})`);
        break;
      }
    }
  }
  if (found.length === 0) return undefined;
  return `the document contains ${new Intl.ListFormat('en', { type: 'conjunction' }).format(found)}; ${advice}`;
}

/**
 * The first relationship that reaches outside the package other than a web or mail link the reader
 * clicks: `attachedTemplate: https://…` (a template, picture, object or frame that Office loads
 * when it opens the file), or undefined.
 */
function externalRelationship(xml: string): string | undefined {
  // A document type could define entities that spell `External`; relationship parts have none.
  if (/<!DOCTYPE/i.test(xml)) return 'a document type declaration';
  for (const { name, attributes } of xmlTags(xml)) {
    if (name !== 'Relationship' || attributes.get('TargetMode')?.trim().toLowerCase() !== 'external') continue;
    const type = (attributes.get('Type') ?? '').split('/').at(-1) ?? '';
    const target = (attributes.get('Target') ?? '').trim();
    if (type === 'hyperlink' && /^(?:https?|mailto):/i.test(target)) continue;
    return `${type || 'relationship'}: ${target.length > 80 ? `${target.slice(0, 80)}…` : target}`;
  }
  return undefined;
}
