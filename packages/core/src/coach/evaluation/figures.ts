import type { EvaluationReport } from './evaluate.js';

/** Marks the generated part of packages/core/src/coach/README.md. */
export const FIGURES_START = '<!-- coach-figures:start (written by npm run coach:evaluate) -->';
export const FIGURES_END = '<!-- coach-figures:end -->';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** The figures as Markdown: false alarms on acceptable statements, then precision and recall. */
export function renderFigures(report: EvaluationReport): string {
  const rows = report.kinds.map(
    (kind) =>
      `| ${kind.kind} | ${kind.labelled} | ${kind.found} | ${percent(kind.recall)} | ${kind.correct} of ${kind.reported} | ${percent(kind.precision)} |`,
  );
  return [
    FIGURES_START,
    `${report.totalSentences} sentences: ${report.acceptable.total} acceptable, ${report.totalSentences - report.acceptable.total} labelled with a kind.`,
    '',
    `Acceptable statements flagged: ${report.acceptable.flagged} of ${report.acceptable.total} (${percent(report.acceptable.flaggedRate)}; the limit is 5%).`,
    '',
    '| kind | labelled | found | recall | reported correctly | precision |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Recall: of the sentences labelled with the kind, the share with a finding of that kind (the floor is 80%). Precision: of all sentences where the coach reported the kind, the share labelled with it.',
    FIGURES_END,
  ].join('\n');
}

/** The README with its figures block replaced; throws when the markers are missing. */
export function withFigures(readme: string, figures: string): string {
  const start = readme.indexOf(FIGURES_START);
  const end = readme.indexOf(FIGURES_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error('The coach README has lost its figures markers.');
  }
  return `${readme.slice(0, start)}${figures}${readme.slice(end + FIGURES_END.length)}`;
}
