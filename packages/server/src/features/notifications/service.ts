import { DomainError, type NotificationKind } from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { actorFor } from '../space/service.js';
import * as store from './store.js';

export interface NotifyInput {
  readonly recipientUserId: string;
  /** The space the notification is about, or null for something outside any space. */
  readonly coupleId: string | null;
  readonly kind: NotificationKind;
  /** What it is about, so the web app can link to it: a record type and its id. */
  readonly subject?: { readonly type: string; readonly id: string };
  /** Who caused it; null for the app itself (a reminder, a review date). */
  readonly actorUserId: string | null;
}

/** A notification as it was just written, handed to every listener. */
export interface CreatedNotification {
  readonly id: string;
  readonly recipientUserId: string;
  readonly coupleId: string | null;
  readonly kind: NotificationKind;
  readonly subject: { readonly type: string; readonly id: string } | null;
  readonly actorUserId: string | null;
  readonly createdAt: Date;
}

/**
 * Called for every notification, inside the transaction that writes it, with that transaction:
 * a listener's writes (an e-mail or push queued for delivery) commit or roll back with the
 * notification, so nothing is sent for an update that was never stored. A listener that throws
 * fails the action that caused the notification. Register once at start (main.ts, worker.ts);
 * tests register their own and remove it with the function returned.
 */
export type NotificationListener = (
  db: store.Db,
  notification: CreatedNotification,
) => Promise<void>;

const listeners = new Set<NotificationListener>();

export function onNotified(listener: NotificationListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Tells a person something happened that concerns them (their partner proposed an agreement...).
 * Pass `db` when the cause is written in a transaction, so the two are stored together; without
 * it a transaction of its own is used. Nobody is notified of their own action.
 */
export async function notify(
  deps: AppDeps,
  input: NotifyInput,
  db: store.Db = deps.db,
): Promise<void> {
  if (input.actorUserId === input.recipientUserId) return;
  const notification: CreatedNotification = {
    id: newId(),
    recipientUserId: input.recipientUserId,
    coupleId: input.coupleId,
    kind: input.kind,
    subject: input.subject ?? null,
    actorUserId: input.actorUserId,
    createdAt: deps.now(),
  };
  const write = async (trx: store.Db) => {
    await store.insertNotification(trx, {
      id: notification.id,
      recipientId: notification.recipientUserId,
      spaceId: notification.coupleId,
      kind: notification.kind,
      subjectType: notification.subject?.type ?? null,
      subjectId: notification.subject?.id ?? null,
      actorId: notification.actorUserId,
      createdAt: notification.createdAt,
      readAt: null,
    });
    for (const listener of listeners) await listener(trx, notification);
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

export interface NotificationView {
  readonly id: string;
  readonly kind: string;
  readonly subject: { type: string; id: string } | null;
  /** The name of who caused it, as it is now; null for the app itself or a deleted account. */
  readonly actorName: string | null;
  readonly createdAt: string;
  readonly read: boolean;
}

/** How many of the newest notifications one request returns. */
export const NOTIFICATION_PAGE = 100;

/** The person's own notifications, newest first, with how many are unread. */
export async function listNotifications(
  deps: AppDeps,
  userId: string,
): Promise<{ notifications: NotificationView[]; unread: number }> {
  const actor = await actorFor(deps, userId);
  const { items, unread } = await store.listNotifications(
    deps.db,
    userId,
    actor.activeCoupleId,
    NOTIFICATION_PAGE,
  );
  return {
    unread,
    notifications: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      subject:
        item.subjectType && item.subjectId ? { type: item.subjectType, id: item.subjectId } : null,
      actorName: item.actorName,
      createdAt: item.createdAt.toISOString(),
      read: item.readAt !== null,
    })),
  };
}

/** Marks the person's own notifications read: the ones named, or all of them. */
export async function markNotificationsRead(
  deps: AppDeps,
  userId: string,
  which: { ids: readonly string[] } | { all: true },
): Promise<void> {
  if ('ids' in which && which.ids.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'Say which notifications to mark read.', [
      { field: 'ids', message: 'Name at least one, or send all: true.' },
    ]);
  }
  await store.markRead(deps.db, userId, 'ids' in which ? which.ids : null, deps.now());
}
