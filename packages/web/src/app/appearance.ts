import { useSyncExternalStore } from 'react';
import neutralIconUrl from '../assets/neutral-icon.svg';
import { t } from '../i18n';

/**
 * What the browser shows of Amend outside the page itself: the tab's title and icon, and the
 * name in the header. Discreet mode swaps them for a neutral name and icon. The choice is kept
 * on the server (it also changes e-mails) and remembered on this device, so the neutral name is
 * already in place before anyone signs in and before the first request returns.
 */

const STORAGE_KEY = 'amend.discreet';

/**
 * Keep this the same as NEUTRAL_APP_NAME in packages/core, which the server's e-mails use (the
 * browser test checks the tab says "Notes"). Written out here because importing core's index
 * into the first page load costs about 200 KB of script the app does not otherwise need there.
 */
export const NEUTRAL_APP_NAME = 'Notes';

function readStoredChoice(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // Storage can be blocked (private windows in some browsers): fall back to the default.
    return false;
  }
}

let discreet = readStoredChoice();
let pageName: string | null = null;
let ordinaryIconUrl: string | null = null;
const listeners = new Set<() => void>();

/** The name the app goes by right now. */
export function appName(): string {
  return discreet ? NEUTRAL_APP_NAME : t('app.name');
}

function applyTitle(): void {
  // In discreet mode the page's own name stays out of the title too: "Setbacks and incidents"
  // in a tab or in the browser's history would say as much as the app's name.
  document.title = discreet
    ? NEUTRAL_APP_NAME
    : pageName
      ? t('app.documentTitle', { page: pageName })
      : t('app.name');
}

function applyIcon(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  if (!link) return;
  ordinaryIconUrl ??= link.href;
  link.href = discreet ? neutralIconUrl : ordinaryIconUrl;
  link.type = 'image/svg+xml';
  // Installing the app to a home screen reads the manifest: in discreet mode it names the app
  // "Notes" with the neutral icon, so the home screen says nothing either.
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest)
    manifest.href = discreet ? '/manifest-discreet.webmanifest' : '/manifest.webmanifest';
  const touchIcon = document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]');
  if (touchIcon) touchIcon.href = discreet ? '/icons/notes-192.png' : '/icons/amend-192.png';
}

/** Sets title and icon from the choice remembered on this device; call once, before rendering. */
export function applyStoredAppearance(): void {
  applyTitle();
  applyIcon();
}

/** Called by each page's heading: the page's name goes into the title unless discreet. */
export function setPageTitle(page: string): void {
  pageName = page;
  applyTitle();
}

export function isDiscreet(): boolean {
  return discreet;
}

/** Switches discreet mode on this device at once; the server keeps the person's own choice. */
export function setDiscreetAppearance(on: boolean): void {
  if (on === discreet) return;
  discreet = on;
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, 'on');
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered on this device; the server still has the choice for next time.
  }
  applyTitle();
  applyIcon();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders when discreet mode is switched, for the header's name. */
export function useDiscreetAppearance(): boolean {
  return useSyncExternalStore(subscribe, isDiscreet);
}
