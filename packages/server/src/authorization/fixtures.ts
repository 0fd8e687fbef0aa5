/** Values shared by several features' rows of the authorization matrix. */

/** The member's private check-in note: the partner must never be shown it. */
export const PRIVATE_NOTE = 'Private matrix note';
/** The target member's display name: nobody outside the space may be shown it. */
export const TARGET_MEMBER_NAME = 'Target member';

export const WRONG_PASSWORD = 'not the matrix password';
export const UNKNOWN_ID = '0190a8b2-7c1e-7abc-9def-0123456789ab';

export const newAccount = () => ({
  email: `m-${Math.random().toString(36).slice(2)}@example.org`,
  password: 'matrix long passphrase',
  displayName: 'M',
  timeZone: 'UTC',
});
