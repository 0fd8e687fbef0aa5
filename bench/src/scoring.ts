import { type InstrumentDefinition, scoreResponse } from '@amend/core';
import { Model } from 'survey-core';

/**
 * Scoring throughput: Amend's engine against survey-core computing the same score (a 20-item
 * 7-point form, four items reverse-keyed, mean scoring) for the same answers, in the same run.
 */
const ITEMS = 20;
const REVERSED = new Set([3, 8, 13, 18]);
const options = [1, 2, 3, 4, 5, 6, 7].map((value) => ({
  code: String(value),
  display: String(value),
  value,
}));

const definition: InstrumentDefinition = {
  id: 'bench-20',
  version: '1',
  title: 'Benchmark form',
  description: 'Twenty seven-point items',
  licenceNote: 'Benchmark only',
  validated: false,
  items: Array.from({ length: ITEMS }, (_, index) => ({
    id: `q${index}`,
    text: `Item ${index}`,
    kind: 'choice' as const,
    options,
    ...(REVERSED.has(index) ? { reverse: true } : {}),
  })),
  facets: [],
  scoring: { method: 'mean', minAnsweredFraction: 0.8, scaleMin: 1, scaleMax: 7 },
  bands: [
    { key: 'low', label: 'Low', min: 1, max: 4 },
    { key: 'high', label: 'High', min: 4, max: 7 },
  ],
  reliability: 0.85,
  normSd: 1.1,
  higherIsBetter: true,
};

function answerSets(count: number): Record<string, number>[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 1 + (seed % 7);
  };
  return Array.from({ length: count }, () =>
    Object.fromEntries(Array.from({ length: ITEMS }, (_, i) => [`q${i}`, next()])),
  );
}

function perSecond(run: () => void, budgetMs: number): number {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    run();
    done += 1;
  }
  return (done * 1000) / (performance.now() - start);
}

export function benchScoring(budgetMs = 2000) {
  const sets = answerSets(1000);
  const amendAnswers = sets.map((set) =>
    Object.fromEntries(Object.entries(set).map(([id, value]) => [id, String(value)])),
  );
  const terms = Array.from({ length: ITEMS }, (_, i) =>
    REVERSED.has(i) ? `(8 - {q${i}})` : `{q${i}}`,
  );
  const survey = new Model({
    elements: Array.from({ length: ITEMS }, (_, i) => ({
      type: 'radiogroup',
      name: `q${i}`,
      choices: [1, 2, 3, 4, 5, 6, 7],
    })),
    calculatedValues: [{ name: 'total', expression: `(${terms.join(' + ')}) / ${ITEMS}` }],
  });
  // Both must agree before their speeds mean anything.
  const check = sets[0] ?? {};
  survey.data = check;
  const theirs = Number(survey.getVariable('total'));
  const ours = scoreResponse(definition, amendAnswers[0] ?? {}).total ?? Number.NaN;
  if (Math.abs(theirs - ours) > 1e-9)
    throw new Error(`scores disagree: survey-core ${theirs}, Amend ${ours}`);

  let i = 0;
  const amend = perSecond(() => {
    scoreResponse(definition, amendAnswers[i++ % amendAnswers.length] ?? {});
  }, budgetMs);
  let j = 0;
  const surveyCore = perSecond(() => {
    survey.data = sets[j++ % sets.length] ?? {};
    survey.getVariable('total');
  }, budgetMs);
  return {
    amendPerSecond: Math.round(amend),
    surveyCorePerSecond: Math.round(surveyCore),
    ratio: amend / surveyCore,
  };
}
