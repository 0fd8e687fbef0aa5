import { type CatalogueActor, mayManageInstrumentCatalogue } from './instrument-catalogue.js';

/**
 * Who may see which outside deliveries (e-mail, push) are failing: the instance's
 * administrators, the same people who manage the catalogue, because a mail server or push
 * outage is theirs to fix. What they see names no person and no content: a channel, a kind,
 * how many tries and the mail or push service's error. Deny by default.
 */
export function mayReviewDeliveries(
  actor: CatalogueActor | null,
  administratorEmails: readonly string[],
): boolean {
  return mayManageInstrumentCatalogue(actor, administratorEmails);
}
