import { ANSWER_MARKS } from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import {
  IsoDateTime,
  NoContent,
  problems,
  strictObject,
  Uuid,
} from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import { Created, Person } from '../talking/schemas.js';
import * as questions from './questions.js';

const tags = ['questions'];
const QuestionParams = strictObject({ questionId: Uuid });
const Mark = Type.Enum([...ANSWER_MARKS], {
  description: 'this helped, I need more, I would like to talk about this with our therapist',
});
const QuestionsOverview = Type.Object({
  mayAsk: Type.Boolean(),
  mayAnswer: Type.Boolean(),
  counts: Type.Object({ open: Type.Integer(), onHold: Type.Integer() }),
  questions: Type.Array(
    Type.Object({
      id: Uuid,
      askedBy: Person,
      text: Type.String(),
      createdAt: IsoDateTime,
      state: Type.Enum(['waiting', 'answered', 'on_hold', 'withdrawn']),
      open: Type.Boolean({ description: 'Waiting for an answer, or for more' }),
      answers: Type.Array(
        Type.Object({
          id: Uuid,
          author: Person,
          text: Type.String(),
          createdAt: IsoDateTime,
          mark: Type.Union([Mark, Type.Null()]),
        }),
        { description: 'Every answer, oldest first: none is ever changed or removed' },
      ),
      youMay: Type.Object({
        answer: Type.Boolean(),
        mark: Type.Boolean(),
        hold: Type.Boolean(),
        release: Type.Boolean(),
        withdraw: Type.Boolean(),
      }),
    }),
  ),
});

export function registerQuestionRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const userOf = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).userId;

  app.get(
    '/api/v1/questions',
    {
      schema: {
        operationId: 'listQuestions',
        summary: 'Every question asked in your space, with every answer and its date',
        tags,
        response: { 200: QuestionsOverview, ...problems(401, 404) },
      },
    },
    async (request) => questions.questionsOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/questions',
    {
      schema: {
        operationId: 'askQuestion',
        summary: 'Ask your partner a question (the partner who was hurt asks)',
        tags,
        body: strictObject({ text: Type.String({ maxLength: 2000 }) }),
        response: { 201: Created, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await questions.askQuestion(deps, userOf(request), request.body.text)),
  );

  app.post(
    '/api/v1/questions/:questionId/answers',
    {
      schema: {
        operationId: 'answerQuestion',
        summary: 'Answer a question; a later answer stands beside the earlier ones',
        tags,
        params: QuestionParams,
        body: strictObject({ text: Type.String({ maxLength: 8000 }) }),
        response: { 201: Created, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await questions.answerQuestion(
            deps,
            userOf(request),
            request.params.questionId,
            request.body.text,
          ),
        ),
  );

  app.post(
    '/api/v1/questions/:questionId/marks',
    {
      schema: {
        operationId: 'markAnswer',
        summary: 'Say how an answer landed (the person who asked)',
        tags,
        params: QuestionParams,
        body: strictObject({ answerId: Uuid, mark: Mark }),
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await questions.changeQuestion(deps, userOf(request), request.params.questionId, {
        type: 'mark',
        ...request.body,
      });
      return reply.status(204).send(null);
    },
  );

  for (const [step, summary] of [
    ['hold', 'Keep a question for your therapy session (either partner)'],
    ['release', 'Take a question off hold after the session (either partner)'],
    ['withdraw', 'Withdraw a question you asked'],
  ] as const) {
    app.post(
      `/api/v1/questions/:questionId/${step}`,
      {
        schema: {
          operationId: `${step}Question`,
          summary,
          tags,
          params: QuestionParams,
          response: { 204: NoContent, ...problems(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await questions.changeQuestion(deps, userOf(request), request.params.questionId, {
          type: step,
        });
        return reply.status(204).send(null);
      },
    );
  }
}
