import {
  type AgreementAction,
  type AgreementContent,
  type AgreementContentInput,
  type AgreementEvent,
  type AgreementState,
  type AgreementStatus,
  agreementStatus,
  checkAgreementAction,
  cleanAgreementContent,
  DomainError,
  eventFor,
  localDateOf,
  sameContent,
  withNextSunsetStep,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { notify } from '../notifications/service.js';
import { cancelReminder, scheduleReminder } from '../reminders/scheduling.js';
import { type SpaceContext, spaceContext } from '../space/service.js';
import * as store from './store.js';

type Person = { displayName: string; isYou: boolean } | null;

export interface VersionView {
  readonly version: number;
  readonly changeKind: store.ChangeKind;
  readonly title: string;
  readonly practice: string;
  readonly category: string;
  readonly reviewOn: string;
  readonly sunsetSteps: string[];
  readonly stepsTaken: number;
  readonly reason: string | null;
  readonly proposedBy: Person;
  readonly createdAt: string;
  /** When both had accepted it; null while waiting, or when it never came into force. */
  readonly acceptedAt: string | null;
  /** `lapsed`: a change still waiting when the agreement was ended. */
  readonly outcome:
    | 'waiting'
    | 'in_force'
    | 'replaced'
    | 'declined'
    | 'withdrawn'
    | 'ended'
    | 'lapsed';
}

export interface AgreementView {
  readonly id: string;
  readonly state: AgreementState;
  /** The terms in force, or (before the first acceptance) the terms proposed. */
  readonly current: VersionView;
  /** A version waiting for an answer (the first proposal, a change or a sunset step). */
  readonly waiting: VersionView | null;
  readonly versions: VersionView[];
  readonly history: {
    type: AgreementEvent['type'];
    version: number | null;
    by: Person;
    reason: string | null;
    at: string;
  }[];
  /** What the viewer may do now, from the same core rules the server enforces. */
  readonly youMay: {
    readonly accept: boolean;
    readonly decline: boolean;
    readonly withdraw: boolean;
    readonly proposeChange: boolean;
    readonly takeSunsetStep: boolean;
    readonly end: boolean;
  };
  readonly createdAt: string;
}

function personIn(space: SpaceContext) {
  return (id: string | null): Person => {
    const member = space.members.find((candidate) => candidate.userId === id);
    return member
      ? { displayName: member.displayName, isYou: member.userId === space.userId }
      : null;
  };
}

/** Where an agreement stands, folded by core from its stored facts. */
export function statusOf(row: store.AgreementRow): AgreementStatus {
  return agreementStatus(
    row.events.map(
      (event): AgreementEvent =>
        event.type === 'ended'
          ? { type: 'ended', by: event.actorId ?? '' }
          : { type: event.type, version: event.version ?? 0, by: event.actorId ?? '' },
    ),
  );
}

function permitted(status: AgreementStatus, action: AgreementAction, userId: string): boolean {
  try {
    checkAgreementAction(status, action, userId);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

function present(row: store.AgreementRow, space: SpaceContext): AgreementView {
  const person = personIn(space);
  const status = statusOf(row);
  const answered = new Map<number, store.EventRow>();
  for (const event of row.events) {
    if (event.type !== 'proposed' && event.type !== 'ended' && event.version !== null) {
      answered.set(event.version, event);
    }
  }
  const versions = row.versions.map((version): VersionView => {
    const answer = answered.get(version.version);
    const outcome: VersionView['outcome'] =
      status.waiting?.version === version.version
        ? 'waiting'
        : answer?.type === 'declined' || answer?.type === 'withdrawn'
          ? answer.type
          : status.inForceVersion === version.version
            ? status.state === 'ended'
              ? 'ended'
              : 'in_force'
            : answer?.type === 'accepted'
              ? 'replaced'
              : 'lapsed';
    return {
      version: version.version,
      changeKind: version.changeKind,
      title: version.title,
      practice: version.practice,
      category: version.category,
      reviewOn: version.reviewOn,
      sunsetSteps: [...version.sunsetSteps],
      stepsTaken: version.stepsTaken,
      reason: version.reason,
      proposedBy: person(version.proposedBy),
      createdAt: version.createdAt.toISOString(),
      acceptedAt: answer?.type === 'accepted' ? answer.createdAt.toISOString() : null,
      outcome,
    };
  });
  const byNumber = (version: number | null) => versions.find((v) => v.version === version);
  const current = byNumber(status.inForceVersion) ?? versions[0];
  if (!current) throw new Error(`Agreement ${row.id} has no versions`);
  const inForce = byNumber(status.inForceVersion);
  const me = space.userId;
  const basedOn = status.inForceVersion ?? 0;
  const waitingVersion = status.waiting?.version ?? 0;
  return {
    id: row.id,
    state: status.state,
    current,
    waiting: byNumber(status.waiting?.version ?? null) ?? null,
    versions,
    history: row.events.map((event) => ({
      type: event.type,
      version: event.version,
      by: person(event.actorId),
      reason: event.reason,
      at: event.createdAt.toISOString(),
    })),
    youMay: {
      accept: permitted(status, { type: 'accept', version: waitingVersion }, me),
      decline: permitted(status, { type: 'decline', version: waitingVersion }, me),
      withdraw: permitted(status, { type: 'withdraw', version: waitingVersion }, me),
      proposeChange: permitted(status, { type: 'propose_change', basedOn }, me),
      takeSunsetStep:
        permitted(status, { type: 'propose_change', basedOn }, me) &&
        inForce !== undefined &&
        inForce.stepsTaken < inForce.sunsetSteps.length,
      end: permitted(status, { type: 'end' }, me),
    },
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every agreement of the person's space, newest first; both partners see all of them. */
export async function listAgreements(deps: AppDeps, userId: string): Promise<AgreementView[]> {
  const space = await spaceContext(deps, userId, 'view');
  const rows = await store.readAgreements(deps.db, space.coupleId);
  return rows.map((row) => present(row, space));
}

export async function getAgreement(
  deps: AppDeps,
  userId: string,
  agreementId: string,
): Promise<AgreementView> {
  const space = await spaceContext(deps, userId, 'view');
  const [row] = await store.readAgreements(deps.db, space.coupleId, agreementId);
  if (!row) throw new DomainError('NOT_FOUND', 'There is no agreement with that id in your space.');
  return present(row, space);
}

/**
 * The review date of every agreement in force in a space (a change may be waiting beside it),
 * from the version in force: the date both accepted, not one merely proposed.
 */
export async function reviewDatesInSpace(
  deps: AppDeps,
  coupleId: string,
): Promise<{ id: string; title: string; reviewOn: AgreementContent['reviewOn'] }[]> {
  const rows = await store.readAgreements(deps.db, coupleId);
  return rows.flatMap((row) => {
    const status = statusOf(row);
    if (status.state !== 'in_force' && status.state !== 'change_proposed') return [];
    const inForce = row.versions.find((version) => version.version === status.inForceVersion);
    return inForce ? [{ id: row.id, title: inForce.title, reviewOn: inForce.reviewOn }] : [];
  });
}

function todayOf(deps: AppDeps, space: SpaceContext) {
  return localDateOf(deps.now(), space.timeZone);
}

/** Tells the other member(s) of the space, in the transaction that wrote what happened. */
async function tellPartner(
  deps: AppDeps,
  db: Parameters<typeof notify>[2],
  space: SpaceContext,
  kind: Parameters<typeof notify>[1]['kind'],
  agreementId: string,
): Promise<void> {
  for (const member of space.members) {
    if (member.userId === space.userId) continue;
    await notify(
      deps,
      {
        recipientUserId: member.userId,
        coupleId: space.coupleId,
        kind,
        subject: { type: 'agreement', id: agreementId },
        actorUserId: space.userId,
      },
      db,
    );
  }
}

/** Proposes a new agreement; it is in force only once the partner accepts it. */
export async function proposeAgreement(
  deps: AppDeps,
  userId: string,
  input: AgreementContentInput,
): Promise<string> {
  const space = await spaceContext(deps, userId, 'record');
  const content = cleanAgreementContent(input, todayOf(deps, space));
  const id = newId();
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await store.insertAgreement(trx, { coupleId: space.coupleId, id, proposedBy: userId, at });
    await store.insertVersion(trx, space.coupleId, id, {
      ...content,
      version: 1,
      changeKind: 'first',
      reason: null,
      proposedBy: userId,
      createdAt: at,
    });
    await store.appendEvent(trx, space.coupleId, id, {
      type: 'proposed',
      version: 1,
      actorId: userId,
      reason: null,
      createdAt: at,
    });
    await tellPartner(deps, trx, space, 'agreement.proposed', id);
  });
  return id;
}

type Step =
  | { readonly type: 'accept' | 'decline' | 'withdraw'; readonly version: number; reason?: string }
  | { readonly type: 'end'; readonly reason: string }
  | {
      readonly type: 'propose_change';
      readonly basedOn: number;
      readonly terms: AgreementContentInput | 'next_sunset_step';
      readonly reason: string | null;
    };

const NOTIFICATION_FOR = {
  accept: 'agreement.accepted',
  decline: 'agreement.declined',
  withdraw: null,
  end: 'agreement.ended',
  propose_change: 'agreement.change_proposed',
} as const;

/**
 * Takes one step in an agreement's life. Everything happens under the agreement's row lock and
 * in one transaction: the facts are read, core decides whether the step is allowed now, and the
 * new fact (with a new version for a change) and the partner's notification are written. A step
 * that is not allowed (answering a version since replaced, acting on an ended agreement) is
 * refused with the reason and leaves everything as it was.
 */
export async function takeStep(
  deps: AppDeps,
  userId: string,
  agreementId: string,
  step: Step,
): Promise<void> {
  const space = await spaceContext(deps, userId, 'record');
  const today = todayOf(deps, space);
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await store.lockAgreement(trx, space.coupleId, agreementId))) {
      throw new DomainError('NOT_FOUND', 'There is no agreement with that id in your space.');
    }
    const [row] = await store.readAgreements(trx, space.coupleId, agreementId);
    if (!row)
      throw new DomainError('NOT_FOUND', 'There is no agreement with that id in your space.');
    const status = statusOf(row);
    const action: AgreementAction =
      step.type === 'propose_change'
        ? { type: 'propose_change', basedOn: step.basedOn }
        : step.type === 'end'
          ? { type: 'end' }
          : { type: step.type, version: step.version };
    checkAgreementAction(status, action, userId);
    const event = eventFor(status, action, userId);
    if (step.type === 'propose_change' && event.type === 'proposed') {
      const inForce = row.versions.find((version) => version.version === status.inForceVersion);
      if (!inForce) throw new Error(`Agreement ${agreementId} has no version in force`);
      const terms = nextTerms(inForce, step.terms, today);
      await store.insertVersion(trx, space.coupleId, agreementId, {
        ...terms,
        version: event.version,
        changeKind: step.terms === 'next_sunset_step' ? 'sunset_step' : 'change',
        reason: step.reason,
        proposedBy: userId,
        createdAt: at,
      });
    }
    await store.appendEvent(trx, space.coupleId, agreementId, {
      type: event.type,
      version: event.type === 'ended' ? null : event.version,
      actorId: userId,
      // A change carries its reason on its version; an ending or a decline on the fact.
      reason: step.type === 'end' || step.type === 'decline' ? (step.reason ?? null) : null,
      createdAt: at,
    });
    const kind = NOTIFICATION_FOR[step.type];
    if (kind) await tellPartner(deps, trx, space, kind, agreementId);
    await planReviewReminders(trx, space, agreementId, at);
  });
}

