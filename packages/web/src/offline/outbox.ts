import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../app/api/client';
import { errorMessage } from '../app/api/errorMessage';
import { isApiError, NETWORK_ERROR } from '../app/api/problem';
import {
  type QueuedKind,
  type QueuedWrite,
  queueId,
  sendOrder,
  sendQueued,
  waitingByKind,
  waitingKeys,
} from './queue';
import { allSealed, deleteSealed, putSealed } from './vault';

/**
 * Writes made without a connection wait here (encrypted, see vault.ts) and are sent, in the
 * order they were made, when the connection returns. Each carries the idempotency key made when
 * the person saved it, so sending it again after an answer was lost stores it once. A write the
 * server refuses (the week ended, say) is taken out of the queue and shown with the reason.
 */

export type { QueuedKind, QueuedWrite } from './queue';

export interface OutboxState {
  /** The signed-in person's writes still waiting, by kind (kinds with none left out). */
  readonly waiting: readonly { kind: QueuedKind; count: number }[];
  /** Their idempotency keys (see waitingKeys), for pages that mark the waiting thing itself. */
  readonly waitingKeys: ReadonlySet<string>;
  readonly sending: boolean;
  readonly refused: readonly { id: string; kind: QueuedKind; reason: string }[];
}

let state: OutboxState = { waiting: [], waitingKeys: new Set(), sending: false, refused: [] };
const listeners = new Set<() => void>();
const sentListeners = new Set<() => void>();

function setState(next: Partial<OutboxState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

async function refreshCount(userId: string): Promise<void> {
  const mine = sendOrder(await allSealed<QueuedWrite>('outbox'), userId);
  setState({ waiting: waitingByKind(mine), waitingKeys: waitingKeys(mine) });
}

export async function queueWrite(write: QueuedWrite): Promise<void> {
  // Keyed by the idempotency key: saving the same thing twice keeps one entry.
  await putSealed('outbox', queueId(write), write);
  await refreshCount(write.userId);
}

let flushing: Promise<void> | null = null;

/** Sends what the signed-in person saved offline, oldest first (see sendQueued). */
export function flushOutbox(userId: string): Promise<void> {
  flushing ??= (async () => {
    const queued = await allSealed<QueuedWrite>('outbox');
    if (sendOrder(queued, userId).length === 0) return;
    setState({ sending: true });
    try {
      const { refused } = await sendQueued(queued, userId, {
        send: ({ method, path, body }) =>
          method === 'POST' ? api.post(path, body) : api.put(path, body),
        remove: (id) => deleteSealed('outbox', id),
      });
      if (refused.length > 0) {
        setState({
          refused: [
            ...state.refused,
            ...refused.map(({ id, kind, error }) => ({ id, kind, reason: errorMessage(error) })),
          ],
        });
      }
    } finally {
      setState({ sending: false });
      await refreshCount(userId);
      for (const listener of sentListeners) listener();
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** The write failed because there was no connection: it can be kept and sent later. */
export function failedOffline(error: unknown): boolean {
  return isApiError(error, NETWORK_ERROR);
}

/**
 * Keeps a new record made without a connection, under the idempotency key it was first sent
 * with (that try may have arrived after all): however often it is sent, it is stored once.
 */
export function keepToSendLater(write: {
  kind: QueuedKind;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
  userId: string;
}): Promise<void> {
  return queueWrite({ ...write, method: 'POST', savedAt: new Date().toISOString() });
}

/**
 * Keeps a mark that is the same whenever it arrives (a plan done on a day). It needs no key of
 * its own on the server: sent twice, it changes nothing the second time.
 */
export function keepMarkToSendLater(write: {
  kind: QueuedKind;
  path: string;
  body: Record<string, unknown>;
  markId: string;
  userId: string;
}): Promise<void> {
  const { markId, ...rest } = write;
  return queueWrite({
    ...rest,
    method: 'POST',
    idempotencyKey: markId,
    sameEveryTime: true,
    savedAt: new Date().toISOString(),
  });
}

export function dismissRefused(id: string): void {
  setState({ refused: state.refused.filter((entry) => entry.id !== id) });
}

/** Runs after each sending round, so pages can fetch what the server now holds. */
export function onOutboxSent(listener: () => void): () => void {
  sentListeners.add(listener);
  return () => {
    sentListeners.delete(listener);
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useOutbox(): OutboxState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Sends waiting writes now and whenever the browser says the connection is back. */
export function useOutboxSending(userId: string | null): void {
  useEffect(() => {
    if (!userId) return;
    const send = () => void flushOutbox(userId).catch(() => {});
    void refreshCount(userId).catch(() => {});
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [userId]);
}
