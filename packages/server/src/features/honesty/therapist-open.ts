import {
  type AccountInSessionDecision,
  accountEventFor,
  accountStatus,
  checkAccountAction,
  DomainError,
  mayTherapistOpenAccountInSession,
  type UserId,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { notify } from '../notifications/service.js';
import { recordViews } from '../privacy/access-recording.js';
import { recordAccess } from '../privacy/access-store.js';
import {
  lockedLinkInForce,
  notOnCaseload,
  type TherapistCoupleContext,
  therapistCoupleContext,
} from '../therapists/context.js';
import { eventsOf, factsOf, openingOf } from './full-account.js';

/**
 * The therapist's side of the structured disclosure: the couple's sealed full accounts (never
 * their text: it opens for the partners, who read it themselves) and the one step the therapist
 * may take on them, opening one in a session. The rule is core's mayTherapistOpenAccountInSession
 * (both partners consent to session_questions now); here it is only asked and explained.
 */

function decisionOf(context: TherapistCoupleContext): AccountInSessionDecision {
  return mayTherapistOpenAccountInSession(
    context.viewer,
    context.link,
    context.members.map((member) => member.userId as UserId),
  );
}

/** A refusal that says what would make it possible; nothing has changed when it is thrown. */
function refusal(decision: Exclude<AccountInSessionDecision, 'allowed'>): DomainError {
  if (decision === 'not_linked') return notOnCaseload();
  if (decision === 'partner_missing') {
    return new DomainError(
      'ACCOUNT_WAITING_FOR_PARTNER',
      'The full account opens for both partners, and only one is in the space now.',
    );
  }
  return new DomainError(
    'ACCOUNT_NOT_YOURS',
    'You can open the full account in a session only while both partners share “questions marked for the session” with you.',
  );
}

export interface SessionAccountView {
  readonly id: string;
  readonly authorName: string | null;
  readonly state: 'sealed' | 'opened';
  readonly sealedAt: string | null;
  readonly openedAt: string | null;
  readonly openedInSession: { readonly byYou: boolean } | null;
}

/**
 * The couple's sealed and opened full accounts, for the "open in this session" control. Only
 * while the therapist could open one: otherwise the list is empty and `reason` says why, so
 * the therapist learns nothing of the accounts without both partners' consent. A draft is its
 * author's alone and never listed.
 */
export async function sessionAccounts(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  origin: RequestOrigin,
) {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const decision = decisionOf(context);
  if (decision === 'not_linked') throw notOnCaseload();
  if (decision !== 'allowed') {
    return { mayOpen: false, reason: decision, accounts: [] as SessionAccountView[] };
  }
  const accounts = await deps.db
    .selectFrom('full_accounts')
    .select(['id', 'author_id as authorId'])
    .where('couple_id', '=', coupleId)
    .orderBy('created_at')
    .execute();
  const facts = await factsOf(
    deps.db,
    coupleId,
    accounts.map((account) => account.id),
  );
  const names = new Map(context.members.map((member) => [member.userId, member.displayName]));
  const views: SessionAccountView[] = [];
  for (const account of accounts) {
    const status = accountStatus(eventsOf(account, facts));
    if (status.state === 'draft') continue;
    const opening = openingOf(account, facts);
    const sealedAt = facts.events.find(
      (row) => row.accountId === account.id && row.type === 'sealed',
    )?.createdAt;
    views.push({
      id: account.id,
      authorName: names.get(account.authorId) ?? null,
      state: status.state,
      sealedAt: sealedAt?.toISOString() ?? null,
      openedAt: opening?.at.toISOString() ?? null,
      openedInSession: opening?.inSession ? { byYou: opening.by === therapistUserId } : null,
    });
  }
  // That an account exists and where it stands is its author's: the access log says who looked.
  const authors = [...new Set(accounts.map((account) => account.authorId))].filter((id) =>
    names.has(id),
  );
  if (views.length > 0) {
    await recordViews(
      deps,
      therapistUserId,
      [{ coupleId, ownerIds: authors }],
      'full_accounts',
      origin,
    );
  }
  return { mayOpen: true, reason: null, accounts: views };
}

/**
 * Opens a sealed full account in a session. Decided under a lock on the account, like the
 * partners' presses of "open", so a second press and the therapist at the same moment are
 * decided one after the other and it opens once. Both partners are told (in the app), and the
 * access log records the change for each; the event itself records who opened it and when.
 */
export async function openInSession(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  accountId: string,
  origin: RequestOrigin,
): Promise<{ state: 'opened'; openedAt: string }> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const decision = decisionOf(context);
  if (decision !== 'allowed') throw refusal(decision);
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    // Decided again under the link's lock, with the consent in force at this moment: a partner's
    // revocation that raced the check above is seen here, or waits until this has committed.
    const link = await lockedLinkInForce(trx, context);
    const decisionNow = link ? decisionOf({ ...context, link }) : 'not_linked';
    if (decisionNow !== 'allowed') throw refusal(decisionNow);
    const account = await trx
      .selectFrom('full_accounts')
      .select(['id', 'author_id as authorId'])
      .where('couple_id', '=', coupleId)
      .where('id', '=', accountId)
      .forUpdate()
      .executeTakeFirst();
    const status = account
      ? accountStatus(eventsOf(account, await factsOf(trx, coupleId, [accountId])))
      : null;
    // A draft is its author's alone: to the therapist it is not there, as for a wrong id.
    if (!status || status.state === 'draft') {
      throw new DomainError('NOT_FOUND', 'This couple has no sealed full account with that id.');
    }
    const actor = { kind: 'therapist', userId: therapistUserId } as const;
    const action = { type: 'open_in_session' } as const;
    checkAccountAction(status, action, actor);
    const event = accountEventFor(status, action, actor);
    await trx
      .insertInto('full_account_events')
      .values({
        couple_id: coupleId,
        id: newId(),
        account_id: accountId,
        type: event.type,
        by_user: therapistUserId,
        version: null,
        created_at: at,
      })
      .execute();
    for (const member of context.members) {
      await notify(
        deps,
        {
          recipientUserId: member.userId,
          coupleId,
          kind: 'account.opened_in_session',
          subject: { type: 'account', id: accountId },
          actorUserId: therapistUserId,
        },
        trx,
      );
    }
    await recordAccess(trx, {
      action: 'record.changed',
      actorId: therapistUserId,
      owners: { coupleId, ownerIds: context.members.map((member) => member.userId) },
      kind: 'full_accounts',
      recordIds: [accountId],
      origin,
      at,
    });
  });
  return { state: 'opened', openedAt: at.toISOString() };
}
