import { randomUUID } from 'node:crypto';
import { AgreementLoad } from './agreement-load.js';
import { Browser, Traffic } from './http.js';
import { type Outcome, PAUSE_AFTER_REFUSAL_MS, sleep, WriteLog } from './writes.js';

const CHECKIN = { trust: 6, closeness: 5, honestConversations: 2, mood: 'okay' };

/** One person going from sign-up to their first check-in, resumable after a crash. */
interface Newcomer {
  readonly email: string;
  readonly browser: Browser;
  readonly idempotencyKey: string;
  step: 'account' | 'space' | 'checkin' | 'done' | 'abandoned';
}

/**
 * The load the fault tests kill the server under: people signing up, making their space and
 * checking in (two at a time), and a couple's agreement changes (see agreement-load.ts).
 */
export class Workload {
  readonly log = new WriteLog();
  readonly traffic = new Traffic();
  readonly agreements: AgreementLoad;
  private readonly newcomers: Newcomer[] = [];
  private readonly browsers: Browser[] = [];
  private running = false;
  /** Newcomers a writer is working on, so two writers never take the same one. */
  private readonly busy = new Set<Newcomer>();

  constructor(
    private baseUrl: string,
    /** The e-mail prefix of this run's newcomers: crash-<runId>-<n>@example.org. */
    readonly runId: string,
  ) {
    this.agreements = new AgreementLoad(this.log, () => this.running);
  }

  /** A browser on the current server that moves with it after each restart. */
  browser(): Browser {
    const browser = new Browser(this.baseUrl, this.traffic);
    this.browsers.push(browser);
    return browser;
  }

  moveTo(baseUrl: string): void {
    this.baseUrl = baseUrl;
    for (const browser of this.browsers) browser.moveTo(baseUrl);
  }

  /**
   * Sign-ups with check-ins, agreement proposals, changes and acceptances, until `stop()` or until
   * the server stops answering. A refusal (the database is down) does not stop a writer.
   */
  async run(checkinWriters: number): Promise<void> {
    this.running = true;
    await Promise.all([
      ...Array.from({ length: checkinWriters }, () => this.writeCheckins()),
      this.agreements.propose(),
      this.agreements.accept(),
    ]);
  }

  stop(): void {
    this.running = false;
  }

  /** After the last restart: every check-in still in doubt or unsent is sent (again) with its key. */
  async finishCheckins(): Promise<void> {
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

  /**
   * People who were part-way when the server died carry on after the restart: a check-in with no
   * answer is sent again with the same idempotency key, as the web app's offline queue does.
   */
  private async writeCheckins(): Promise<void> {
    while (this.running) {
      const newcomer =
        this.newcomers.find(
          (n) => n.step !== 'done' && n.step !== 'abandoned' && !this.busy.has(n),
        ) ?? this.newcomer();
      this.busy.add(newcomer);
      let carryOn: boolean;
      try {
        carryOn = await this.advance(newcomer);
      } finally {
        this.busy.delete(newcomer);
      }
      if (!carryOn) return;
    }
  }

  private newcomer(): Newcomer {
    const newcomer: Newcomer = {
      email: `crash-${this.runId}-${this.newcomers.length}@example.org`,
      browser: this.browser(),
      idempotencyKey: randomUUID(),
      step: 'account',
    };
    this.newcomers.push(newcomer);
    return newcomer;
  }

  /** Takes the newcomer's next steps; false once the server stopped answering. */
  private async advance(newcomer: Newcomer): Promise<boolean> {
    while (this.running && newcomer.step !== 'done' && newcomer.step !== 'abandoned') {
      const { browser, email, step } = newcomer;
      let outcome: Outcome;
      if (step === 'account') {
        const answer = await browser.post('/api/v1/accounts', {
          email,
          password: 'every write counted once',
          displayName: 'Kit',
          timeZone: 'UTC',
        });
        outcome = this.log.record({ kind: 'account', key: email }, answer);
      } else if (step === 'space') {
        const answer = await browser.post('/api/v1/space', {
          relationshipType: 'marriage',
          role: 'hurt',
          cameToLightOn: '2026-01-15',
        });
        outcome = this.log.record({ kind: 'space', key: email }, answer);
      } else {
        const answer = await browser.post('/api/v1/checkins', {
          ...CHECKIN,
          noteVisibility: 'private',
          idempotencyKey: newcomer.idempotencyKey,
        });
        outcome = this.log.record(
          { kind: 'checkin', key: email, idempotencyKey: newcomer.idempotencyKey },
          answer,
        );
      }
      if (outcome === 'acknowledged') {
        newcomer.step = step === 'account' ? 'space' : step === 'space' ? 'checkin' : 'done';
        continue;
      }
      // Refused: nothing was saved, so the same step is taken again later. In doubt or
      // unanswered: an account or space is left alone (the verification allows it once or not at
      // all), a check-in is sent again with its key. Unexpected: the run fails; nothing more.
      if (outcome === 'unexpected' || (outcome !== 'refused' && step !== 'checkin')) {
        newcomer.step = 'abandoned';
      }
      if (outcome === 'unanswered') return false;
      await sleep(PAUSE_AFTER_REFUSAL_MS);
      return true;
    }
    return true;
  }
}
