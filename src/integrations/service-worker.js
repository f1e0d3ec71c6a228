// The service worker of the knowledge base: reading without a connection. src/integrations/offline.ts
// writes it to /sw.js at build time, with CONFIG (version, base path, languages, shell files) above.
//
// - Pages (navigations): from the network first, so a new deploy is what a connected reader sees;
//   each page that arrives is kept (the last 200), and served from the device when the network
//   fails or takes longer than 4 s. A page never stored gets the offline page of its language.
// - The pages open when the worker first takes control (the first page a reader opened arrived
//   before it existed) are fetched again and kept with their styles, scripts and images.
// - Styles, scripts and images (/_astro/, names with a content hash): kept once fetched.
// - Pagefind's index (/pagefind/) is never stored: search needs a connection.
// - "Keep for offline" (src/components/KeepOffline.astro) puts an entry and its attachments in the
//   cache kb-kept, which is never trimmed; a kept page is refreshed whenever it is read online.
// - The offline page (src/pages/[lang]/offline.astro) lists the pages in kb-kept and kb-pages.
/* global CONFIG */
const SHELL = `kb-shell-${CONFIG.version}`;
const PAGES = 'kb-pages';
const ASSETS = 'kb-assets';
const KEPT = 'kb-kept';
const MAX_PAGES = 200;
const MAX_ASSETS = 400;
const TIMEOUT = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(CONFIG.shell))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('kb-shell-') && name !== SHELL) await caches.delete(name);
      }
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
      await keepOpenPages();
    })(),
  );
});

/** Keeps the pages open in the reader's tabs, which may have arrived before this worker ran. */
async function keepOpenPages() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  await Promise.all(
    windows.map(async (client) => {
      const url = new URL(client.url);
      if (url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
      const key = url.origin + url.pathname;
      try {
        const response = await fetch(key);
        if (!response.ok || response.type !== 'basic' || !/html/.test(response.headers.get('content-type') ?? ''))
          return;
        const html = await response.clone().text();
        await put(PAGES, key, response, MAX_PAGES);
        await Promise.all(
          filesOfPage(html, key).map(async (file) => {
            if (await caches.match(file)) return;
            const asset = await fetch(file);
            if (asset.ok && asset.type === 'basic') await put(ASSETS, file, asset, MAX_ASSETS);
          }),
        );
      } catch {
        // No connection now: the page is kept the next time it is opened.
      }
    }),
  );
}

/** The styles, scripts and images of a page (its HTML as text) under /_astro/, as absolute addresses. */
function filesOfPage(html, pageUrl) {
  const files = new Set();
  for (const [, value] of html.matchAll(
    /<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src|img[^>]+src)="([^"]+)"/g,
  )) {
    const url = new URL(value.replaceAll('&amp;', '&'), pageUrl);
    if (url.origin === self.location.origin && url.pathname.startsWith(`${CONFIG.base}_astro/`)) files.add(url.href);
  }
  return [...files];
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  const path = url.pathname.slice(CONFIG.base.length - 1);
  if (path.startsWith('/pagefind/') || request.headers.has('range')) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url, path));
  else if (path.startsWith('/_astro/')) event.respondWith(asset(event, request));
  else event.respondWith(fresh(request));
});

async function page(event, url, path) {
  // The query (listing filters, search words) does not make another page.
  const key = url.origin + url.pathname;
  const network = (async () => {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.ok && response.type === 'basic') {
      const copies = [put(PAGES, key, response.clone(), MAX_PAGES)];
      const kept = await caches.open(KEPT);
      if (await kept.match(key)) copies.push(kept.put(key, response.clone()));
      await Promise.all(copies);
    }
    return response;
  })();
  event.waitUntil(network.catch(() => undefined));
  try {
    const slow = new Promise((resolve) => setTimeout(resolve, TIMEOUT)).then(
      async () => (await stored(key)) ?? network,
    );
    return await Promise.race([network, slow]);
  } catch {
    return (await stored(key)) ?? (await caches.match(offlinePage(path))) ?? Response.error();
  }
}

/** A stored page: the latest visit first, then a kept entry, then the shell. */
async function stored(key) {
  for (const name of [PAGES, KEPT, SHELL]) {
    const response = await (await caches.open(name)).match(key);
    if (response) return response;
  }
  return undefined;
}

function offlinePage(path) {
  const first = path.split('/')[1];
  const preferred = [first, ...self.navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase())];
  const lang = preferred.find((code) => CONFIG.langs.includes(code)) ?? CONFIG.langs[0];
  return `${CONFIG.base}${lang}/offline/`;
}

async function asset(event, request) {
  // A module script is asked for with an Origin header that the stored copy (fetched at install,
  // without one) did not have; a host answering `Vary: Origin` would make it a miss offline.
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') event.waitUntil(put(ASSETS, request.url, response.clone(), MAX_ASSETS));
  return response;
}

async function fresh(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(request)) ?? Response.error();
  }
}

/** Stores a response and forgets the oldest ones beyond `max` (a cache lists its keys oldest first). */
async function put(name, key, response, max) {
  const cache = await caches.open(name);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(old);
}
