import { AMEND_FORGIVENESS } from './amend/forgiveness.js';
import { AMEND_INTIMACY } from './amend/intimacy.js';
import { AMEND_SAFETY_SCREEN } from './amend/safety-screen.js';
import { AMEND_TRUST } from './amend/trust.js';
import type { InstrumentDefinition } from './definition.js';

export { SAFETY_SELF_HARM_ITEM } from './amend/safety-screen.js';
export { AMEND_LICENCE_NOTE } from './amend/scales.js';
export { AMEND_FORGIVENESS, AMEND_INTIMACY, AMEND_SAFETY_SCREEN, AMEND_TRUST };

/** Amend's own instruments, written for the product and labelled as not clinically validated. */
export const AMEND_INSTRUMENTS: readonly InstrumentDefinition[] = [
  AMEND_TRUST,
  AMEND_INTIMACY,
  AMEND_FORGIVENESS,
  AMEND_SAFETY_SCREEN,
];

/** One of Amend's own instruments by id, or undefined. */
export function instrumentById(id: string): InstrumentDefinition | undefined {
  return AMEND_INSTRUMENTS.find((instrument) => instrument.id === id);
}
