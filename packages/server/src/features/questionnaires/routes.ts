import { type InstrumentDefinition, scoreRange } from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import {
  CompleteBody,
  CompletedSchema,
  DraftBody,
  DraftSavedSchema,
  FhirResourceSchema,
  InstrumentParams,
  QuestionnaireListSchema,
  QuestionnaireSchema,
  ResponseParams,
} from './schemas.js';
import * as questionnaires from './service.js';

/** What a form needs to ask the questions; scoring details (reverse keys) stay on the server. */
function presentDefinition(definition: InstrumentDefinition) {
  const range = scoreRange(definition.items, definition.scoring.method);
  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    licenceNote: definition.licenceNote,
    validated: definition.validated,
    items: definition.items.map((item) => ({
      id: item.id,
      text: item.text,
      kind: item.kind,
      ...(item.options
        ? { options: item.options.map(({ code, display }) => ({ code, display })) }
        : {}),
      ...(item.min !== undefined ? { min: item.min } : {}),
      ...(item.max !== undefined ? { max: item.max } : {}),
      ...(item.facet ? { facet: item.facet } : {}),
    })),
    facets: definition.facets.map(({ id, title }) => ({ id, title })),
    bands: definition.bands.map(({ key, label, min, max }) => ({ key, label, min, max })),
    scale: { min: range?.min ?? 0, max: range?.max ?? 0 },
  };
}

export function registerQuestionnaireRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/questionnaires',
    {
      schema: {
        operationId: 'listQuestionnaires',
        summary: 'The questionnaires offered to you, which are due, and any you have started',
        tags: ['questionnaires'],
        response: { 200: QuestionnaireListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({
      questionnaires: await questionnaires.listQuestionnaires(deps, requireAuth(request).userId),
    }),
  );

  app.get(
    '/api/v1/questionnaires/:instrumentId',
    {
      schema: {
        operationId: 'getQuestionnaire',
        summary:
          'A questionnaire’s questions, your saved answers so far, and your scored responses',
        tags: ['questionnaires'],
        params: InstrumentParams,
        response: { 200: QuestionnaireSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const opened = await questionnaires.openQuestionnaire(
        deps,
        requireAuth(request).userId,
        request.params.instrumentId,
      );
      return {
        questionnaire: presentDefinition(opened.definition),
        draftAnswers: opened.draftAnswers,
        responses: opened.responses,
      };
    },
  );

  app.put(
    '/api/v1/questionnaires/:instrumentId/draft',
    {
      schema: {
        operationId: 'saveQuestionnaireDraft',
        summary: 'Save your answers so far, to come back to later',
        tags: ['questionnaires'],
        params: InstrumentParams,
        body: DraftBody,
        response: { 200: DraftSavedSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      questionnaires.saveProgress(
        deps,
        requireAuth(request).userId,
        request.params.instrumentId,
        request.body.answers,
      ),
  );

  app.post(
    '/api/v1/questionnaires/:instrumentId/responses',
    {
      schema: {
        operationId: 'completeQuestionnaire',
        summary:
          'Finish a questionnaire: it is scored, and compared with your first (baseline) response',
        tags: ['questionnaires'],
        params: InstrumentParams,
        body: CompleteBody,
        response: { 200: CompletedSchema, 201: CompletedSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const result = await questionnaires.completeQuestionnaire(
        deps,
        requireAuth(request).userId,
        request.params.instrumentId,
        request.body.answers,
        request.body.idempotencyKey ?? null,
      );
      return reply.status(result.created ? 201 : 200).send({ response: result.response });
    },
  );

  app.get(
    '/api/v1/questionnaire-responses/:responseId/fhir',
    {
      schema: {
        operationId: 'exportQuestionnaireResponse',
        summary: 'One of your completed questionnaires as a FHIR R4 QuestionnaireResponse',
        description:
          'Answered as application/fhir+json, to take into another record. Only your own responses.',
        tags: ['questionnaires'],
        params: ResponseParams,
        response: { 200: FhirResourceSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const resource = await questionnaires.responseAsFhir(
        deps,
        requireAuth(request).userId,
        request.params.responseId,
      );
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="questionnaire-response-${request.params.responseId}.json"`,
        )
        .send(resource);
    },
  );
}
