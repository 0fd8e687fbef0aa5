import { analyzeMessage, seededRandom } from '@amend/core';
import { EVALUATION_SET } from '../../packages/core/src/coach/evaluation/set.js';

/**
 * The communication coach as the browser runs it while someone types: messages of about 500
 * characters made from the evaluation set's sentences (harsh and calm mixed), each analysed
 * whole. The baseline, in the same run on the same messages, is one precompiled
 * case-insensitive regular expression scanned across the text — the least a phrase check can
 * do — so the ratio says how many such scans the coach costs.
 */
const MESSAGE_LENGTH = 500;

function messages(count: number): string[] {
  const random = seededRandom(11);
  const pool = [
    ...EVALUATION_SET.acceptable,
    ...Object.values(EVALUATION_SET.flagged).flatMap((sentences) => [...sentences]),
  ];
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < MESSAGE_LENGTH) {
      text += `${pool[Math.floor(random() * pool.length)] ?? ''} `;
    }
    return text.slice(0, MESSAGE_LENGTH);
  });
}

const BASELINE_PATTERN = /\byou (?:always|never)\b/gi;

function baselineScan(text: string): number {
  BASELINE_PATTERN.lastIndex = 0;
  let found = 0;
  while (BASELINE_PATTERN.exec(text) !== null) found += 1;
  return found;
}

function timePerCall(texts: readonly string[], run: (text: string) => unknown, rounds: number) {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) {
      const begin = performance.now();
      run(text);
      timings.push(performance.now() - begin);
    }
  }
  timings.sort((a, b) => a - b);
  return {
    medianMs: timings[Math.floor(timings.length / 2)] ?? 0,
    p95Ms: timings[Math.floor(timings.length * 0.95)] ?? 0,
    maxMs: timings.at(-1) ?? 0,
  };
}

export function benchCoach(rounds = 20) {
  const texts = messages(200);
  for (const text of texts) analyzeMessage(text); // warm-up: patterns compiled, code optimised
  for (const text of texts) baselineScan(text);
  const coach = timePerCall(texts, analyzeMessage, rounds);
  const baseline = timePerCall(texts, baselineScan, rounds);
  // The longest text the server accepts, one sentence with no end mark: the slowest shape.
  const longest = `${'you never listen and it is your fault whatever '.repeat(420)}`.slice(
    0,
    20_000,
  );
  const longestRun = timePerCall([longest], analyzeMessage, 5);
  return {
    messageLength: MESSAGE_LENGTH,
    messages: texts.length * rounds,
    coach,
    baseline,
    medianRatioToBaseline: baseline.medianMs > 0 ? coach.medianMs / baseline.medianMs : null,
    longest20kMedianMs: longestRun.medianMs,
    meetsTarget: coach.p95Ms < 1,
  };
}
