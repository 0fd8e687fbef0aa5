/*
 * Amend's service worker. It keeps the app shell (index.html and the hashed scripts, styles,
 * fonts and icons of this build) so the app opens without a connection, and shows push
 * notifications. It never caches anything under /api/ or a calendar feed: what people write is
 * not kept in a readable cache; while offline the app keeps its own encrypted copy in IndexedDB
 * (see src/offline/). The build fills in SHELL_VERSION and SHELL_FILES (vite.config.ts).
 */
const SHELL_VERSION = 'development';
const SHELL_FILES = [];
const CACHE_PREFIX = 'amend-shell-';
const CACHE_NAME = `${CACHE_PREFIX}${SHELL_VERSION}`;
const NEVER_CACHED = ['/api/', '/calendar/', '/healthz', '/readyz'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(['/', ...SHELL_FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER_CACHED.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') {
    // The page itself: the network when there is one, the shell when there is not. Every page
    // of the app is the same index.html, routed in the browser.
    event.respondWith(
      fetch(request).catch(() => caches.match('/').then((shell) => shell ?? Response.error())),
    );
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) {
    // Hashed files never change under their name: the cached copy is the right one.
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});

self.addEventListener('push', (event) => {
  let message = { title: 'You have an update', body: '', url: '/', discreet: false };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // Not JSON: show the neutral default rather than nothing.
  }
  const icon = message.discreet ? '/icons/notes-192.png' : '/icons/amend-192.png';
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      icon,
      tag: 'amend-update',
      data: { url: message.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/', self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === target.origin);
      if (open) return open.navigate(target.href).then((client) => client?.focus());
      return self.clients.openWindow(target.href);
    }),
  );
});
