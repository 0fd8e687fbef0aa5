import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { coupleReportPdf, partnerFhirExport } from './report.js';

/** Plain JSON Schema rather than TypeBox: the handler sends bytes, not a typed value. */
const PdfDownload = { description: 'A tagged PDF with charts', type: 'string', format: 'binary' };
const FhirBundleSchema = Type.Object(
  {
    resourceType: Type.Literal('Bundle'),
    type: Type.Literal('collection'),
    timestamp: Type.String(),
    entry: Type.Array(
      Type.Object({
        fullUrl: Type.String(),
        resource: Type.Object({}, { additionalProperties: true }),
      }),
    ),
  },
  { description: 'A FHIR R4 Bundle of QuestionnaireResponses and Observations, no Patient' },
);

/** What a therapist takes away: a PDF progress report, and FHIR R4 for their record system. */
export function registerTherapistReportRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['therapist portal'];

  app.get(
    '/api/v1/therapist/couples/:coupleId/report.pdf',
    {
      schema: {
        operationId: 'getCoupleReport',
        summary: 'A PDF progress report for the couple over a period, with charts',
        tags,
        params: strictObject({ coupleId: Uuid }),
        querystring: strictObject({
          from: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
          to: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
        }),
        response: {
          200: { content: { 'application/pdf': { schema: PdfDownload } } },
          ...problems(401, 404),
        },
      },
      // Drawing a PDF takes real work; a few a quarter hour is plenty.
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const pdf = await coupleReportPdf(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        request.query,
        originOf(request),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="progress-report-${request.query.from}-${request.query.to}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/v1/therapist/couples/:coupleId/partners/:memberId/fhir',
    {
      schema: {
        operationId: 'getPartnerFhirExport',
        summary: 'One partner’s shared measures as a FHIR R4 Bundle, without a Patient resource',
        tags,
        params: strictObject({ coupleId: Uuid, memberId: Uuid }),
        response: {
          200: { content: { 'application/fhir+json': { schema: FhirBundleSchema } } },
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) => {
      const bundle = await partnerFhirExport(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        request.params.memberId,
        originOf(request),
      );
      return reply
        .header('content-type', 'application/fhir+json')
        .header('cache-control', 'no-store')
        .send({ ...bundle, entry: [...bundle.entry] });
    },
  );
}
