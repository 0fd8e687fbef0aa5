import { describe, expect, it } from 'vitest';
import {
  findPasswordProblem,
  isPlausibleEmail,
  normalizeDisplayName,
  normalizeEmail,
} from './credentials.js';

const commonList = new Set(['password', 'iloveyou1']);
const isCommon = (candidate: string) => commonList.has(candidate);

describe('password rules', () => {
  it('asks for at least 8 and at most 128 characters', () => {
    expect(findPasswordProblem('short', isCommon)).toBe('too-short');
    expect(findPasswordProblem('a'.repeat(129), isCommon)).toBe('too-long');
    expect(findPasswordProblem('a'.repeat(128), isCommon)).toBeNull();
  });

  it('counts characters the way a person does, not UTF-16 units', () => {
    // Seven emoji are 14 UTF-16 units but only seven characters.
    expect(findPasswordProblem('🌿🌿🌿🌿🌿🌿🌿', isCommon)).toBe('too-short');
  });

  it('refuses a password on the common list whatever its case', () => {
    expect(findPasswordProblem('PassWord', isCommon)).toBe('too-common');
    expect(findPasswordProblem('ILoveYou1', isCommon)).toBe('too-common');
    expect(findPasswordProblem('quiet river morning', isCommon)).toBeNull();
  });
});

describe('e-mail and names', () => {
  it('compares e-mail addresses without case or surrounding space', () => {
    expect(normalizeEmail('  Sam@Example.ORG ')).toBe('sam@example.org');
  });

  it('accepts ordinary addresses and rejects obvious mistakes', () => {
    expect(isPlausibleEmail('sam+amend@example.org')).toBe(true);
    expect(isPlausibleEmail('sam@example')).toBe(false);
    expect(isPlausibleEmail('sam example@x.org')).toBe(false);
  });

  it('tidies display names and refuses empty ones', () => {
    expect(normalizeDisplayName('  Alex   Morgan ')).toBe('Alex Morgan');
    expect(normalizeDisplayName('   ')).toBeNull();
    expect(normalizeDisplayName('x'.repeat(61))).toBeNull();
  });
});
