import { NEUTRAL_APP_NAME } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { confirmCurrentPassword } from '../accounts/reauthentication.js';
import { eraseAccount } from './deletion-store.js';

/**
 * The goodbye e-mail is neutral whatever the person's settings were: it goes to an inbox others
 * may see, about an account that no longer exists, so it names neither the app nor its purpose.
 */
const GOODBYE = {
  subject: 'Your account has been closed',
  text: [
    'Hello,',
    '',
    'The account for this e-mail address has been closed and everything in it has been deleted.',
    'There is nothing more you need to do.',
    '',
    'If you did not expect this message: the account and its data no longer exist, so nothing',
    'more can be done with them by anyone.',
    '',
    NEUTRAL_APP_NAME,
  ].join('\n'),
};

/**
 * Deletes the account for good, once the current password confirms it is really them. In one
 * transaction (a failure leaves everything as it was): what they shared leaves their space, as
 * "withdraw" would take it, and then every row of theirs is removed, their sessions with it; the
 * partner keeps the space and their own records. The audit trail keeps only anonymous events
 * and a dated stub. Answers whether the goodbye e-mail went.
 */
export async function deleteAccount(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
): Promise<{ goodbyeSent: boolean }> {
  const user = await confirmCurrentPassword(deps, userId, password, origin);
  const at = deps.now();
  await deps.db.transaction().execute((trx) => eraseAccount(trx, userId, at));
  try {
    await deps.mailer.send({ to: user.email, discreet: true, ...GOODBYE });
    return { goodbyeSent: true };
  } catch {
    // The account is gone either way; the e-mail was only a courtesy.
    return { goodbyeSent: false };
  }
}
