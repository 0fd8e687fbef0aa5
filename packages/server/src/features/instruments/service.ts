import {
  AMEND_INSTRUMENTS,
  type AnswerReader,
  DomainError,
  type FhirImportOverrides,
  fromFhirQuestionnaire,
  type InstrumentDefinition,
  type InstrumentOwnership,
  isInstrumentOfferedToPartner,
  isInstrumentVisibleToTherapist,
  mayManageInstrumentCatalogue,
  mayReadAnswersTo,
  SHARED_CATALOGUE,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { currentUser } from '../accounts/service.js';
import { recordAuditEvent } from '../audit/store.js';
import { ownInstrumentId } from './ownership.js';
import * as store from './store.js';

/**
 * Amend's own instruments that people take as questionnaires. The safety screen is left out on
 * purpose: it is private, shows help when positive, and belongs to the safety feature.
 */
export const BUILT_IN_QUESTIONNAIRES: readonly InstrumentDefinition[] = AMEND_INSTRUMENTS.filter(
  (definition) => definition.id !== 'amend-safety-screen',
);

/**
 * Who is asking what is on offer: a therapist (the shared catalogue and their own imports), or a
 * partner, with the therapists asking them to answer each instrument (see assignmentsForPartner),
 * since a therapist's own instrument is offered only to the partners they ask.
 */
export type InstrumentAudience =
  | { readonly kind: 'therapist'; readonly therapistUserId: string }
  | { readonly kind: 'partner'; readonly askedBy: ReadonlyMap<string, readonly string[]> };

export interface OfferedInstrument {
  readonly definition: InstrumentDefinition;
  readonly ownership: InstrumentOwnership;
}

/** Everything offered now to this audience: Amend's own, then the imported ones, as core decides. */
export async function instrumentsOffered(
  deps: AppDeps,
  audience: InstrumentAudience,
): Promise<OfferedInstrument[]> {
  const owners =
    audience.kind === 'therapist'
      ? [audience.therapistUserId]
      : [...new Set([...audience.askedBy.values()].flat())];
  const imported = (await store.listActive(deps.db, owners)).filter((row) =>
    audience.kind === 'therapist'
      ? isInstrumentVisibleToTherapist(row.ownership, audience.therapistUserId)
      : isInstrumentOfferedToPartner(row.ownership, audience.askedBy.get(row.definition.id) ?? []),
  );
  return [
    ...BUILT_IN_QUESTIONNAIRES.map((definition) => ({ definition, ownership: SHARED_CATALOGUE })),
    ...imported.map(({ definition, ownership }) => ({ definition, ownership })),
  ];
}

export async function offeredInstruments(
  deps: AppDeps,
  audience: InstrumentAudience,
): Promise<InstrumentDefinition[]> {
  return (await instrumentsOffered(deps, audience)).map((offered) => offered.definition);
}

/**
 * The definition a stored response answered, to write it back out, when this reader may read it.
 * Amend's own instruments are code, so their current definition is used; an imported one is looked
 * up by its exact version, offered or retired.
 */
export async function definitionAnswered(
  deps: AppDeps,
  id: string,
  version: string,
  reader: AnswerReader,
): Promise<InstrumentDefinition | undefined> {
  const builtIn = AMEND_INSTRUMENTS.find((definition) => definition.id === id);
  if (builtIn) return builtIn;
  const row = await store.findVersion(deps.db, id, version);
  return row && mayReadAnswersTo(row.ownership, reader) ? row.definition : undefined;
}

/**
 * The newest definition of each imported instrument named, offered or retired, that this reader
 * may read answers to: answers already given stay readable after an instrument stops being offered.
 */
export async function definitionsOfAnswered(
  deps: AppDeps,
  ids: readonly string[],
  reader: AnswerReader,
): Promise<InstrumentDefinition[]> {
  return (await store.latestVersions(deps.db, ids))
    .filter((row) => mayReadAnswersTo(row.ownership, reader))
    .sort((a, b) => a.importedAt.getTime() - b.importedAt.getTime())
    .map((row) => row.definition);
}

export async function mayManageCatalogue(deps: AppDeps, userId: string): Promise<boolean> {
  const user = await currentUser(deps, userId);
  return mayManageInstrumentCatalogue(user, deps.config.adminEmails);
}

/** Administrator-only routes answer "not found" to everyone else, like any record they may not see. */
async function requireCatalogueManager(deps: AppDeps, userId: string): Promise<void> {
  if (!(await mayManageCatalogue(deps, userId))) {
    throw new DomainError('NOT_FOUND', 'There is nothing here.');
  }
}

export interface CatalogueEntry {
  readonly definition: InstrumentDefinition;
  readonly source: 'amend' | 'imported';
  readonly importedAt: Date | null;
  readonly retiredAt: Date | null;
}

export function importedEntries(rows: readonly store.ImportedInstrumentRow[]): CatalogueEntry[] {
  return rows.map((row) => ({
    definition: row.definition,
    source: 'imported' as const,
    importedAt: row.importedAt,
    retiredAt: row.retiredAt,
  }));
}

/** The shared catalogue: every version administrators imported, then Amend's own. */
export async function listCatalogue(deps: AppDeps, userId: string): Promise<CatalogueEntry[]> {
  await requireCatalogueManager(deps, userId);
  return [
    ...importedEntries(await store.listAll(deps.db, SHARED_CATALOGUE)),
    ...BUILT_IN_QUESTIONNAIRES.map((definition) => ({
      definition,
      source: 'amend' as const,
      importedAt: null,
      retiredAt: null,
    })),
  ];
}

export interface ImportRequest {
  readonly questionnaire: unknown;
  readonly overrides: FhirImportOverrides;
}

/**
 * Reads a FHIR Questionnaire into a definition (core says exactly why when it cannot be scored)
 * and adds it for its owner: to the shared catalogue, or as one therapist's own, stored under an
 * id of its own (ownInstrumentId). A new version replaces the owner's old one on offer; responses
 * to the old version keep their scores. Nothing is stored unless all of it can be.
 */
export async function addImportedInstrument(
  deps: AppDeps,
  userId: string,
  request: ImportRequest,
  ownership: InstrumentOwnership,
  origin: RequestOrigin,
): Promise<InstrumentDefinition> {
  const read = fromFhirQuestionnaire(request.questionnaire, request.overrides);
  const definition =
    ownership.kind === 'shared'
      ? read
      : { ...read, id: ownInstrumentId(ownership.therapistUserId, read.id) };
  if (AMEND_INSTRUMENTS.some((builtIn) => builtIn.id === definition.id)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `"${definition.id}" is the id of one of Amend's own questionnaires. Give the import a different id.`,
      [{ field: 'overrides.id', message: 'Choose an id that Amend does not already use.' }],
    );
  }
  const now = deps.now();
  const outcome = await store.addVersion(deps.db, {
    definition,
    sourceQuestionnaire: request.questionnaire,
    importedBy: userId,
    ownership,
    at: now,
  });
  if (outcome === 'version-exists') {
    throw new DomainError(
      'INSTRUMENT_EXISTS',
      `Version "${definition.version}" of "${read.id}" was imported before. To change it, import it with a new version.`,
      [{ field: 'overrides.version', message: 'Give this import a new version.' }],
    );
  }
  if (outcome === 'id-taken') {
    throw new DomainError(
      'INSTRUMENT_EXISTS',
      `The id "${definition.id}" is already used by another questionnaire. Give the import a different id.`,
      [{ field: 'overrides.id', message: 'Choose another id.' }],
    );
  }
  await recordAuditEvent(
    deps.db,
    {
      action: 'instrument.imported',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: {
        instrumentId: definition.id,
        version: definition.version,
        owner: ownership.kind,
      },
    },
    now,
  );
  return definition;
}

