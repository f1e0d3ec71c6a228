// Runs in the browser (the share page) and in the unit tests: no Node imports.

/** A photo or document that a contributor lists on the share page, to sit beside the entry's text. */
export interface ShareFile {
  /** The file's name as it is on the contributor's computer: `foto-spreekuur.jpg`, `projectplan.pdf`. */
  name: string;
  /** What it is: the alt text of a figure, the title of a source. */
  what: string;
  /** A figure in the text (`<Figure>`), or a source (`sources: - file:`). */
  use: 'figure' | 'source';
}

/**
 * The extensions the build publishes beside an entry (`publishedFileTypes` in
 * src/content-check/entry-files.ts, which reads files with Node and so cannot run here; a unit test
 * keeps the two lists the same).
 */
export const shareableExtensions = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'csv',
  'jpg',
  'jpeg',
  'png',
  'webp',
  'avif',
  'gif',
] as const;

/** The ones that can be a figure: images. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** `Plan.PDF` → `pdf`; `''` without an extension. */
export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * Whether a name as written in a field is meant as a file rather than a web address: a name with
 * an extension the site publishes, and no scheme, path or space (`projectplan.pdf`, not
 * `www.example.org` or `https://…`).
 */
export function looksLikeFileName(text: string): boolean {
  return (
    !/[\s/\\:]/.test(text) &&
    (shareableExtensions as readonly string[]).includes(extensionOf(text)) &&
    !/^www\./i.test(text)
  );
}

export type FileNameProblem = 'missingName' | 'folder' | 'characters' | 'type' | 'notImage' | 'missingWhat';

/**
 * What is wrong with one listed file, as a key of the share page's messages (`share.check.file.*`),
 * or undefined. The content check would find some of these only once the file is in the folder.
 */
export function fileProblem(file: ShareFile): FileNameProblem | undefined {
  if (!file.name) return 'missingName';
  if (/[/\\]/.test(file.name) || file.name.startsWith('.')) return 'folder';
  // Quotes, braces and angle brackets would end the Figure's attribute or be read as code.
  if (/["<>{}|\p{Cc}]/u.test(file.name) || file.name.length > 120) return 'characters';
  const extension = extensionOf(file.name);
  if (!(shareableExtensions as readonly string[]).includes(extension)) return 'type';
  if (file.use === 'figure' && !(imageExtensions as readonly string[]).includes(extension)) return 'notImage';
  if (!file.what) return 'missingWhat';
  return undefined;
}

/** The attribute value a text becomes: one line, with its double quotes as typographic ones. */
const attribute = (text: string) => text.replace(/\s+/g, ' ').replace(/"/g, '”');

/** The body line that places a figure: `<Figure src="foto.jpg" alt="Het spreekuur" />`. */
export function figureLine(file: ShareFile): string {
  return `<Figure src="${attribute(file.name)}" alt="${attribute(file.what)}" />`;
}
