/** The image types Astro's image pipeline (sharp) turns into responsive WebP/AVIF. SVG is not allowed in entries. */
const imageExtension = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/** Whether a relative path (its %-escapes decoded) climbs out of the entry folder: a `..` segment, after / or \. */
export const leavesEntryFolder = (path: string) => path.split(/[/\\]/).includes('..');

/** A reference to a file beside the text: no scheme, no fragment-only link, not site-absolute. */
export const isRelativeFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(url);

/**
 * Whether a reference is an image in the entry folder that goes through Astro's image pipeline:
 * relative, inside the folder (no `..`), one of the raster types. Every other relative reference,
 * links to images included, goes to `/files/<collection>/<slug>/`, where the content-check
 * integration publishes the originals (src/mdx/render-entry-body.ts).
 */
export function isEntryImage(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? '';
  return isRelativeFile(url) && imageExtension.test(path) && !leavesEntryFolder(path);
}
