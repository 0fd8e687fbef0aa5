import { randomUUID } from 'node:crypto';
import { type Answer, Browser } from './http.js';

/**
 * The writes the fault tests make while the server is killed under them, and what each answer
 * promised. An acknowledged write (2xx) must be stored exactly once; a refused one (503: "nothing
 * was saved") must not be stored at all; one with no answer (the server died first) may be
 * stored once or not at all, but never in part.
 */
export type Outcome = 'acknowledged' | 'refused' | 'unanswered' | 'rejected';

export interface Write {
  readonly kind: 'account' | 'space' | 'checkin' | 'agreement';
  /** The account's e-mail, or the agreement's title: how the verification finds it. */
  readonly key: string;
  /** For check-ins, the idempotency key a retry reuses. */
  readonly idempotencyKey?: string;
  outcome: Outcome;
  status: number;
}

function outcomeOf(answer: Answer): Outcome {
  if (answer.status >= 200 && answer.status < 300) return 'acknowledged';
  if (answer.status === 503) return 'refused';
  if (answer.status === 0) return 'unanswered';
  return 'rejected';
}

const CHECKIN = { trust: 6, closeness: 5, honestConversations: 2, mood: 'okay' };

/** One person going from sign-up to their first check-in, resumable after a crash. */
interface Newcomer {
  readonly email: string;
  readonly browser: Browser;
  readonly idempotencyKey: string;
  step: 'account' | 'space' | 'checkin' | 'done' | 'abandoned';
}

export class Workload {
  readonly writes: Write[] = [];
  private readonly newcomers: Newcomer[] = [];
  private running = false;
  private agreementsProposed = 0;
  /** Newcomers a writer is working on, so two writers never take the same one. */
  private readonly busy = new Set<Newcomer>();

  constructor(
    private baseUrl: string,
    /** A member of a couple whose partner is signed up, who proposes agreements. */
    private readonly proposer: Browser,
    private readonly runId: string,
  ) {}

  moveTo(baseUrl: string): void {
    this.baseUrl = baseUrl;
    this.proposer.moveTo(baseUrl);
    for (const newcomer of this.newcomers) newcomer.browser.moveTo(baseUrl);
  }

  /** Runs check-in writers and an agreement writer until `stop()`, or until the server dies. */
  async run(checkinWriters: number): Promise<void> {
    this.running = true;
    await Promise.all([
      ...Array.from({ length: checkinWriters }, () => this.writeCheckins()),
      this.writeAgreements(),
    ]);
  }

  stop(): void {
    this.running = false;
  }

  /** After the last restart: every check-in still in doubt is sent again with its key. */
  async finishCheckinsInDoubt(): Promise<void> {
    this.running = true;
    for (const newcomer of this.newcomers.filter((n) => n.step === 'checkin')) {
      await this.advance(newcomer);
    }
    this.running = false;
  }

  /** The people whose check-in was still unsent or in doubt at the end. */
  get checkinsLeftInDoubt(): number {
    return this.newcomers.filter((n) => n.step === 'checkin').length;
  }

  private record(write: Omit<Write, 'outcome' | 'status'>, answer: Answer): Outcome {
    const outcome = outcomeOf(answer);
    this.writes.push({ ...write, outcome, status: answer.status });
    return outcome;
  }

  /**
   * People who were part-way when the server died carry on after the restart: a check-in with no
   * answer is sent again with the same idempotency key, as the web app's offline queue does.
   */
  private async writeCheckins(): Promise<void> {
    while (this.running) {
      const newcomer =
        this.newcomers.find((n) => n.step === 'checkin' && !this.busy.has(n)) ?? this.newcomer();
      this.busy.add(newcomer);
      try {
        if (!(await this.advance(newcomer))) return;
      } finally {
        this.busy.delete(newcomer);
      }
    }
  }

  private newcomer(): Newcomer {
    const newcomer: Newcomer = {
      email: `crash-${this.runId}-${this.newcomers.length}@example.org`,
      browser: new Browser(this.baseUrl),
      idempotencyKey: randomUUID(),
      step: 'account',
    };
    this.newcomers.push(newcomer);
    return newcomer;
  }

  /** Takes the next step; false when the server stopped answering. */
  private async advance(newcomer: Newcomer): Promise<boolean> {
    while (this.running && newcomer.step !== 'done' && newcomer.step !== 'abandoned') {
      const { browser, email } = newcomer;
      let outcome: Outcome;
      if (newcomer.step === 'account') {
        const answer = await browser.post('/api/v1/accounts', {
          email,
          password: 'every write counted once',
          displayName: 'Kit',
          timeZone: 'UTC',
        });
        outcome = this.record({ kind: 'account', key: email }, answer);
      } else if (newcomer.step === 'space') {
        const answer = await browser.post('/api/v1/space', {
          relationshipType: 'marriage',
          role: 'hurt',
          cameToLightOn: '2026-01-15',
        });
        outcome = this.record({ kind: 'space', key: email }, answer);
      } else {
        const answer = await browser.post('/api/v1/checkins', {
          ...CHECKIN,
          noteVisibility: 'private',
          idempotencyKey: newcomer.idempotencyKey,
        });
        outcome = this.record(
          { kind: 'checkin', key: email, idempotencyKey: newcomer.idempotencyKey },
          answer,
        );
      }
      if (outcome === 'acknowledged') {
        newcomer.step =
          newcomer.step === 'account' ? 'space' : newcomer.step === 'space' ? 'checkin' : 'done';
        continue;
      }
      // An account or space in doubt is left alone (the verification allows it once or not at
      // all); a check-in in doubt is retried with its key after the restart.
      if (newcomer.step !== 'checkin') newcomer.step = 'abandoned';
      return false;
    }
    return true;
  }

  private async writeAgreements(): Promise<void> {
    while (this.running) {
      this.agreementsProposed += 1;
      const title = `Crash ${this.runId} ${this.agreementsProposed}`;
      const answer = await this.proposer.post('/api/v1/agreements', {
        title,
        practice: 'Written while the server is killed.',
        category: 'other',
        reviewOn: '2099-01-01',
      });
      if (this.record({ kind: 'agreement', key: title }, answer) !== 'acknowledged') return;
    }
  }
}
