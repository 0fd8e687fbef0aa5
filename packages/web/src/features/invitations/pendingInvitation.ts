// Someone who opens an invitation while signed out has to create an account or sign in
// first. We remember where they were going for this browser tab only (sessionStorage), so
// the secret does not outlive the tab, and take them back there afterwards.

const STORAGE_KEY = 'amend.pendingInvitation';

/** Only paths on our own /join pages are accepted, so this can never redirect elsewhere. */
function isJoinPath(path: string): boolean {
  return /^\/join(\/[^/?#]+)?(\?[^#]*)?$/.test(path);
}

export function rememberInvitationPath(path: string): void {
  if (!isJoinPath(path)) return;
  try {
    sessionStorage.setItem(STORAGE_KEY, path);
  } catch {
    // Storage can be disabled (private modes); the person can reopen the link by hand.
  }
}

export function pendingInvitationPath(): string | null {
  try {
    const path = sessionStorage.getItem(STORAGE_KEY);
    return path !== null && isJoinPath(path) ? path : null;
  } catch {
    return null;
  }
}

export function forgetPendingInvitation(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

/** Where to go once signed in: back to the invitation if there is one, else the space. */
export function pathAfterSignIn(): string {
  return pendingInvitationPath() ?? '/space';
}
