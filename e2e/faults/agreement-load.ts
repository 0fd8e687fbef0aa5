import type { Browser } from './http.js';
import { type Outcome, PAUSE_AFTER_REFUSAL_MS, sleep, type WriteLog } from './writes.js';

/**
 * Agreement changes under the kills: one partner proposes agreements and, once one is in force,
 * new terms for it; the other accepts every version waiting for them. Each acceptance brings the
 * terms into force and plans both partners' review reminders in the same transaction.
 */
interface Agreement {
  readonly id: string;
  /** The latest version stored, and the one in force (null until the first is accepted). */
  latest: number;
  inForce: number | null;
  /** Set once an answer was lost or in doubt: what is stored is then unknown, so hands off. */
  unknown: boolean;
}

const TERMS = {
  practice: 'Written while the server is killed.',
  category: 'other',
  reviewOn: '2099-01-01',
};

export class AgreementLoad {
  private readonly agreements: Agreement[] = [];
  private titles = 0;
  private proposer: Browser | null = null;
  private partner: Browser | null = null;
  private runId = '';

  constructor(
    private readonly log: WriteLog,
    private readonly running: () => boolean,
  ) {}

  /** The couple: `proposer` proposes and changes, `partner` accepts. */
  couple(proposer: Browser, partner: Browser, runId: string): void {
    this.proposer = proposer;
    this.partner = partner;
    this.runId = runId;
  }

  /** Agreements whose every acknowledged version is known to be in force. */
  get inForce(): number {
    return this.agreements.filter((a) => !a.unknown && a.inForce === a.latest).length;
  }

  private nextTitle(): string {
    this.titles += 1;
    return `Crash ${this.runId} ${this.titles}`;
  }

  /** Alternates between a new agreement and new terms for one in force, until stopped. */
  async propose(): Promise<void> {
    const proposer = this.proposer;
    if (!proposer) throw new Error('No couple for the agreement load');
    while (this.running()) {
      const title = this.nextTitle();
      const changing =
        this.titles % 2 === 0
          ? this.agreements.find((a) => !a.unknown && a.inForce !== null && a.inForce === a.latest)
          : undefined;
      if (changing) {
        const answer = await proposer.post(`/api/v1/agreements/${changing.id}/changes`, {
          basedOnVersion: changing.inForce,
          terms: { title, ...TERMS },
        });
        const outcome = this.log.record({ kind: 'change', key: title }, answer);
        if (outcome === 'acknowledged') changing.latest += 1;
        else if (outcome !== 'refused') changing.unknown = true;
        if (!(await this.carryOn(outcome))) return;
      } else {
        const answer = await proposer.post('/api/v1/agreements', { title, ...TERMS });
        const outcome = this.log.record({ kind: 'agreement', key: title }, answer);
        if (outcome === 'acknowledged') {
          this.agreements.push({
            id: String(answer.body.id),
            latest: 1,
            inForce: null,
            unknown: false,
          });
        }
        if (!(await this.carryOn(outcome))) return;
      }
    }
  }

  /** Accepts whatever version waits for the partner, until stopped. */
  async accept(): Promise<void> {
    const partner = this.partner;
    if (!partner) throw new Error('No couple for the agreement load');
    while (this.running()) {
      const waiting = this.agreements.find((a) => !a.unknown && a.inForce !== a.latest);
      if (!waiting) {
        await sleep(10);
        continue;
      }
      const version = waiting.latest;
      const answer = await partner.post(`/api/v1/agreements/${waiting.id}/answers`, {
        version,
        answer: 'accept',
      });
      const outcome = this.log.record(
        { kind: 'acceptance', key: `${waiting.id} ${version}` },
        answer,
      );
      if (outcome === 'acknowledged') waiting.inForce = version;
      else if (outcome !== 'refused') waiting.unknown = true;
      if (!(await this.carryOn(outcome))) return;
    }
  }

  /** Whether to go on after an answer: not once the server stopped answering. */
  private async carryOn(outcome: Outcome): Promise<boolean> {
    if (outcome === 'acknowledged') return true;
    if (outcome === 'unanswered') return false;
    await sleep(PAUSE_AFTER_REFUSAL_MS);
    return true;
  }
}
