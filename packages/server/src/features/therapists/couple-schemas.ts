import { type TSchema, Type } from 'typebox';
import { IsoDateTime, Uuid } from '../../platform/http-schemas.js';

/** Response schemas of the therapist's caseload, couple view and sessions (allow-lists). */

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const Range = Type.Object({ low: Type.Number(), high: Type.Number() });
export const Created = Type.Object({ id: Uuid });
export const DateString = Type.String({
  maxLength: 10,
  description: 'YYYY-MM-DD, not in the future',
});
export const SessionKind = Type.Union([Type.Literal('couple'), Type.Literal('individual')]);

export const CaseloadSchema = Type.Object({
  couples: Type.Array(
    Type.Object({
      coupleId: Uuid,
      weeksInRecovery: Type.Integer(),
      partners: Type.Array(
        Type.Object({
          memberId: Uuid,
          displayName: Type.String(),
          role: Type.String(),
          sharesMetrics: Type.Boolean(),
          latestTrust: Nullable(Type.Number()),
          trustTrend: Type.String({ description: 'rising, steady, falling or not_enough_data' }),
          stage: Nullable(Type.Object({ number: Type.Integer(), title: Type.String() })),
        }),
      ),
      sessionsAttended: Type.Integer(),
      openQuestionsForSession: Nullable(Type.Integer()),
      alerts: Type.Array(
        Type.Object({
          kind: Type.String({
            description: 'incident, reliable_deterioration, setback or missed_checkins',
          }),
          memberId: Nullable(Uuid),
          on: Nullable(Type.String({ format: 'date' })),
          instrument: Nullable(Type.String()),
        }),
      ),
      attention: Type.Integer(),
    }),
  ),
});

const Series = Type.Array(
  Type.Object({ weekStart: Type.String({ format: 'date' }), value: Type.Number() }),
);

