import { isIP } from 'node:net';
import {
  DomainError,
  mayReviewDeliveries,
  type ReminderPreferences,
  reminderPreferenceProblems,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { ensureVapidKeys } from '../../platform/push.js';
import { newId } from '../../platform/tokens.js';
import { currentUser } from '../accounts/service.js';
import { reminderPreferencesOf, saveReminderPreferences } from './preferences-store.js';
import { planWeeklyReminders } from './scheduling.js';

const FIELD_MESSAGES: Record<string, string> = {
  timeZone: 'Choose a time zone from the list.',
  quietHours: 'Quiet hours need a start and an end time.',
  checkinTime: 'Choose a day and a time for the check-in reminder.',
  meetingTime: 'Choose a day and a time for the weekly meeting.',
  dateReminderMinute: 'Choose a time of day for reminders on a date.',
  sessionLeadMinutes: 'Choose how long before an appointment, up to a week.',
};

export async function getReminderPreferences(
  deps: AppDeps,
  userId: string,
): Promise<ReminderPreferences> {
  const preferences = await reminderPreferencesOf(deps.db, userId);
  if (!preferences) throw new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
  return preferences;
}

/** Saves the person's choices and moves their weekly reminders to match, in one transaction. */
export async function updateReminderPreferences(
  deps: AppDeps,
  userId: string,
  preferences: ReminderPreferences,
): Promise<ReminderPreferences> {
  const problems = reminderPreferenceProblems(preferences);
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Some of these choices need another look.',
      problems.map((field) => ({ field, message: FIELD_MESSAGES[field] ?? 'Check this value.' })),
    );
  }
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await saveReminderPreferences(trx, userId, preferences, now);
    await planWeeklyReminders(trx, userId, preferences, now);
  });
  return preferences;
}

export async function pushPublicKey(deps: AppDeps): Promise<string> {
  return (await ensureVapidKeys(deps.db, deps.now())).publicKey;
}

// Host names that lead into the server's own network: a push endpoint must be a push service
// on the internet, never a way to make Amend send requests to its neighbours.
const LOCAL_HOST_NAMES = /(^|\.)(localhost|local|internal|localdomain)$/i;

/** A browser's push endpoint is an https URL on a public host name. */
export function isAcceptablePushEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    isIP(host) === 0 &&
    host.includes('.') &&
    !LOCAL_HOST_NAMES.test(host)
  );
}

export interface PushSubscriptionInput {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** Keeps this browser's subscription for the person; a browser signed in as someone else moves. */
export async function subscribeToPush(
  deps: AppDeps,
  userId: string,
  input: PushSubscriptionInput,
): Promise<void> {
  if (!isAcceptablePushEndpoint(input.endpoint)) {
    throw new DomainError('VALIDATION_FAILED', 'This browser gave an address Amend cannot use.', [
      { field: 'endpoint', message: 'A push endpoint must be an https address of a push service.' },
    ]);
  }
  await deps.db.transaction().execute(async (trx) => {
    // One browser, one owner: the endpoint is unique, so the old owner's row goes first.
    await trx.deleteFrom('push_subscriptions').where('endpoint', '=', input.endpoint).execute();
    await trx
      .insertInto('push_subscriptions')
      .values({
        user_id: userId,
        id: newId(),
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        created_at: deps.now(),
      })
      .execute();
  });
}

export async function unsubscribeFromPush(
  deps: AppDeps,
  userId: string,
  endpoint: string,
): Promise<void> {
  await deps.db
    .deleteFrom('push_subscriptions')
    .where('user_id', '=', userId)
    .where('endpoint', '=', endpoint)
    .execute();
}

export async function pushSubscriptionCount(deps: AppDeps, userId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('push_subscriptions')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface FailingDelivery {
  readonly channel: 'email' | 'push';
  readonly topic: string;
  readonly status: 'pending' | 'undeliverable';
  readonly attempts: number;
  readonly lastError: string | null;
  readonly firstTriedAt: string;
  readonly lastTriedAt: string;
}

const FAILING_LIST_LIMIT = 200;

/**
 * For administrators: messages that failed at least once and are still being retried, or were
 * given up. Nobody's name, address or content: a channel, a kind, counts and the service's error.
 */
export async function failingDeliveries(
  deps: AppDeps,
  userId: string,
): Promise<{ retrying: number; undeliverable: number; messages: FailingDelivery[] }> {
  const user = await currentUser(deps, userId);
  if (!mayReviewDeliveries(user, deps.config.adminEmails)) {
    throw new DomainError('NOT_FOUND', 'There is nothing here.');
  }
  const rows = await deps.db
    .selectFrom('outbound_messages')
    .select(['channel', 'topic', 'status', 'attempts', 'last_error', 'created_at', 'updated_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('attempts', '>', 0)]),
        eb('status', '=', 'undeliverable'),
      ]),
    )
    .orderBy('updated_at', 'desc')
    .limit(FAILING_LIST_LIMIT)
    .execute();
  const messages = rows.map((row) => ({
    channel: row.channel,
    topic: row.topic,
    status: row.status === 'undeliverable' ? ('undeliverable' as const) : ('pending' as const),
    attempts: row.attempts,
    lastError: row.last_error,
    firstTriedAt: row.created_at.toISOString(),
    lastTriedAt: row.updated_at.toISOString(),
  }));
  return {
    retrying: messages.filter((message) => message.status === 'pending').length,
    undeliverable: messages.filter((message) => message.status === 'undeliverable').length,
    messages,
  };
}
