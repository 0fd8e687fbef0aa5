import { type InstrumentDefinition, scoreRange } from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import {
  CapabilitiesSchema,
  CatalogueSchema,
  ImportBody,
  ImportedSchema,
  InstrumentIdParams,
} from './schemas.js';
import * as instruments from './service.js';

/** A FHIR Questionnaire of a long published instrument can be far larger than other requests. */
export const IMPORT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export function presentEntry(entry: instruments.CatalogueEntry) {
  const { definition } = entry;
  const range = scoreRange(definition.items, definition.scoring.method);
  return {
    id: definition.id,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    licenceNote: definition.licenceNote,
    validated: definition.validated,
    respondent: definition.respondent ?? 'any',
    cadence: definition.cadence ?? 'as-needed',
    itemCount: definition.items.length,
    facets: definition.facets.map((facet) => facet.title),
    scale: {
      min: range?.min ?? definition.scoring.scaleMin,
      max: range?.max ?? definition.scoring.scaleMax,
    },
    reliableChange: definition.reliability != null && definition.normSd != null,
    source: entry.source,
    importedAt: entry.importedAt?.toISOString() ?? null,
    retiredAt: entry.retiredAt?.toISOString() ?? null,
  };
}

export function importedEntry(definition: InstrumentDefinition, at: Date) {
  return presentEntry({ definition, source: 'imported', importedAt: at, retiredAt: null });
}

export function registerInstrumentRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/me/capabilities',
    {
      schema: {
        operationId: 'getCapabilities',
        summary: 'What the signed-in person may do beyond their own space',
        tags: ['accounts'],
        response: { 200: CapabilitiesSchema, ...problems(401) },
      },
    },
    async (request) => ({
      manageInstruments: await instruments.mayManageCatalogue(deps, requireAuth(request).userId),
    }),
  );

  app.get(
    '/api/v1/instruments',
    {
      schema: {
        operationId: 'listInstruments',
        summary:
          'The shared questionnaire catalogue: Amend’s own and every version administrators imported',
        description:
          'Instance administrators only; anyone else gets 404. Therapists’ own imports are not listed here.',
        tags: ['instruments'],
        response: { 200: CatalogueSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({
      instruments: (await instruments.listCatalogue(deps, requireAuth(request).userId)).map(
        presentEntry,
      ),
    }),
  );

  app.post(
    '/api/v1/instruments',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        operationId: 'importInstrument',
        summary:
          'Import a FHIR R4 Questionnaire into the shared catalogue and offer it to everyone',
        description:
          'Choice items need ordinal values (ordinalValue or itemWeight); integer and decimal items take their range from minValue/maxValue. Anything Amend cannot score is refused with a list of the problems. Instance administrators only; anyone else gets 404.',
        tags: ['instruments'],
        body: ImportBody,
        response: { 201: ImportedSchema, ...problems(401, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const definition = await instruments.importInstrument(
        deps,
        requireAuth(request).userId,
        { questionnaire: request.body.questionnaire, overrides: request.body.overrides ?? {} },
        originOf(request),
      );
      return reply.status(201).send({ instrument: importedEntry(definition, deps.now()) });
    },
  );

  app.post(
    '/api/v1/instruments/:instrumentId/retire',
    {
      schema: {
        operationId: 'retireInstrument',
        summary: 'Stop offering an imported questionnaire; answers already given keep their scores',
        description:
          'Every therapist’s requests to answer it end with it, and their reminders stop. Instance administrators only; anyone else gets 404.',
        tags: ['instruments'],
        params: InstrumentIdParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await instruments.retireInstrument(
        deps,
        requireAuth(request).userId,
        request.params.instrumentId,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
