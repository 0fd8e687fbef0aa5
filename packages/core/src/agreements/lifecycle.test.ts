import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  type AgreementAction,
  type AgreementEvent,
  type AgreementState,
  agreementStatus,
  checkAgreementAction,
  eventFor,
} from './lifecycle.js';

const ALEX = 'alex';
const SAM = 'sam';

/** Facts that bring an agreement to each state; Alex proposed version 1, Sam proposed version 2. */
const HISTORIES: Record<AgreementState, AgreementEvent[]> = {
  proposed: [{ type: 'proposed', version: 1, by: ALEX }],
  in_force: [
    { type: 'proposed', version: 1, by: ALEX },
    { type: 'accepted', version: 1, by: SAM },
  ],
  change_proposed: [
    { type: 'proposed', version: 1, by: ALEX },
    { type: 'accepted', version: 1, by: SAM },
    { type: 'proposed', version: 2, by: SAM },
  ],
  ended: [
    { type: 'proposed', version: 1, by: ALEX },
    { type: 'accepted', version: 1, by: SAM },
    { type: 'ended', by: SAM },
  ],
  declined: [
    { type: 'proposed', version: 1, by: ALEX },
    { type: 'declined', version: 1, by: SAM },
  ],
  withdrawn: [
    { type: 'proposed', version: 1, by: ALEX },
    { type: 'withdrawn', version: 1, by: ALEX },
  ],
};

type Role = 'proposer' | 'other';
type ActionName = 'accept' | 'decline' | 'withdraw' | 'propose_change' | 'end';
const OK = 'ok';

/**
 * Every action by each role in every state: "ok" or the error code. The proposer is whoever
 * proposed the version waiting (Sam for the change), or Alex when nothing waits.
 */
const EXPECTED: Record<AgreementState, Record<ActionName, Record<Role, string>>> = {
  proposed: {
    accept: { proposer: 'AGREEMENT_NOT_YOURS_TO_DECIDE', other: OK },
    decline: { proposer: 'AGREEMENT_NOT_YOURS_TO_DECIDE', other: OK },
    withdraw: { proposer: OK, other: 'AGREEMENT_NOT_YOURS_TO_DECIDE' },
    propose_change: {
      proposer: 'AGREEMENT_PROPOSAL_WAITING',
      other: 'AGREEMENT_PROPOSAL_WAITING',
    },
    end: { proposer: 'AGREEMENT_PROPOSAL_WAITING', other: 'AGREEMENT_PROPOSAL_WAITING' },
  },
  in_force: {
    accept: { proposer: 'AGREEMENT_NOT_WAITING', other: 'AGREEMENT_NOT_WAITING' },
    decline: { proposer: 'AGREEMENT_NOT_WAITING', other: 'AGREEMENT_NOT_WAITING' },
    withdraw: { proposer: 'AGREEMENT_NOT_WAITING', other: 'AGREEMENT_NOT_WAITING' },
    propose_change: { proposer: OK, other: OK },
    end: { proposer: OK, other: OK },
  },
  change_proposed: {
    accept: { proposer: 'AGREEMENT_NOT_YOURS_TO_DECIDE', other: OK },
    decline: { proposer: 'AGREEMENT_NOT_YOURS_TO_DECIDE', other: OK },
    withdraw: { proposer: OK, other: 'AGREEMENT_NOT_YOURS_TO_DECIDE' },
    propose_change: {
      proposer: 'AGREEMENT_PROPOSAL_WAITING',
      other: 'AGREEMENT_PROPOSAL_WAITING',
    },
    end: { proposer: OK, other: OK },
  },
  ended: everything('AGREEMENT_CLOSED'),
  declined: everything('AGREEMENT_CLOSED'),
  withdrawn: everything('AGREEMENT_CLOSED'),
};

function everything(code: string): Record<ActionName, Record<Role, string>> {
  const both = { proposer: code, other: code };
  return { accept: both, decline: both, withdraw: both, propose_change: both, end: both };
}

/** What each resulting state is after an allowed action. */
const AFTER: Partial<Record<AgreementState, Partial<Record<ActionName, AgreementState>>>> = {
  proposed: { accept: 'in_force', decline: 'declined', withdraw: 'withdrawn' },
  in_force: { propose_change: 'change_proposed', end: 'ended' },
  change_proposed: { accept: 'in_force', decline: 'in_force', withdraw: 'in_force', end: 'ended' },
};

