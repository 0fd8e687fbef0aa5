import { analyzeMessage, type CoachFinding } from '@amend/core';
import { useEffect, useMemo, useState } from 'react';

/** Long enough not to flicker on every key, short enough to feel like it follows the typing. */
const SETTLE_MS = 300;

/** A finding the person dismissed stays dismissed while the same words are there. */
function dismissalKey(text: string, finding: CoachFinding): string {
  return `${finding.kind}:${text.slice(finding.start, finding.end).toLowerCase()}`;
}

export interface CoachState {
  /** The text the findings belong to (it lags the field by the settle time). */
  analysedText: string;
  findings: CoachFinding[];
  dismiss: (finding: CoachFinding) => void;
}

/**
 * Runs the coach on the person's device once typing settles. Nothing is sent anywhere: the
 * analysis is the same pure function the server offers, imported from core.
 */
export function useCoach(text: string): CoachState {
  const [analysedText, setAnalysedText] = useState(text);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    if (text === analysedText) return;
    const timer = window.setTimeout(() => setAnalysedText(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text, analysedText]);

  const findings = useMemo(
    () =>
      analyzeMessage(analysedText).filter(
        (finding) => !dismissed.has(dismissalKey(analysedText, finding)),
      ),
    [analysedText, dismissed],
  );

  const dismiss = (finding: CoachFinding) =>
    setDismissed((previous) => new Set(previous).add(dismissalKey(analysedText, finding)));

  return { analysedText, findings, dismiss };
}
