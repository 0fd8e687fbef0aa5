import { analyzeMessage } from '../analyze.js';
import { COACH_KINDS, type CoachKind } from '../types.js';
import { EVALUATION_SET, type EvaluationSet } from './set.js';

export interface KindFigures {
  kind: CoachKind;
  /** Sentences labelled with this kind. */
  labelled: number;
  /** Of those, how many the coach gave a finding of this kind. */
  found: number;
  /** Sentences (of any label) where the coach reported this kind. */
  reported: number;
  /** Of those, how many were labelled with this kind. */
  correct: number;
  recall: number;
  /** 1 when the coach never reported the kind. */
  precision: number;
}

export interface EvaluationReport {
  acceptable: { total: number; flagged: number; flaggedRate: number; flaggedTexts: string[] };
  kinds: KindFigures[];
  missed: { kind: CoachKind; text: string }[];
  totalSentences: number;
}

function kindsFound(text: string): Set<CoachKind> {
  return new Set(analyzeMessage(text).map((finding) => finding.kind));
}

/** Runs the coach over the evaluation set: false alarms on acceptable statements, and per kind. */
export function evaluateCoach(set: EvaluationSet = EVALUATION_SET): EvaluationReport {
  const flaggedTexts = set.acceptable.filter((text) => kindsFound(text).size > 0);
  const reported = new Map<CoachKind, number>(COACH_KINDS.map((kind) => [kind, 0]));
  const correct = new Map<CoachKind, number>(COACH_KINDS.map((kind) => [kind, 0]));
  const found = new Map<CoachKind, number>(COACH_KINDS.map((kind) => [kind, 0]));
  const missed: { kind: CoachKind; text: string }[] = [];
  const count = (map: Map<CoachKind, number>, kind: CoachKind) =>
    map.set(kind, (map.get(kind) ?? 0) + 1);

  for (const text of set.acceptable) for (const kind of kindsFound(text)) count(reported, kind);
  for (const label of COACH_KINDS) {
    for (const text of set.flagged[label]) {
      const kinds = kindsFound(text);
      for (const kind of kinds) {
        count(reported, kind);
        if (kind === label) count(correct, kind);
      }
      if (kinds.has(label)) count(found, label);
      else missed.push({ kind: label, text });
    }
  }

  const kinds = COACH_KINDS.map((kind): KindFigures => {
    const labelled = set.flagged[kind].length;
    const reportedCount = reported.get(kind) ?? 0;
    const correctCount = correct.get(kind) ?? 0;
    const foundCount = found.get(kind) ?? 0;
    return {
      kind,
      labelled,
      found: foundCount,
      reported: reportedCount,
      correct: correctCount,
      recall: labelled === 0 ? 0 : foundCount / labelled,
      precision: reportedCount === 0 ? 1 : correctCount / reportedCount,
    };
  });
  const flaggedCount = flaggedTexts.length;
  return {
    acceptable: {
      total: set.acceptable.length,
      flagged: flaggedCount,
      flaggedRate: set.acceptable.length === 0 ? 0 : flaggedCount / set.acceptable.length,
      flaggedTexts,
    },
    kinds,
    missed,
    totalSentences:
      set.acceptable.length + COACH_KINDS.reduce((sum, kind) => sum + set.flagged[kind].length, 0),
  };
}
