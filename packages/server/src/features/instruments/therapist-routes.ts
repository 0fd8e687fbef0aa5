import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { importOwnInstrument, listOwnInstruments, retireOwnInstrument } from './own-instruments.js';
import { IMPORT_BODY_LIMIT_BYTES, importedEntry, presentEntry } from './routes.js';
import { CatalogueSchema, ImportBody, ImportedSchema, InstrumentIdParams } from './schemas.js';

/**
 * A therapist's own FHIR questionnaires: imported for the couples they work with, listed only for
 * them, offered only to the partners they ask to answer them (see therapists/assignments.ts).
 */
export function registerTherapistInstrumentRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['instruments', 'therapist portal'];

  app.get(
    '/api/v1/therapist/imported-instruments',
    {
      schema: {
        operationId: 'listOwnInstruments',
        summary: 'The questionnaires you imported, every version, newest first',
        description: 'Therapist accounts only; anyone else gets 404.',
        tags,
        response: { 200: CatalogueSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({
      instruments: (await listOwnInstruments(deps, requireAuth(request).userId)).map(presentEntry),
    }),
  );

  app.post(
    '/api/v1/therapist/imported-instruments',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        operationId: 'importOwnInstrument',
        summary: 'Import a FHIR R4 Questionnaire of your own, to ask the couples you work with',
        description:
          'The same checks as the shared catalogue: anything Amend cannot score is refused with a list of the problems, and nothing is stored. The questionnaire is yours: no other therapist is shown it, and a partner is offered it only while you ask them to answer it (and they share questionnaires with you). It gets an id of its own (the Questionnaire id with a suffix). Therapist accounts only; anyone else gets 404.',
        tags,
        body: ImportBody,
        response: { 201: ImportedSchema, ...problems(401, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const definition = await importOwnInstrument(
        deps,
        requireAuth(request).userId,
        { questionnaire: request.body.questionnaire, overrides: request.body.overrides ?? {} },
        originOf(request),
      );
      return reply.status(201).send({ instrument: importedEntry(definition, deps.now()) });
    },
  );

  app.post(
    '/api/v1/therapist/imported-instruments/:instrumentId/retire',
    {
      schema: {
        operationId: 'retireOwnInstrument',
        summary: 'Stop offering a questionnaire you imported, and stop asking for it',
        description:
          'Your assignments of it end; answers already given keep their scores and stay readable to the partner and to you. Only your own; anything else gets 404.',
        tags,
        params: InstrumentIdParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await retireOwnInstrument(
        deps,
        requireAuth(request).userId,
        request.params.instrumentId,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
