export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 60;
export const EMAIL_MAX_LENGTH = 254;

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common';

/**
 * Length is counted in Unicode code points, so a passphrase in any script is measured the way
 * its writer counts it. `isCommon` is injected because the list of common passwords is data the
 * server loads, not a rule.
 */
export function findPasswordProblem(
  password: string,
  isCommon: (candidate: string) => boolean,
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (isCommon(password.toLowerCase())) return 'too-common';
  return null;
}

/**
 * E-mail addresses are compared case-insensitively and without surrounding space. We do not
 * strip dots or plus-tags: those are real, distinct mailboxes at many providers.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately loose check: one @, something either side, a dot in the domain, no spaces. */
export function isPlausibleEmail(email: string): boolean {
  const trimmed = email.trim();
  if (trimmed.length === 0 || trimmed.length > EMAIL_MAX_LENGTH) return false;
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed);
}

/** Display names are trimmed, inner runs of space collapsed, and must say something. */
export function normalizeDisplayName(name: string): string | null {
  const collapsed = name.trim().replace(/\s+/g, ' ');
  if (collapsed.length === 0 || [...collapsed].length > DISPLAY_NAME_MAX_LENGTH) return null;
  return collapsed;
}
