/** A small FHIR R4 Questionnaire as a therapist's system would export it, for import tests. */
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

const AGREEMENT = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'].map(
  (display, value) => ({
    valueCoding: {
      system: 'https://example.org/fhir/CodeSystem/agreement',
      code: `a${value}`,
      display,
      extension: [{ url: ORDINAL, valueDecimal: value }],
    },
  }),
);

function question(linkId: string, text: string) {
  return { linkId, type: 'choice', text, answerOption: AGREEMENT };
}

export function steadinessQuestionnaire(version = '1.0') {
  return {
    resourceType: 'Questionnaire',
    id: 'steadiness-check',
    url: 'https://example.org/fhir/Questionnaire/steadiness-check',
    version,
    name: 'SteadinessCheck',
    title: 'Steadiness check',
    status: 'active',
    description: 'Four questions about how steady your days have felt lately.',
    copyright: 'Written for testing; free to use.',
    item: [
      {
        linkId: 'calm',
        type: 'group',
        text: 'Calm',
        item: [
          question('c1', 'I could settle my mind when I needed to.'),
          question('c2', 'I slept reasonably well.'),
        ],
      },
      {
        linkId: 'together',
        type: 'group',
        text: 'Together',
        item: [
          question('t1', 'We spent time together without arguing.'),
          question('t2', 'I felt I could say what was on my mind.'),
        ],
      },
    ],
  };
}
