import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CheckCache } from './check-cache.ts';
import { limits } from './limits.ts';
import type { Problem } from './problem.ts';
import { tooBig, type EntryFolder, type FolderFile } from './read-tree.ts';

/**
 * The file types published beside an entry, by extension: what a reader needs (documents and
 * images), each with the type its bytes must have. Anything that a browser could run on the
 * site's origin (HTML, SVG, XML, scripts) or a computer could execute is not among them.
 */
export const publishedFileTypes = {
  pdf: { mime: 'application/pdf', sniffed: ['pdf'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sniffed: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sniffed: ['xlsx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', sniffed: ['pptx'] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', sniffed: ['odt'] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', sniffed: ['ods'] },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', sniffed: ['odp'] },
  csv: { mime: 'text/csv; charset=utf-8', sniffed: [] },
  jpg: { mime: 'image/jpeg', sniffed: ['jpg'] },
  jpeg: { mime: 'image/jpeg', sniffed: ['jpg'] },
  png: { mime: 'image/png', sniffed: ['png'] },
  webp: { mime: 'image/webp', sniffed: ['webp'] },
  avif: { mime: 'image/avif', sniffed: ['avif'] },
  gif: { mime: 'image/gif', sniffed: ['gif'] },
} as const satisfies Record<string, { mime: string; sniffed: readonly string[] }>;

export type PublishedExtension = keyof typeof publishedFileTypes;

const allowedList = Object.keys(publishedFileTypes).join(', ');

/** What to do instead, for the types contributors most often try. */
const insteadOf: Record<string, string> = {
  html: 'save the page as PDF, or link to it on its own site',
  htm: 'save the page as PDF, or link to it on its own site',
  svg: 'export it as PNG or WebP',
  doc: 'save it as .docx or PDF',
  xls: 'save it as .xlsx or .csv',
  ppt: 'save it as .pptx or PDF',
  txt: 'put the text in the entry itself, or save it as PDF',
  md: 'put the text in the entry itself',
  mdx: 'texts are nl.mdx, uk.mdx or en.mdx directly in the entry folder',
  zip: 'add the files themselves',
};

/** The extension of a file name, lowercase and without the dot: `Plan.PDF` → `pdf`. */
export function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

export function isPublishedType(name: string): name is `${string}.${PublishedExtension}` {
  return Object.hasOwn(publishedFileTypes, extensionOf(name));
}

export interface FolderFilesResult {
  /** Files that may be published, relative to the entry folder. */
  accepted: string[];
  problems: Problem[];
}

// The readers of files (file-type, sharp, the metadata and document readers) are imported when a
// file needs them: `npm run check -- <entry>` on an entry without files starts without them.

/**
 * Checks the files beside one entry against the content model: an allowed type, bytes that match
 * the extension (sniffed with file-type), and the limits per file and per entry (size and count).
 */
export async function checkFolderFiles(
  folder: EntryFolder,
  display: (path: string) => string,
  /** Results of earlier runs (check-cache.ts). */
  cache?: Pick<CheckCache, 'file' | 'keepFile'>,
): Promise<FolderFilesResult> {
  const problems: Problem[] = [];
  const accepted: string[] = [];
  if (folder.files.length > limits.entryFolderFiles) {
    const message = `${folder.files.length} files beside the texts; the content model allows ${limits.entryFolderFiles} per entry: link to the others on their own site, or split the entry`;
    return { accepted, problems: [{ file: display(folder.path), message }] };
  }
  let total = 0;
  for (const file of folder.files) {
    total += file.bytes;
    const known = cache?.file(file);
    const problem = known ? known.problem : await fileProblem(file);
    if (!known) cache?.keepFile(file, problem);
    if (problem) problems.push({ file: display(file.path), message: problem });
    else accepted.push(file.name);
  }
  if (total > limits.entryFolderBytes) {
    problems.push({
      file: display(folder.path),
      message: tooBig(total, limits.entryFolderBytes, 'the files of one entry together'),
    });
  }
  return { accepted, problems };
}

async function fileProblem(file: FolderFile): Promise<string | undefined> {
  const extension = extensionOf(file.name);
  if (!Object.hasOwn(publishedFileTypes, extension)) {
    const type = extension ? `.${extension} files are` : 'a file without an extension is';
    return `${type} not published; ${insteadOf[extension] ?? `the allowed types are ${allowedList}`}`;
  }
  if (file.bytes > limits.fileBytes) return tooBig(file.bytes, limits.fileBytes, 'one file');
  const expected = publishedFileTypes[extension as PublishedExtension];
  // Read once (at most limits.fileBytes): the sniffing, sharp, the metadata and document readers share the bytes.
  const bytes = await readFile(file.path);
  const { activeContentProblem } = await import('./active-content/index.ts');
  if (expected.sniffed.length === 0)
    return isPlainText(bytes)
      ? await activeContentProblem(file.path, extension, bytes)
      : `the content is not plain UTF-8 text, as a .${extension} file must be`;
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed && (expected.sniffed as readonly string[]).includes(sniffed.ext)) {
    if (!sniffed.mime.startsWith('image/')) return await activeContentProblem(file.path, extension, bytes);
    const { imageMetadataProblem } = await import('./image-metadata.ts');
    return (await imageProblem(bytes)) ?? (await imageMetadataProblem(bytes));
  }
  const found = sniffed ? ` but ${sniffed.ext.toUpperCase()}` : '';
  return `the content is not ${extension.toUpperCase()}${found}; save it as a real .${extension} file, or name it after its type`;
}

/**
 * An image the build's image pipeline can scale without running out of memory. Astro's pipeline
 * scales every frame of an animated GIF or WebP (sharp's `pages: -1`), so frames count too.
 */
async function imageProblem(bytes: Buffer): Promise<string | undefined> {
  let width: number | undefined;
  let height: number | undefined;
  let frames: number;
  try {
    let pages: number | undefined;
    const { default: sharp } = await import('sharp');
    ({ width, height, pages } = await sharp(bytes, { limitInputPixels: false }).metadata());
    frames = pages ?? 1;
  } catch {
    return 'the image cannot be read; save it again with an image program';
  }
  if (width && height && width * height * frames <= limits.imagePixels) return undefined;
  const limit = `${limits.imagePixels / 1_000_000} million pixels`;
  const megapixels = Math.round(((width ?? 0) * (height ?? 0) * frames) / 1_000_000);
  return frames === 1
    ? `the image is ${width}×${height} pixels (${megapixels} million); scale it down to at most ${limit}`
    : `the image is ${width}×${height} pixels in ${frames} frames (${megapixels} million); scale it down or leave out frames: at most ${limit} in all`;
}

/** UTF-8 text without control characters other than tab and line breaks (no NUL, no binary). */
function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/(?![\t\n\r])\p{Cc}/u.test(text);
}
