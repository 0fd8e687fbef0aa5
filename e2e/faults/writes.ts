import type { Answer } from './http.js';

/**
 * The writes the fault tests make while the server is killed under them, and what each answer
 * promised. An acknowledged write (2xx) must be stored exactly once; a refused one (503
 * SERVICE_UNAVAILABLE: "nothing from this request was saved") not at all; one in doubt (503
 * OUTCOME_UNKNOWN: the database went away while it committed) or with no answer (the server
 * died first) once or not at all, never in part. Any other answer is unexpected and fails the run.
 */
export type Outcome = 'acknowledged' | 'refused' | 'in doubt' | 'unanswered' | 'unexpected';

export type WriteKind = 'account' | 'space' | 'checkin' | 'agreement' | 'change' | 'acceptance';

export interface Write {
  readonly kind: WriteKind;
  /**
   * How the verification finds it: the account's e-mail (account, space, check-in), the title of
   * the terms (agreement, change), or "agreementId version" (acceptance).
   */
  readonly key: string;
  /** For check-ins, the idempotency key a resend reuses. */
  readonly idempotencyKey?: string;
  readonly outcome: Outcome;
  readonly status: number;
  readonly code: string | null;
}

export function outcomeOf(answer: Answer): Outcome {
  if (answer.status >= 200 && answer.status < 300) return 'acknowledged';
  if (answer.status === 0) return 'unanswered';
  if (answer.status === 503 && answer.body.code === 'SERVICE_UNAVAILABLE') return 'refused';
  if (answer.status === 503 && answer.body.code === 'OUTCOME_UNKNOWN') return 'in doubt';
  return 'unexpected';
}

/** Every write and its answer, and how many were acknowledged so far. */
export class WriteLog {
  readonly writes: Write[] = [];
  acknowledged = 0;

  record(write: Omit<Write, 'outcome' | 'status' | 'code'>, answer: Answer): Outcome {
    const outcome = outcomeOf(answer);
    const code = typeof answer.body.code === 'string' ? answer.body.code : null;
    this.writes.push({ ...write, outcome, status: answer.status, code });
    if (outcome === 'acknowledged') this.acknowledged += 1;
    return outcome;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** After a refusal the database is down: a short pause, so writers do not spin. */
export const PAUSE_AFTER_REFUSAL_MS = 50;
