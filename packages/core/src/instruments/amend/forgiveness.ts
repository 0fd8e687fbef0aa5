import type { InstrumentDefinition, InstrumentItem } from '../definition.js';
import { AMEND_LICENCE_NOTE, TRUE_OF_ME_5 } from './scales.js';

type ForgivenessFacet = 'avoidance' | 'revenge' | 'benevolence';

/** Avoidance and revenge statements are reverse-keyed, so a higher score always means more forgiveness. */
function item(id: string, facet: ForgivenessFacet, text: string): InstrumentItem {
  const reverse = facet !== 'benevolence';
  return {
    id,
    text,
    kind: 'choice',
    options: TRUE_OF_ME_5,
    facet,
    ...(reverse ? { reverse } : {}),
  };
}

/**
 * Forgiveness by the hurt partner, in three facets. Each facet score is oriented towards
 * forgiveness: a high "avoidance" score means little avoidance left. Forgiveness cannot be
 * rushed; this only shows where things stand.
 */
export const AMEND_FORGIVENESS: InstrumentDefinition = {
  id: 'amend-forgiveness',
  version: '1.0.0',
  title: 'Where you are with forgiveness',
  description:
    'Twelve statements about how you feel towards your partner after what happened. Think about the past month and say how true each one is for you. Forgiveness is not a duty and has no deadline; honest answers help more than hopeful ones.',
  licenceNote: AMEND_LICENCE_NOTE,
  validated: false,
  respondent: 'hurt',
  cadence: 'monthly',
  items: [
    item('forgiveness-01', 'avoidance', 'You find reasons not to spend time with your partner.'),
    item(
      'forgiveness-02',
      'revenge',
      'Part of you wants your partner to feel the pain they caused you.',
    ),
    item(
      'forgiveness-03',
      'benevolence',
      'On good days, you can feel kindness towards your partner again.',
    ),
    item('forgiveness-04', 'avoidance', 'When your partner reaches out, you turn away.'),
    item('forgiveness-05', 'revenge', 'You bring up what happened to win an argument.'),
    item(
      'forgiveness-06',
      'benevolence',
      'You are open to a future where what happened no longer defines the two of you.',
    ),
    item(
      'forgiveness-07',
      'avoidance',
      'You keep conversations with your partner as short as you can.',
    ),
    item('forgiveness-08', 'revenge', 'You think about ways to get back at your partner.'),
    item('forgiveness-09', 'benevolence', 'Resentment takes up less of your day than it used to.'),
    item(
      'forgiveness-10',
      'avoidance',
      'You would rather be anywhere than in the same room as your partner.',
    ),
    item(
      'forgiveness-11',
      'revenge',
      'You feel your partner has not yet paid enough for what they did.',
    ),
    item(
      'forgiveness-12',
      'benevolence',
      'You can see your partner as a whole person, not only as the one who hurt you.',
    ),
  ],
  facets: [
    { id: 'avoidance', title: 'Coming closer', description: 'Higher means less pulling away.' },
    {
      id: 'revenge',
      title: 'Letting go of getting even',
      description: 'Higher means less wish to retaliate.',
    },
    {
      id: 'benevolence',
      title: 'Goodwill',
      description: 'Higher means more kindness towards your partner.',
    },
  ],
  scoring: { method: 'mean', minAnsweredFraction: 0.75, scaleMin: 1, scaleMax: 5 },
  // The guide speaks of "moderate to high forgiveness"; these bands give those words a range.
  bands: [
    { key: 'low', label: 'Low', min: 1, max: 2.5 },
    { key: 'moderate', label: 'Moderate', min: 2.5, max: 3.5 },
    { key: 'high', label: 'High', min: 3.5, max: 5 },
  ],
  // Planning values for reliable change until Amend has data of its own. Revisit both.
  reliability: 0.85,
  normSd: 0.8,
  higherIsBetter: true,
};
