/**
 * What the offline page lists: the pages stored on this device, which open without a connection.
 * The service worker (src/integrations/service-worker.js) keeps the pages a reader opened in the
 * cache `kb-pages` (oldest first) and the entries kept with "Keep for offline reading" in `kb-kept`
 * (src/offline/keep.ts), together with their styles, scripts and files.
 */
import { keptCache } from './keep.ts';

export const openedCache = 'kb-pages';

export interface StoredPage {
  /** The page's path on this site (what a link to it needs). */
  path: string;
  title: string;
  /** The language of the page (its `<html lang>`), when it has one. */
  lang?: string;
}

/**
 * Whether a stored address is a page worth listing: a page of the site under `base` that reads
 * offline, not the offline or search page (which answer without a connection anyway) and not a
 * file kept beside an entry.
 */
export function isListedPage(path: string, base: string): boolean {
  if (!path.startsWith(base) || !path.endsWith('/')) return false;
  return !/\/(offline|search)\/$/.test(path);
}

/**
 * The two lists of the offline page: the kept pages, then the other pages opened on this device,
 * the latest first; a page in both is listed once, as kept. `opened` is oldest first (the order of
 * a cache's keys).
 */
export function listStoredPages(
  kept: StoredPage[],
  opened: StoredPage[],
): { kept: StoredPage[]; opened: StoredPage[] } {
  const keptPaths = new Set(kept.map((page) => page.path));
  return { kept, opened: [...opened].reverse().filter((page) => !keptPaths.has(page.path)) };
}

/**
 * The title a stored page shows (its first heading, else its <title>) and its language. Only that
 * piece is parsed: parsing the whole page would apply its inline styles to the Content-Security-
 * Policy of this one, which refuses them.
 */
export function describePage(html: string, path: string): StoredPage {
  const piece = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html) ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const text = piece ? new DOMParser().parseFromString(piece[1]!, 'text/html').body.textContent : '';
  const title = (text ?? '').replace(/\s+/g, ' ').trim() || path;
  const lang = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  return { path, title, ...(lang && { lang }) };
}

/** The listed pages of one cache, oldest first. */
async function pagesIn(cacheName: string, base: string): Promise<StoredPage[]> {
  if (!(await caches.has(cacheName))) return [];
  const cache = await caches.open(cacheName);
  const pages: StoredPage[] = [];
  for (const request of await cache.keys()) {
    const { pathname } = new URL(request.url);
    if (!isListedPage(pathname, base)) continue;
    const response = await cache.match(request);
    if (!response || !/html/.test(response.headers.get('content-type') ?? '')) continue;
    pages.push(describePage(await response.text(), pathname));
  }
  return pages;
}

/** The pages stored on this device, as the offline page lists them. */
export async function storedPages(base: string): Promise<{ kept: StoredPage[]; opened: StoredPage[] }> {
  const [kept, opened] = await Promise.all([pagesIn(keptCache, base), pagesIn(openedCache, base)]);
  return listStoredPages(kept, opened);
}
