import { createHash } from 'node:crypto';
import type { InstrumentOwnership } from '@amend/core';

/** FHIR ids are at most 64 characters; the suffix takes a dot and this many hex digits. */
const MAX_ID_LENGTH = 64;
const SUFFIX_DIGITS = 10;

/**
 * The id a therapist's own import is stored and offered under: the Questionnaire's id with a
 * suffix made from the therapist and that id. The same therapist importing the same Questionnaire
 * again gets the same id (a new version replaces the old); two therapists importing one file get
 * two instruments, and neither can tell from a clash that the other exists. The suffix is a hash,
 * so it says nothing about who the therapist is.
 */
export function ownInstrumentId(therapistUserId: string, questionnaireId: string): string {
  const suffix = createHash('sha256')
    .update(`${therapistUserId}\u0000${questionnaireId}`)
    .digest('hex')
    .slice(0, SUFFIX_DIGITS);
  return `${questionnaireId.slice(0, MAX_ID_LENGTH - SUFFIX_DIGITS - 1)}.${suffix}`;
}

/** The ownership a row's owner column stands for (null: the shared catalogue). */
export function ownershipOf(ownerTherapistUserId: string | null): InstrumentOwnership {
  return ownerTherapistUserId === null
    ? { kind: 'shared' }
    : { kind: 'therapist', therapistUserId: ownerTherapistUserId };
}

/** The owner column for an ownership. */
export function ownerColumnOf(ownership: InstrumentOwnership): string | null {
  return ownership.kind === 'shared' ? null : ownership.therapistUserId;
}
