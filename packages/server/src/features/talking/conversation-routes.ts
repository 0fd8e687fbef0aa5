import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems, Uuid } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as conversations from './conversations.js';
import * as meetings from './meetings.js';
import {
  ConversationBody,
  ConversationOverview,
  ConversationParams,
  Created,
  Meeting,
  MeetingNoteBody,
  MeetingNoteParams,
  MeetingParams,
  MeetingsOverview,
  RatingBody,
} from './schemas.js';

const tags = ['talking'];

/** The conversation log and the weekly check-in meeting. */
export function registerConversationRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/conversations',
    {
      schema: {
        operationId: 'listConversations',
        summary: 'Your space’s conversation log, your own ratings, and topics for your stage',
        tags,
        response: { 200: ConversationOverview, ...problems(401, 404) },
      },
    },
    async (request) => conversations.conversationOverview(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/conversations',
    {
      schema: {
        operationId: 'logConversation',
        summary: 'Log an honest conversation you had together (both of you see it)',
        description:
          'Retrying with the same idempotencyKey answers the conversation already logged.',
        tags,
        body: ConversationBody,
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const created = await conversations.logConversation(
        deps,
        requireAuth(request).userId,
        input,
        idempotencyKey ?? null,
      );
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/api/v1/conversations/:conversationId/rating',
    {
      schema: {
        operationId: 'rateConversation',
        summary: 'Rate privately whether it was honest and whether you felt heard (1–5)',
        description: 'Each save is a new version; your partner never sees your numbers.',
        tags,
        params: ConversationParams,
        body: RatingBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await conversations.rateConversation(
        deps,
        requireAuth(request).userId,
        request.params.conversationId,
        request.body,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/meetings',
    {
      schema: {
        operationId: 'listMeetings',
        summary: 'The weekly meeting that is open, if any, and the ones you finished',
        tags,
        response: { 200: MeetingsOverview, ...problems(401, 404) },
      },
    },
    async (request) => meetings.meetingsOverview(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/meetings',
    {
      schema: {
        operationId: 'startMeeting',
        summary: 'Start a weekly meeting, or join the one your partner already opened',
        tags,
        response: {
          200: Type.Object({ meeting: Meeting }, { description: 'Joined the open meeting' }),
          201: Type.Object({ meeting: Meeting }, { description: 'Started a new meeting' }),
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) => {
      const { meeting, started } = await meetings.startOrJoinMeeting(
        deps,
        requireAuth(request).userId,
      );
      return reply.status(started ? 201 : 200).send({ meeting });
    },
  );

  app.get(
    '/api/v1/meetings/:meetingId',
    {
      schema: {
        operationId: 'getMeeting',
        summary: 'A meeting’s agenda and both partners’ notes (poll it to follow the other screen)',
        tags,
        params: MeetingParams,
        response: { 200: Meeting, ...problems(401, 404) },
      },
    },
    async (request) =>
      meetings.meetingView(deps, requireAuth(request).userId, request.params.meetingId),
  );

  app.put(
    '/api/v1/meetings/:meetingId/notes/:section',
    {
      schema: {
        operationId: 'saveMeetingNote',
        summary: 'Save your note for one part of an open meeting (a new version each time)',
        tags,
        params: MeetingNoteParams,
        body: MeetingNoteBody,
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      await meetings.saveMeetingNote(
        deps,
        requireAuth(request).userId,
        request.params.meetingId,
        request.params.section,
        request.body.text,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/meetings/:meetingId/finish',
    {
      schema: {
        operationId: 'finishMeeting',
        summary: 'Finish the meeting; it is logged as a conversation you can both rate',
        tags,
        params: MeetingParams,
        response: { 200: Type.Object({ conversationId: Uuid }), ...problems(401, 404) },
      },
    },
    async (request) =>
      meetings.finishMeeting(deps, requireAuth(request).userId, request.params.meetingId),
  );
}
