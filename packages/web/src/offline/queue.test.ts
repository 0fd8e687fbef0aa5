import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../app/api/problem';
import {
  isRetryable,
  type Queued,
  type QueuedKind,
  type QueuedWrite,
  queueId,
  requestOf,
  sendQueued,
  waitingByKind,
  waitingKeys,
} from './queue';

const ALEX = 'a1a1a1a1-0000-4000-8000-000000000001';
const SAM = 'b2b2b2b2-0000-4000-8000-000000000002';

function write(kind: QueuedKind, savedAt: string, overrides: Partial<QueuedWrite> = {}): Queued {
  const value: QueuedWrite = {
    kind,
    method: 'POST',
    path: `/${kind}`,
    body: { note: kind },
    idempotencyKey: `key-${kind}-${savedAt}`,
    userId: ALEX,
    savedAt,
    ...overrides,
  };
  return { id: queueId(value), value };
}

const offline = () => new ApiError(0, { code: NETWORK_ERROR, detail: 'No connection' });
const refusedAnswer = () => new ApiError(409, { code: 'CONFLICT', detail: 'The week ended' });

/** A pretend server that records what it was sent; `answer` decides each reply. */
function recorder(answer: (path: string) => Error | null = () => null) {
  const sent: { path: string; body: Record<string, unknown> }[] = [];
  const removed: string[] = [];
  return {
    sent,
    removed,
    io: {
      send: async (request: ReturnType<typeof requestOf>) => {
        const error = answer(request.path);
        if (error) throw error;
        sent.push({ path: request.path, body: request.body });
      },
      remove: async (id: string) => {
        removed.push(id);
      },
    },
  };
}

