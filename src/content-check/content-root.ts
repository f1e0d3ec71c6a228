import { resolve } from 'node:path';

/**
 * The content folder the check and the site read: an explicit path, else `$KB_CONTENT_DIR`
 * (used by tests and benchmarks to build from another tree), else `content/`.
 */
export function contentRoot(explicit?: string): string {
  return resolve(explicit ?? process.env['KB_CONTENT_DIR'] ?? 'content');
}
