import { plural } from './plural';

// The monthly questionnaires, and the card on the space home that leads to them. Part of en.ts.
export const questionnaireMessages = {
  listTitle: 'Monthly questionnaires',
  listLoading: 'Loading your questionnaires…',
  listIntro:
    'A few minutes once a month. Each one asks a short set of statements, one at a time, and your answers are saved as you go.',
  listEmpty:
    'There are no questionnaires for you right now. When there are, they will appear here.',
  due: 'Due now',
  notDue: 'Not due yet',
  lastCompleted: 'Last answered {date}',
  baselineHint: 'Your first answers become your starting point, so later ones can show change.',
  continue: 'You have answered {answered} of {total} so far — continue',
  start: 'Start',
  startAgain: 'Answer again',
  loading: 'Loading the questionnaire…',
  notFound: {
    title: 'We could not find this questionnaire',
    body: 'It may not be offered to you, or the address may be mistyped.',
    link: 'See your questionnaires',
  },
  step: 'Question {step} of {total}',
  reviewStep: 'Review your answers',
  back: 'Back',
  next: 'Next',
  review: 'Review answers',
  skip: 'Skip this question',
  chooseOrSkip: 'Choose the answer closest to how you feel, or skip this question.',
  numberLabel: 'Your answer',
  numberRange: 'A number from {min} to {max}.',
  numberInvalid: 'Enter a number from {min} to {max}, or skip this question.',
  skipped: 'Skipped',
  change: 'Change',
  changeAnswerSuffix: 'your answer to question {step}',
  reviewIntro:
    'Here is what you chose. You can change any answer before you finish. Skipped questions are fine; a few are needed in each part for a score.',
  answeredCount: 'You answered {answered} of {total} questions.',
  finish: 'Finish',
  finishing: 'Finishing…',
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    retrying:
      'We could not save your latest answer yet. It is kept here on this screen, and we will keep trying.',
    rejected:
      'We could not save your latest answer. It is kept here on this screen; you can still finish.',
  },
  result: {
    title: 'Your results',
    intro: 'Thank you for taking this time. Here is what your answers add up to.',
    total: 'Overall: {total}, on a scale from {min} to {max}',
    band: 'That is in the range called “{band}”.',
    noTotal:
      'Too few questions were answered for an overall score, so there is no total this time.',
    facetsHeading: 'The parts of this questionnaire',
    facetScore: '{score}',
    facetNoScore: 'Not enough answers for a score',
    baseline: 'These answers are your starting point.',
    reliable_improvement:
      'Compared with your first answers, this is a change larger than chance would explain: things have moved in a better direction.',
    reliable_deterioration:
      'Compared with your first answers, things look harder than at the start. Healing is not a straight line; this is worth bringing to your next conversation or session.',
    no_reliable_change:
      'Compared with your first answers, this is within the range that can happen by chance.',
    backToList: 'Back to your questionnaires',
    space: 'Back to your space',
  },
  history: {
    heading: 'Your earlier results',
    caption: 'Earlier results, most recent first',
    date: 'Date',
    total: 'Overall',
    band: 'Range',
    none: '—',
    baseline: '{date} (starting point)',
    fhir: 'For other records',
    fhirLink: 'Download (FHIR)',
    fhirLabel: 'Download your answers of {date} as a FHIR file',
  },
  aboutHeading: 'About this questionnaire',
  spaceCard: {
    heading: 'Monthly questionnaires',
    body: 'A few minutes once a month, to see how trust and closeness change over time.',
    due: plural({
      one: '1 questionnaire is due.',
      other: '{count} questionnaires are due.',
    }),
    noneDue: 'Nothing is due right now.',
    open: 'Open questionnaires',
  },
} as const;
