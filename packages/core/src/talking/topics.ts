/**
 * Topics offered when logging a conversation, by program stage: what people at that point on
 * the path most often need to talk about. The person may always write their own. Amend's words.
 */
const TOPICS_BY_STAGE: Readonly<Record<string, readonly string[]>> = {
  steadying: [
    'How we get through this week',
    'What helps when it gets too much',
    'Sleep, work and the children',
  ],
  acknowledging: [
    'What this has done to me',
    'Hearing the hurt without defending',
    'What I am feeling today',
  ],
  'professional-help': [
    'Finding a therapist together',
    'What we want from therapy',
    'After our session',
  ],
  responsibility: [
    'Questions about what happened',
    'Taking responsibility',
    'Amends and what they mean',
  ],
  communication: [
    'Our weekly check-in',
    'Listening without fixing',
    'A hard question, asked calmly',
  ],
  boundaries: [
    'Agreements we need',
    'What transparency looks like for us',
    'Reviewing an agreement',
  ],
  reconnecting: ['Time for just us', 'What we appreciate in each other', 'Rituals we want back'],
  forgiveness: [
    'What forgiveness means to each of us',
    'Resentment I am still carrying',
    'What I need before I can let go',
  ],
  empathy: [
    'How it looked from your side',
    'What was missing between us',
    'Understanding without excusing',
  ],
  'new-foundation': [
    'What trust looks like now',
    'Which measures we can relax',
    'Keeping our check-ins going',
  ],
  'moving-forward': [
    'The story we tell about this',
    'Our plan if things get hard again',
    'The future we want',
  ],
};

/** Topics for anyone not (yet) on the path, and added after the stage's own. */
const GENERAL_TOPICS = [
  'How we are doing',
  'Something that hurt this week',
  'Something that went well',
];

/** Suggested topics for someone at `stageId` on the program (null: not begun), best first. */
export function suggestedTopics(stageId: string | null): string[] {
  const own = (stageId && TOPICS_BY_STAGE[stageId]) || [];
  return [...own, ...GENERAL_TOPICS.filter((topic) => !own.includes(topic))];
}
