import { describe, expect, it } from 'vitest';
import { PARTNER_ROLES, RELATIONSHIP_TYPES } from '../couples/relationship.js';
import { programContent } from '../program/content.js';
import { orderedStages } from '../program/resolve.js';
import { PROMPT_CARDS } from './prompt-cards.js';
import { promptsFor } from './prompts.js';
import { suggestedTopics } from './topics.js';

const STAGE_IDS = orderedStages(programContent()).map((stage) => stage.id);

describe('conversation prompt cards', () => {
  it('have unique ids and name only stages the program has', () => {
    const ids = PROMPT_CARDS.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of PROMPT_CARDS) {
      for (const stage of card.stages) expect(STAGE_IDS).toContain(stage);
    }
  });

  it('offer every stage at least one card to every role and relationship type', () => {
    for (const stageId of STAGE_IDS) {
      for (const role of PARTNER_ROLES) {
        for (const relationshipType of RELATIONSHIP_TYPES) {
          const cards = promptsFor({ stageId, role, relationshipType });
          expect(cards[0]?.stages, `${stageId} ${role} ${relationshipType}`).toContain(stageId);
        }
      }
    }
  });

  it('offer the hurt partner no card written for the involved partner, and the reverse', () => {
    const hurt = promptsFor({ stageId: null, role: 'hurt', relationshipType: 'marriage' });
    const involved = promptsFor({ stageId: null, role: 'involved', relationshipType: 'marriage' });
    expect(hurt.some((card) => card.audience === 'involved')).toBe(false);
    expect(involved.some((card) => card.audience === 'hurt')).toBe(false);
    const both = promptsFor({ stageId: null, role: 'both', relationshipType: 'marriage' });
    expect(both).toHaveLength(PROMPT_CARDS.length);
  });

  it('offer long-distance couples no card that needs the same room, and calls first', () => {
    const cards = promptsFor({
      stageId: 'reconnecting',
      role: 'hurt',
      relationshipType: 'long_distance',
    });
    expect(cards.some((card) => card.setting === 'in_person')).toBe(false);
    expect(cards[0]).toMatchObject({ stages: ['reconnecting'], setting: 'call' });
  });
});

describe('suggested conversation topics', () => {
  it('start with the person’s stage and always include general ones', () => {
    const topics = suggestedTopics('boundaries');
    expect(topics[0]).toBe('Agreements we need');
    expect(topics).toContain('How we are doing');
    expect(suggestedTopics(null)).toEqual(suggestedTopics('no-such-stage'));
  });
});
