import { DomainError } from '../errors.js';

/**
 * An agreement's life, as a list of facts that are only ever added to:
 *
 *   proposed ──accept (the other partner)──► in force ──propose change──► change proposed
 *      │                                      ▲   │                          │
 *      ├─decline (the other) ─► declined      │   └──end (either)──► ended   ├─accept (the other): the
 *      └─withdraw (proposer) ─► withdrawn     └──decline / withdraw ─────────┘  new version is in force
 *
 * While a change waits, the version in force stays in force. Ending is allowed while a change
 * waits (the change is then moot), never before the agreement was ever in force: a proposal that
 * is not wanted is declined or withdrawn instead. Whoever proposed a version never accepts or
 * declines it; only they withdraw it.
 */
export type AgreementEvent =
  | { readonly type: 'proposed'; readonly version: number; readonly by: string }
  | {
      readonly type: 'accepted' | 'declined' | 'withdrawn';
      readonly version: number;
      readonly by: string;
    }
  | { readonly type: 'ended'; readonly by: string };

export const AGREEMENT_STATES = [
  'proposed',
  'in_force',
  'change_proposed',
  'ended',
  'declined',
  'withdrawn',
] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

export interface AgreementStatus {
  readonly state: AgreementState;
  /** The version both accepted most recently; null until the first is accepted. */
  readonly inForceVersion: number | null;
  /** The version waiting for an answer, and who proposed it. */
  readonly waiting: { readonly version: number; readonly proposedBy: string } | null;
  /** The highest version number proposed so far. */
  readonly latestVersion: number;
}

/** Folds the facts, oldest first, into where the agreement stands. */
export function agreementStatus(events: readonly AgreementEvent[]): AgreementStatus {
  let inForceVersion: number | null = null;
  let waiting: AgreementStatus['waiting'] = null;
  let latestVersion = 0;
  let closed: 'ended' | 'declined' | 'withdrawn' | null = null;
  for (const event of events) {
    switch (event.type) {
      case 'proposed':
        waiting = { version: event.version, proposedBy: event.by };
        latestVersion = Math.max(latestVersion, event.version);
        break;
      case 'accepted':
        inForceVersion = event.version;
        waiting = null;
        break;
      case 'declined':
      case 'withdrawn':
        waiting = null;
        if (inForceVersion === null) closed = event.type;
        break;
      case 'ended':
        waiting = null;
        closed = 'ended';
        break;
    }
  }
  const state: AgreementState =
    closed ?? (waiting ? (inForceVersion === null ? 'proposed' : 'change_proposed') : 'in_force');
  return { state, inForceVersion, waiting, latestVersion };
}

export type AgreementAction =
  | { readonly type: 'accept' | 'decline' | 'withdraw'; readonly version: number }
  | { readonly type: 'propose_change'; readonly basedOn: number }
  | { readonly type: 'end' };

const CLOSED_MESSAGES: Partial<Record<AgreementState, string>> = {
  ended:
    'This agreement has ended, so nothing more can be done with it. You can propose a new one.',
  declined: 'This proposal was not accepted, so nothing more can be done with it.',
  withdrawn: 'This proposal was withdrawn, so nothing more can be done with it.',
};

/**
 * Whether `actorId` (a member of the agreement's space) may take `action` now. Throws a
 * DomainError saying why not; the caller leaves everything as it was.
 */
export function checkAgreementAction(
  status: AgreementStatus,
  action: AgreementAction,
  actorId: string,
): void {
  const closedMessage = CLOSED_MESSAGES[status.state];
  if (closedMessage) throw new DomainError('AGREEMENT_CLOSED', closedMessage);
  switch (action.type) {
    case 'accept':
    case 'decline':
    case 'withdraw':
      checkAnswer(status, action.type, action.version, actorId);
      return;
    case 'propose_change':
      if (status.waiting) {
        throw new DomainError(
          'AGREEMENT_PROPOSAL_WAITING',
          status.state === 'proposed'
            ? 'This agreement is still waiting for an answer. It can be changed once it is in force.'
            : 'A change to this agreement is already waiting for an answer. Answer or withdraw it first.',
        );
      }
      if (action.basedOn !== status.inForceVersion) {
        throw new DomainError(
          'AGREEMENT_SUPERSEDED',
          `This agreement has changed since you opened it: version ${status.inForceVersion} is in force now. Have a look at it first.`,
        );
      }
      return;
    case 'end':
      if (status.state === 'proposed') {
        throw new DomainError(
          'AGREEMENT_PROPOSAL_WAITING',
          'This agreement is not in force yet. Decline or withdraw the proposal instead.',
        );
      }
      return;
  }
}

function checkAnswer(
  status: AgreementStatus,
  answer: 'accept' | 'decline' | 'withdraw',
  version: number,
  actorId: string,
): void {
  if (version < 1 || version > status.latestVersion) {
    throw new DomainError('NOT_FOUND', `This agreement has no version ${version}.`);
  }
  if (!status.waiting || status.waiting.version !== version) {
    if (version === status.inForceVersion) {
      throw new DomainError('AGREEMENT_NOT_WAITING', `Version ${version} is already in force.`);
    }
    throw new DomainError(
      'AGREEMENT_SUPERSEDED',
      status.waiting
        ? `Version ${version} has since been replaced by version ${status.waiting.version}. Have a look at that one.`
        : `Version ${version} is no longer waiting for an answer: it was answered or replaced.`,
    );
  }
  const isProposer = status.waiting.proposedBy === actorId;
  if (answer === 'withdraw' && !isProposer) {
    throw new DomainError(
      'AGREEMENT_NOT_YOURS_TO_DECIDE',
      'Only the person who proposed this can withdraw it. You can accept or decline it.',
    );
  }
  if (answer !== 'withdraw' && isProposer) {
    throw new DomainError(
      'AGREEMENT_NOT_YOURS_TO_DECIDE',
      'You proposed this, so your partner decides. You can withdraw it.',
    );
  }
}

/** The fact a permitted action adds (a change proposal adds the next version's). */
export function eventFor(
  status: AgreementStatus,
  action: AgreementAction,
  actorId: string,
): AgreementEvent {
  switch (action.type) {
    case 'accept':
      return { type: 'accepted', version: action.version, by: actorId };
    case 'decline':
      return { type: 'declined', version: action.version, by: actorId };
    case 'withdraw':
      return { type: 'withdrawn', version: action.version, by: actorId };
    case 'propose_change':
      return { type: 'proposed', version: status.latestVersion + 1, by: actorId };
    case 'end':
      return { type: 'ended', by: actorId };
  }
}
