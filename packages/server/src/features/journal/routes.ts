import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import {
  EntriesPage,
  EntriesQuery,
  EntryBody,
  EntryChangeBody,
  EntryEnvelope,
  EntryParams,
  KeyringBody,
  KeyringEnvelope,
  RewrapBody,
} from './schemas.js';
import * as journal from './service.js';

/**
 * An entry's ciphertext is up to 64 KiB, about 87 KiB as base64url: more than the app's usual
 * 64 KiB body limit, so entry routes get their own.
 */
export const JOURNAL_ENTRY_BODY_LIMIT_BYTES = 96 * 1024;

const OWNER_ONLY =
  'Only for your own journal, which is yours alone: it needs no recovery space, and nobody else, your partner included, can reach it.';

export function registerJournalRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/journal/keyring',
    {
      schema: {
        operationId: 'getJournalKeyring',
        summary: 'Your journal’s wrapped data key and how to derive the keys that unwrap it',
        description: `null until you set up your journal. ${OWNER_ONLY}`,
        tags: ['journal'],
        response: { 200: KeyringEnvelope, ...problems(401) },
      },
    },
    async (request) => ({
      keyring: await journal.readKeyring(deps, requireAuth(request).userId, originOf(request)),
    }),
  );

  app.put(
    '/api/v1/journal/keyring',
    {
      schema: {
        operationId: 'setUpJournal',
        summary: 'Set up your journal with a data key wrapped by your passphrase and recovery key',
        description:
          'Once only: sending the same keyring again answers 200, a different one 409, because replacing it would lock away every entry.',
        tags: ['journal'],
        body: KeyringBody,
        response: { 200: KeyringEnvelope, 201: KeyringEnvelope, ...problems(401, 409) },
      },
    },
    async (request, reply) => {
      const result = await journal.setUpJournal(
        deps,
        requireAuth(request).userId,
        request.body,
        originOf(request),
      );
      return reply.status(result.created ? 201 : 200).send({ keyring: result.keyring });
    },
  );

  app.post(
    '/api/v1/journal/keyring/passphrase',
    {
      schema: {
        operationId: 'changeJournalPassphrase',
        summary: 'Re-wrap the data key for a new passphrase; entries are not re-encrypted',
        description:
          'rewrapProof shows the data key was unwrapped (403 otherwise); version must be the current one (409 otherwise).',
        tags: ['journal'],
        body: RewrapBody,
        response: { 200: KeyringEnvelope, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => ({
      keyring: await journal.changePassphrase(
        deps,
        requireAuth(request).userId,
        request.body,
        originOf(request),
      ),
    }),
  );

  app.delete(
    '/api/v1/journal',
    {
      schema: {
        operationId: 'deleteJournal',
        summary: 'Delete your journal and every entry in it, to start again',
        tags: ['journal'],
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await journal.deleteJournal(deps, requireAuth(request).userId, originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/journal/entries',
    {
      schema: {
        operationId: 'listJournalEntries',
        summary: 'Your journal entries as ciphertext, newest first, a page at a time',
        description: OWNER_ONLY,
        tags: ['journal'],
        querystring: EntriesQuery,
        response: { 200: EntriesPage, ...problems(401) },
      },
    },
    async (request) => journal.listEntries(deps, requireAuth(request).userId, request.query.before),
  );

  app.post(
    '/api/v1/journal/entries',
    {
      bodyLimit: JOURNAL_ENTRY_BODY_LIMIT_BYTES,
      schema: {
        operationId: 'createJournalEntry',
        summary: 'Store a journal entry encrypted in your browser',
        description:
          'Retrying with the same idempotencyKey returns the entry already stored (200). 409 until the journal is set up.',
        tags: ['journal'],
        body: EntryBody,
        response: { 200: EntryEnvelope, 201: EntryEnvelope, ...problems(401, 409, 413) },
      },
    },
    async (request, reply) => {
      const result = await journal.createEntry(
        deps,
        requireAuth(request).userId,
        request.body,
        originOf(request),
      );
      return reply.status(result.created ? 201 : 200).send({ entry: result.entry });
    },
  );

  app.put(
    '/api/v1/journal/entries/:entryId',
    {
      bodyLimit: JOURNAL_ENTRY_BODY_LIMIT_BYTES,
      schema: {
        operationId: 'changeJournalEntry',
        summary: 'Replace one of your journal entries with a newly encrypted version',
        description: OWNER_ONLY,
        tags: ['journal'],
        params: EntryParams,
        body: EntryChangeBody,
        response: { 200: EntryEnvelope, ...problems(401, 404, 413) },
      },
    },
    async (request) => ({
      entry: await journal.changeEntry(
        deps,
        requireAuth(request).userId,
        request.params.entryId,
        request.body,
        originOf(request),
      ),
    }),
  );

  app.delete(
    '/api/v1/journal/entries/:entryId',
    {
      schema: {
        operationId: 'deleteJournalEntry',
        summary: 'Delete one of your journal entries for good',
        description: OWNER_ONLY,
        tags: ['journal'],
        params: EntryParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await journal.deleteEntry(
        deps,
        requireAuth(request).userId,
        request.params.entryId,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
