import type { InstrumentDefinition, InstrumentItem } from '../definition.js';
import { AGREEMENT_7, AMEND_LICENCE_NOTE } from './scales.js';

function item(
  id: string,
  facet: 'predictability' | 'dependability' | 'faith',
  text: string,
  reverse = false,
): InstrumentItem {
  return { id, text, kind: 'choice', options: AGREEMENT_7, facet, ...(reverse ? { reverse } : {}) };
}

/**
 * Trust in three facets: predictability (knowing what to expect), dependability (being able to
 * count on them) and faith in the future. Items interleave the facets; one in three is
 * reverse-keyed so that agreeing with everything does not read as high trust.
 */
export const AMEND_TRUST: InstrumentDefinition = {
  id: 'amend-trust',
  version: '1.0.0',
  title: 'How much you trust your partner',
  description:
    'Twelve statements about trust between you and your partner. Think about the past month and say how much you agree with each. There are no right answers: this is a snapshot, and it can change.',
  licenceNote: AMEND_LICENCE_NOTE,
  validated: false,
  respondent: 'any',
  cadence: 'monthly',
  items: [
    item(
      'trust-01',
      'predictability',
      'Most days, you feel you know what is going on in your partner’s life.',
    ),
    item(
      'trust-02',
      'dependability',
      'If you needed your partner in a hard moment, you are confident they would show up.',
    ),
    item(
      'trust-03',
      'faith',
      'When you picture the two of you a year from now, the picture feels hopeful.',
    ),
    item(
      'trust-04',
      'predictability',
      'Your partner’s plans and moods shift so often that you cannot tell what comes next.',
      true,
    ),
    item(
      'trust-05',
      'dependability',
      'Your partner keeps the small promises as well as the big ones.',
    ),
    item('trust-06', 'faith', 'You worry that what happened will happen again.', true),
    item(
      'trust-07',
      'predictability',
      'When plans change, your partner tells you before you have to ask.',
    ),
    item(
      'trust-08',
      'dependability',
      'You feel you have to double-check what your partner tells you.',
      true,
    ),
    item(
      'trust-09',
      'faith',
      'You believe your partner is committed to rebuilding, even on the hard days.',
    ),
    item(
      'trust-10',
      'predictability',
      'You still brace yourself for an unwelcome surprise about your partner.',
      true,
    ),
    item(
      'trust-11',
      'dependability',
      'Your partner tells you the truth, even when it is uncomfortable for them.',
    ),
    item('trust-12', 'faith', 'You feel the two of you are building something that can last.'),
  ],
  facets: [
    {
      id: 'predictability',
      title: 'Predictability',
      description: 'Knowing what to expect from your partner.',
    },
    {
      id: 'dependability',
      title: 'Dependability',
      description: 'Being able to count on your partner.',
    },
    {
      id: 'faith',
      title: 'Faith in the future',
      description: 'Believing there is a future worth building.',
    },
  ],
  // Three-quarters: a four-item facet still gets a score with one question skipped.
  scoring: { method: 'mean', minAnsweredFraction: 0.75, scaleMin: 1, scaleMax: 7 },
  bands: [
    { key: 'low', label: 'Low', min: 1, max: 3 },
    { key: 'moderate', label: 'Moderate', min: 3, max: 5 },
    { key: 'high', label: 'High', min: 5, max: 7 },
  ],
  // Planning values for reliable change until Amend has data of its own: an alpha typical of
  // short agreement scales and an SD typical of 1–7 relationship measures. Revisit both.
  reliability: 0.85,
  normSd: 1.1,
  higherIsBetter: true,
};
