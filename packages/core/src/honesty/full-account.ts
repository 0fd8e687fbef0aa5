import { DomainError } from '../errors.js';

/**
 * The structured disclosure: one full account written by the involved partner, instead of the
 * truth coming out in pieces.
 *
 *   draft ──seal (the author)──► sealed ──agree to open (each partner, once)──► opened
 *     ▲ │                          │            when both have agreed
 *     └─┘ edit (the author;        └──open in session (the couple's therapist)──► opened
 *         each save a new version)
 *
 * A draft is the author's alone: the partner does not know it exists. A sealed account is
 * known to both but read by nobody, the author included only as what they wrote (the partner
 * never sees its text). Opened, it is history: read-only for both, with every version kept.
 *
 * The therapist step is part of the machine so the therapist portal can add it without changing
 * these rules: a `therapist` actor may open a sealed account in a session. Whether that actor is
 * the couple's therapist with consent to do so is the portal's policy to decide before calling
 * (mayTherapistOpenAccountInSession in policy/account-in-session.ts).
 */
export type AccountEvent =
  | { readonly type: 'saved'; readonly by: string; readonly version: number }
  | { readonly type: 'sealed'; readonly by: string; readonly version: number }
  | { readonly type: 'agreed_to_open'; readonly by: string }
  | { readonly type: 'opened_in_session'; readonly by: string };

export type AccountState = 'draft' | 'sealed' | 'opened';

export interface AccountStatus {
  readonly state: AccountState;
  readonly authorId: string;
  readonly latestVersion: number;
  /** The version that was sealed; null while it is a draft. */
  readonly sealedVersion: number | null;
  /** The members who pressed "open", in order. */
  readonly agreedToOpen: readonly string[];
}

/** Folds the facts, oldest first (the first is the author's first save), into the account. */
export function accountStatus(events: readonly AccountEvent[]): AccountStatus {
  const first = events[0];
  if (first?.type !== 'saved') throw new Error('An account starts with its first save.');
  let latestVersion = 0;
  let sealedVersion: number | null = null;
  const agreed: string[] = [];
  let openedInSession = false;
  for (const event of events) {
    if (event.type === 'saved') latestVersion = Math.max(latestVersion, event.version);
    else if (event.type === 'sealed') sealedVersion = event.version;
    else if (event.type === 'agreed_to_open') {
      if (!agreed.includes(event.by)) agreed.push(event.by);
    } else openedInSession = true;
  }
  const state: AccountState =
    sealedVersion === null ? 'draft' : openedInSession || agreed.length >= 2 ? 'opened' : 'sealed';
  return { state, authorId: first.by, latestVersion, sealedVersion, agreedToOpen: agreed };
}

export type AccountActor =
  | { readonly kind: 'member'; readonly userId: string }
  | { readonly kind: 'therapist'; readonly userId: string };

export type AccountAction =
  | { readonly type: 'edit' | 'seal' }
  | { readonly type: 'agree_to_open' }
  | { readonly type: 'open_in_session' };

/**
 * Whether `actor` (an active member of the account's space, or later the couple's therapist)
 * may take `action` now. Throws a DomainError saying why not; nothing changes.
 */
export function checkAccountAction(
  status: AccountStatus,
  action: AccountAction,
  actor: AccountActor,
): void {
  const isAuthor = actor.kind === 'member' && actor.userId === status.authorId;
  if (action.type === 'open_in_session') {
    if (actor.kind !== 'therapist') {
      throw new DomainError(
        'ACCOUNT_NOT_YOURS',
        'Only your therapist can open an account in a session.',
      );
    }
    if (status.state !== 'sealed') throw stateError(status.state);
    return;
  }
  if (actor.kind !== 'member') {
    throw new DomainError('ACCOUNT_NOT_YOURS', 'A therapist opens an account only in a session.');
  }
  switch (action.type) {
    case 'edit':
    case 'seal':
      if (!isAuthor) throw new DomainError('NOT_FOUND', 'There is no such account of yours.');
      if (status.state !== 'draft') throw stateError(status.state);
      return;
    case 'agree_to_open':
      if (status.state !== 'sealed') throw stateError(status.state);
      if (status.agreedToOpen.includes(actor.userId)) {
        throw new DomainError(
          'ACCOUNT_WAITING_FOR_PARTNER',
          'You have already agreed to open it. It opens when your partner agrees too.',
        );
      }
      return;
  }
}

function stateError(state: AccountState): DomainError {
  if (state === 'draft') {
    return new DomainError('ACCOUNT_NOT_SEALED', 'This account is still a draft.');
  }
  if (state === 'opened') {
    return new DomainError(
      'ACCOUNT_OPENED',
      'This account has been opened. It is kept as it was, so it can no longer change.',
    );
  }
  return new DomainError(
    'ACCOUNT_SEALED',
    'This account is sealed, so it can no longer change. It opens when you both agree.',
  );
}

/** The fact a permitted action adds (an edit adds the next version). */
export function accountEventFor(
  status: AccountStatus,
  action: AccountAction,
  actor: AccountActor,
): AccountEvent {
  switch (action.type) {
    case 'edit':
      return { type: 'saved', by: actor.userId, version: status.latestVersion + 1 };
    case 'seal':
      return { type: 'sealed', by: actor.userId, version: status.latestVersion };
    case 'agree_to_open':
      return { type: 'agreed_to_open', by: actor.userId };
    case 'open_in_session':
      return { type: 'opened_in_session', by: actor.userId };
  }
}

/**
 * Who may read the text: the author always (it is their own writing); the partner only once it
 * is opened. Everyone else was already refused by the space policy.
 */
export function mayReadAccountText(status: AccountStatus, memberId: string): boolean {
  return memberId === status.authorId || status.state === 'opened';
}

/** Whether the partner knows the account exists: not while it is the author's draft. */
export function mayKnowOfAccount(status: AccountStatus, memberId: string): boolean {
  return memberId === status.authorId || status.state !== 'draft';
}
