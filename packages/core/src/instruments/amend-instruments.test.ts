import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMEND_FORGIVENESS,
  AMEND_INSTRUMENTS,
  AMEND_INTIMACY,
  AMEND_SAFETY_SCREEN,
  AMEND_TRUST,
  instrumentById,
} from './amend-instruments.js';
import type { InstrumentDefinition } from './definition.js';
import { scoreResponse } from './score.js';
import { validateDefinition } from './validate-definition.js';

/** Answers every item of `definition` with the same code. */
function allAnswered(definition: InstrumentDefinition, code: string): Record<string, string> {
  return Object.fromEntries(definition.items.map((item) => [item.id, code]));
}

function cutoff(score: ReturnType<typeof scoreResponse>, key: string): boolean | null | undefined {
  return score.cutoffs.find((outcome) => outcome.cutoff.key === key)?.met;
}

describe("Amend's own instruments", () => {
  it('are all sound definitions the engine can score', () => {
    for (const instrument of AMEND_INSTRUMENTS) {
      expect(validateDefinition(instrument), instrument.id).toEqual([]);
    }
  });

  it('are labelled honestly as not clinically validated', () => {
    for (const instrument of AMEND_INSTRUMENTS) {
      expect(instrument.validated).toBe(false);
      expect(instrument.licenceNote).toContain('not clinically validated');
    }
  });

  it('can be found by id, and an unknown id finds nothing', () => {
    expect(instrumentById('amend-trust')).toBe(AMEND_TRUST);
    expect(instrumentById('amend-safety-screen')).toBe(AMEND_SAFETY_SCREEN);
    expect(instrumentById('rempel-trust')).toBeUndefined();
  });

  it('have the shape the product asks for', () => {
    expect(AMEND_TRUST.items).toHaveLength(12);
    expect(AMEND_TRUST.facets.map((facet) => facet.id)).toEqual([
      'predictability',
      'dependability',
      'faith',
    ]);
    expect(AMEND_INTIMACY.items).toHaveLength(10);
    expect(AMEND_FORGIVENESS.items).toHaveLength(12);
    expect(AMEND_FORGIVENESS.respondent).toBe('hurt');
    expect(AMEND_SAFETY_SCREEN.private).toBe(true);
    for (const facet of AMEND_TRUST.facets) {
      const items = AMEND_TRUST.items.filter((item) => item.facet === facet.id);
      expect(items).toHaveLength(4);
      expect(items.some((item) => item.reverse)).toBe(true);
    }
  });
});

describe('the trust questionnaire', () => {
  it('scores "agree" to everything as 4.67, because four statements are reverse-keyed', () => {
    const score = scoreResponse(AMEND_TRUST, allAnswered(AMEND_TRUST, 'agree'));
    // Eight forward items score 6; four reverse items score 8 − 6 = 2: (48 + 8) / 12.
    expect(score.total).toBe(56 / 12);
    expect(score.facets).toEqual({ predictability: 4, dependability: 5, faith: 5 });
    expect(score.band?.key).toBe('moderate');
  });

  it('gives 7 in every facet to someone who trusts fully', () => {
    const answers = Object.fromEntries(
      AMEND_TRUST.items.map((item) => [
        item.id,
        item.reverse ? 'strongly-disagree' : 'strongly-agree',
      ]),
    );
    const score = scoreResponse(AMEND_TRUST, answers);
    expect(score.total).toBe(7);
    expect(score.facets).toEqual({ predictability: 7, dependability: 7, faith: 7 });
    expect(score.band?.key).toBe('high');
  });

  it('scores a facet with one skip but not one with two, and prorates the total', () => {
    const score = scoreResponse(AMEND_TRUST, {
      'trust-01': 'strongly-agree', // predictability 7
      'trust-04': 'strongly-disagree', // predictability, reversed: 7
      'trust-07': 'somewhat-agree', // predictability 5
      'trust-02': 'neither', // dependability 4
      'trust-05': 'neither', // dependability 4
      'trust-03': 'disagree', // faith 2
      'trust-06': 'agree', // faith, reversed: 2
      'trust-09': 'somewhat-disagree', // faith 3
      'trust-12': 'somewhat-agree', // faith 5
    });
    expect(score.facets.predictability).toBe(19 / 3);
    expect(score.facets.dependability).toBeNull();
    expect(score.facets.faith).toBe(3);
    expect(score.total).toBe(39 / 9);
    expect(score.band?.key).toBe('moderate');
    expect(score).toMatchObject({ answeredCount: 9, completeness: 0.75, complete: false });
  });

  it('has no total with fewer than nine of twelve answered', () => {
    const answers = Object.fromEntries(
      AMEND_TRUST.items.slice(0, 8).map((item) => [item.id, 'agree']),
    );
    expect(scoreResponse(AMEND_TRUST, answers).total).toBeNull();
  });
});

describe('the intimacy questionnaire', () => {
  const answers = {
    'intimacy-01': 'agree', // 6
    'intimacy-02': 'somewhat-agree', // 5
    'intimacy-03': 'somewhat-disagree', // reversed: 5
    'intimacy-04': 'agree', // 6
    'intimacy-05': 'strongly-agree', // 7
    'intimacy-06': 'disagree', // reversed: 6
    'intimacy-07': 'neither', // 4
    'intimacy-08': 'somewhat-agree', // 5
    'intimacy-09': 'agree', // reversed: 2
    'intimacy-10': 'somewhat-agree', // 5
  };

  it('scores a complete form as the mean of its ten items', () => {
    const score = scoreResponse(AMEND_INTIMACY, answers);
    expect(score.total).toBe(5.1);
    expect(score.band?.key).toBe('high');
    expect(score.facets).toEqual({});
  });

  it('needs eight of its ten items', () => {
    const { 'intimacy-09': _nine, 'intimacy-10': _ten, ...eight } = answers;
    expect(scoreResponse(AMEND_INTIMACY, eight).total).toBe(44 / 8);
    const { 'intimacy-08': _eight, ...seven } = eight;
    expect(scoreResponse(AMEND_INTIMACY, seven).total).toBeNull();
  });
});

