import { isApiError, NETWORK_ERROR } from '../app/api/problem';

/**
 * What the outbox does with its writes, apart from where they are kept (vault.ts) and how they
 * are shown (OfflineStatus.tsx): which to send, in what order, what a failure means, and what
 * waits. No browser storage here, so it is tested on its own (queue.test.ts).
 */

/** What can be made without a connection: each is sent later with its idempotency key. */
export const QUEUED_KINDS = [
  'checkin',
  'conversation',
  'trigger',
  'appreciation',
  'together',
  'together-happened',
] as const;
export type QueuedKind = (typeof QUEUED_KINDS)[number];

export interface QueuedWrite {
  readonly kind: QueuedKind;
  readonly method: 'POST' | 'PUT';
  /** Below /api/v1, e.g. /checkins. */
  readonly path: string;
  readonly body: Record<string, unknown>;
  /**
   * Keeps one entry per thing saved. Sent in the body of a new record (POST), unless the request
   * is the same whenever it arrives (`sameEveryTime`), as marking a plan done on a day is.
   */
  readonly idempotencyKey: string;
  readonly sameEveryTime?: true;
  readonly userId: string;
  readonly savedAt: string;
}

export interface Queued {
  readonly id: string;
  readonly value: QueuedWrite;
}

/** Where a write is kept: ordered by when it was saved, one entry per idempotency key. */
export function queueId(write: QueuedWrite): string {
  return `${write.savedAt}:${write.idempotencyKey}`;
}

/**
 * The request to make. A new record (POST) carries its key in the body, as the server's routes
 * take it; a change to an existing one (PUT), or a mark that is the same whenever it arrives, is
 * sent as it was made.
 */
export function requestOf(write: QueuedWrite): {
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
} {
  return {
    method: write.method,
    path: write.path,
    body:
      write.method === 'POST' && !write.sameEveryTime
        ? { ...write.body, idempotencyKey: write.idempotencyKey }
        : write.body,
  };
}

export function isRetryable(error: unknown): boolean {
  // No connection, or the server or a proxy failing: try again later. Anything else is an
  // answer about the write itself, and sending it again would get the same answer.
  return (
    !isApiError(error) ||
    error.code === NETWORK_ERROR ||
    error.status >= 500 ||
    error.status === 429
  );
}

/** The signed-in person's writes, oldest first: another account on this device never sends them. */
export function sendOrder(entries: readonly Queued[], userId: string): Queued[] {
  return entries
    .filter((entry) => entry.value.userId === userId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Refused {
  readonly id: string;
  readonly kind: QueuedKind;
  readonly error: unknown;
}

/**
 * Sends in order and stops at the first write that cannot be sent yet, so later writes never
 * overtake it. A write is removed only once the server has answered about it: stored, or
 * refused (then reported). A write whose removal failed is sent again next time, which its
 * idempotency key makes harmless.
 */
export async function sendQueued(
  entries: readonly Queued[],
  userId: string,
  io: {
    send: (request: ReturnType<typeof requestOf>) => Promise<unknown>;
    remove: (id: string) => Promise<void>;
  },
): Promise<{ sent: number; refused: Refused[] }> {
  let sent = 0;
  const refused: Refused[] = [];
  for (const { id, value } of sendOrder(entries, userId)) {
    try {
      await io.send(requestOf(value));
      sent += 1;
    } catch (error) {
      if (isRetryable(error)) break;
      refused.push({ id, kind: value.kind, error });
    }
    await io.remove(id);
  }
  return { sent, refused };
}

/** How many of each kind wait, in a fixed order, leaving out kinds with none. */
export function waitingByKind(entries: readonly Queued[]): { kind: QueuedKind; count: number }[] {
  return QUEUED_KINDS.map((kind) => ({
    kind,
    count: entries.filter((entry) => entry.value.kind === kind).length,
  })).filter((line) => line.count > 0);
}

/**
 * The keys of what waits, so a page can say "waiting to be sent" on the very thing (a plan
 * whose mark waits) also after a reload, until the write has gone.
 */
export function waitingKeys(entries: readonly Queued[]): ReadonlySet<string> {
  return new Set(entries.map((entry) => entry.value.idempotencyKey));
}