/** An administrator adds to the shared catalogue. */
export async function importInstrument(
  deps: AppDeps,
  userId: string,
  request: ImportRequest,
  origin: RequestOrigin,
): Promise<InstrumentDefinition> {
  await requireCatalogueManager(deps, userId);
  return addImportedInstrument(deps, userId, request, SHARED_CATALOGUE, origin);
}

/**
 * Stops offering an imported instrument of this owner; what people answered stays theirs, with
 * its scores. "Not found" when no version of it is on offer for this owner.
 */
export async function retireImportedInstrument(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  ownership: InstrumentOwnership,
  origin: RequestOrigin,
): Promise<void> {
  const now = deps.now();
  if (!(await store.retire(deps.db, instrumentId, ownership, now))) {
    throw new DomainError(
      'NOT_FOUND',
      'No imported questionnaire of yours with that id is on offer.',
    );
  }
  await recordAuditEvent(
    deps.db,
    {
      action: 'instrument.retired',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: { instrumentId, owner: ownership.kind },
    },
    now,
  );
}

/** An administrator retires an instrument of the shared catalogue. */
export async function retireInstrument(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  origin: RequestOrigin,
): Promise<void> {
  await requireCatalogueManager(deps, userId);
  await retireImportedInstrument(deps, userId, instrumentId, SHARED_CATALOGUE, origin);
}
