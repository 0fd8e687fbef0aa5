/**
 * Registers the service worker (built as /sw.js, see pwa/): it lets the app open without a
 * connection and shows push notifications. Not under the development server (hot reload), which
 * serves files that change on every save and has no sw.js. `import.meta.hot` tells that apart
 * even when a build runs with NODE_ENV set to something other than "production".
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; offline opening and push are what is lost.
    });
  });
}
