import {
  isReminderWanted,
  type LocalDate,
  type OutsideMessage,
  REMINDER_KINDS,
  type ReminderKind,
  reminderMessage,
  updateMessage,
} from '@amend/core';
import type { JobHelpers } from 'graphile-worker';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AppDeps } from '../../platform/deps.js';
import { addJob, JOB_MAX_ATTEMPTS, type TaskHandler } from '../../platform/jobs.js';
import { appNameInMail } from '../../platform/mail.js';
import { assignmentStep } from './assignment-reminders.js';
import {
  claimOutboundMessages,
  DELIVER_TASK,
  type DeliverPayload,
  queueUpdateDelivery,
} from './outbound.js';
import { reminderPreferencesOf } from './preferences-store.js';
import { deviceList, devicesOf, pushToDevices } from './push-delivery.js';
import {
  FIRE_REMINDER_TASK,
  type FirePayload,
  type OneOffReminder,
  oneOffPlan,
  reminderJobKey,
  TIMED_UPDATE_TASK,
  WEEKLY_REMINDER_KINDS,
  type WeeklyReminderKind,
  weeklyPlan,
} from './scheduling.js';

type Db = Kysely<Database>;

/** What jobs need: the web server's dependencies, or the separate worker's smaller set. */
export type JobDeps = Pick<AppDeps, 'db' | 'mailer' | 'now' | 'config'>;
// A one-off reminder whose time moved later by more than this is put back rather than sent.
const RESCHEDULE_TOLERANCE_MS = 60_000;
const LAST_ERROR_LENGTH = 200;

function isWeekly(kind: ReminderKind): kind is WeeklyReminderKind {
  return (WEEKLY_REMINDER_KINDS as readonly string[]).includes(kind);
}

function oneOffFrom(payload: FirePayload): OneOffReminder | null {
  if (!payload.subjectId) return null;
  if (payload.kind === 'therapy_session' && payload.startsAt) {
    return {
      kind: 'therapy_session',
      subjectId: payload.subjectId,
      startsAt: new Date(payload.startsAt),
    };
  }
  if (
    (payload.kind === 'questionnaire_due' || payload.kind === 'agreement_review') &&
    payload.dueOn
  ) {
    return { kind: payload.kind, subjectId: payload.subjectId, dueOn: payload.dueOn as LocalDate };
  }
  return null;
}

function isFirePayload(value: unknown): value is FirePayload {
  const payload = value as Partial<FirePayload> | null;
  return (
    typeof payload?.userId === 'string' &&
    typeof payload.occurrence === 'string' &&
    (REMINDER_KINDS as readonly string[]).includes(payload.kind ?? '')
  );
}

/**
 * A reminder's time has come: claim its messages (once per occurrence, see outbound.ts) and,
 * for a weekly one, queue next week's under the same key, in one transaction.
 */
export async function fireReminder(db: Db, payload: FirePayload, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const preferences = await reminderPreferencesOf(trx, payload.userId);
    if (!preferences) return; // the account is gone
    const { kind, userId } = payload;
    let occurrence = payload.occurrence;
    if (isWeekly(kind)) {
      if (isReminderWanted(preferences, kind)) {
        const next = weeklyPlan(preferences, kind, now);
        const nextPayload: FirePayload = { ...payload, occurrence: next.occurrenceDate };
        await addJob(trx, {
          task: FIRE_REMINDER_TASK,
          payload: { ...nextPayload },
          runAt: next.at,
          jobKey: reminderJobKey(userId, kind),
        });
      }
    } else {
      const reminder = oneOffFrom(payload);
      if (!reminder) return;
      // Quiet hours or the lead time may have changed since it was queued: follow the new plan.
      const planned = oneOffPlan(preferences, reminder);
      if (planned.at.getTime() - now.getTime() > RESCHEDULE_TOLERANCE_MS) {
        await addJob(trx, {
          task: FIRE_REMINDER_TASK,
          payload: { ...payload },
          runAt: planned.at,
          jobKey: reminderJobKey(userId, kind, reminder.subjectId),
        });
        return;
      }
      if (reminder.kind === 'questionnaire_due') {
        const step = await assignmentStep(
          trx,
          userId,
          reminder.subjectId,
          preferences.timeZone,
          now,
        );
        if (step.kind === 'over') return;
        if (step.kind !== 'once') {
          // A weekly or monthly assignment: the same job comes back for its next opening.
          const dueOn = step.kind === 'later' ? step.dueOn : step.checkAgainOn;
          await addJob(trx, {
            task: FIRE_REMINDER_TASK,
            payload: { ...payload, dueOn },
            runAt: oneOffPlan(preferences, { ...reminder, dueOn }).at,
            jobKey: reminderJobKey(userId, kind, reminder.subjectId),
          });
          if (step.kind === 'later') return;
          occurrence = step.occurrence;
        }
      }
    }
    await claimOutboundMessages(
      trx,
      userId,
      preferences.channels[kind],
      `reminder:${kind}`,
      occurrence,
      now,
    );
  });
}

function messageFor(topic: string, discreet: boolean): OutsideMessage {
  const kind = topic.startsWith('reminder:')
    ? (topic.slice('reminder:'.length) as ReminderKind)
    : null;
  return kind && (REMINDER_KINDS as readonly string[]).includes(kind)
    ? reminderMessage(kind, discreet)
    : updateMessage(discreet);
}

