import type { UserId } from '../ids.js';

/**
 * A journal belongs to one person, not to the couple. Only its owner may read or change it:
 * not their partner, not a therapist, not an administrator. Callers answer "not found" to
 * everyone else, so nobody learns whether another person keeps a journal at all.
 */
export function mayUseJournal(actor: { readonly userId: UserId } | null, owner: UserId): boolean {
  return actor !== null && actor.userId === owner;
}
