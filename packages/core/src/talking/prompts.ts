import type { PartnerRole, RelationshipType } from '../couples/relationship.js';
import { PROMPT_CARDS } from './prompt-cards.js';

export type PromptAudience = 'everyone' | 'hurt' | 'involved';
export type PromptSetting = 'any' | 'call' | 'in_person';

export interface PromptCard {
  readonly id: string;
  /** Program stage ids this card belongs to; empty: any stage. */
  readonly stages: readonly string[];
  readonly audience: PromptAudience;
  readonly setting: PromptSetting;
  readonly question: string;
}

export const PROMPT_MARK_KINDS = ['favourite', 'talked_about'] as const;
export type PromptMarkKind = (typeof PROMPT_MARK_KINDS)[number];

export function promptCard(id: string): PromptCard | undefined {
  return PROMPT_CARDS.find((card) => card.id === id);
}

/** Who a card is for: a person with both roles gets both; an undisclosed role only shared cards. */
function forRole(card: PromptCard, role: PartnerRole): boolean {
  if (card.audience === 'everyone') return true;
  return role === 'both' || card.audience === role;
}

/**
 * The cards offered to one person, best first. Cards for their current stage come first, then
 * cards for any stage, then the rest of the path (anything may be talked about at any time).
 * Long-distance couples are not offered cards that need the same room, and cards suited to a
 * call come first within each group.
 */
export function promptsFor(input: {
  readonly stageId: string | null;
  readonly role: PartnerRole;
  readonly relationshipType: RelationshipType;
}): PromptCard[] {
  const longDistance = input.relationshipType === 'long_distance';
  const offered = PROMPT_CARDS.filter(
    (card) => forRole(card, input.role) && !(longDistance && card.setting === 'in_person'),
  );
  const group = (card: PromptCard) =>
    input.stageId !== null && card.stages.includes(input.stageId)
      ? 0
      : card.stages.length === 0
        ? 1
        : 2;
  const callFirst = (card: PromptCard) => (longDistance && card.setting === 'call' ? 0 : 1);
  return offered
    .map((card, index) => ({ card, index }))
    .sort(
      (a, b) =>
        group(a.card) - group(b.card) || callFirst(a.card) - callFirst(b.card) || a.index - b.index,
    )
    .map(({ card }) => card);
}
