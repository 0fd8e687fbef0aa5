import { normalizeEmail } from '../accounts/credentials.js';

/** What the catalogue policy needs to know about the person asking. */
export interface CatalogueActor {
  readonly email: string;
}

/**
 * Who may add instruments to the instance's catalogue or retire them: the administrators the
 * person running the instance named in its configuration. Deny by default: no list, no access.
 * (Therapists gain their own, narrower right with the therapist portal.)
 */
export function mayManageInstrumentCatalogue(
  actor: CatalogueActor | null,
  administratorEmails: readonly string[],
): boolean {
  if (!actor) return false;
  const email = normalizeEmail(actor.email);
  return administratorEmails.some((admin) => normalizeEmail(admin) === email);
}
