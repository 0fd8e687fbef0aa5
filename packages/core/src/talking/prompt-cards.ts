import type { PromptCard } from './prompts.js';

/**
 * The conversation prompt cards, written for Amend. Each asks one open question; none asks for
 * details of the affair itself (that belongs to the questions-and-answers feature, at the hurt
 * partner's pace). `stages` empty means any stage; `audience` is who the card is written for
 * (`everyone`: either partner may ask it); `setting` says whether it needs being in the same room
 * (`in_person`), suits a call (`call`), or works either way (`any`).
 */
export const PROMPT_CARDS: readonly PromptCard[] = [
  // Steadying
  {
    id: 'steady-what-helps',
    stages: ['steadying'],
    audience: 'everyone',
    setting: 'any',
    question:
      'What is one thing I could do this week that would make the days a little easier for you?',
  },
  {
    id: 'steady-hard-moments',
    stages: ['steadying'],
    audience: 'everyone',
    setting: 'any',
    question: 'When it gets too much, how would you like me to notice, and what should I do?',
  },
  {
    id: 'steady-no-decisions',
    stages: ['steadying'],
    audience: 'everyone',
    setting: 'any',
    question: 'Which big decisions can we agree to leave alone for now, so we can breathe?',
  },
  {
    id: 'steady-sleep',
    stages: ['steadying'],
    audience: 'everyone',
    setting: 'call',
    question:
      'How have you been sleeping and eating? What would help you look after yourself tonight?',
  },
  // Acknowledging the hurt
  {
    id: 'ack-what-it-did',
    stages: ['acknowledging'],
    audience: 'hurt',
    setting: 'any',
    question:
      'I want you to understand what this has done to me. Can you listen for ten minutes without answering back?',
  },
  {
    id: 'ack-what-did-you-hear',
    stages: ['acknowledging'],
    audience: 'involved',
    setting: 'any',
    question: 'Can I tell you what I heard you say, so you can tell me what I missed?',
  },
  {
    id: 'ack-feeling-today',
    stages: ['acknowledging', 'steadying'],
    audience: 'everyone',
    setting: 'call',
    question: 'What are you feeling today, in one or two words, and where do you feel it?',
  },
  {
    id: 'ack-unsaid',
    stages: ['acknowledging'],
    audience: 'hurt',
    setting: 'any',
    question: 'Is there something you have been afraid to say to me because of how I might react?',
  },
  // Professional help
  {
    id: 'help-hopes',
    stages: ['professional-help'],
    audience: 'everyone',
    setting: 'any',
    question: 'What do you hope a therapist can help us with that we cannot do on our own?',
  },
  {
    id: 'help-after-session',
    stages: ['professional-help'],
    audience: 'everyone',
    setting: 'call',
    question: 'What stayed with you from our last session?',
  },
  // Taking responsibility
  {
    id: 'resp-what-i-did',
    stages: ['responsibility'],
    audience: 'involved',
    setting: 'in_person',
    question:
      'I want to say plainly what I did, without softening it. Will you let me, and tell me if it sounds like an excuse?',
  },
  {
    id: 'resp-what-would-show',
    stages: ['responsibility'],
    audience: 'hurt',
    setting: 'any',
    question: 'What would show me you understand, beyond saying sorry?',
  },
  {
    id: 'resp-honest-now',
    stages: ['responsibility'],
    audience: 'everyone',
    setting: 'call',
    question: 'What would make it easier to tell each other the truth, even when it is unwelcome?',
  },
  {
    id: 'resp-amends',
    stages: ['responsibility'],
    audience: 'involved',
    setting: 'any',
    question: 'Which one small, checkable thing can I do every week that would show you I mean it?',
  },
  // Open and honest communication
  {
    id: 'comm-how-to-bring-up',
    stages: ['communication'],
    audience: 'everyone',
    setting: 'any',
    question:
      'How would you like me to bring up something hard, so it does not feel like an attack?',
  },
  {
    id: 'comm-felt-heard',
    stages: ['communication'],
    audience: 'everyone',
    setting: 'call',
    question: 'When did you last feel really heard by me? What was I doing then?',
  },
  {
    id: 'comm-pause-signal',
    stages: ['communication'],
    audience: 'everyone',
    setting: 'any',
    question:
      'What signal can we agree on for "I need a pause", and how long should a pause be before we come back?',
  },
  {
    id: 'comm-listen-not-fix',
    stages: ['communication'],
    audience: 'everyone',
    setting: 'call',
    question: 'Is there something you want me to just listen to, without trying to fix it?',
  },
  // Boundaries and transparency
  {
    id: 'bound-safe',
    stages: ['boundaries'],
    audience: 'hurt',
    setting: 'any',
    question: 'What would help you feel safe when we are apart?',
  },
  {
    id: 'bound-fair',
    stages: ['boundaries'],
    audience: 'everyone',
    setting: 'any',
    question: 'Which of our agreements feels fair to both of us, and which one feels heavy?',
  },
  {
    id: 'bound-offer',
    stages: ['boundaries'],
    audience: 'involved',
    setting: 'any',
    question: 'What could I offer to be open about before you have to ask?',
  },
  {
    id: 'bound-distance-contact',
    stages: ['boundaries'],
    audience: 'everyone',
    setting: 'call',
    question: 'When we are in different places, how often would you like to hear from me, and how?',
  },
  // Reconnecting
  {
    id: 'recon-first-noticed',
    stages: ['reconnecting'],
    audience: 'everyone',
    setting: 'any',
    question: 'What did you first notice about me, back when we met?',
  },
  {
    id: 'recon-small-ritual',
    stages: ['reconnecting'],
    audience: 'everyone',
    setting: 'any',
    question:
      'What small daily ritual could be just ours again: a morning coffee, a call at lunch, a walk after dinner?',
  },
  {
    id: 'recon-walk',
    stages: ['reconnecting'],
    audience: 'everyone',
    setting: 'in_person',
    question:
      'On a walk together: which place would you like to go back to, and which new one would you like to see?',
  },
  {
    id: 'recon-call-ritual',
    stages: ['reconnecting'],
    audience: 'everyone',
    setting: 'call',
    question: 'Shall we pick one evening a week for a long call with nothing else on the screen?',
  },
  {
    id: 'recon-appreciate',
    stages: ['reconnecting', 'new-foundation'],
    audience: 'everyone',
    setting: 'any',
    question: 'What is something I did lately that you appreciated but did not mention?',
  },
  // Forgiveness
  {
    id: 'forg-meaning',
    stages: ['forgiveness'],
    audience: 'everyone',
    setting: 'any',
    question: 'What does forgiveness mean to you, and what does it not mean?',
  },
  {
    id: 'forg-carrying',
    stages: ['forgiveness'],
    audience: 'hurt',
    setting: 'any',
    question: 'What am I still carrying that I would like to put down one day, when I am ready?',
  },
  {
    id: 'forg-no-rush',
    stages: ['forgiveness'],
    audience: 'involved',
    setting: 'any',
    question: 'How can I make clear that I am not rushing you to forgive?',
  },
  // Empathy and understanding
  {
    id: 'emp-your-side',
    stages: ['empathy'],
    audience: 'everyone',
    setting: 'any',
    question: 'What was this year like from your side, in a way I might not have seen?',
  },
  {
    id: 'emp-missing',
    stages: ['empathy'],
    audience: 'everyone',
    setting: 'call',
    question: 'What had gone missing between us before all this, and what would you like back?',
  },
  // A new foundation of trust
  {
    id: 'found-trust-looks',
    stages: ['new-foundation'],
    audience: 'everyone',
    setting: 'any',
    question: 'What does trust look like for us now, in ordinary days?',
  },
  {
    id: 'found-relax',
    stages: ['new-foundation'],
    audience: 'hurt',
    setting: 'any',
    question:
      'Is there one measure we agreed on that you feel ready to relax, and how would we know it is still working?',
  },
  // Moving forward
  {
    id: 'fwd-story',
    stages: ['moving-forward'],
    audience: 'everyone',
    setting: 'any',
    question: 'When we tell the story of this time one day, what do we want it to say about us?',
  },
  {
    id: 'fwd-plan',
    stages: ['moving-forward'],
    audience: 'everyone',
    setting: 'any',
    question: 'If things get hard again, what will we each do first?',
  },
  {
    id: 'fwd-next-year',
    stages: ['moving-forward'],
    audience: 'everyone',
    setting: 'call',
    question: 'What would you like our life to look like a year from now?',
  },
  // Any stage
  {
    id: 'any-this-week',
    stages: [],
    audience: 'everyone',
    setting: 'call',
    question: 'What was the best moment of your week, and the hardest?',
  },
  {
    id: 'any-need-from-me',
    stages: [],
    audience: 'everyone',
    setting: 'any',
    question: 'What do you need from me this week?',
  },
  {
    id: 'any-proud',
    stages: [],
    audience: 'everyone',
    setting: 'any',
    question: 'What is something you did lately that you are quietly proud of?',
  },
  {
    id: 'any-distance-missed',
    stages: [],
    audience: 'everyone',
    setting: 'call',
    question:
      'What do you miss most about being in the same room, and what could we do on a call instead?',
  },
];
