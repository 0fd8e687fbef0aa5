import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { spaceContext } from '../space/service.js';
import { appointmentsForPartner, cancelAppointment } from './appointments.js';

const AppointmentParams = strictObject({ coupleId: Uuid, appointmentId: Uuid });

const PartnerAppointments = Type.Object(
  {
    appointments: Type.Array(
      Type.Object(
        {
          id: Uuid,
          startsAt: Type.String({ format: 'date-time' }),
          kind: Type.Union([Type.Literal('couple'), Type.Literal('individual')]),
          therapistName: Type.String(),
          cancelled: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Appointments with the therapist: cancelled by the therapist, seen by the partners expected. */
export function registerAppointmentRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/therapist/couples/:coupleId/appointments/:appointmentId/cancel',
    {
      schema: {
        operationId: 'cancelAppointment',
        summary: 'Cancel an appointment you scheduled, before it begins',
        tags: ['therapist portal'],
        params: AppointmentParams,
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      await cancelAppointment(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        request.params.appointmentId,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/appointments',
    {
      schema: {
        operationId: 'listMyAppointments',
        summary:
          'Your appointments with your therapist, from yesterday on, cancelled ones marked: the couple’s sessions and your own individual ones',
        tags: ['sessions'],
        response: { 200: PartnerAppointments, ...problems(401, 404) },
      },
    },
    async (request) => {
      const space = await spaceContext(deps, requireAuth(request).userId, 'view');
      return { appointments: await appointmentsForPartner(deps, space) };
    },
  );
}
