import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { currentUser } from '../accounts/service.js';
import { LeaveSpaceBody } from '../privacy/schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import * as invitations from './invitations.js';
import {
  AcceptInvitationBody,
  CreatedInvitationEnvelope,
  CreateSpaceBody,
  InvitationIdParams,
  InvitationPreviewEnvelope,
  InvitationSecretBody,
  MaybeSpaceEnvelope,
  SpaceEnvelope,
} from './schemas.js';
import * as space from './service.js';

export function registerSpaceRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  /** The space as its member sees it, with days counted in their own time zone. */
  async function spaceOf(userId: string, coupleId: string) {
    const user = await currentUser(deps, userId);
    return space.viewSpace(deps, userId, coupleId, user.timeZone);
  }

  app.get(
    '/api/v1/space',
    {
      schema: {
        operationId: 'getSpace',
        summary: 'Your recovery space, or null when you are not in one',
        tags: ['space'],
        response: { 200: MaybeSpaceEnvelope, ...problems(401) },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const actor = await space.actorFor(deps, userId);
      return { space: actor.activeCoupleId ? await spaceOf(userId, actor.activeCoupleId) : null };
    },
  );

  app.post(
    '/api/v1/space',
    {
      schema: {
        operationId: 'createSpace',
        summary: 'Create a recovery space and become its first member',
        tags: ['space'],
        body: CreateSpaceBody,
        response: { 201: SpaceEnvelope, ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      const user = await currentUser(deps, userId);
      const created = await space.createSpaceAndView(
        deps,
        userId,
        user.timeZone,
        request.body,
        originOf(request),
      );
      return reply.status(201).send({ space: created });
    },
  );

  app.post(
    '/api/v1/space/leave',
    {
      schema: {
        operationId: 'leaveSpace',
        summary: 'Leave your recovery space; your partner keeps it',
        description:
          'You choose what happens to what you shared: it stays visible to your partner as history, or it leaves with you.',
        tags: ['space'],
        body: LeaveSpaceBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
      // A leave sent without a body (as before the choice existed) is read as an empty choice.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      await space.leaveSpace(
        deps,
        requireAuth(request).userId,
        originOf(request),
        request.body?.sharedRecords ?? 'keep',
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/space/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        summary: 'Invite your partner: a one-time link and short code, valid for 7 days',
        description:
          'Replaces any open invitation. The link and code are shown only in this response.',
        tags: ['invitations'],
        response: { 201: CreatedInvitationEnvelope, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const invitation = await invitations.createInvitation(
        deps,
        requireAuth(request).userId,
        originOf(request),
      );
      return reply.status(201).send({ invitation });
    },
  );

  app.delete(
    '/api/v1/space/invitations/:invitationId',
    {
      schema: {
        operationId: 'revokeInvitation',
        summary: 'Withdraw an open invitation',
        tags: ['invitations'],
        params: InvitationIdParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await invitations.revokeInvitation(
        deps,
        requireAuth(request).userId,
        request.params.invitationId,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/invitations/preview',
    {
      schema: {
        operationId: 'previewInvitation',
        summary: 'See who invited you and to what, before you accept',
        tags: ['invitations'],
        body: InvitationSecretBody,
        response: { 200: InvitationPreviewEnvelope, ...problems(401, 404, 409, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) => ({
      invitation: await invitations.previewInvitation(
        deps,
        requireAuth(request).userId,
        request.body,
      ),
    }),
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        summary: 'Join your partner’s recovery space with your own role',
        tags: ['invitations'],
        body: AcceptInvitationBody,
        response: { 200: SpaceEnvelope, ...problems(401, 404, 409, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const { role, ...secret } = request.body;
      const coupleId = await invitations.acceptInvitation(
        deps,
        userId,
        secret,
        role,
        originOf(request),
      );
      return { space: await spaceOf(userId, coupleId) };
    },
  );

  app.post(
    '/api/v1/invitations/decline',
    {
      schema: {
        operationId: 'declineInvitation',
        summary: 'Decline an invitation; it stops working',
        tags: ['invitations'],
        body: InvitationSecretBody,
        response: { 204: NoContent, ...problems(401, 404, 409, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      await invitations.declineInvitation(
        deps,
        requireAuth(request).userId,
        request.body,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
