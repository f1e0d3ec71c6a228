/**
 * "Keep for offline reading": stores an entry with everything it needs in the cache `kb-kept`,
 * which the service worker (src/integrations/service-worker.js) reads when there is no connection
 * and never trims. On the entry itself it stores what the page shows (its address, stylesheets,
 * scripts and the images the browser chose); from a listing it fetches the guide it was never
 * shown and stores the same from that page's HTML (every size of each image, since the browser has
 * not chosen one yet). Both also store the files the entry's article links to on this site
 * (attachments: addresses that are files, not pages).
 */
export const keptCache = 'kb-kept';

/** The addresses on this site that `document`, the page at `page`, needs to be read offline. */
export function urlsToKeep(document: Document, page: URL): string[] {
  const urls = new Set<string>([page.pathname]);
  const add = (value: string | null | undefined) => {
    if (!value) return;
    const url = new URL(value, page);
    if (url.origin === page.origin) urls.add(url.pathname + url.search);
  };
  const shown = document === globalThis.document;
  for (const link of document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"], link[rel="manifest"]'))
    add(link.getAttribute('href'));
  for (const script of document.querySelectorAll('script[src]')) add(script.getAttribute('src'));
  for (const image of document.querySelectorAll<HTMLImageElement>('main img')) {
    if (shown && image.currentSrc) add(image.currentSrc);
    else add(image.getAttribute('src'));
  }
  if (!shown)
    for (const source of document.querySelectorAll('main img[srcset], main source[srcset]'))
      for (const candidate of source.getAttribute('srcset')!.split(',')) add(candidate.trim().split(/\s+/)[0]);
  for (const link of document.querySelectorAll('main article a[href]')) {
    const url = new URL(link.getAttribute('href')!, page);
    // A file, not a page: the last part of the path has an extension other than .html.
    if (url.origin === page.origin && /\.[a-z0-9]{1,5}$/i.test(url.pathname) && !/\.html?$/i.test(url.pathname))
      add(url.pathname);
  }
  return [...urls];
}

/** Keeps the entry at `href` (by default the page that is open); fails, storing nothing new, if any file fails. */
export async function keepForOffline(href: string = location.href): Promise<string[]> {
  const page = new URL(href, location.href);
  const cache = await caches.open(keptCache);
  const fresh = (url: string) => new Request(url, { cache: 'no-cache' });
  if (page.pathname === location.pathname) {
    const urls = urlsToKeep(document, page);
    // All or nothing: addAll fails if any file cannot be fetched, and the reader is told so.
    await cache.addAll(urls.map(fresh));
    return urls;
  }
  const response = await fetch(fresh(page.pathname));
  if (!response.ok) throw new Error(`${page.pathname}: ${response.status}`);
  const html = new DOMParser().parseFromString(await response.clone().text(), 'text/html');
  const urls = urlsToKeep(html, page);
  await cache.addAll(urls.filter((url) => url !== page.pathname).map(fresh));
  await cache.put(page.pathname, response);
  return urls;
}
