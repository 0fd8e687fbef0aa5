import { describe, expect, it } from 'vitest';
import { readCoachReadme } from '../../scripts/coach-evaluate.js';
import { evaluateCoach } from './evaluation/evaluate.js';
import { FIGURES_END, FIGURES_START, renderFigures } from './evaluation/figures.js';
import { EVALUATION_SET } from './evaluation/set.js';
import { COACH_KINDS } from './types.js';

const report = evaluateCoach();

describe('the coach on its evaluation set', () => {
  it('holds at least 400 sentences, at least half of them acceptable, and every kind', () => {
    expect(report.totalSentences).toBeGreaterThanOrEqual(400);
    expect(report.acceptable.total * 2).toBeGreaterThanOrEqual(report.totalSentences);
    for (const kind of COACH_KINDS)
      expect(EVALUATION_SET.flagged[kind].length).toBeGreaterThanOrEqual(30);
  });

  it('has no sentence twice, so no example counts double', () => {
    const all = [
      ...EVALUATION_SET.acceptable,
      ...COACH_KINDS.flatMap((kind) => EVALUATION_SET.flagged[kind]),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('flags at most 5% of acceptable statements', () => {
    const flagged = `flagged: ${report.acceptable.flaggedTexts.join(' | ')}`;
    expect(report.acceptable.flaggedRate, flagged).toBeLessThanOrEqual(0.05);
  });

  it.each(COACH_KINDS)('finds at least 80% of the %s examples', (kind) => {
    const figures = report.kinds.find((entry) => entry.kind === kind);
    const missed = report.missed.filter((entry) => entry.kind === kind).map((entry) => entry.text);
    expect(figures?.recall ?? 0, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('matches the figures in the README (run "npm run coach:evaluate" after changing the set or a rule)', () => {
    const readme = readCoachReadme();
    const start = readme.indexOf(FIGURES_START);
    const end = readme.indexOf(FIGURES_END) + FIGURES_END.length;
    expect(readme.slice(start, end)).toBe(renderFigures(report));
  });
});
