import {
  type AccountAction,
  type AccountEvent,
  accountEventFor,
  accountStatus,
  checkAccountAction,
  DomainError,
  findExplicitDetail,
  mayDisclose,
  mayKnowOfAccount,
  mayReadAccountText,
} from '@amend/core';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import {
  notFound,
  notifyPartner,
  type TalkingContext,
  talkingContext,
} from '../talking/context.js';

// Someone who deleted their account still counts once among those who agreed to open.
const FORMER_MEMBER = 'former-member';

export async function factsOf(db: AmendDb, coupleId: string, accountIds: readonly string[]) {
  if (accountIds.length === 0) return { versions: [], events: [] };
  const [versions, events] = await Promise.all([
    db
      .selectFrom('full_account_versions')
      .select(['account_id as accountId', 'version', 'text', 'created_at as createdAt'])
      .where('couple_id', '=', coupleId)
      .where('account_id', 'in', accountIds)
      .orderBy('version')
      .execute(),
    db
      .selectFrom('full_account_events')
      .select([
        'account_id as accountId',
        'type',
        'by_user as byUser',
        'version',
        'created_at as createdAt',
      ])
      .where('couple_id', '=', coupleId)
      .where('account_id', 'in', accountIds)
      .orderBy('created_at')
      .execute(),
  ]);
  return { versions, events };
}

export type Facts = Awaited<ReturnType<typeof factsOf>>;

export function eventsOf(account: { id: string; authorId: string }, facts: Facts): AccountEvent[] {
  const saves: AccountEvent[] = facts.versions
    .filter((row) => row.accountId === account.id)
    .map((row) => ({ type: 'saved', by: account.authorId, version: row.version }));
  const later: AccountEvent[] = facts.events
    .filter((row) => row.accountId === account.id)
    .map((row): AccountEvent => {
      const by = row.byUser ?? FORMER_MEMBER;
      if (row.type === 'sealed') return { type: 'sealed', by, version: row.version ?? 0 };
      return { type: row.type as 'agreed_to_open' | 'opened_in_session', by };
    });
  return [...saves, ...later];
}

/**
 * When and how an account opened, read by folding its facts in order: the moment the core state
 * machine first says "opened", and the therapist who opened it when that was in a session.
 */
export function openingOf(
  account: { id: string; authorId: string },
  facts: Facts,
): { at: Date; inSession: boolean; by: string | null } | null {
  const events = eventsOf(account, facts);
  const saves = events.filter((event) => event.type === 'saved').length;
  const rows = facts.events.filter((row) => row.accountId === account.id);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (row && accountStatus(events.slice(0, saves + index + 1)).state === 'opened') {
      return { at: row.createdAt, inSession: row.type === 'opened_in_session', by: row.byUser };
    }
  }
  return null;
}

/** The display names of the therapists who opened accounts in a session (as they are now). */
async function therapistNames(db: AmendDb, facts: Facts): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      facts.events.flatMap((row) =>
        row.type === 'opened_in_session' && row.byUser ? [row.byUser] : [],
      ),
    ),
  ];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name as displayName'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/**
 * The full accounts the viewer may know of: their own (drafts included, with the text and a
 * gentle note where it drifts into graphic detail), and their partner's once sealed; the text of
 * the partner's only once opened by both.
 */
export async function accountsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const accounts = await deps.db
    .selectFrom('full_accounts')
    .select(['id', 'author_id as authorId', 'created_at as createdAt'])
    .where('couple_id', '=', ctx.coupleId)
    .orderBy('created_at')
    .execute();
  const facts = await factsOf(
    deps.db,
    ctx.coupleId,
    accounts.map((account) => account.id),
  );
  const names = await therapistNames(deps.db, facts);
  const views = accounts.flatMap((account) => {
    const status = accountStatus(eventsOf(account, facts));
    const opening = openingOf(account, facts);
    if (!mayKnowOfAccount(status, userId)) return [];
    const versions = facts.versions.filter((row) => row.accountId === account.id);
    const shown = status.sealedVersion ?? status.latestVersion;
    const text = versions.find((row) => row.version === shown)?.text ?? '';
    const readable = mayReadAccountText(status, userId);
    const sealedAt = facts.events.find(
      (row) => row.accountId === account.id && row.type === 'sealed',
    )?.createdAt;
    return [
      {
        id: account.id,
        author: ctx.person(account.authorId),
        state: status.state,
        text: readable ? text : null,
        explicitDetail: readable && account.authorId === userId ? findExplicitDetail(text) : [],
        versions: status.latestVersion,
        youAgreedToOpen: status.agreedToOpen.includes(userId),
        partnerAgreedToOpen: status.agreedToOpen.some((id) => id !== userId),
        createdAt: account.createdAt.toISOString(),
        savedAt: (versions.at(-1)?.createdAt ?? account.createdAt).toISOString(),
        sealedAt: sealedAt?.toISOString() ?? null,
        openedAt: opening?.at.toISOString() ?? null,
        // Opened by the couple's therapist in a session: by whom (null once their account is
        // gone), so both partners can see how it came to be open.
        openedInSession: opening?.inSession
          ? { therapistName: (opening.by && names.get(opening.by)) || null }
          : null,
      },
    ];
  });
  return { mayWrite: mayDisclose(ctx.role), accounts: views };
}

