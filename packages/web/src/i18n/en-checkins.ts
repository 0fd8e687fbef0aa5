import { plural } from './plural';

// The weekly check-in, and the card on the space home that leads to it. Part of en.ts.
export const checkInMessages = {
  title: 'This week’s check-in',
  loading: 'Loading your check-in…',
  intro:
    'Five short questions about your week. It takes about a minute. Your answers are kept on this device until you save them.',
  introEditing:
    'You have already checked in this week. These are your answers; you can change them until {date}.',
  closed: 'This week’s check-in can no longer be changed. A new week brings a new check-in.',
  step: 'Question {step} of {total}',
  back: 'Back',
  next: 'Next',
  save: 'Save check-in',
  saveChanges: 'Save changes',
  scaleEnd: '{value}, {meaning}',
  trust: {
    legend: 'How much do you trust your partner this week?',
    low: 'not at all',
    high: 'completely',
    required: 'Choose a number from 1 to 10. There is no wrong answer.',
  },
  closeness: {
    legend: 'How close do you feel to your partner this week?',
    low: 'not at all',
    high: 'completely',
    required: 'Choose a number from 1 to 10. There is no wrong answer.',
  },
  ends: '1 = {low} · 10 = {high}',
  conversations: {
    label: 'How many honest, open conversations did you have this week?',
    hint: 'Count the talks where you both said what was true for you. None is an honest answer too.',
    fewer: 'One fewer conversation',
    more: 'One more conversation',
    required: 'Enter a number from 0 to 50.',
    invalid: 'Enter a whole number from 0 to 50.',
    announce: plural({
      one: '1 conversation',
      other: '{count} conversations',
    }),
  },
  mood: {
    legend: 'How are you feeling overall?',
    required: 'Choose the words closest to how you feel.',
    choices: {
      very_low: 'Very low',
      low: 'Low',
      okay: 'Okay',
      good: 'Good',
      very_good: 'Very good',
    },
  },
  note: {
    label: 'Anything you want to add? (optional)',
    hint: 'A few words about your week, for yourself or for your partner.',
    counter: '{count} of {max} characters',
    tooLong: 'Your note is {count} characters long. Shorten it to {max} or fewer.',
    visibilityLegend: 'Who can read this note?',
    visibility: {
      private: 'Only me',
      partner: 'Share with my partner',
    },
    sharing:
      'Your ratings are shared with your partner, so you can both see where you see things differently. Your note is shared only if you choose.',
  },
  saved: {
    created: 'Your check-in is saved',
    changed: 'Your changes are saved',
    body: 'Thank you for taking this minute for yourself. You can change your answers until {date}.',
    progress: 'See your progress',
    space: 'Back to your space',
  },
  noSpace: {
    title: 'First, a recovery space',
    body: 'Check-ins and progress belong to a recovery space. Once you have created one, or joined your partner’s, you can check in each week and see how things are moving.',
    link: 'Go to your space',
  },
  spaceCard: {
    heading: 'This week’s check-in',
    body: 'About a minute each week: how much you trust, how close you feel, how you are.',
    start: 'Check in for this week',
    doneBody: 'Your answers can still be changed until {date}.',
    change: 'You checked in this week — change it',
    progress: 'See your progress',
  },
} as const;
