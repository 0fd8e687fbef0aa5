import { normalizeEmail } from '../accounts/credentials.js';
import type { AccountKind } from './therapist-access.js';

/** What the catalogue policy needs to know about the person asking. */
export interface CatalogueActor {
  readonly email: string;
}

/**
 * Who may add instruments to the instance's shared catalogue or retire them: the administrators
 * the person running the instance named in its configuration. Deny by default: no list, no access.
 * Therapists have their own, narrower right (mayImportOwnInstrument): what they import is theirs.
 */
export function mayManageInstrumentCatalogue(
  actor: CatalogueActor | null,
  administratorEmails: readonly string[],
): boolean {
  if (!actor) return false;
  const email = normalizeEmail(actor.email);
  return administratorEmails.some((admin) => normalizeEmail(admin) === email);
}

/**
 * Whose an imported instrument is: the shared catalogue's (an administrator imported it, and it is
 * offered to everyone it is meant for), or one therapist's own (they imported it for the couples
 * they work with, and nobody else is shown it).
 */
export type InstrumentOwnership =
  | { readonly kind: 'shared' }
  | { readonly kind: 'therapist'; readonly therapistUserId: string };

export const SHARED_CATALOGUE: InstrumentOwnership = { kind: 'shared' };

/** Only therapist accounts import instruments of their own; a person in a couple does not. */
export function mayImportOwnInstrument(actor: { readonly kind: AccountKind } | null): boolean {
  return actor?.kind === 'therapist';
}

function ownedBy(ownership: InstrumentOwnership, therapistUserId: string): boolean {
  return ownership.kind === 'therapist' && ownership.therapistUserId === therapistUserId;
}

/**
 * What a therapist is shown in their list of questionnaires and their assignment choices: the
 * shared catalogue and their own imports, never another therapist's.
 */
export function isInstrumentVisibleToTherapist(
  ownership: InstrumentOwnership,
  therapistUserId: string,
): boolean {
  return ownership.kind === 'shared' || ownedBy(ownership, therapistUserId);
}

/** A therapist retires only their own imports; the shared catalogue is the administrators'. */
export function mayTherapistRetireInstrument(
  ownership: InstrumentOwnership,
  therapistUserId: string,
): boolean {
  return ownedBy(ownership, therapistUserId);
}

/**
 * A new version may replace an instrument only for the same owner: an administrator's import never
 * takes over a therapist's instrument, nor a therapist's the shared one or another therapist's.
 */
export function mayAddVersion(
  existing: InstrumentOwnership,
  incoming: InstrumentOwnership,
): boolean {
  if (existing.kind === 'shared') return incoming.kind === 'shared';
  return ownedBy(incoming, existing.therapistUserId);
}

/**
 * Whether a therapist may ask a partner to answer an instrument: one they are shown, for a partner
 * of a couple that still works with them and who shares questionnaires with them (the answers come
 * back to the therapist, so asking needs that consent).
 */
export function mayTherapistAssignInstrument(
  ownership: InstrumentOwnership,
  therapistUserId: string,
  partner: { readonly linkedToTherapist: boolean; readonly sharesQuestionnaires: boolean },
): boolean {
  return (
    isInstrumentVisibleToTherapist(ownership, therapistUserId) &&
    partner.linkedToTherapist &&
    partner.sharesQuestionnaires
  );
}

/**
 * Whether a partner is offered an instrument to answer: the shared catalogue always; a therapist's
 * own only while that therapist asks this partner to answer it. `askedBy` lists the therapists
 * with an assignment of this instrument to this partner still in force (not ended, from a
 * therapist the couple still works with and the partner still shares questionnaires with).
 */
export function isInstrumentOfferedToPartner(
  ownership: InstrumentOwnership,
  askedBy: readonly string[],
): boolean {
  if (ownership.kind === 'shared') return true;
  return askedBy.includes(ownership.therapistUserId);
}

/** Who reads answers already given: the person who gave them, or a therapist they share with. */
export type AnswerReader =
  | { readonly kind: 'respondent' }
  | { readonly kind: 'therapist'; readonly therapistUserId: string };

/**
 * Answers already given stay readable when an instrument is retired or no longer asked for: the
 * respondent always reads their own; a therapist the partner shares questionnaires with reads them
 * for shared instruments and their own, never for another therapist's instrument (whose items
 * they were never meant to see). Whether the therapist may see the partner's questionnaires at
 * all is the consent policy's question, asked before this one.
 */
export function mayReadAnswersTo(ownership: InstrumentOwnership, reader: AnswerReader): boolean {
  if (reader.kind === 'respondent') return true;
  return isInstrumentVisibleToTherapist(ownership, reader.therapistUserId);
}
