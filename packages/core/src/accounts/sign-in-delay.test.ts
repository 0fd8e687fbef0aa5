import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeWait,
  FREE_SIGN_IN_FAILURES,
  failuresStillCounting,
  MAX_SIGN_IN_DELAY_MS,
  secondsToWait,
  signInDelayMs,
} from './sign-in-delay.js';

describe('sign-in delays', () => {
  it('lets the first few mistakes through without any wait', () => {
    for (let failures = 0; failures < FREE_SIGN_IN_FAILURES; failures += 1) {
      expect(signInDelayMs(failures)).toBe(0);
    }
  });

  it('doubles the wait with each further mistake: 30 s, 1 min, 2 min, 4 min', () => {
    expect([5, 6, 7, 8].map(signInDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits longer than fifteen minutes, however many mistakes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (failures) => {
        const delay = signInDelayMs(failures);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(MAX_SIGN_IN_DELAY_MS);
        expect(signInDelayMs(failures + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it('forgets mistakes a day after the last one', () => {
    const last = new Date('2026-03-01T10:00:00Z');
    expect(failuresStillCounting(9, last, new Date('2026-03-02T09:59:59Z'))).toBe(9);
    expect(failuresStillCounting(9, last, new Date('2026-03-02T10:00:00Z'))).toBe(0);
    expect(failuresStillCounting(9, null, last)).toBe(0);
  });

  it('rounds the wait up to whole seconds and says it in words', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(secondsToWait(new Date('2026-03-01T10:00:29.100Z'), now)).toBe(30);
    expect(secondsToWait(new Date('2026-03-01T09:59:00Z'), now)).toBe(0);
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(30)).toBe('30 seconds');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(900)).toBe('15 minutes');
  });
});
