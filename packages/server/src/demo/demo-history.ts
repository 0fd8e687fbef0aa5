import {
  DEFAULT_PROGRAM_LOCALE,
  type InstrumentAnswers,
  type InstrumentDefinition,
  isOfferedTo,
  type PartnerRole,
  PROGRAM_CONTENT,
} from '@amend/core';
import { reportIncident } from '../features/incidents/service.js';
import { BUILT_IN_QUESTIONNAIRES } from '../features/instruments/service.js';
import { beginStage, markStageDone } from '../features/program/service.js';
import { completeQuestionnaire } from '../features/questionnaires/service.js';
import { recordSession } from '../features/sessions-attended/service.js';
import type { AppDeps } from '../platform/deps.js';

/**
 * Everything besides check-ins that a couple nine months in would have entered, so the demo's
 * dashboard, path and history are full: monthly questionnaires whose answers follow the
 * person's own trust rating that week, a couple session most weeks, two setbacks reported
 * honestly, and stages of the recovery path begun and finished at a realistic pace. All of it
 * goes through the real services, at the simulated time.
 */
export interface DemoPartner {
  readonly userId: string;
  readonly role: PartnerRole;
  readonly memberId: string;
}

const QUESTIONNAIRE_EVERY_WEEKS = 4;
/** Weeks in which something went wrong: early contact, disclosed; a later lie, discovered. */
const SETBACKS: Readonly<Record<number, { kind: 'contact' | 'lie'; proactive: boolean }>> = {
  7: { kind: 'contact', proactive: true },
  22: { kind: 'lie', proactive: false },
};
/** A stage about every five weeks, each taking about four; forgiveness takes longer. */
const WEEKS_PER_STAGE = 5;

/** Answers every item at `position` (0 to 1) of its range, as a person at that point would. */
function answersAt(definition: InstrumentDefinition, position: number): InstrumentAnswers {
  return Object.fromEntries(
    definition.items.map((item) => {
      if (item.kind === 'choice') {
        const options = item.options ?? [];
        const option = options[Math.round(position * (options.length - 1))] ?? options[0];
        return [item.id, option?.code ?? ''];
      }
      const min = item.min ?? 0;
      const max = item.max ?? 10;
      return [item.id, Math.round(min + position * (max - min))];
    }),
  );
}

const isoDay = (instant: Date) => instant.toISOString().slice(0, 10);

/** What happened in one simulated week besides the check-ins, for both partners. */
export async function recordDemoWeek(
  deps: AppDeps,
  week: number,
  partners: readonly DemoPartner[],
  trustThisWeek: (userId: string) => number | undefined,
): Promise<void> {
  const [hurt] = partners;
  if (!hurt) return;
  if (week % QUESTIONNAIRE_EVERY_WEEKS === 0) {
    for (const partner of partners) {
      const trust = trustThisWeek(partner.userId) ?? 5;
      for (const definition of BUILT_IN_QUESTIONNAIRES) {
        if (!isOfferedTo(definition, partner.role)) continue;
        const answers = answersAt(definition, (trust - 1) / 9);
        await completeQuestionnaire(deps, partner.userId, definition.id, answers, null);
      }
    }
  }
  // Most weeks a couple session; now and then one is missed.
  if (week > 1 && week % 6 !== 5) {
    await recordSession(
      deps,
      hurt.userId,
      {
        heldOn: isoDay(deps.now()),
        kind: 'couple',
        attendees: partners.map((p) => p.memberId),
      },
      null,
    );
  }
  const setback = SETBACKS[week];
  if (setback) {
    await reportIncident(deps, hurt.userId, 'partner', {
      kind: setback.kind,
      disclosure: setback.proactive ? 'proactive' : 'discovered',
      occurredOn: isoDay(new Date(deps.now().getTime() - 86_400_000)),
      description: setback.proactive
        ? 'Sam told me the moment the message arrived and showed it to me.'
        : 'I found out about a meeting Sam had said was with a colleague.',
    });
  }
  const stages = PROGRAM_CONTENT[DEFAULT_PROGRAM_LOCALE]?.stages ?? [];
  const stageIndex = Math.floor(week / WEEKS_PER_STAGE);
  const stage = stages[stageIndex];
  if (stage && week % WEEKS_PER_STAGE === 0) {
    for (const partner of partners) await beginStage(deps, partner.userId, stage.id);
  }
  const finishing = stages[stageIndex];
  if (finishing && week % WEEKS_PER_STAGE === WEEKS_PER_STAGE - 1) {
    for (const partner of partners) await markStageDone(deps, partner.userId, finishing.id);
  }
}
