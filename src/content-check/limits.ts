/**
 * Every size limit of the content model, in one place: the check enforces them, CONTRIBUTING
 * documents them, and nothing else hard-codes them. They bound what a hostile pull request can
 * make the check, the build and a reader's phone do.
 */
export const limits = {
  /** An entry or newsletter file (frontmatter and body): a long guide is about 30 KB. */
  textFileBytes: 200_000,
  /** A theme, municipality or organisation file. */
  dataFileBytes: 50_000,
  /** Nesting of lists, quotes, components and emphasis in a body, as levels of the syntax tree. */
  bodyDepth: 32,
  /** Containers opened on one line (`> - 1.`) or components open at once: checked before parsing. */
  openContainers: 16,
  /**
   * Characters on one line of a body, and tags (`<Callout>`, `</Callout>`, `<Figure />`) in one body:
   * the parser's time grows with the square of the emphasis marks on a line (`_a_a_a…`) and with
   * tags × length, so these bound it (a 180 KB line of `_a` took 19 s). Checked before parsing.
   */
  lineLength: 10_000,
  bodyTags: 500,
  /** One image or attachment beside an entry. */
  fileBytes: 10_000_000,
  /** Pixels of one image (width × height): a phone photo has 12 million; the build scales every image. */
  imagePixels: 40_000_000,
  /** All images and attachments of one entry together. */
  entryFolderBytes: 30_000_000,
  /** Images and attachments of one entry, counted: each is sniffed by the check and copied by the build. */
  entryFolderFiles: 100,
  /**
   * What the compressed object streams of one PDF may inflate to: the check reads the objects in
   * them for scripts and actions (a 10 MB report has well under 1 MB of them).
   */
  pdfObjectStreamBytes: 20_000_000,
  /**
   * An Office or OpenDocument file is a zip, read through its central directory without inflating
   * it: at most this many parts, unpacking to at most this many bytes together, and no part of more
   * than `zipGraceBytes` unpacking to more than `zipRatio` times its packed size (a decompression
   * bomb: a 1 MB .docx that inflates to 1 GiB). Spreadsheet XML packs about 10 to 20 times.
   */
  zipEntries: 5_000,
  zipUnpackedBytes: 250_000_000,
  zipRatio: 100,
  zipGraceBytes: 1_000_000,
  /** A relationship part (`_rels/*.rels`) or an OpenDocument manifest, which the check inflates and reads. */
  zipPartBytes: 1_000_000,
  /** Problems reported per file; the rest are counted in one line. */
  problemsPerFile: 50,
  /** Names of themes, municipalities, organisations and regions, per language. */
  nameLength: 120,
  /** Theme descriptions, per language. */
  descriptionLength: 500,
} as const;

/** `10 MB`, `200 KB`: sizes as contributors read them (1 KB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.ceil(bytes / 1000)} KB`;
}