function mailText(message: OutsideMessage, publicUrl: URL, discreet: boolean): string {
  const appName = appNameInMail(discreet);
  const settings = new URL('/settings/reminders', publicUrl).toString();
  return [
    message.body,
    '',
    `Open ${appName}: ${publicUrl.toString()}`,
    '',
    `You get this because you asked for it. Change what you receive: ${settings}`,
  ].join('\n');
}

/**
 * Sends one claimed message. An e-mail that fails throws: the job backs off and tries again. A
 * push answers the devices that failed (see push-delivery.ts), so only they are tried again.
 */
async function sendClaimed(
  deps: JobDeps,
  payload: DeliverPayload,
): Promise<{ id: string; reason: string }[]> {
  const message = await deps.db
    .selectFrom('outbound_messages')
    .innerJoin('users', 'users.id', 'outbound_messages.user_id')
    .select(['channel', 'topic', 'status', 'users.email', 'users.discreet_mode'])
    .where('outbound_messages.user_id', '=', payload.userId)
    .where('outbound_messages.id', '=', payload.messageId)
    .executeTakeFirst();
  if (message?.status !== 'pending') return [];
  const words = messageFor(message.topic, message.discreet_mode);
  if (message.channel === 'email') {
    await deps.mailer.send({
      to: message.email,
      subject: words.title,
      text: mailText(words, deps.config.publicUrl, message.discreet_mode),
      discreet: message.discreet_mode,
    });
    return [];
  }
  // The service worker picks the neutral icon in discreet mode; the words are already neutral.
  const body = JSON.stringify({
    title: words.title,
    body: words.body,
    url: '/',
    discreet: message.discreet_mode,
  });
  return pushToDevices(deps, payload.userId, body, devicesOf(payload.devices));
}

/** graphile-worker's own wait before try n + 1, used for a push retried device by device. */
function backoffMs(attempts: number): number {
  return Math.exp(Math.min(attempts, 10)) * 1000;
}

async function deliverMessage(deps: JobDeps, payload: DeliverPayload, helpers: JobHelpers) {
  const where = (db: Db) =>
    db
      .updateTable('outbound_messages')
      .where('user_id', '=', payload.userId)
      .where('id', '=', payload.messageId);
  // The error text comes from the mail or push client and names no person or content.
  const recordFailure = async (error: string, lastTry: boolean) =>
    where(deps.db)
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: error.slice(0, LAST_ERROR_LENGTH),
        status: lastTry ? 'undeliverable' : 'pending',
        updated_at: deps.now(),
      }))
      .execute();
  let failedDevices: { id: string; reason: string }[];
  try {
    failedDevices = await sendClaimed(deps, payload);
  } catch (error) {
    const lastTry = helpers.job.attempts >= helpers.job.max_attempts;
    await recordFailure(error instanceof Error ? error.message : String(error), lastTry);
    throw error;
  }
  if (failedDevices.length > 0) {
    // Some devices got it: this job ends, and a new one under the same key tries only the
    // others later, counting tries on the message row as graphile-worker counts them on a job.
    const row = await deps.db
      .selectFrom('outbound_messages')
      .select('attempts')
      .where('user_id', '=', payload.userId)
      .where('id', '=', payload.messageId)
      .executeTakeFirst();
    const attempts = (row?.attempts ?? 0) + 1;
    const lastTry = attempts >= JOB_MAX_ATTEMPTS;
    await recordFailure(failedDevices.map((device) => device.reason).join('; '), lastTry);
    if (!lastTry) {
      await addJob(deps.db, {
        task: DELIVER_TASK,
        payload: {
          userId: payload.userId,
          messageId: payload.messageId,
          devices: deviceList(failedDevices.map((device) => device.id)),
        },
        runAt: new Date(deps.now().getTime() + backoffMs(attempts)),
        jobKey: `deliver:${payload.messageId}`,
      });
    }
    return;
  }
  const now = deps.now();
  await where(deps.db)
    .where('status', '=', 'pending')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      status: 'sent',
      sent_at: now,
      updated_at: now,
    }))
    .execute();
}

/** The tasks the worker runs for reminders and delivery. */
export function reminderTasks(deps: JobDeps): Record<string, TaskHandler> {
  return {
    [FIRE_REMINDER_TASK]: async (payload) => {
      if (isFirePayload(payload)) await fireReminder(deps.db, payload, deps.now());
    },
    [TIMED_UPDATE_TASK]: async (payload) => {
      const timed = payload as { userId?: unknown; occurrence?: unknown } | null;
      if (typeof timed?.userId !== 'string' || typeof timed.occurrence !== 'string') return;
      await queueUpdateDelivery(deps.db, timed.userId, timed.occurrence, deps.now());
    },
    [DELIVER_TASK]: async (payload, helpers) => {
      const deliver = payload as Partial<DeliverPayload> | null;
      if (typeof deliver?.userId !== 'string' || typeof deliver.messageId !== 'string') return;
      await deliverMessage(
        deps,
        {
          userId: deliver.userId,
          messageId: deliver.messageId,
          ...(typeof deliver.devices === 'string' ? { devices: deliver.devices } : {}),
        },
        helpers,
      );
    },
  };
}
