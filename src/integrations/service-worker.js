// The service worker of the knowledge base: reading without a connection. src/integrations/offline.ts
// writes it to /sw.js at build time, with CONFIG (version, base path, languages, shell files) above.
//
// - Pages (navigations): from the network first, so a new deploy is what a connected reader sees;
//   each page that arrives is kept (the last 200), and served from the device when the network
//   fails or takes longer than 4 s. A page never stored gets the offline page of its language.
// - Styles, scripts and images (/_astro/, names with a content hash): kept once fetched.
// - Pagefind's index (/pagefind/) is never stored: search needs a connection.
// - "Keep for offline" (src/components/KeepOffline.astro) puts a guide and its attachments in the
//   cache kb-kept, which is never trimmed; a kept page is refreshed whenever it is read online.
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
    })(),
  );
});

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

/** A stored page: the latest visit first, then a kept guide, then the shell. */
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
  const hit = await caches.match(request);
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
