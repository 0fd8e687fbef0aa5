import { describe, expect, it } from 'vitest';
import { findSensitiveWords, NEUTRAL_APP_NAME } from './discreet-wording.js';

describe('discreet wording', () => {
  it('finds words that give the app away, with their common endings, whatever the case', () => {
    expect(
      findSensitiveWords('Your Amend recovery: affairs, Cheating and a Therapist. Trust again.'),
    ).toEqual(['amend', 'recovery', 'affairs', 'cheating', 'therapist', 'trust']);
  });

  it('leaves ordinary words that merely contain one alone', () => {
    expect(findSensitiveWords('Reset your password; discover, cover and amendment')).toEqual([]);
  });

  it('never counts the neutral name as sensitive', () => {
    expect(findSensitiveWords(`Reset your ${NEUTRAL_APP_NAME} password`)).toEqual([]);
  });
});
