import { describe, expect, it } from 'vitest';
import { mayReviewDeliveries } from './delivery-review.js';

describe('who may review failing deliveries', () => {
  it('is the configured administrators only, matched however the address is written', () => {
    expect(mayReviewDeliveries({ email: 'Ops@Example.org ' }, ['ops@example.org'])).toBe(true);
    expect(mayReviewDeliveries({ email: 'lee@example.org' }, ['ops@example.org'])).toBe(false);
    expect(mayReviewDeliveries({ email: 'ops@example.org' }, [])).toBe(false);
    expect(mayReviewDeliveries(null, ['ops@example.org'])).toBe(false);
  });
});
