import { analyzeMessage } from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import { AnalyzeBody, AnalyzeResponse } from './schemas.js';

/**
 * The communication coach over HTTP, for clients that cannot run core themselves (the web app
 * runs the same function on the device). It reads the draft, answers, and keeps nothing: no
 * database, no log line with the text, no notification to anyone.
 */
export function registerCoachRoutes(untyped: FastifyInstance): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/coach/analyze',
    {
      schema: {
        operationId: 'analyzeMessage',
        summary: 'Phrases in a draft that may land badly, each with why and a calmer wording',
        description:
          'For anyone signed in. Nothing is stored, logged or reported to anyone; the same analysis runs in the web app as you type.',
        tags: ['coach'],
        body: AnalyzeBody,
        response: { 200: AnalyzeResponse, ...problems(401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return { findings: analyzeMessage(request.body.text) };
    },
  );
}
