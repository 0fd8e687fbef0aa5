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
import { listNotifications, markNotificationsRead, NOTIFICATION_PAGE } from './service.js';

const NotificationList = Type.Object({
  unread: Type.Integer({ minimum: 0, description: 'Unread notifications in all, not only listed' }),
  notifications: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.String({ description: 'e.g. agreement.proposed; the app writes the words' }),
      subject: Type.Union([Type.Object({ type: Type.String(), id: Uuid }), Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      createdAt: IsoDateTime,
      read: Type.Boolean(),
    }),
  ),
});

export function registerNotificationRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: `Your newest ${NOTIFICATION_PAGE} notifications, newest first, and how many are unread`,
        tags: ['notifications'],
        response: { 200: NotificationList, ...problems(401) },
      },
    },
    async (request) => listNotifications(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        summary: 'Mark some of your notifications read, or all of them',
        tags: ['notifications'],
        body: Type.Union([
          strictObject({ ids: Type.Array(Uuid, { minItems: 1, maxItems: NOTIFICATION_PAGE }) }),
          strictObject({ all: Type.Literal(true) }),
        ]),
        response: { 204: NoContent, ...problems(401) },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(deps, requireAuth(request).userId, request.body);
      return reply.status(204).send(null);
    },
  );
}
