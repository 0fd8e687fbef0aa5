import {
  AMEND_INSTRUMENTS,
  DomainError,
  type FhirImportOverrides,
  fromFhirQuestionnaire,
  type InstrumentDefinition,
  mayManageInstrumentCatalogue,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { currentUser } from '../accounts/service.js';
import { recordAuditEvent } from '../audit/store.js';
import * as store from './store.js';

/**
 * Amend's own instruments that people take as questionnaires. The safety screen is left out on
 * purpose: it is private, shows help when positive, and belongs to the safety feature.
 */
export const BUILT_IN_QUESTIONNAIRES: readonly InstrumentDefinition[] = AMEND_INSTRUMENTS.filter(
  (definition) => definition.id !== 'amend-safety-screen',
);

/** Everything offered as a questionnaire now: Amend's own, then the imported ones on offer. */
export async function offeredInstruments(deps: AppDeps): Promise<InstrumentDefinition[]> {
  const imported = await store.listActive(deps.db);
  return [...BUILT_IN_QUESTIONNAIRES, ...imported.map((row) => row.definition)];
}

/**
 * The definition a stored response answered, to write it back out. Amend's own instruments are
 * code, so their current definition is used; an imported one is looked up by its exact version.
 */
export async function definitionAnswered(
  deps: AppDeps,
  id: string,
  version: string,
): Promise<InstrumentDefinition | undefined> {
  const builtIn = AMEND_INSTRUMENTS.find((definition) => definition.id === id);
  if (builtIn) return builtIn;
  return (await store.findVersion(deps.db, id, version))?.definition;
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

export async function listCatalogue(deps: AppDeps, userId: string): Promise<CatalogueEntry[]> {
  await requireCatalogueManager(deps, userId);
  const imported = await store.listAll(deps.db);
  return [
    ...imported.map((row) => ({
      definition: row.definition,
      source: 'imported' as const,
      importedAt: row.importedAt,
      retiredAt: row.retiredAt,
    })),
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
 * Reads a FHIR Questionnaire into a definition (core says exactly why when it cannot be scored),
 * and offers it from now on. A new version of an imported instrument replaces the old one on
 * offer; responses to the old version keep their scores.
 */
export async function importInstrument(
  deps: AppDeps,
  userId: string,
  request: ImportRequest,
  origin: RequestOrigin,
): Promise<InstrumentDefinition> {
  await requireCatalogueManager(deps, userId);
  const definition = fromFhirQuestionnaire(request.questionnaire, request.overrides);
  if (AMEND_INSTRUMENTS.some((builtIn) => builtIn.id === definition.id)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `"${definition.id}" is the id of one of Amend's own questionnaires. Give the import a different id.`,
      [{ field: 'overrides.id', message: 'Choose an id that Amend does not already use.' }],
    );
  }
  const now = deps.now();
  const added = await store.addVersion(deps.db, {
    definition,
    sourceQuestionnaire: request.questionnaire,
    importedBy: userId,
    at: now,
  });
  if (!added) {
    throw new DomainError(
      'INSTRUMENT_EXISTS',
      `Version "${definition.version}" of "${definition.id}" is already in the catalogue. To change it, import it with a new version.`,
      [{ field: 'overrides.version', message: 'Give this import a new version.' }],
    );
  }
  await recordAuditEvent(
    deps.db,
    {
      action: 'instrument.imported',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: { instrumentId: definition.id, version: definition.version },
    },
    now,
  );
  return definition;
}

/** Stops offering an imported instrument; what people answered stays theirs, with its scores. */
export async function retireInstrument(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  origin: RequestOrigin,
): Promise<void> {
  await requireCatalogueManager(deps, userId);
  const now = deps.now();
  if (!(await store.retire(deps.db, instrumentId, now))) {
    throw new DomainError('NOT_FOUND', 'No imported questionnaire with that id is on offer.');
  }
  await recordAuditEvent(
    deps.db,
    {
      action: 'instrument.retired',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: { instrumentId },
    },
    now,
  );
}