describe('the forgiveness questionnaire', () => {
  const answers = {
    'forgiveness-01': 'mostly', // avoidance, reversed: 2
    'forgiveness-04': 'somewhat', // avoidance, reversed: 3
    'forgiveness-07': 'a-little', // avoidance, reversed: 4
    'forgiveness-10': 'not-at-all', // avoidance, reversed: 5
    'forgiveness-02': 'a-little', // revenge, reversed: 4
    'forgiveness-05': 'not-at-all', // revenge, reversed: 5
    'forgiveness-08': 'not-at-all', // revenge, reversed: 5
    'forgiveness-11': 'somewhat', // revenge, reversed: 3
    'forgiveness-03': 'mostly', // benevolence 4
    'forgiveness-06': 'somewhat', // benevolence 3
    'forgiveness-09': 'a-little', // benevolence 2
    'forgiveness-12': 'mostly', // benevolence 4
  };

  it('orients every facet towards forgiveness, so higher always means more forgiveness', () => {
    const score = scoreResponse(AMEND_FORGIVENESS, answers);
    expect(score.facets).toEqual({ avoidance: 3.5, revenge: 4.25, benevolence: 3.25 });
    expect(score.total).toBe(44 / 12);
    expect(score.band?.key).toBe('high');
  });

  it('bands totals as low, moderate (from 2.5) and high (from 3.5)', () => {
    const band = (code: string) =>
      scoreResponse(AMEND_FORGIVENESS, allAnswered(AMEND_FORGIVENESS, code)).band?.key;
    // Every answer "somewhat": 3 on every item, reversed or not.
    expect(band('somewhat')).toBe('moderate');
    // Every answer "completely": benevolence 5, the others 1: (20 + 8) / 12 = 2.33.
    expect(band('completely')).toBe('low');
    // One benevolence answer down by two steps: 42 / 12 = 3.5 exactly, the start of "high".
    const total = (changes: Record<string, string>) =>
      scoreResponse(AMEND_FORGIVENESS, { ...answers, ...changes });
    expect(total({ 'forgiveness-03': 'a-little' })).toMatchObject({
      total: 3.5,
      band: { key: 'high' },
    });
    expect(total({ 'forgiveness-03': 'not-at-all' }).band?.key).toBe('moderate');
    // From "somewhat" everywhere (36), six steps down: 30 / 12 = 2.5, the start of "moderate".
    const lower = {
      ...allAnswered(AMEND_FORGIVENESS, 'somewhat'),
      'forgiveness-03': 'a-little',
      'forgiveness-06': 'a-little',
      'forgiveness-09': 'a-little',
      'forgiveness-01': 'mostly',
      'forgiveness-04': 'mostly',
      'forgiveness-07': 'mostly',
    };
    expect(scoreResponse(AMEND_FORGIVENESS, lower)).toMatchObject({
      total: 2.5,
      band: { key: 'moderate' },
    });
    const lowest = { ...lower, 'forgiveness-12': 'a-little' };
    expect(scoreResponse(AMEND_FORGIVENESS, lowest).band?.key).toBe('low');
  });
});

describe('the safety screen', () => {
  it('is negative only when every question is answered no', () => {
    const score = scoreResponse(AMEND_SAFETY_SCREEN, allAnswered(AMEND_SAFETY_SCREEN, 'no'));
    expect(score.total).toBe(0);
    expect(cutoff(score, 'positive')).toBe(false);
    expect(cutoff(score, 'self-harm')).toBe(false);
  });

  it('is positive on a single yes, even when nothing else is answered', () => {
    const score = scoreResponse(AMEND_SAFETY_SCREEN, { 'safety-02': 'yes' });
    expect(score.total).toBeNull();
    expect(cutoff(score, 'positive')).toBe(true);
    expect(cutoff(score, 'self-harm')).toBeNull();
  });

  it('flags thoughts of self-harm on their own', () => {
    const answers = { ...allAnswered(AMEND_SAFETY_SCREEN, 'no'), 'safety-06': 'yes' };
    const score = scoreResponse(AMEND_SAFETY_SCREEN, answers);
    expect(score.total).toBe(1);
    expect(cutoff(score, 'positive')).toBe(true);
    expect(cutoff(score, 'self-harm')).toBe(true);
  });

  it('cannot call a half-answered screen negative', () => {
    const { 'safety-04': _skipped, ...rest } = allAnswered(AMEND_SAFETY_SCREEN, 'no');
    const score = scoreResponse(AMEND_SAFETY_SCREEN, rest);
    expect(score.total).toBeNull();
    expect(cutoff(score, 'positive')).toBeNull();
  });

  it('counts the yes answers of a complete screen', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (yes) => {
        const answers = Object.fromEntries(
          AMEND_SAFETY_SCREEN.items.map((item, index) => [item.id, yes[index] ? 'yes' : 'no']),
        );
        const score = scoreResponse(AMEND_SAFETY_SCREEN, answers);
        expect(score.total).toBe(yes.filter(Boolean).length);
        expect(cutoff(score, 'positive')).toBe(yes.some(Boolean));
      }),
    );
  });
});
