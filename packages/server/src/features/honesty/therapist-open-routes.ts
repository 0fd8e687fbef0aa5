import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { IsoDateTime, problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { openInSession, sessionAccounts } from './therapist-open.js';

/**
 * The therapist's side of the structured disclosure, kept with the honesty feature whose state
 * machine it drives: which sealed full accounts a couple has, and opening one in a session.
 */
const tags = ['therapist portal'];
const CoupleParams = strictObject({ coupleId: Uuid });
const AccountParams = strictObject({ coupleId: Uuid, accountId: Uuid });

const SessionAccounts = Type.Object({
  mayOpen: Type.Boolean({
    description: 'Whether you may open an account in a session now (both partners consent)',
  }),
  reason: Type.Union([Type.Enum(['consent_missing', 'partner_missing']), Type.Null()], {
    description:
      'Why not: a partner does not share session_questions with you, or only one partner is in the space',
  }),
  accounts: Type.Array(
    Type.Object({
      id: Uuid,
      authorName: Type.Union([Type.String(), Type.Null()]),
      state: Type.Enum(['sealed', 'opened']),
      sealedAt: Type.Union([IsoDateTime, Type.Null()]),
      openedAt: Type.Union([IsoDateTime, Type.Null()]),
      openedInSession: Type.Union([Type.Object({ byYou: Type.Boolean() }), Type.Null()]),
    }),
    { description: 'Empty unless mayOpen; never the text, which opens for the partners' },
  ),
});

export function registerTherapistOpenRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/therapist/couples/:coupleId/full-accounts',
    {
      schema: {
        operationId: 'getCoupleFullAccounts',
        summary:
          'The couple’s sealed and opened full accounts (not their text), when you may open one',
        tags,
        params: CoupleParams,
        response: { 200: SessionAccounts, ...problems(401, 404) },
      },
    },
    async (request) =>
      sessionAccounts(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        originOf(request),
      ),
  );

  app.post(
    '/api/v1/therapist/couples/:coupleId/full-accounts/:accountId/open-in-session',
    {
      schema: {
        operationId: 'openFullAccountInSession',
        summary: 'Open a sealed full account in a session: it opens for both partners, read-only',
        description:
          'Needs both partners in the space to consent to session_questions now. Both are told in the app.',
        tags,
        params: AccountParams,
        response: {
          200: Type.Object({ state: Type.Literal('opened'), openedAt: IsoDateTime }),
          ...problems(401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      openInSession(
        deps,
        requireAuth(request).userId,
        request.params.coupleId,
        request.params.accountId,
        originOf(request),
      ),
  );
}
