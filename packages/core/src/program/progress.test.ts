import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { programContent } from './content.js';
import { type ProgressFact, partnerProgressView, programPosition } from './progress.js';

const content = programContent('en');
const day = (text: string) => text as LocalDate;
const started = (stageId: string, on: string): ProgressFact => ({
  kind: 'stage_started',
  stageId,
  on: day(on),
});
const done = (stageId: string, on: string): ProgressFact => ({
  kind: 'stage_marked_done',
  stageId,
  on: day(on),
});
const completed = (stageId: string, exerciseId: string, on: string): ProgressFact => ({
  kind: 'exercise_completed',
  stageId,
  exerciseId,
  on: day(on),
});

describe('program position', () => {
  it('suggests the first stage straight away to someone who has not begun', () => {
    const position = programPosition(content, [], day('2026-03-01'));
    expect(position.current).toBeNull();
    expect(position.next).toMatchObject({
      stageId: 'steadying',
      ready: true,
      daysToWait: 0,
      pacedBy: null,
    });
  });

  it('waits the minimum time of the stage before the next one, and names that stage as the reason', () => {
    const facts = [started('steadying', '2026-03-01'), done('steadying', '2026-03-02')];
    const early = programPosition(content, facts, day('2026-03-04'));
    expect(early.next).toEqual({
      stageId: 'acknowledging',
      suggestedFrom: '2026-03-08',
      ready: false,
      daysToWait: 4,
      pacedBy: { stageId: 'steadying', minimumDays: 7 },
    });
    const onTime = programPosition(content, facts, day('2026-03-08'));
    expect(onTime.next).toMatchObject({ stageId: 'acknowledging', ready: true, pacedBy: null });
  });

  it('asks for at least six weeks with forgiveness before suggesting the next stage', () => {
    const facts = [started('forgiveness', '2026-05-01')];
    const position = programPosition(
      content,
      [
        ...content.stages.filter((s) => s.number < 8).map((s) => done(s.id, '2026-04-01')),
        ...facts,
      ],
      day('2026-05-20'),
    );
    expect(position.next).toMatchObject({
      stageId: 'empathy',
      ready: false,
      suggestedFrom: '2026-06-12',
    });
  });

  it('never blocks: a person can begin a later stage early and it counts as begun', () => {
    const position = programPosition(
      content,
      [started('steadying', '2026-03-01'), started('acknowledging', '2026-03-02')],
      day('2026-03-02'),
    );
    expect(position.current).toBe('acknowledging');
    expect(position.stages.find((s) => s.stageId === 'acknowledging')?.status).toBe('in_progress');
  });

  it('counts a stage as begun from its first completed exercise, even without pressing begin', () => {
    const position = programPosition(
      content,
      [completed('acknowledging', 'impact-letter', '2026-03-05')],
      day('2026-03-06'),
    );
    expect(position.stages.find((s) => s.stageId === 'acknowledging')).toMatchObject({
      status: 'in_progress',
      startedOn: '2026-03-05',
      completedExercises: ['impact-letter'],
    });
  });

  it('never takes progress away: more facts never lower the stages done or begun', () => {
    const stageIds = content.stages.map((stage) => stage.id);
    const fact = fc.record({
      kind: fc.constantFrom('stage_started', 'stage_marked_done'),
      stageId: fc.constantFrom(...stageIds),
      on: fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`),
    }) as fc.Arbitrary<ProgressFact>;
    fc.assert(
      fc.property(fc.array(fact), fc.array(fact), (before, later) => {
        const today = day('2026-03-01');
        const a = programPosition(content, before, today);
        const b = programPosition(content, [...before, ...later], today);
        const begun = (p: typeof a) => p.stages.filter((s) => s.status !== 'not_started').length;
        return b.doneCount >= a.doneCount && begun(b) >= begun(a);
      }),
    );
  });
});

describe("the partner's view", () => {
  it('shows stages and shared exercises, and leaves no trace of private ones', () => {
    const facts = [
      completed('acknowledging', 'impact-letter', '2026-03-05'),
      completed('acknowledging', 'naming-what-you-feel', '2026-03-06'),
      completed('professional-help', 'hopes-for-therapy', '2026-03-07'),
    ];
    const view = partnerProgressView(
      content,
      facts,
      (id) => id === 'impact-letter',
      day('2026-03-08'),
    );
    expect(view.sharedCompleted).toEqual([
      { stageId: 'acknowledging', exerciseId: 'impact-letter', on: '2026-03-05' },
    ]);
    expect(view.stages.find((s) => s.stageId === 'professional-help')?.status).toBe('not_started');
    expect(JSON.stringify(view)).not.toContain('naming-what-you-feel');
  });
});
