import { extensionOf } from './entry-files.ts';

const imageExtensions = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif']);

/** Whether a file beside an entry is one of the image types (the build writes these again without metadata). */
export const isImageFile = (name: string) => imageExtensions.has(extensionOf(name));

/**
 * The accepted files of an entry folder that the site publishes at /files/: every document, and
 * an image only where a text links to it or names it in `sources`. An image shown in a body or a
 * `<Figure>` reaches the page through Astro's image pipeline (AVIF and WebP, without metadata);
 * its original stays out of the site.
 */
export function publishedFiles(accepted: readonly string[], linked: ReadonlySet<string>): string[] {
  return accepted.filter((name) => !isImageFile(name) || linked.has(name));
}
