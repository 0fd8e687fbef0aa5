import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import {
  AGREEMENT_CATEGORIES,
  cleanAgreementContent,
  sameContent,
  TRANSPARENCY_CATEGORIES,
  withNextSunsetStep,
} from './content.js';
import { AGREEMENT_TEMPLATES } from './templates.js';

const TODAY = '2026-12-04' as LocalDate;
const input = {
  title: '  My phone is open to you ',
  practice: 'You may look when you ask.',
  category: 'devices_passwords',
  reviewOn: '2027-02-01',
  sunsetSteps: [' Ask first ', 'No looking'],
};

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.fieldProblems.map((problem) => problem.field);
  }
}

describe('agreement content', () => {
  it('tidies a proposal and starts with no sunset step taken', () => {
    expect(cleanAgreementContent(input, TODAY)).toEqual({
      title: 'My phone is open to you',
      practice: 'You may look when you ask.',
      category: 'devices_passwords',
      reviewOn: '2027-02-01',
      sunsetSteps: ['Ask first', 'No looking'],
      stepsTaken: 0,
    });
  });

  it('names each field that needs another look', () => {
    expect(
      fieldsOf(() =>
        cleanAgreementContent(
          {
            title: ' ',
            practice: '',
            category: 'spying',
            reviewOn: '2026-12-03',
            sunsetSteps: ['ok', ' '],
          },
          TODAY,
        ),
      ),
    ).toEqual(['title', 'practice', 'category', 'reviewOn', 'sunsetSteps']);
    expect(
      fieldsOf(() => cleanAgreementContent({ ...input, reviewOn: '2027-02-30' }, TODAY)),
    ).toEqual(['reviewOn']);
  });

  it('keeps the steps already taken when the terms change', () => {
    const current = withNextSunsetStep(cleanAgreementContent(input, TODAY));
    expect(current.stepsTaken).toBe(1);
    const changed = cleanAgreementContent(
      { ...input, sunsetSteps: ['Ask first', 'Looking only when worried', 'No looking'] },
      TODAY,
      current,
    );
    expect(changed.stepsTaken).toBe(1);
    expect(
      fieldsOf(() => cleanAgreementContent({ ...input, sunsetSteps: ['Other'] }, TODAY, current)),
    ).toEqual(['sunsetSteps']);
  });

  it('takes sunset steps one at a time, and no further than the path goes', () => {
    const start = cleanAgreementContent(input, TODAY);
    const last = withNextSunsetStep(withNextSunsetStep(start));
    expect(last.stepsTaken).toBe(2);
    expect(sameContent(start, last)).toBe(false);
    expect(fieldsOf(() => withNextSunsetStep(last))).toEqual(['sunsetSteps']);
  });
});

describe('agreement templates', () => {
  it('offers at least one valid template in every category', () => {
    for (const category of AGREEMENT_CATEGORIES) {
      expect(AGREEMENT_TEMPLATES.some((template) => template.category === category)).toBe(true);
    }
    for (const template of AGREEMENT_TEMPLATES) {
      const reviewOn = addDays(TODAY, template.reviewAfterDays);
      expect(() => cleanAgreementContent({ ...template, reviewOn }, TODAY)).not.toThrow();
    }
    expect(new Set(AGREEMENT_TEMPLATES.map((template) => template.id)).size).toBe(
      AGREEMENT_TEMPLATES.length,
    );
  });

  it('gives every transparency measure a way to relax it', () => {
    for (const template of AGREEMENT_TEMPLATES) {
      if (!TRANSPARENCY_CATEGORIES.includes(template.category)) continue;
      if (template.id === 'dating-apps') continue; // a boundary, not a measure to relax
      expect(template.sunsetSteps.length, template.id).toBeGreaterThan(0);
    }
  });

  it('never suggests watching someone in secret', () => {
    const words =
      /\b(spy|spying|track(ing)? (app|software)|secretly check|without (them|you) knowing|stalkerware)\b/i;
    for (const template of AGREEMENT_TEMPLATES) {
      expect(
        `${template.title} ${template.practice} ${template.sunsetSteps.join(' ')}`,
      ).not.toMatch(words);
    }
  });
});
