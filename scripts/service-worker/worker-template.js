// The app's service worker (docs/decisions/0025-offline-service-worker.md). This is the template:
// `npm run build` writes dist/sw.js from it, with the precache list of the files actually built
// (scripts/service-worker/precache.mjs). Never edit dist/sw.js by hand.

/** The build's version: a hash of every precached file's path and revision. */
const VERSION = /* version */ 'template';
/** [path relative to this worker, revision] of every file the app needs offline. */
const FILES = /* precache */ [];

const PREFIX = 'calf-ankle-prep:';
const CACHE = PREFIX + VERSION;
const PAGES = new Set(FILES.map(([path]) => path).filter((path) => path.endsWith('.html')));

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page lets it in (the person pressed
  // "Update now", or is on the start page or the summary), so no page ever runs half old, half new.
  // 'no-cache' revalidates with the server, so a stale HTTP cache cannot slip an old file in.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map(([path]) => new Request(path, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  // Earlier versions' caches go; the first version takes charge of the page that installed it, so
  // that page's later requests (the other language, the end pages) are served offline too.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const scope = new URL(self.registration.scope);
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  const navigation = request.mode === 'navigate';
  // The app is one page: its settings are in the query and its place in the fragment, so any
  // navigation to the folder or index.html is index.html; the About pages are pages of their own.
  const file = navigation && !PAGES.has(path) && (path === '' || path === 'index.html') ? 'index.html' : path;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(new URL(file, scope).href, { ignoreSearch: navigation }))
      .then((cached) => cached ?? fetch(request)),
  );
});
