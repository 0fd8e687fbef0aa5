import type { InstrumentDefinition, InstrumentItem } from '../definition.js';
import { AGREEMENT_7, AMEND_LICENCE_NOTE } from './scales.js';

function item(id: string, text: string, reverse = false): InstrumentItem {
  return { id, text, kind: 'choice', options: AGREEMENT_7, ...(reverse ? { reverse } : {}) };
}

/** Emotional closeness as one scale: feeling known, welcome and connected. */
export const AMEND_INTIMACY: InstrumentDefinition = {
  id: 'amend-intimacy',
  version: '1.0.0',
  title: 'How close you feel',
  description:
    'Ten statements about emotional closeness with your partner. Think about the past month and say how much you agree with each. Closeness comes back slowly and unevenly; that is normal.',
  licenceNote: AMEND_LICENCE_NOTE,
  validated: false,
  respondent: 'any',
  cadence: 'monthly',
  items: [
    item('intimacy-01', 'You feel close to your partner, not just side by side.'),
    item(
      'intimacy-02',
      'You can tell your partner how you really feel without bracing for their reaction.',
    ),
    item('intimacy-03', 'You hold back what you feel because staying quiet seems safer.', true),
    item(
      'intimacy-04',
      'Your partner is curious about your inner world: your worries, your hopes, your day.',
    ),
    item('intimacy-05', 'You look forward to the time the two of you spend together.'),
    item(
      'intimacy-06',
      'You keep your conversations to practical matters and steer away from anything personal.',
      true,
    ),
    item(
      'intimacy-07',
      'Affection between you, such as a touch, a hug or a kind word, feels welcome.',
    ),
    item('intimacy-08', 'When you open up about something that matters, your partner gets it.'),
    item('intimacy-09', 'Part of you stays walled off when your partner reaches for you.', true),
    item('intimacy-10', 'At least some of the time, you feel like a team again.'),
  ],
  facets: [],
  scoring: { method: 'mean', minAnsweredFraction: 0.8, scaleMin: 1, scaleMax: 7 },
  bands: [
    { key: 'low', label: 'Low', min: 1, max: 3 },
    { key: 'moderate', label: 'Moderate', min: 3, max: 5 },
    { key: 'high', label: 'High', min: 5, max: 7 },
  ],
  // Planning values for reliable change until Amend has data of its own. Revisit both.
  reliability: 0.85,
  normSd: 1.1,
  higherIsBetter: true,
};
