import {
  CONSENT_CATEGORIES,
  type ConsentCategory,
  DomainError,
  describeConsentChange,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import { spaceContext } from '../space/service.js';
import { knownCategories } from './context.js';
import * as store from './store.js';

export interface ConsentHistoryEntry {
  readonly categories: ConsentCategory[];
  readonly change: string;
  readonly at: string;
}

export interface YourTherapistView {
  readonly therapistId: string;
  readonly displayName: string;
  readonly profession: string;
  readonly practiceName: string;
  readonly licenceNumber: string;
  readonly linkedAt: string;
  /** What you let this therapist see now: empty until you choose, or after you revoke. */
  readonly yourConsent: ConsentCategory[];
  /** Every change you made, newest first. */
  readonly history: ConsentHistoryEntry[];
}

/** The space's therapists with the asking partner's own consent for each (never the other's). */
export async function yourTherapists(deps: AppDeps, userId: string): Promise<YourTherapistView[]> {
  const space = await spaceContext(deps, userId, 'view');
  const [therapists, history] = await Promise.all([
    store.listTherapistsOfCouple(deps.db, space.coupleId),
    store.consentHistory(deps.db, space.coupleId, space.memberId),
  ]);
  return therapists.map((therapist) => {
    const own = history.filter((row) => row.therapistUserId === therapist.therapistUserId);
    return {
      therapistId: therapist.therapistUserId,
      displayName: therapist.displayName,
      profession: therapist.profession,
      practiceName: therapist.practiceName,
      licenceNumber: therapist.licenceNumber,
      linkedAt: therapist.linkedAt.toISOString(),
      yourConsent: knownCategories(own[0]?.categories ?? []),
      history: own.map((row) => ({
        categories: knownCategories(row.categories),
        change: row.change,
        at: row.createdAt.toISOString(),
      })),
    };
  });
}

/**
 * Grants, narrows, widens or revokes (an empty list) what this partner lets the therapist see.
 * It takes effect at once: every therapist read checks the consent in force. Choosing what is
 * already in force records nothing.
 */
export async function setConsent(
  deps: AppDeps,
  userId: string,
  therapistUserId: string,
  requested: readonly ConsentCategory[],
  origin: RequestOrigin,
): Promise<ConsentCategory[]> {
  const space = await spaceContext(deps, userId, 'record');
  const therapists = await store.listTherapistsOfCouple(deps.db, space.coupleId);
  if (!therapists.some((therapist) => therapist.therapistUserId === therapistUserId)) {
    throw new DomainError('NOT_FOUND', 'Your space does not work with that therapist.');
  }
  const categories = CONSENT_CATEGORIES.filter((category) => requested.includes(category));
  const now = deps.now();
  // Under the link's lock, so a therapist's action that depends on this consent (opening a
  // full account in a session) is decided wholly before or wholly after the change.
  const changed = await deps.db.transaction().execute(async (trx) => {
    await store.lockLink(trx, space.coupleId, therapistUserId, 'update');
    const latest = (await store.latestConsents(trx, space.coupleId, therapistUserId)).find(
      (row) => row.memberId === space.memberId,
    );
    const change = describeConsentChange(knownCategories(latest?.categories ?? []), categories);
    if (!change) return false;
    await store.insertConsent(trx, {
      coupleId: space.coupleId,
      id: newId(),
      therapistUserId,
      memberId: space.memberId,
      categories,
      change,
      at: now,
    });
    await recordAuditEvent(
      trx,
      {
        action: `therapist.consent_${change}`,
        actorUserId: userId,
        subjectUserId: userId,
        coupleId: space.coupleId,
        origin,
        // The therapist is named in the consent history, not here: the audit trail must not keep
        // their id after they delete their account.
        details: { categories },
      },
      now,
    );
    return true;
  });
  if (!changed) return categories;
  return categories;
}
