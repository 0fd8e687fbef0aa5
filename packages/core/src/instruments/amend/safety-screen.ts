import type { InstrumentDefinition, InstrumentItem } from '../definition.js';
import { YES_NO } from './scales.js';

function item(id: string, text: string): InstrumentItem {
  return { id, text, kind: 'choice', options: YES_NO };
}

export const SAFETY_SELF_HARM_ITEM = 'safety-06';

/**
 * A private screen, never shown to the partner. Any single "yes" makes it positive, whether or
 * not the rest is answered: the app then shows help and advises against joint exercises. It is
 * not a risk assessment, so it has no bands and no reliable change.
 */
export const AMEND_SAFETY_SCREEN: InstrumentDefinition = {
  id: 'amend-safety-screen',
  version: '1.0.0',
  title: 'Are you safe?',
  description:
    'Six private questions about your safety. Your partner will never see your answers. If any answer is yes, Amend will show you where to find help, and you decide what happens next.',
  licenceNote:
    'Written for Amend; not clinically validated. It prompts you towards help; it does not measure risk or diagnose.',
  validated: false,
  respondent: 'any',
  cadence: 'once',
  private: true,
  items: [
    item(
      'safety-01',
      'In the past year, has your partner hurt you physically, or come close to it?',
    ),
    item('safety-02', 'Are you afraid of your partner, or of what they might do?'),
    item('safety-03', 'Has your partner threatened to hurt you, someone you love, or themselves?'),
    item(
      'safety-04',
      'Does your partner control your money, your phone, where you go or who you see, in ways you have not agreed to?',
    ),
    item(
      'safety-05',
      'Has your partner pressured or forced you into sexual contact you did not want?',
    ),
    item(
      SAFETY_SELF_HARM_ITEM,
      'In the past few weeks, have you had thoughts of hurting yourself or ending your life?',
    ),
  ],
  facets: [],
  // Every question matters here: a total (the number of yes answers) only for a whole screen.
  scoring: { method: 'sum', minAnsweredFraction: 1, scaleMin: 0, scaleMax: 6 },
  bands: [],
  cutoffs: [
    {
      key: 'positive',
      meaning:
        'At least one answer points to a safety concern: show help and pause joint exercises.',
      value: 1,
      direction: 'above',
      appliesTo: 'any-item',
    },
    {
      key: 'self-harm',
      meaning: 'Thoughts of self-harm: show crisis support first.',
      value: 1,
      direction: 'above',
      appliesTo: 'any-item',
      items: [SAFETY_SELF_HARM_ITEM],
    },
  ],
  reliability: null,
  normSd: null,
  higherIsBetter: false,
};
