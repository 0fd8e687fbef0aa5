import { describe, expect, it } from 'vitest';
import type { UserId } from '../ids.js';
import { mayUseJournal } from './journal.js';

const owner = 'a0000000-0000-7000-8000-000000000001' as UserId;
const partner = 'b0000000-0000-7000-8000-000000000002' as UserId;

describe('journal policy', () => {
  it('lets the owner use their own journal', () => {
    expect(mayUseJournal({ userId: owner }, owner)).toBe(true);
  });

  it('denies everyone else, partners included, and the signed-out', () => {
    expect(mayUseJournal({ userId: partner }, owner)).toBe(false);
    expect(mayUseJournal(null, owner)).toBe(false);
  });
});
