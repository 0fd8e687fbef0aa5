import { DomainError, findArticle, orderedStages, programContent } from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { IsoDateTime, NoContent, problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as answers from './answers.js';
import {
  AnswerBody,
  ArticleListSchema,
  ArticleParams,
  ArticleSchema,
  asResponse,
  DraftBody,
  ExerciseParams,
  ProgramSchema,
  StageParams,
  StageSchema,
  TodaySchema,
  VisibilityBody,
} from './schemas.js';
import * as program from './service.js';
import { todaySuggestion } from './today.js';

export function registerProgramRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['program'];

  app.get(
    '/api/v1/program',
    {
      schema: {
        operationId: 'getProgram',
        summary:
          'The eleven stages: where you are, what is done, what is next, and your partner at the level they share',
        tags,
        response: { 200: ProgramSchema, ...problems(401, 404) },
      },
    },
    async (request) => asResponse(await program.programOverview(deps, requireAuth(request).userId)),
  );

  app.get(
    '/api/v1/program/today',
    {
      schema: {
        operationId: 'getTodaySuggestion',
        summary: 'One small next step for today, or none when nothing is waiting',
        tags,
        response: { 200: TodaySchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ suggestion: await todaySuggestion(deps, requireAuth(request).userId) }),
  );

  app.get(
    '/api/v1/program/stages/:stageId',
    {
      schema: {
        operationId: 'getProgramStage',
        summary:
          'A stage for your role and relationship type: reading, exercises, your answers and what your partner shared',
        tags,
        params: StageParams,
        response: { 200: StageSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      asResponse(
        await program.stageView(deps, requireAuth(request).userId, request.params.stageId),
      ),
  );

  for (const [action, kind, summary] of [
    ['begin', 'begin', 'Begin a stage (any stage, at any time)'],
    ['done', 'done', 'Mark a stage as done for you; you can still come back to it'],
  ] as const) {
    app.post(
      `/api/v1/program/stages/:stageId/${action}`,
      {
        schema: {
          operationId: kind === 'begin' ? 'beginProgramStage' : 'markProgramStageDone',
          summary,
          tags,
          params: StageParams,
          response: { 204: NoContent, ...problems(401, 404) },
        },
      },
      async (request, reply) => {
        const userId = requireAuth(request).userId;
        if (kind === 'begin') await program.beginStage(deps, userId, request.params.stageId);
        else await program.markStageDone(deps, userId, request.params.stageId);
        return reply.status(204).send(null);
      },
    );
  }

  app.put(
    '/api/v1/program/exercises/:exerciseId/draft',
    {
      schema: {
        operationId: 'saveExerciseDraft',
        summary: 'Autosave your work on an exercise; only you ever see a draft',
        tags,
        params: ExerciseParams,
        body: DraftBody,
        response: { 200: Type.Object({ savedAt: IsoDateTime }), ...problems(401, 404) },
      },
    },
    async (request) =>
      answers.saveDraft(
        deps,
        requireAuth(request).userId,
        request.params.exerciseId,
        request.body.values,
      ),
  );

  app.post(
    '/api/v1/program/exercises/:exerciseId/answers',
    {
      schema: {
        operationId: 'saveExerciseAnswer',
        summary: 'Save your answer as a new version (earlier ones are kept) and choose who sees it',
        tags,
        params: ExerciseParams,
        body: AnswerBody,
        response: {
          201: Type.Object({ version: Type.Integer(), savedAt: IsoDateTime }),
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) => {
      const saved = await answers.saveAnswer(
        deps,
        requireAuth(request).userId,
        request.params.exerciseId,
        request.body.values,
        request.body.visibility,
      );
      return reply.status(201).send(saved);
    },
  );

  app.put(
    '/api/v1/program/exercises/:exerciseId/visibility',
    {
      schema: {
        operationId: 'setExerciseVisibility',
        summary: 'Change who sees your answer; it applies at once, to every saved version',
        tags,
        params: ExerciseParams,
        body: VisibilityBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await answers.changeVisibility(
        deps,
        requireAuth(request).userId,
        request.params.exerciseId,
        request.body.visibility,
      );
      return reply.status(204).send(null);
    },
  );

  // Learn is general reading with nothing personal in it, open to anyone, signed in or not.
  app.get(
    '/api/v1/learn',
    {
      schema: {
        operationId: 'listLearnArticles',
        summary: 'Short articles answering the questions people ask about recovery',
        tags: ['learn'],
        response: { 200: ArticleListSchema, ...problems() },
      },
    },
    async () => ({
      articles: programContent().articles.map(({ slug, title, summary }) => ({
        slug,
        title,
        summary,
      })),
    }),
  );

  app.get(
    '/api/v1/learn/:slug',
    {
      schema: {
        operationId: 'getLearnArticle',
        summary: 'One Learn article, with the stages of the program it belongs to',
        tags: ['learn'],
        params: ArticleParams,
        response: { 200: ArticleSchema, ...problems(404) },
      },
    },
    async (request) => {
      const content = programContent();
      const article = findArticle(content, request.params.slug);
      if (!article) throw new DomainError('NOT_FOUND', 'There is no article with that name.');
      return asResponse({
        ...article,
        stages: orderedStages(content)
          .filter((stage) => stage.learn.includes(article.slug))
          .map((stage) => ({ id: stage.id, title: stage.title })),
      });
    },
  );
}
