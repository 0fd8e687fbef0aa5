import {
  APPRECIATION_MAX_LENGTH,
  CONVERSATION_MINUTES,
  CONVERSATION_RATING,
  MEETING_NOTE_MAX_LENGTH,
  TIME_OUT_MINUTES,
  TIME_OUT_REASON_MAX_LENGTH,
  TOGETHER_KINDS,
  TOGETHER_TITLE_MAX_LENGTH,
  TRIGGER_CATEGORIES,
  TRIGGER_INTENSITY,
  TRIGGER_NEED_MAX_LENGTH,
  TRIGGER_RESPONSE_MAX_LENGTH,
  WHAT_HELPED,
} from '@amend/core';
import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

export const Person = Type.Union([
  Type.Object({ displayName: Type.String(), isYou: Type.Boolean() }),
  Type.Null({ description: 'Someone who has left the space' }),
]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Visibility = Type.Enum(['private', 'partner']);
const IdempotencyKey = Type.Optional(
  Type.String({ format: 'uuid', description: 'Send the same key when retrying' }),
);
export const Created = Type.Object({ id: Uuid });
const DateText = Type.String({ maxLength: 10, description: 'YYYY-MM-DD' });

// Conversations
const Rating = Type.Integer({ minimum: CONVERSATION_RATING.min, maximum: CONVERSATION_RATING.max });
export const ConversationBody = strictObject({
  heldOn: DateText,
  minutes: Type.Integer({
    minimum: CONVERSATION_MINUTES.min,
    maximum: CONVERSATION_MINUTES.max,
    description: 'Roughly how long, in minutes',
  }),
  topic: Type.String({ maxLength: 200 }),
  idempotencyKey: IdempotencyKey,
});
export const RatingBody = strictObject({
  honest: Rating,
  heard: Rating,
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  noteVisibility: Visibility,
});
export const ConversationParams = strictObject({ conversationId: Uuid });
export const ConversationOverview = Type.Object({
  suggestedTopics: Type.Array(Type.String(), { description: 'From your program stage' }),
  thisWeek: Type.Object({
    weekStart: Type.String({ format: 'date' }),
    logged: Type.Integer(),
    honest: Type.Integer({ description: 'Conversations everyone in the space rated honest' }),
  }),
  conversations: Type.Array(
    Type.Object({
      id: Uuid,
      heldOn: Type.String({ format: 'date' }),
      minutes: Type.Integer(),
      topic: Type.String(),
      source: Type.String({ description: 'logged, or meeting' }),
      meetingId: Type.Union([Uuid, Type.Null()]),
      loggedBy: Person,
      yourRating: Type.Union([
        Type.Object({
          honest: Type.Integer(),
          heard: Type.Integer(),
          note: NullableString,
          noteVisibility: Visibility,
          version: Type.Integer(),
        }),
        Type.Null(),
      ]),
      partnerRating: Type.Union([
        Type.Object({
          rated: Type.Boolean(),
          note: Type.Union([Type.String(), Type.Null()], {
            description: 'Only when your partner shared it; their numbers are never shown',
          }),
        }),
        Type.Null(),
      ]),
      countsAsHonest: Type.Boolean(),
      createdAt: IsoDateTime,
    }),
  ),
});

// Meetings
const MeetingSummary = {
  id: Uuid,
  startedAt: IsoDateTime,
  finishedAt: Type.Union([IsoDateTime, Type.Null()]),
  startedBy: Person,
};
export const MeetingsOverview = Type.Object({
  open: Type.Union([Type.Object(MeetingSummary), Type.Null()]),
  finished: Type.Array(Type.Object(MeetingSummary)),
});
export const Meeting = Type.Object({
  ...MeetingSummary,
  agenda: Type.Array(Type.Object({ id: Type.String(), minutes: Type.Integer() })),
  agreementsInForce: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), practice: Type.String() }),
    { description: 'Reviewed in the agreements part, which appears only when there are some' },
  ),
  commitmentsInForce: Type.Array(Type.Object({ id: Uuid, what: Type.String() }), {
    description: 'Commitments still running, reviewed with the agreements',
  }),
  questionsWaiting: Type.Object({
    open: Type.Integer({ description: 'Questions waiting for an answer' }),
    onHold: Type.Integer({ description: 'Questions kept for a therapy session' }),
  }),
  notes: Type.Array(
    Type.Object({
      section: Type.String(),
      author: Person,
      text: Type.String(),
      version: Type.Integer(),
      savedAt: IsoDateTime,
    }),
  ),
});
export const MeetingParams = strictObject({ meetingId: Uuid });
export const MeetingNoteParams = strictObject({
  meetingId: Uuid,
  section: Type.String({ maxLength: 40 }),
});
export const MeetingNoteBody = strictObject({
  text: Type.String({ maxLength: MEETING_NOTE_MAX_LENGTH }),
});

