import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp, { type FormatEnum } from 'sharp';
import { extensionOf } from '../content-check/entry-files.ts';
import { isImageFile } from '../content-check/published-files.ts';

/** How a published image is written again: the same format, close to the original's quality. */
const encodings: Record<string, [keyof FormatEnum, Record<string, unknown>]> = {
  jpg: ['jpeg', { quality: 90 }],
  jpeg: ['jpeg', { quality: 90 }],
  png: ['png', {}],
  webp: ['webp', { quality: 90 }],
  avif: ['heif', { compression: 'av1', quality: 70, effort: 0 }],
  gif: ['gif', {}],
};

/**
 * Publishes one accepted file of an entry at `target`. An image is written again from its pixels
 * only: sharp keeps no EXIF, XMP, IPTC, ICC or text chunks unless told to, so a GPS position or a
 * photographer's name that the check did not know about cannot reach the site. It is turned
 * upright first, as its EXIF orientation is dropped with the rest.
 */
export async function publishEntryFile(source: string, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const encoding = encodings[extensionOf(source)];
  if (!encoding) {
    copyFileSync(source, target);
    return;
  }
  await withoutMetadata(source, target, encoding);
}

async function withoutMetadata(source: string, target: string, [format, options]: (typeof encodings)[string]) {
  // The check limited the pixels already (limits.imagePixels); every frame of an animation is kept.
  await sharp(source, { animated: true, limitInputPixels: false })
    .autoOrient()
    .toFormat(format, options)
    .toFile(target);
}

/** Text outputs that can name a file of `_astro/`: pages, styles, scripts, feeds, the manifest. */
const textOutput = /\.(?:html|css|js|mjs|xml|json|webmanifest|txt|svg)$/u;
const astroImage = /\/_astro\/([\w.-]+\.(?:jpe?g|png|webp|avif|gif))/gu;

/**
 * Astro keeps the untouched original of an image beside the AVIF and WebP it made of it, with its
 * metadata, at a name that can be read off the srcset (`_astro/foto.<hash>.jpg`). This removes
 * every image in `_astro/` that no page, style, script or feed names, and writes any image that is
 * still named there without its metadata. Run before anything lists the output (the service worker).
 */
export async function removeUnreferencedImages(out: string): Promise<string[]> {
  const assets = join(out, '_astro');
  let names: string[];
  try {
    names = readdirSync(assets).filter(isImageFile);
  } catch {
    return [];
  }
  if (names.length === 0) return [];
  const referenced = new Set<string>();
  for (const file of textFiles(out)) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(astroImage)) referenced.add(name!);
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(assets, name);
    if (!referenced.has(name)) {
      unlinkSync(path);
      removed.push(name);
      continue;
    }
    const { exif, xmp, iptc, comments } = await sharp(path, { limitInputPixels: false }).metadata();
    if (exif || xmp || iptc || (comments?.length ?? 0) > 0) {
      await withoutMetadata(path, `${path}.tmp`, encodings[extensionOf(name)]!);
      renameSync(`${path}.tmp`, path);
    }
  }
  return removed;
}

/** Every text output under `out`, except the published files of entries. */
function textFiles(out: string): string[] {
  const found: string[] = [];
  const stack = [out];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(out, 'files')) stack.push(path);
      } else if (entry.isFile() && textOutput.test(entry.name)) found.push(path);
    }
  }
  return found;
}
