// biome-ignore-all lint/style/noRestrictedImports: a build-time script; core's runtime stays free of I/O
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCoach } from '../src/coach/evaluation/evaluate.js';
import { renderFigures, withFigures } from '../src/coach/evaluation/figures.js';

/** The coach's README, whose figures block this script keeps in step with the evaluation set. */
export const COACH_README = fileURLToPath(new URL('../src/coach/README.md', import.meta.url));

export function readCoachReadme(): string {
  return readFileSync(COACH_README, 'utf8');
}

/** `npm run coach:evaluate`: runs the evaluation set and writes its figures into the README. */
export function writeCoachFigures(): void {
  const report = evaluateCoach();
  writeFileSync(COACH_README, withFigures(readCoachReadme(), renderFigures(report)));
  console.log(
    `Coach: ${report.acceptable.flagged} of ${report.acceptable.total} acceptable flagged; recall ${report.kinds
      .map((kind) => `${kind.kind} ${kind.found}/${kind.labelled}`)
      .join(', ')}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeCoachFigures();
