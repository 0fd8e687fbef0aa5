import { DISCLOSURE_TOPICS } from '@amend/core';
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
import * as disclosures from './disclosures.js';
import * as accounts from './full-account.js';

const tags = ['disclosures'];
const AccountParams = strictObject({ accountId: Uuid });
const AccountText = Type.String({ maxLength: 60000 });
const DisclosureList = Type.Object({
  mayDisclose: Type.Boolean(),
  disclosures: Type.Array(
    Type.Object({
      id: Uuid,
      by: Person,
      topic: Type.String(),
      occurredOn: Type.String({ format: 'date' }),
      text: Type.String(),
      incidentId: Type.Union([Uuid, Type.Null()], {
        description: 'The incident it recorded, disclosed proactively; null when not one',
      }),
      createdAt: IsoDateTime,
    }),
  ),
});
const AccountList = Type.Object({
  mayWrite: Type.Boolean(),
  accounts: Type.Array(
    Type.Object({
      id: Uuid,
      author: Person,
      state: Type.Enum(['draft', 'sealed', 'opened']),
      text: Type.Union([Type.String(), Type.Null()], {
        description: 'Your own always; your partner’s only once opened',
      }),
      explicitDetail: Type.Array(
        Type.Object({ start: Type.Integer(), end: Type.Integer(), phrase: Type.String() }),
        { description: 'Words that drift into graphic sexual detail (a warning, never a block)' },
      ),
      versions: Type.Integer(),
      youAgreedToOpen: Type.Boolean(),
      partnerAgreedToOpen: Type.Boolean(),
      createdAt: IsoDateTime,
      savedAt: IsoDateTime,
      sealedAt: Type.Union([IsoDateTime, Type.Null()]),
      openedAt: Type.Union([IsoDateTime, Type.Null()]),
      openedInSession: Type.Union(
        [
          Type.Object({
            therapistName: Type.Union([Type.String(), Type.Null()], {
              description: 'Null when the therapist’s account no longer exists',
            }),
          }),
          Type.Null(),
        ],
        { description: 'Set when the couple’s therapist opened it in a session' },
      ),
    }),
  ),
});

export function registerDisclosureRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const userOf = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).userId;

  app.get(
    '/api/v1/disclosures',
    {
      schema: {
        operationId: 'listDisclosures',
        summary: 'What was told before it was asked, newest first (both partners see all)',
        tags,
        response: { 200: DisclosureList, ...problems(401, 404) },
      },
    },
    async (request) => disclosures.listDisclosures(deps, userOf(request)),
  );

  app.post(
    '/api/v1/disclosures',
    {
      schema: {
        operationId: 'makeDisclosure',
        summary: '“I’m telling you before you ask”; about an incident, it records the incident too',
        tags,
        body: strictObject({
          topic: Type.Enum([...DISCLOSURE_TOPICS]),
          occurredOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, not in the future' }),
          text: Type.String({ maxLength: 4000 }),
          idempotencyKey: Type.Optional(
            Type.String({ format: 'uuid', description: 'Send the same key when retrying' }),
          ),
        }),
        response: { 201: Created, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const created = await disclosures.makeDisclosure(
        deps,
        userOf(request),
        input,
        idempotencyKey ?? null,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/full-accounts',
    {
      schema: {
        operationId: 'listFullAccounts',
        summary: 'Your full account (drafts too) and your partner’s once sealed; text once opened',
        tags,
        response: { 200: AccountList, ...problems(401, 404) },
      },
    },
    async (request) => accounts.accountsOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/full-accounts',
    {
      schema: {
        operationId: 'startFullAccount',
        summary: 'Start a full account: a draft only you see',
        tags,
        body: strictObject({ text: AccountText }),
        response: { 201: Created, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.startAccount(deps, userOf(request), request.body.text)),
  );

  app.post(
    '/api/v1/full-accounts/:accountId/versions',
    {
      schema: {
        operationId: 'saveFullAccount',
        summary: 'Save the draft again (a new version; earlier ones are kept)',
        tags,
        params: AccountParams,
        body: strictObject({ text: AccountText }),
        response: { 204: NoContent, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await accounts.saveAccount(
        deps,
        userOf(request),
        request.params.accountId,
        request.body.text,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/full-accounts/:accountId/seal',
    {
      schema: {
        operationId: 'sealFullAccount',
        summary: 'Seal your account: it can no longer change, and opens only when you both agree',
        tags,
        params: AccountParams,
        response: { 204: NoContent, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await accounts.sealAccount(deps, userOf(request), request.params.accountId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/full-accounts/:accountId/open',
    {
      schema: {
        operationId: 'openFullAccount',
        summary: 'Agree to open a sealed account; it opens when both of you have agreed',
        tags,
        params: AccountParams,
        response: {
          200: Type.Object({
            state: Type.Enum(['draft', 'sealed', 'opened']),
            message: Type.String(),
          }),
          ...problems(401, 404, 409),
        },
      },
    },
    async (request) => accounts.agreeToOpen(deps, userOf(request), request.params.accountId),
  );
}
