import { plural } from './plural';

// Setbacks and incidents. Part of en.ts. Honest, calm words: a report is never a verdict.
export const incidentMessages = {
  title: 'Setbacks and incidents',
  loading: 'Loading setbacks and incidents…',
  intro:
    'Healing is not a straight line, and setbacks happen. What rebuilds trust is honesty about them. Telling your partner before being asked counts, and it is recorded here.',
  privacy: 'You and your partner both see everything on this page.',
  listHeading: 'What has been recorded',
  empty: 'Nothing has been recorded. If something happens, this is the place to tell it.',
  kind: {
    contact: 'Renewed contact with the affair partner',
    new_affair: 'A new affair',
    lie: 'A lie about the affair',
    broken_agreement: 'A broken agreement',
  },
  disclosure: {
    proactive: 'Told before being asked',
    discovered: 'Discovered',
  },
  on: 'On {date}',
  reportedBy: 'Reported by {name}',
  about: 'About {name}',
  you: 'you',
  formerMember: 'someone who has left the space',
  noDescription: 'No description was given.',
  history: {
    summary: plural({
      one: 'Corrected once — see the history',
      other: 'Corrected {count} times — see the history',
    }),
    first: 'As first reported on {date}',
    correction: 'Correction {n}, made on {date}',
    reason: 'Why it was corrected: {reason}',
  },
  notes: {
    heading: 'Context',
    added: 'Added on {date}',
  },
  report: {
    heading: 'Report a setback or incident',
    intro: 'Say what happened as plainly as you can. You can add context or correct it later.',
    submit: 'Record this',
    saved: 'It has been recorded. Thank you for being honest.',
  },
  fields: {
    kindLegend: 'What happened?',
    kindRequired: 'Choose what happened.',
    aboutLegend: 'Who is this about?',
    aboutRequired: 'Choose who this is about.',
    aboutChoice: {
      self: 'About me',
      partner: 'About my partner',
    },
    disclosureLegend: 'How did it come to light?',
    disclosureRequired: 'Choose how it came to light.',
    disclosureChoice: {
      proactive: 'I am telling before being asked',
      discovered: 'It was discovered',
    },
    date: 'When did it happen?',
    dateHint: 'Your best guess is fine. It cannot be in the future.',
    dateRequired: 'Enter the date it happened.',
    dateFuture: 'This date is in the future. Enter the day it happened.',
    description: 'What happened (optional)',
    descriptionHint: 'Your partner will read this. Plain facts are easiest to hear.',
    tooLong: 'This is longer than {max} characters. Please shorten it; nothing has been cut.',
    reason: 'Why are you correcting it?',
    reasonHint: 'For example, “I had the date wrong.” The earlier version stays in the history.',
    reasonRequired: 'Say briefly why you are correcting it.',
  },
  actions: {
    addContext: 'Add context',
    correct: 'Correct this',
    cancel: 'Cancel',
  },
  addContext: {
    label: 'Context to add',
    hint: 'Something your partner should know about this, such as what you have done since.',
    required: 'Write the context you want to add.',
    submit: 'Add context',
    saved: 'Your context has been added.',
  },
  correct: {
    heading: 'Correct this record',
    submit: 'Save correction',
    saved: 'Your correction has been saved. The earlier version is kept in the history.',
  },
  spaceLink: 'Back to your space',
  spaceCard: {
    heading: 'Along the way',
    body: 'Record therapy sessions as you go, and be honest about setbacks when they happen. Both count towards rebuilding trust.',
  },
} as const;
