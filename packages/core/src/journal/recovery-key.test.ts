import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  lastRecoveryKeyGroup,
  normalizeRecoveryKey,
  RECOVERY_KEY_LENGTH,
} from './recovery-key.js';

describe('journal recovery keys', () => {
  it('every generated key survives being copied by hand in any case and spacing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 25, maxLength: 25 }), (bytes) => {
        const key = formatRecoveryKey(bytes);
        expect(key).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
        expect(normalizeRecoveryKey(key)).toBe(key);
        expect(normalizeRecoveryKey(` ${key.toLowerCase().replaceAll('-', ' ')} `)).toBe(key);
      }),
    );
  });

  it('reads O as zero and I or L as one, because people confuse them', () => {
    expect(normalizeRecoveryKey('ooooo-iiiii-lllll-00000-11111')).toBe(
      '00000-11111-11111-00000-11111',
    );
  });

  it('refuses keys that are too short, too long or contain other characters', () => {
    expect(normalizeRecoveryKey('ABCDE-FGHJK-MNPQR-STVWX')).toBeNull();
    expect(normalizeRecoveryKey('ABCDE-FGHJK-MNPQR-STVWX-YZ0123')).toBeNull();
    expect(normalizeRecoveryKey('ABCDE-FGHJK-MNPQR-STVWX-YZ01U')).toBeNull();
    expect(normalizeRecoveryKey('')).toBeNull();
  });

  it('uses every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (let value = 0; value < 256; value += 1) {
      const key = formatRecoveryKey(new Uint8Array(RECOVERY_KEY_LENGTH).fill(value));
      const character = key.charAt(0);
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(Array(32).fill(8));
  });

  it('needs enough random bytes to fill every character', () => {
    expect(() => formatRecoveryKey(new Uint8Array(24))).toThrow(RangeError);
  });

  it('names the last group for the written-down check', () => {
    expect(lastRecoveryKeyGroup('ABCDE-FGHJK-MNPQR-STVWX-YZ012')).toBe('YZ012');
  });
});
