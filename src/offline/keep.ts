/**
 * "Keep for offline reading": stores a guide with everything it needs in the cache `kb-kept`,
 * which the service worker (src/integrations/service-worker.js) reads when there is no connection
 * and never trims. Runs in the page: it stores what this page shows (its address, stylesheets,
 * scripts and the images the browser chose) and the files its article links to on this site
 * (attachments: addresses that are files, not pages).
 */
export const keptCache = 'kb-kept';

export function urlsToKeep(document: Document): string[] {
  const { origin } = document.location;
  const urls = new Set<string>([document.location.pathname]);
  const add = (value: string | null | undefined) => {
    if (!value) return;
    const url = new URL(value, document.baseURI);
    if (url.origin === origin) urls.add(url.pathname + url.search);
  };
  for (const link of document.querySelectorAll<HTMLLinkElement>(
    'link[rel~="stylesheet"], link[rel~="icon"], link[rel="manifest"]',
  ))
    add(link.href);
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) add(script.src);
  for (const image of document.querySelectorAll<HTMLImageElement>('main img')) add(image.currentSrc || image.src);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main article a[href]')) {
    const url = new URL(link.href, document.baseURI);
    // A file, not a page: the last part of the path has an extension other than .html.
    if (url.origin === origin && /\.[a-z0-9]{1,5}$/i.test(url.pathname) && !/\.html?$/i.test(url.pathname))
      add(url.pathname);
  }
  return [...urls];
}

export async function keepForOffline(document: Document): Promise<string[]> {
  const urls = urlsToKeep(document);
  const cache = await caches.open(keptCache);
  // All or nothing: addAll fails if any file cannot be fetched, and the reader is told so.
  await cache.addAll(urls.map((url) => new Request(url, { cache: 'no-cache' })));
  return urls;
}