function outcome(run: () => void): string {
  try {
    run();
    return OK;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('agreement lifecycle', () => {
  for (const [state, history] of Object.entries(HISTORIES) as [
    AgreementState,
    AgreementEvent[],
  ][]) {
    const status = agreementStatus(history);
    const proposer = status.waiting?.proposedBy ?? ALEX;
    const other = proposer === ALEX ? SAM : ALEX;
    const waitingVersion = status.waiting?.version ?? status.inForceVersion ?? 1;
    const actions: Record<ActionName, AgreementAction> = {
      accept: { type: 'accept', version: waitingVersion },
      decline: { type: 'decline', version: waitingVersion },
      withdraw: { type: 'withdraw', version: waitingVersion },
      propose_change: { type: 'propose_change', basedOn: status.inForceVersion ?? 1 },
      end: { type: 'end' },
    };
    it(`reads ${state} from its facts`, () => {
      expect(status.state).toBe(state);
    });
    for (const [name, action] of Object.entries(actions) as [ActionName, AgreementAction][]) {
      for (const [role, actor] of [
        ['proposer', proposer],
        ['other', other],
      ] as const) {
        const expected = EXPECTED[state][name][role];
        it(`${state}: ${name} by the ${role} → ${expected}`, () => {
          expect(outcome(() => checkAgreementAction(status, action, actor))).toBe(expected);
          if (expected !== OK) return;
          const next = agreementStatus([...history, eventFor(status, action, actor)]);
          expect(next.state).toBe(AFTER[state]?.[name]);
        });
      }
    }
  }

  it('keeps the version in force while a change waits, and moves on only when it is accepted', () => {
    const waiting = agreementStatus(HISTORIES.change_proposed);
    expect(waiting).toMatchObject({ inForceVersion: 1, waiting: { version: 2, proposedBy: SAM } });
    const declined = agreementStatus([
      ...HISTORIES.change_proposed,
      { type: 'declined', version: 2, by: ALEX },
    ]);
    expect(declined).toMatchObject({ state: 'in_force', inForceVersion: 1, latestVersion: 2 });
    const accepted = agreementStatus([
      ...HISTORIES.change_proposed,
      { type: 'accepted', version: 2, by: ALEX },
    ]);
    expect(accepted).toMatchObject({ state: 'in_force', inForceVersion: 2, waiting: null });
  });

  it('refuses to answer a version that has since been replaced, or one that does not exist', () => {
    const replaced = agreementStatus(HISTORIES.change_proposed);
    expect(
      outcome(() => checkAgreementAction(replaced, { type: 'accept', version: 9 }, ALEX)),
    ).toBe('NOT_FOUND');
    const declinedChange = agreementStatus([
      ...HISTORIES.change_proposed,
      { type: 'declined', version: 2, by: ALEX },
    ]);
    expect(
      outcome(() => checkAgreementAction(declinedChange, { type: 'accept', version: 2 }, ALEX)),
    ).toBe('AGREEMENT_SUPERSEDED');
    const changedTwice = agreementStatus([
      ...HISTORIES.change_proposed,
      { type: 'withdrawn', version: 2, by: SAM },
      { type: 'proposed', version: 3, by: SAM },
    ]);
    expect(
      outcome(() => checkAgreementAction(changedTwice, { type: 'accept', version: 2 }, ALEX)),
    ).toBe('AGREEMENT_SUPERSEDED');
  });

  it('refuses a change based on a version that is no longer in force', () => {
    const changed = agreementStatus([
      ...HISTORIES.change_proposed,
      { type: 'accepted', version: 2, by: ALEX },
    ]);
    expect(
      outcome(() => checkAgreementAction(changed, { type: 'propose_change', basedOn: 1 }, ALEX)),
    ).toBe('AGREEMENT_SUPERSEDED');
    expect(eventFor(changed, { type: 'propose_change', basedOn: 2 }, ALEX)).toEqual({
      type: 'proposed',
      version: 3,
      by: ALEX,
    });
  });
});