/** Starts a draft: only the author sees it, and the partner is not told it exists. */
export async function startAccount(deps: AppDeps, userId: string, text: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayDisclose(ctx.role)) {
    throw new DomainError(
      'NOT_FOUND',
      'The full account is written by the partner who was involved. It opens for you both together.',
    );
  }
  const id = newId();
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('full_accounts')
      .values({ couple_id: ctx.coupleId, id, author_id: userId, created_at: at })
      .execute();
    await trx
      .insertInto('full_account_versions')
      .values({ couple_id: ctx.coupleId, account_id: id, version: 1, text, created_at: at })
      .execute();
  });
  return { id };
}

/**
 * One step on an account, decided by the core rules on its facts read under a lock, so two
 * presses of "open" at the same moment are decided one after the other.
 */
async function act(
  deps: AppDeps,
  ctx: TalkingContext,
  accountId: string,
  action: AccountAction,
  text: string | null,
) {
  return deps.db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('full_accounts')
      .select(['id', 'author_id as authorId'])
      .where('couple_id', '=', ctx.coupleId)
      .where('id', '=', accountId)
      .forUpdate()
      .executeTakeFirst();
    const status = account
      ? accountStatus(eventsOf(account, await factsOf(trx, ctx.coupleId, [accountId])))
      : null;
    // The partner's draft does not exist for them: the same answer as for no account at all.
    if (!status || !mayKnowOfAccount(status, ctx.userId)) throw notFound('full account');
    const actor = { kind: 'member', userId: ctx.userId } as const;
    checkAccountAction(status, action, actor);
    if (action.type === 'seal' && !(await latestText(trx, ctx.coupleId, accountId)).trim()) {
      throw new DomainError('VALIDATION_FAILED', 'There is nothing written to seal yet.', [
        { field: 'text', message: 'Write your account before sealing it.' },
      ]);
    }
    const event = accountEventFor(status, action, actor);
    const at = deps.now();
    if (event.type === 'saved') {
      await trx
        .insertInto('full_account_versions')
        .values({
          couple_id: ctx.coupleId,
          account_id: accountId,
          version: event.version,
          text: text ?? '',
          created_at: at,
        })
        .execute();
    } else {
      await trx
        .insertInto('full_account_events')
        .values({
          couple_id: ctx.coupleId,
          id: newId(),
          account_id: accountId,
          type: event.type,
          by_user: ctx.userId,
          version: event.type === 'sealed' ? event.version : null,
          created_at: at,
        })
        .execute();
    }
    const after = await factsOf(trx, ctx.coupleId, [accountId]);
    return accountStatus(eventsOf({ id: accountId, authorId: status.authorId }, after)).state;
  });
}

async function latestText(db: AmendDb, coupleId: string, accountId: string): Promise<string> {
  const row = await db
    .selectFrom('full_account_versions')
    .select('text')
    .where('couple_id', '=', coupleId)
    .where('account_id', '=', accountId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.text ?? '';
}

export async function saveAccount(deps: AppDeps, userId: string, accountId: string, text: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  await act(deps, ctx, accountId, { type: 'edit' }, text);
}

export async function sealAccount(deps: AppDeps, userId: string, accountId: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  await act(deps, ctx, accountId, { type: 'seal' }, null);
  await notifyPartner(deps, ctx, 'account.sealed', { type: 'account', id: accountId });
}

/**
 * One partner's "open". With only one agreement nothing opens: the answer says it waits for
 * the other. When the second arrives it opens for both, and the partner hears of it.
 */
export async function agreeToOpen(deps: AppDeps, userId: string, accountId: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  const state = await act(deps, ctx, accountId, { type: 'agree_to_open' }, null);
  if (state === 'opened') {
    await notifyPartner(deps, ctx, 'account.opened', { type: 'account', id: accountId });
  }
  return {
    state,
    message:
      state === 'opened'
        ? 'The account is open now, for both of you.'
        : 'You have agreed to open it. It opens when your partner agrees too.',
  };
}