/**
 * After a step, each partner's review-date reminder follows the agreement: set for the review
 * date of the terms in force, moved when new terms come into force, gone once it has ended.
 */
async function planReviewReminders(
  trx: Parameters<typeof store.readAgreements>[0],
  space: SpaceContext,
  agreementId: string,
  at: Date,
): Promise<void> {
  const [row] = await store.readAgreements(trx, space.coupleId, agreementId);
  if (!row) return;
  const status = statusOf(row);
  const inForce = row.versions.find((version) => version.version === status.inForceVersion);
  for (const member of space.members) {
    if (status.state === 'in_force' && inForce) {
      await scheduleReminder(
        trx,
        member.userId,
        { kind: 'agreement_review', subjectId: agreementId, dueOn: inForce.reviewOn },
        at,
      );
    } else if (status.state === 'ended') {
      await cancelReminder(trx, member.userId, 'agreement_review', agreementId);
    }
  }
}

function nextTerms(
  inForce: AgreementContent,
  terms: AgreementContentInput | 'next_sunset_step',
  today: ReturnType<typeof localDateOf>,
): AgreementContent {
  if (terms === 'next_sunset_step') return withNextSunsetStep(inForce);
  const next = cleanAgreementContent(terms, today, inForce);
  if (sameContent(next, inForce)) {
    throw new DomainError('VALIDATION_FAILED', 'This is the same as the version in force.', [
      { field: 'title', message: 'Change something in the terms, or keep the agreement as it is.' },
    ]);
  }
  return next;
}
