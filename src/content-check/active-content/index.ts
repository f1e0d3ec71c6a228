import { csvProblem } from './csv.ts';
import { officeProblem } from './office.ts';
import { pdfProblem } from './pdf.ts';

/**
 * Whether a document beside an entry can act when an official opens it: scripts, actions and
 * embedded files in a PDF, macros, embedded objects, controls, linked files and decompression
 * bombs in Office and OpenDocument files, formulas in a CSV. The problem in one line, or undefined.
 * Called after the bytes were sniffed as the extension's type; other types pay nothing.
 */
export async function activeContentProblem(
  path: string,
  extension: string,
  /** The file's bytes, read once by the caller. */
  bytes: Buffer,
): Promise<string | undefined> {
  switch (extension) {
    case 'pdf':
      return pdfProblem(bytes);
    case 'docx':
    case 'xlsx':
    case 'pptx':
      return await officeProblem(path, 'ooxml');
    case 'odt':
    case 'ods':
    case 'odp':
      return await officeProblem(path, 'opendocument');
    case 'csv':
      return csvProblem(bytes.toString('utf8'));
    default:
      return undefined;
  }
}
