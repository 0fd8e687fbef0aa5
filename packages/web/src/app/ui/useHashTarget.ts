import { useEffect, useRef } from 'react';

/**
 * Brings the element named by the address's #fragment into view once the page has drawn it, and
 * moves focus to it so a screen reader starts there. The browser does this by itself only for
 * elements present when the page loads; a page that waits for its data draws them later. Runs
 * once per fragment, so reading on and data refreshing never pull the page back.
 */
export function useHashTarget(ready: boolean): void {
  const reached = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const fragment = window.location.hash.slice(1);
    if (!fragment || reached.current === fragment) return;
    const target = document.getElementById(decodeURIComponent(fragment));
    if (!target) return;
    reached.current = fragment;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
}
