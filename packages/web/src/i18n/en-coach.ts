import { plural } from './plural';

// The communication coach. Part of en.ts. It suggests, never judges: the person decides what to
// send, and nothing they type leaves their device because of the coach.
export const coachMessages = {
  heading: 'A thought before you share this',
  intro: 'This stays on your device. You can send your words as they are.',
  summary: plural({
    one: 'The coach has 1 thought about what you wrote, below the field.',
    other: 'The coach has {count} thoughts about what you wrote, below the field.',
  }),
  phrase: 'You wrote:',
  kind: {
    blame: 'Sounds like blame',
    criticism: 'Sounds like criticism',
    contempt: 'Sounds like contempt',
    defensiveness: 'Sounds defensive',
    stonewalling: 'Sounds like shutting down',
    minimization: 'Sounds like making it smaller',
  },
  suggestionLabel: 'Another way to say it',
  useSuggestion: 'Use this wording',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss this thought about “{phrase}”',
  hideAll: 'Hide the coach for this field',
  showAgain: 'Show the coach again',
  used: 'Your text now uses the calmer wording. You can still change anything.',
} as const;
