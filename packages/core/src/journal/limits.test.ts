import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL_ARGON2ID_BOUNDS,
  JOURNAL_ARGON2ID_DEFAULTS,
  JOURNAL_CIPHERTEXT_MAX_BYTES,
  JOURNAL_ENTRY_MAX_CHARACTERS,
  JOURNAL_PADDING_BLOCK_BYTES,
  JOURNAL_PAYLOAD_MAX_BYTES,
  paddedPayloadBytes,
} from './limits.js';

describe('journal limits', () => {
  it('pads every payload to whole blocks that hold it, never to nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), (bytes) => {
        const padded = paddedPayloadBytes(bytes);
        expect(padded % JOURNAL_PADDING_BLOCK_BYTES).toBe(0);
        expect(padded).toBeGreaterThanOrEqual(Math.max(bytes, 1));
        expect(padded - bytes).toBeLessThanOrEqual(JOURNAL_PADDING_BLOCK_BYTES);
      }),
    );
  });

  it('fits the longest entry, three UTF-8 bytes to a character plus its header, in one payload', () => {
    const worstCase = paddedPayloadBytes(JOURNAL_ENTRY_MAX_CHARACTERS * 3 + 5);
    expect(worstCase).toBeLessThanOrEqual(JOURNAL_PAYLOAD_MAX_BYTES);
    expect(JOURNAL_CIPHERTEXT_MAX_BYTES).toBe(JOURNAL_PAYLOAD_MAX_BYTES + 16);
  });

  it('uses defaults inside the bounds the server enforces', () => {
    for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
      expect(JOURNAL_ARGON2ID_DEFAULTS[name]).toBeGreaterThanOrEqual(
        JOURNAL_ARGON2ID_BOUNDS[name].min,
      );
      expect(JOURNAL_ARGON2ID_DEFAULTS[name]).toBeLessThanOrEqual(
        JOURNAL_ARGON2ID_BOUNDS[name].max,
      );
    }
  });
});
