import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { scheduleAppointment } from './appointments.js';
import { assignmentsOfCouple, assignQuestionnaire, instrumentsOnOffer } from './assignments.js';
import { caseload } from './caseload.js';
import {
  CaseloadSchema,
  CoupleViewSchema,
  Created,
  DateString,
  OutcomesSchema,
  SessionKind,
  SessionsSchema,
} from './couple-schemas.js';
import { coupleView } from './couple-view.js';
import { outcomesOfPractice } from './outcomes.js';
import { CoupleParams } from './schemas.js';
import {
  addSessionNote,
  recordObservation,
  recordVerifiedSession,
  sessionsOfCouple,
} from './sessions.js';

/** The therapist's caseload and their work with one couple. */
export function registerTherapistCoupleRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['therapist portal'];

  app.get(
    '/api/v1/therapist/caseload',
    {
      schema: {
        operationId: 'getCaseload',
        summary: 'Every couple you work with, who needs attention first',
        tags,
        response: { 200: CaseloadSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({
      couples: [...(await caseload(deps, requireAuth(request).userId, originOf(request)))],
    }),
  );

  app.get(
    '/api/v1/therapist/outcomes',
    {
      schema: {
        operationId: 'getPracticeOutcomes',
        summary: 'Your practice’s outcomes beside the program guide’s typical figures',
        description:
          'Each figure counts only the couples that measured and shared it; `few` marks counts too small to read much into.',
        tags,
        response: { 200: OutcomesSchema, ...problems(401, 404) },
      },
    },
    async (request) => outcomesOfPractice(deps, requireAuth(request).userId, originOf(request)),
  );

  app.get(
    '/api/v1/therapist/couples/:coupleId',
    {
      schema: {
        operationId: 'getTherapistCoupleView',
        summary: 'Both partners side by side, each showing what they consent to now',
        tags,
        params: CoupleParams,
        response: { 200: CoupleViewSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      coupleView(deps, requireAuth(request).userId, request.params.coupleId, originOf(request)),
  );

  app.get(
    '/api/v1/therapist/couples/:coupleId/sessions',
    {
      schema: {
        operationId: 'listTherapistSessions',
        summary: 'The couple’s sessions with your private notes, and your upcoming appointments',
        tags,
        params: CoupleParams,
        response: { 200: SessionsSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      sessionsOfCouple(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        originOf(request),
      ),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/sessions',
    {
      schema: {
        operationId: 'recordVerifiedSession',
        summary: 'Record a session you held: verified attendance, with an optional private note',
        tags,
        params: CoupleParams,
        body: strictObject({
          heldOn: DateString,
          kind: SessionKind,
          attendees: Type.Array(Uuid, { minItems: 1, maxItems: 2 }),
          note: Type.Optional(Type.String({ maxLength: 8000 })),
        }),
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordVerifiedSession(
            deps,
            requireAuth(request).userId,
            request.params.coupleId,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/sessions/:sessionId/notes',
    {
      schema: {
        operationId: 'addSessionNote',
        summary: 'Add a private note to a session you recorded; only you can read it',
        tags,
        params: strictObject({ coupleId: Uuid, sessionId: Uuid }),
        body: strictObject({ text: Type.String({ minLength: 1, maxLength: 8000 }) }),
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addSessionNote(
            deps,
            requireAuth(request).userId,
            request.params.coupleId,
            request.params.sessionId,
            request.body.text,
          ),
        ),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/observations',
    {
      schema: {
        operationId: 'recordObservation',
        summary:
          'Record your observation of the couple’s communication, or your assessment of a partner’s forgiveness',
        tags,
        params: CoupleParams,
        body: Type.Union([
          strictObject({
            kind: Type.Literal('communication'),
            observedOn: DateString,
            conversationsPerWeek: Type.Integer({ minimum: 0, maximum: 21 }),
            sessionId: Type.Optional(Uuid),
          }),
          strictObject({
            kind: Type.Literal('forgiveness'),
            observedOn: DateString,
            level: Type.Union([
              Type.Literal('low'),
              Type.Literal('moderate'),
              Type.Literal('high'),
            ]),
            aboutMemberId: Uuid,
            sessionId: Type.Optional(Uuid),
          }),
        ]),
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordObservation(
            deps,
            requireAuth(request).userId,
            request.params.coupleId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/v1/therapist/instruments',
    {
      schema: {
        operationId: 'listInstrumentsForTherapist',
        summary:
          'The questionnaires you can ask a partner to answer: Amend’s own, the shared catalogue and your own imports',
        tags,
        response: {
          200: Type.Object({
            instruments: Type.Array(
              Type.Object({
                id: Type.String(),
                title: Type.String(),
                respondent: Type.String({ description: 'any, hurt or involved' }),
                validated: Type.Boolean(),
                own: Type.Boolean({ description: 'One you imported yourself, shown only to you' }),
              }),
            ),
          }),
          ...problems(401, 404),
        },
      },
    },
    async (request) => ({
      instruments: await instrumentsOnOffer(deps, requireAuth(request).userId),
    }),
  );

  app.get(
    '/api/v1/therapist/couples/:coupleId/assignments',
    {
      schema: {
        operationId: 'listAssignments',
        summary: 'The questionnaires you asked the partners to answer',
        tags,
        params: CoupleParams,
        response: {
          200: Type.Object({
            assignments: Type.Array(
              Type.Object({
                id: Uuid,
                memberId: Uuid,
                instrumentId: Type.String(),
                title: Type.String(),
                schedule: Type.String(),
                startsOn: Type.String({ format: 'date' }),
              }),
            ),
          }),
          ...problems(401, 404),
        },
      },
    },
    async (request) => ({
      assignments: await assignmentsOfCouple(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
      ),
    }),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/assignments',
    {
      schema: {
        operationId: 'assignQuestionnaire',
        summary: 'Ask a partner to answer a questionnaire once, weekly or monthly',
        description:
          'Amend’s own questionnaires, the shared catalogue’s, or one you imported yourself. The partner sees it as due on their questionnaires page while they share questionnaires with you.',
        tags,
        params: CoupleParams,
        body: strictObject({
          memberId: Uuid,
          instrumentId: Type.String({ minLength: 1, maxLength: 64 }),
          schedule: Type.Union([
            Type.Literal('once'),
            Type.Literal('weekly'),
            Type.Literal('monthly'),
          ]),
          startsOn: Type.Optional(DateString),
        }),
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await assignQuestionnaire(
            deps,
            requireAuth(request).userId,
            request.params.coupleId,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/appointments',
    {
      schema: {
        operationId: 'scheduleAppointment',
        summary: 'Schedule a session with the couple or one partner',
        tags,
        params: CoupleParams,
        body: strictObject({
          startsAt: Type.String({
            maxLength: 40,
            description: 'ISO 8601 date and time, in the future',
          }),
          kind: SessionKind,
          invitees: Type.Array(Uuid, { minItems: 1, maxItems: 2 }),
        }),
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await scheduleAppointment(
            deps,
            requireAuth(request).userId,
            request.params.coupleId,
            request.body,
          ),
        ),
  );
}
