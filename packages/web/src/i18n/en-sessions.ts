import { plural } from './plural';

// Therapy sessions. Part of en.ts.
export const sessionMessages = {
  title: 'Therapy sessions',
  loading: 'Loading your therapy sessions…',
  intro:
    'Keeping track of the sessions you attend shows the work you are putting in, together and on your own.',
  listHeading: 'Sessions so far',
  count: plural({
    zero: 'No sessions recorded yet — recording one takes a moment.',
    one: '1 session recorded.',
    other: '{count} sessions recorded.',
  }),
  kind: {
    couple: 'Couple session',
    individual: 'Individual session',
  },
  attended: 'Attended by {names}',
  appointments: {
    heading: 'Coming up with your therapist',
    kind: {
      couple: 'Couple session',
      individual: 'Individual session',
    },
    with: 'With {name}',
    cancelled: 'Cancelled by your therapist',
    privacy:
      'Your couple sessions and your own individual ones. Your partner does not see your individual sessions here.',
    calendarLink: 'Add them to your calendar app',
  },
  verification: {
    self_reported: 'Self-reported',
    verified: 'Confirmed by your therapist',
  },
  you: 'you',
  form: {
    heading: 'Record a session',
    date: 'When was the session?',
    dateHint: 'It cannot be in the future.',
    dateRequired: 'Enter the date of the session.',
    dateFuture: 'This date is in the future. Enter the day of the session.',
    kindLegend: 'What kind of session?',
    kindRequired: 'Choose the kind of session.',
    kindChoice: {
      couple: 'Couple session',
      individual: 'Individual session',
    },
    attendeesLegend: 'Who attended?',
    attendeesRequired: 'Choose who attended.',
    attendeeYou: '{name} (you)',
    submit: 'Record session',
    saved: 'The session has been recorded.',
  },
  spaceLink: 'Back to your space',
} as const;
