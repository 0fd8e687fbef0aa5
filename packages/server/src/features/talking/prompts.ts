import {
  PROMPT_MARK_KINDS,
  type PromptMarkKind,
  promptCard,
  promptsFor,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { programOverview } from '../program/service.js';
import { notFound, talkingContext } from './context.js';
import * as store from './prompts-store.js';

function asRelationshipType(value: string): RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value)
    ? (value as RelationshipType)
    : 'other';
}

/** The person's current marks, by card: the kinds whose latest change set them. */
async function currentMarks(deps: AppDeps, coupleId: string, userId: string) {
  const marks = new Map<string, Set<PromptMarkKind>>();
  for (const row of await store.latestMarks(deps.db, coupleId, userId)) {
    if (!row.isSet) continue;
    const kinds = marks.get(row.promptId) ?? new Set<PromptMarkKind>();
    kinds.add(row.kind === 'favourite' ? 'favourite' : 'talked_about');
    marks.set(row.promptId, kinds);
  }
  return marks;
}

/** The cards for the person's stage, role and relationship type, with their own marks. */
export async function promptsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const [program, marks] = await Promise.all([
    programOverview(deps, userId),
    currentMarks(deps, ctx.coupleId, userId),
  ]);
  const cards = promptsFor({
    stageId: program.current,
    role: ctx.role,
    relationshipType: asRelationshipType(program.relationshipType),
  });
  return {
    stageId: program.current,
    cards: cards.map((card) => ({
      id: card.id,
      question: card.question,
      stages: [...card.stages],
      setting: card.setting,
      forYourStage: program.current !== null && card.stages.includes(program.current),
      favourite: marks.get(card.id)?.has('favourite') ?? false,
      talkedAbout: marks.get(card.id)?.has('talked_about') ?? false,
    })),
  };
}

/** Sets or takes back one of the person's marks; each change is kept as a new row. */
export async function markPrompt(
  deps: AppDeps,
  userId: string,
  promptId: string,
  kind: string,
  isSet: boolean,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!promptCard(promptId)) throw notFound('conversation card');
  if (!(PROMPT_MARK_KINDS as readonly string[]).includes(kind)) throw notFound('kind of mark');
  await store.insertMark(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    userId,
    promptId,
    kind,
    isSet,
    at: deps.now(),
  });
}