// Prompts
export const PromptsOverview = Type.Object({
  stageId: NullableString,
  cards: Type.Array(
    Type.Object({
      id: Type.String(),
      question: Type.String(),
      stages: Type.Array(Type.String()),
      setting: Type.String({ description: 'any, call or in_person' }),
      forYourStage: Type.Boolean(),
      favourite: Type.Boolean(),
      talkedAbout: Type.Boolean(),
    }),
  ),
});
export const PromptMarkParams = strictObject({
  promptId: Type.String({ maxLength: 100 }),
  kind: Type.Enum(['favourite', 'talked_about']),
});
export const PromptMarkBody = strictObject({ set: Type.Boolean() });

// Time-outs
const TimeOut = Type.Object({
  id: Uuid,
  calledBy: Person,
  startedAt: IsoDateTime,
  returnAt: IsoDateTime,
  reason: NullableString,
  endedAt: Type.Union([IsoDateTime, Type.Null()]),
  status: Type.String({ description: 'paused, time_to_return or over' }),
});
export const TimeOutsOverview = Type.Object({
  current: Type.Array(TimeOut),
  recent: Type.Array(TimeOut),
  counts: Type.Object({ total: Type.Integer(), yours: Type.Integer() }),
});
export const TimeOutBody = strictObject({
  minutes: Type.Integer({
    minimum: TIME_OUT_MINUTES.min,
    maximum: TIME_OUT_MINUTES.max,
    description: 'When you will come back, in minutes from now (20 minutes to a day)',
  }),
  reason: Type.Optional(Type.String({ maxLength: TIME_OUT_REASON_MAX_LENGTH })),
});
export const TimeOutCreated = Type.Object({ id: Uuid, returnAt: IsoDateTime });
export const TimeOutParams = strictObject({ timeOutId: Uuid });

// Triggers
const Trigger = Type.Object({
  id: Uuid,
  owner: Person,
  occurredAt: IsoDateTime,
  intensity: Type.Integer(),
  category: Type.String(),
  helped: Type.Array(Type.String()),
  visibility: Visibility,
  need: NullableString,
  sharedAt: Type.Union([IsoDateTime, Type.Null()]),
  responses: Type.Array(
    Type.Object({ id: Uuid, author: Person, text: Type.String(), createdAt: IsoDateTime }),
  ),
});
export const TriggersOverview = Type.Object({
  mayLog: Type.Boolean({ description: 'Trigger moments are offered to the hurt partner' }),
  mine: Type.Array(Trigger),
  sharedWithYou: Type.Array(Trigger),
  suggestedResponses: Type.Array(Type.String()),
});
const Need = Type.Optional(Type.String({ maxLength: TRIGGER_NEED_MAX_LENGTH }));
export const TriggerBody = strictObject({
  intensity: Type.Integer({ minimum: TRIGGER_INTENSITY.min, maximum: TRIGGER_INTENSITY.max }),
  category: Type.Enum(TRIGGER_CATEGORIES, {
    description: 'What set it off, as a kind of reminder',
  }),
  helped: Type.Array(Type.Enum(WHAT_HELPED), { maxItems: WHAT_HELPED.length }),
  share: Type.Optional(strictObject({ need: Need })),
  occurredAt: Type.Optional(
    Type.String({
      format: 'date-time',
      description:
        'When it happened, for a moment noted offline and sent later: up to a week ago, not in the future. Now when left out.',
    }),
  ),
  idempotencyKey: IdempotencyKey,
});
export const TriggerParams = strictObject({ triggerId: Uuid });
export const ShareTriggerBody = strictObject({ need: Need });
export const TriggerResponseBody = strictObject({
  text: Type.String({ minLength: 1, maxLength: TRIGGER_RESPONSE_MAX_LENGTH }),
});

// Appreciation and time together
export const TogetherOverview = Type.Object({
  appreciations: Type.Array(
    Type.Object({ id: Uuid, from: Person, text: Type.String(), createdAt: IsoDateTime }),
  ),
  plans: Type.Array(
    Type.Object({
      id: Uuid,
      plannedBy: Person,
      kind: Type.String(),
      title: Type.String(),
      plannedFor: Type.String({ format: 'date' }),
      happenedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
      createdAt: IsoDateTime,
    }),
  ),
});
export const AppreciationBody = strictObject({
  text: Type.String({ minLength: 1, maxLength: APPRECIATION_MAX_LENGTH }),
  idempotencyKey: IdempotencyKey,
});
export const PlanBody = strictObject({
  kind: Type.Enum(TOGETHER_KINDS),
  title: Type.String({ minLength: 1, maxLength: TOGETHER_TITLE_MAX_LENGTH }),
  plannedFor: DateText,
  idempotencyKey: IdempotencyKey,
});
export const PlanParams = strictObject({ planId: Uuid });
export const HappenedBody = strictObject({ happenedOn: DateText });