describe('the offline queue', () => {
  it('sends a new record with its idempotency key, and a change as it was made', () => {
    const made = write('trigger', '2026-12-04T10:00:00.000Z').value;
    expect(requestOf(made)).toEqual({
      method: 'POST',
      path: '/trigger',
      body: { note: 'trigger', idempotencyKey: made.idempotencyKey },
    });
    const changed = write('checkin', '2026-12-04T10:00:00.000Z', { method: 'PUT' }).value;
    expect(requestOf(changed).body).toEqual({ note: 'checkin' });
    // A plan marked done is the same mark whenever it arrives: its route takes no key.
    const marked = write('together-happened', '2026-12-04T10:00:00.000Z', {
      path: '/together/plans/p1/happened',
      body: { happenedOn: '2026-11-01' },
      idempotencyKey: 'happened:p1',
      sameEveryTime: true,
    }).value;
    expect(requestOf(marked)).toEqual({
      method: 'POST',
      path: '/together/plans/p1/happened',
      body: { happenedOn: '2026-11-01' },
    });
  });

  it('sends every kind oldest first, only the signed-in person’s, and removes each once sent', async () => {
    const entries = [
      write('together', '2026-12-04T10:03:00.000Z'),
      write('checkin', '2026-12-04T10:00:00.000Z'),
      write('trigger', '2026-12-04T10:02:00.000Z', { userId: SAM }),
      write('conversation', '2026-12-04T10:01:00.000Z'),
    ];
    const server = recorder();
    const result = await sendQueued(entries, ALEX, server.io);
    expect(server.sent.map((request) => request.path)).toEqual([
      '/checkin',
      '/conversation',
      '/together',
    ]);
    expect(result).toEqual({ sent: 3, refused: [] });
    // Sam's trigger moment stays on the device for Sam.
    expect(server.removed).toHaveLength(3);
    expect(server.removed).not.toContain(entries[2]?.id);
  });

  it('stops at the first write the connection fails, keeping it and those after it', async () => {
    const entries = [
      write('conversation', '2026-12-04T10:00:00.000Z'),
      write('trigger', '2026-12-04T10:01:00.000Z'),
      write('together', '2026-12-04T10:02:00.000Z'),
    ];
    const server = recorder((path) => (path === '/trigger' ? offline() : null));
    const result = await sendQueued(entries, ALEX, server.io);
    expect(result.sent).toBe(1);
    expect(server.removed).toEqual([entries[0]?.id]);
  });

  it('takes a refused write out and reports it, and goes on with the next', async () => {
    const entries = [
      write('checkin', '2026-12-04T10:00:00.000Z'),
      write('together', '2026-12-04T10:01:00.000Z'),
    ];
    const server = recorder((path) => (path === '/checkin' ? refusedAnswer() : null));
    const result = await sendQueued(entries, ALEX, server.io);
    expect(result.sent).toBe(1);
    expect(result.refused.map(({ id, kind }) => ({ id, kind }))).toEqual([
      { id: entries[0]?.id, kind: 'checkin' },
    ]);
    expect(server.removed).toEqual(entries.map((entry) => entry.id));
  });

  it('sent twice (two tabs, or a lost answer), each write goes with the same key', async () => {
    const entries = [write('conversation', '2026-12-04T10:00:00.000Z')];
    const server = recorder();
    await sendQueued(entries, ALEX, server.io);
    await sendQueued(entries, ALEX, server.io);
    const keys = server.sent.map((request) => request.body.idempotencyKey);
    expect(keys).toEqual([entries[0]?.value.idempotencyKey, entries[0]?.value.idempotencyKey]);
  });

  it('sends a mark that is the same every time as it was made, with no key, however often', async () => {
    // The happened route's schema refuses fields it does not know, an idempotencyKey among them.
    const entries = [
      write('appreciation', '2026-12-04T10:00:00.000Z', {
        path: '/together/appreciations',
        body: { text: 'Thank you.' },
        idempotencyKey: 'key-appreciation',
      }),
      write('together-happened', '2026-12-04T10:01:00.000Z', {
        path: '/together/plans/p1/happened',
        body: { happenedOn: '2026-11-01' },
        idempotencyKey: 'happened:p1',
        sameEveryTime: true,
      }),
    ];
    const server = recorder();
    await sendQueued(entries, ALEX, server.io);
    await sendQueued(entries, ALEX, server.io);
    const once = [
      {
        path: '/together/appreciations',
        body: { text: 'Thank you.', idempotencyKey: 'key-appreciation' },
      },
      { path: '/together/plans/p1/happened', body: { happenedOn: '2026-11-01' } },
    ];
    expect(server.sent).toEqual([...once, ...once]);
  });

  it('knows the keys of what waits, so a page can mark the waiting thing itself', () => {
    const entries = [
      write('together-happened', '2026-12-04T10:00:00.000Z', { idempotencyKey: 'happened:p1' }),
      write('appreciation', '2026-12-04T10:01:00.000Z', { idempotencyKey: 'key-1' }),
    ];
    expect(waitingKeys(entries)).toEqual(new Set(['happened:p1', 'key-1']));
    expect(waitingKeys([]).size).toBe(0);
  });

  it('retries later only when there was no answer about the write itself', () => {
    expect(isRetryable(offline())).toBe(true);
    expect(isRetryable(new ApiError(503, { code: 'UNAVAILABLE' }))).toBe(true);
    expect(isRetryable(new ApiError(429, { code: 'RATE_LIMITED' }))).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(refusedAnswer())).toBe(false);
    expect(isRetryable(new ApiError(400, { code: 'VALIDATION_FAILED' }))).toBe(false);
  });

  it('counts what waits by kind, in a fixed order', () => {
    const entries = [
      write('trigger', '2026-12-04T10:00:00.000Z'),
      write('conversation', '2026-12-04T10:01:00.000Z'),
      write('trigger', '2026-12-04T10:02:00.000Z'),
      write('together-happened', '2026-12-04T10:03:00.000Z'),
      write('appreciation', '2026-12-04T10:04:00.000Z'),
    ];
    expect(waitingByKind(entries)).toEqual([
      { kind: 'conversation', count: 1 },
      { kind: 'trigger', count: 2 },
      { kind: 'appreciation', count: 1 },
      { kind: 'together-happened', count: 1 },
    ]);
    expect(waitingByKind([])).toEqual([]);
  });
});
