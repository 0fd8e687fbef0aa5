import {
  DomainError,
  type InstrumentDefinition,
  type InstrumentOwnership,
  mayImportOwnInstrument,
  mayTherapistRetireInstrument,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { currentUser } from '../accounts/service.js';
import {
  addImportedInstrument,
  type CatalogueEntry,
  type ImportRequest,
  importedEntries,
  retireImportedInstrument,
} from './service.js';
import * as store from './store.js';

/**
 * A therapist's own instruments: FHIR Questionnaires they import for the couples they work with.
 * Core's policy (policy/instrument-catalogue.ts) decides who sees, assigns and retires them; this
 * file only resolves the therapist. Anyone else is answered "not found", as on every therapist route.
 */
async function ownershipOfTherapist(deps: AppDeps, userId: string): Promise<InstrumentOwnership> {
  const user = await currentUser(deps, userId);
  if (!mayImportOwnInstrument({ kind: user.accountKind })) {
    throw new DomainError('NOT_FOUND', 'This is for therapist accounts.');
  }
  return { kind: 'therapist', therapistUserId: userId };
}

/** Adds a Questionnaire as the therapist's own, with the same checks as the shared catalogue's. */
export async function importOwnInstrument(
  deps: AppDeps,
  userId: string,
  request: ImportRequest,
  origin: RequestOrigin,
): Promise<InstrumentDefinition> {
  const ownership = await ownershipOfTherapist(deps, userId);
  return addImportedInstrument(deps, userId, request, ownership, origin);
}

/** Every version the therapist imported, newest first, retired ones included. */
export async function listOwnInstruments(deps: AppDeps, userId: string): Promise<CatalogueEntry[]> {
  const ownership = await ownershipOfTherapist(deps, userId);
  return importedEntries(await store.listAll(deps.db, ownership));
}

/**
 * Stops offering one of the therapist's own instruments and ends their assignments of it; answers
 * already given keep their scores and stay readable to the partner and to this therapist.
 */
export async function retireOwnInstrument(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  origin: RequestOrigin,
): Promise<void> {
  const ownership = await ownershipOfTherapist(deps, userId);
  const active = await store.findActive(deps.db, instrumentId);
  if (!active || !mayTherapistRetireInstrument(active.ownership, userId)) {
    throw new DomainError('NOT_FOUND', 'No questionnaire of yours with that id is on offer.');
  }
  await retireImportedInstrument(deps, userId, instrumentId, ownership, origin);
}
