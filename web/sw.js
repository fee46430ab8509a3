// Rapport's service worker: precaches every file of the build (the list and version are
// written in by scripts/postbuild.mjs), serves them cache-first so the app works offline,
// and waits for the page's word before a new version takes over.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `rapport-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rapport-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The learner's page (`./`, `./index.html`) or the full build's (`./workshop.html`).
    const page = new URL(request.url).pathname.endsWith('/workshop.html') ? './workshop.html' : './';
    event.respondWith(caches.match(page, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