export const CoupleViewSchema = Type.Object({
  coupleId: Uuid,
  cameToLightOn: Type.String({ format: 'date' }),
  weeksInRecovery: Type.Integer(),
  partners: Type.Array(
    Type.Object({
      memberId: Uuid,
      displayName: Type.String(),
      role: Type.String(),
      consent: Type.Array(Type.String()),
    }),
  ),
  metrics: Type.Array(
    Type.Object({
      id: Type.String({ description: 'trust, closeness or communication' }),
      scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
      benchmark: Type.Object({
        timeframeMonths: Type.Object({ min: Type.Number(), max: Type.Number() }),
        typicalStart: Nullable(Range),
        typicalEnd: Nullable(Range),
        sourceNote: Type.String(),
      }),
      partners: Type.Array(
        Type.Object({
          memberId: Uuid,
          displayName: Type.String(),
          weekly: Series,
          first: Nullable(Type.Number()),
          latest: Nullable(Type.Number()),
          weeks: Type.Integer(),
          trend: Type.Object({
            direction: Type.String(),
            slopePerWeek: Nullable(Type.Number()),
          }),
          setbacks: Type.Array(
            Type.Object({
              weekStart: Type.String({ format: 'date' }),
              value: Type.Number(),
              expected: Type.Number(),
              drop: Type.Number(),
            }),
          ),
        }),
      ),
      band: Type.Array(
        Type.Object({
          weekStart: Type.String({ format: 'date' }),
          low: Type.Number(),
          high: Type.Number(),
        }),
      ),
      gap: Type.Array(
        Type.Object({
          weekStart: Type.String({ format: 'date' }),
          a: Type.Number(),
          b: Type.Number(),
          gap: Type.Number(),
        }),
      ),
    }),
  ),
  observedCommunication: Series,
  questionnaires: Type.Array(
    Type.Object({
      memberId: Uuid,
      displayName: Type.String(),
      instruments: Type.Array(
        Type.Object({
          id: Type.String(),
          title: Type.String(),
          scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
          responses: Type.Array(
            Type.Object({
              completedAt: IsoDateTime,
              total: Nullable(Type.Number()),
              band: Nullable(Type.String()),
            }),
          ),
          latest: Nullable(Type.Ref('ScoredResponse')),
          cutoffs: Type.Array(
            Type.Object({ meaning: Type.String(), value: Type.Number(), direction: Type.String() }),
          ),
        }),
      ),
    }),
  ),
  relapse: Nullable(
    Type.Object({
      total: Type.Integer(),
      proactive: Type.Integer(),
      discovered: Type.Integer(),
      last12Weeks: Type.Integer(),
      weeksSinceLast: Nullable(Type.Integer()),
      byKind: Type.Record(Type.String(), Type.Integer()),
    }),
  ),
  observations: Type.Array(
    Type.Object({
      id: Uuid,
      sessionId: Nullable(Uuid),
      aboutMemberId: Nullable(Uuid),
      observedOn: Type.String({ format: 'date' }),
      kind: Type.String(),
      value: Type.Number(),
    }),
  ),
  agreements: Type.Union(
    [
      Type.Array(
        Type.Object({
          id: Uuid,
          state: Type.String({ description: 'in_force, change_proposed or ended' }),
          title: Type.String(),
          practice: Type.String(),
          category: Type.String(),
          reviewOn: Type.String({ format: 'date' }),
          sunsetSteps: Type.Array(Type.String()),
          stepsTaken: Type.Integer(),
          inForceSince: Nullable(IsoDateTime),
          weeks: Type.Array(
            Type.Object({
              weekStart: Type.String({ format: 'date' }),
              marks: Type.Array(
                Type.Object({
                  memberId: Uuid,
                  mark: Nullable(Type.String({ description: 'held, not_held or not_sure' })),
                }),
              ),
            }),
          ),
          partners: Type.Array(
            Type.Object({ memberId: Uuid, marked: Type.Integer(), held: Type.Integer() }),
          ),
        }),
      ),
      Type.Null(),
    ],
    {
      description:
        'Agreements both partners accepted, read-only; null when no partner shares agreements and incidents. Weekly marks only of partners who share them.',
    },
  ),
  exercises: Type.Array(
    Type.Object({
      exerciseId: Type.String(),
      title: Type.String(),
      stageTitle: Type.String(),
      memberId: Uuid,
      displayName: Type.String(),
      version: Type.Integer(),
      savedAt: IsoDateTime,
      answers: Type.Array(Type.Object({ label: Type.String(), lines: Type.Array(Type.String()) })),
    }),
    { description: 'Exercise answers a partner shared with you, while they share their program' },
  ),
});

export const SessionsSchema = Type.Object({
  sessions: Type.Array(
    Type.Object({
      id: Uuid,
      heldOn: Type.String({ format: 'date' }),
      kind: Type.String(),
      attendees: Type.Array(Type.Object({ memberId: Uuid, displayName: Type.String() })),
      verification: Type.String({ description: 'verified (by you) or self_reported' }),
      recordedByYou: Type.Boolean(),
      notes: Type.Array(Type.Object({ id: Uuid, text: Type.String(), createdAt: IsoDateTime })),
    }),
  ),
  appointments: Type.Array(
    Type.Object({
      id: Uuid,
      startsAt: IsoDateTime,
      kind: Type.String(),
      invitees: Type.Array(Uuid),
    }),
  ),
});

const Share = Type.Object({
  count: Type.Integer(),
  couples: Type.Integer(),
  share: Nullable(Type.Number()),
  guide: Nullable(Range),
  few: Type.Boolean({ description: 'fewer couples than can be read much into' }),
});

export const OutcomesSchema = Type.Object({
  couples: Type.Integer(),
  forgiveness: Share,
  relapse: Share,
  sessions: Type.Object({
    median: Nullable(Type.Number()),
    couples: Type.Integer(),
    guide: Nullable(Range),
    few: Type.Boolean(),
  }),
  trust: Type.Object({
    medianStart: Nullable(Type.Number()),
    medianLatest: Nullable(Type.Number()),
    couples: Type.Integer(),
    guide: Type.Object({ start: Nullable(Range), end: Nullable(Range) }),
    few: Type.Boolean(),
  }),
});
