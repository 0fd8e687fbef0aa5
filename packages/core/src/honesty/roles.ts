import type { PartnerRole } from '../couples/relationship.js';

/**
 * Which side of the honesty tools a person's own role offers them. The hurt partner asks and
 * acknowledges; the involved partner answers, discloses, writes the full account and makes
 * commitments.
 *
 * `both` (mutual infidelity) gets both sides: each partner may ask the other and answer the
 * other's questions, and each may disclose and commit. `undisclosed` is treated like `both`: a
 * person who has not named their role yet is not shut out of either side, and the rule that
 * nobody answers their own question (or acknowledges their own commitment) still holds.
 */
export function mayAsk(role: PartnerRole): boolean {
  return role !== 'involved';
}

export function mayAnswer(role: PartnerRole): boolean {
  return role !== 'hurt';
}

/** Proactive disclosures, the structured account and commitments: the answering side's tools. */
export function mayDisclose(role: PartnerRole): boolean {
  return mayAnswer(role);
}
