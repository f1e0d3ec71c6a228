import { lstatSync } from 'node:fs';
import { join, sep } from 'node:path';
import { extensionOf, isPublishedType, type PublishedExtension } from '../content-check/entry-files.ts';

/**
 * The dev server's answer to `/files/<collection>/<slug>/<name>`: a file of a published type
 * inside the content folder, reached without a symbolic link on the way.
 */
export function servableFile(root: string, url: string): { path: string; extension: PublishedExtension } | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(url);
  } catch {
    return undefined;
  }
  const parts = relative.split('/').filter(Boolean);
  if (
    parts.length < 3 ||
    parts.some((part) => part === '..' || part.startsWith('.') || part.includes(sep)) ||
    !isPublishedType(relative)
  ) {
    return undefined;
  }
  let path = root;
  for (const part of parts) {
    path = join(path, part);
    try {
      if (lstatSync(path).isSymbolicLink()) return undefined;
    } catch {
      return undefined;
    }
  }
  return lstatSync(path).isFile() ? { path, extension: extensionOf(path) as PublishedExtension } : undefined;
}
