import {
  AMEND_INSTRUMENTS,
  assertValidAnswers,
  DomainError,
  type InstrumentDefinition,
  isOfferedTo,
  isQuestionnaireDue,
  localDateOf,
  type PartnerRole,
  type ReliableChangeClass,
  reliableChange,
  scoreResponse,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { currentUser } from '../accounts/service.js';
import { activeMembers, authorizedSpace } from '../space/service.js';
import * as store from './store.js';

/**
 * The questionnaires a partner takes in the app. The safety screen is left out on purpose: it is
 * private, shows help when positive, and belongs to the safety feature, not to progress.
 */
const PROGRESS_INSTRUMENTS = AMEND_INSTRUMENTS.filter(
  (definition) => definition.id !== 'amend-safety-screen',
);

export interface QuestionnaireSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly licenceNote: string;
  readonly validated: boolean;
  readonly itemCount: number;
  readonly due: boolean;
  readonly lastCompletedAt: string | null;
  readonly draft: { answeredCount: number } | null;
}

export interface ScoredResponse {
  readonly id: string;
  readonly completedAt: string;
  readonly total: number | null;
  readonly facets: Record<string, number | null>;
  readonly band: string | null;
  readonly baseline: boolean;
  /** Jacobson–Truax change from the baseline, when the instrument has reliability figures. */
  readonly changeSinceBaseline: { rc: number; classification: ReliableChangeClass } | null;
}

async function who(deps: AppDeps, userId: string, action: 'view' | 'record') {
  const { coupleId } = await authorizedSpace(deps, userId, action);
  const [user, members] = await Promise.all([
    currentUser(deps, userId),
    activeMembers(deps, coupleId),
  ]);
  const role: PartnerRole =
    members.find((member) => member.userId === userId)?.role ?? 'undisclosed';
  return { coupleId, role, timeZone: user.timeZone, today: localDateOf(deps.now(), user.timeZone) };
}

/** Unknown instruments and ones not meant for this person's role answer "not found". */
function offered(instrumentId: string, role: PartnerRole): InstrumentDefinition {
  const definition = PROGRESS_INSTRUMENTS.find((candidate) => candidate.id === instrumentId);
  if (!definition || !isOfferedTo(definition, role)) {
    throw new DomainError('NOT_FOUND', 'There is no questionnaire with that name for you.');
  }
  return definition;
}

function scored(definition: InstrumentDefinition, history: store.ResponseRow[]): ScoredResponse[] {
  const completed = history.filter(
    (row) => row.instrumentId === definition.id && row.status === 'completed',
  );
  const baseline = completed[0];
  return completed.map((row, index) => {
    const canCompare =
      index > 0 &&
      baseline?.total != null &&
      row.total !== null &&
      definition.reliability != null &&
      definition.normSd != null;
    return {
      id: row.id,
      completedAt: (row.completedAt ?? row.startedAt).toISOString(),
      total: row.total,
      facets: row.facets,
      band: row.band,
      baseline: index === 0,
      changeSinceBaseline:
        canCompare &&
        baseline?.total != null &&
        row.total !== null &&
        definition.reliability != null &&
        definition.normSd != null
          ? reliableChange(
              baseline.total,
              row.total,
              definition.normSd,
              definition.reliability,
              definition.higherIsBetter,
            )
          : null,
    };
  });
}

export async function listQuestionnaires(
  deps: AppDeps,
  userId: string,
): Promise<QuestionnaireSummary[]> {
  const { coupleId, role, today, timeZone } = await who(deps, userId, 'view');
  const history = await store.listResponses(deps.db, coupleId, userId);
  return PROGRESS_INSTRUMENTS.filter((definition) => isOfferedTo(definition, role)).map(
    (definition) => {
      const mine = history.filter((row) => row.instrumentId === definition.id);
      const last = mine.filter((row) => row.status === 'completed').at(-1);
      const draft = mine.find((row) => row.status === 'in_progress');
      const lastCompletedAt = last?.completedAt ?? null;
      return {
        id: definition.id,
        title: definition.title,
        description: definition.description,
        licenceNote: definition.licenceNote,
        validated: definition.validated,
        itemCount: definition.items.length,
        due: isQuestionnaireDue(
          definition.cadence,
          lastCompletedAt ? localDateOf(lastCompletedAt, timeZone) : null,
          today,
        ),
        lastCompletedAt: lastCompletedAt?.toISOString() ?? null,
        draft: draft ? { answeredCount: Object.keys(draft.answers).length } : null,
      };
    },
  );
}

export async function openQuestionnaire(deps: AppDeps, userId: string, instrumentId: string) {
  const { coupleId, role } = await who(deps, userId, 'view');
  const definition = offered(instrumentId, role);
  const history = await store.listResponses(deps.db, coupleId, userId);
  const draft = history.find(
    (row) => row.instrumentId === instrumentId && row.status === 'in_progress',
  );
  return { definition, draftAnswers: draft?.answers ?? {}, responses: scored(definition, history) };
}

/** Saves answers so far; every answer must fit its item, so nothing invalid is ever stored. */
export async function saveProgress(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  answers: store.Answers,
) {
  const { coupleId, role } = await who(deps, userId, 'record');
  const definition = offered(instrumentId, role);
  assertValidAnswers(definition, answers);
  await store.saveDraft(deps.db, {
    id: newId(),
    coupleId,
    userId,
    instrumentId,
    version: definition.version,
    answers,
    at: deps.now(),
  });
  return { answeredCount: Object.keys(answers).length, itemCount: definition.items.length };
}

export async function completeQuestionnaire(
  deps: AppDeps,
  userId: string,
  instrumentId: string,
  answers: store.Answers,
  idempotencyKey: string | null,
): Promise<{ response: ScoredResponse; created: boolean }> {
  const { coupleId, role } = await who(deps, userId, 'record');
  const definition = offered(instrumentId, role);
  if (idempotencyKey) {
    const earlier = await store.findByIdempotencyKey(deps.db, coupleId, userId, idempotencyKey);
    if (earlier) {
      const history = await store.listResponses(deps.db, coupleId, userId);
      const response = scored(definition, history).find((candidate) => candidate.id === earlier.id);
      if (response) return { response, created: false };
    }
  }
  assertValidAnswers(definition, answers);
  const score = scoreResponse(definition, answers);
  if (score.total === null) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'A few more answers are needed before this questionnaire can be scored. Your answers so far are saved.',
    );
  }
  const row = await store.complete(deps.db, {
    id: newId(),
    coupleId,
    userId,
    instrumentId,
    version: definition.version,
    answers,
    total: score.total,
    facets: { ...score.facets },
    band: score.band?.key ?? null,
    idempotencyKey,
    at: deps.now(),
  });
  const history = await store.listResponses(deps.db, coupleId, userId);
  const response = scored(definition, history).find((candidate) => candidate.id === row.id);
  if (!response) throw new Error('a completed response was not found after saving');
  return { response, created: true };
}

export interface QuestionnaireProgress {
  readonly id: string;
  readonly title: string;
  readonly scale: { min: number; max: number };
  readonly responses: { completedAt: string; total: number | null; band: string | null }[];
  readonly latest: ScoredResponse | null;
}

/** Your own questionnaire scores over time, for the dashboard. Never your partner's. */
export async function questionnaireProgress(
  deps: AppDeps,
  userId: string,
): Promise<QuestionnaireProgress[]> {
  const { coupleId, role } = await who(deps, userId, 'view');
  const history = await store.listResponses(deps.db, coupleId, userId);
  return PROGRESS_INSTRUMENTS.filter((definition) => isOfferedTo(definition, role)).map(
    (definition) => {
      const responses = scored(definition, history);
      const bandLabel = (key: string | null) =>
        definition.bands.find((band) => band.key === key)?.label ?? null;
      return {
        id: definition.id,
        title: definition.title,
        scale: { min: definition.scoring.scaleMin, max: definition.scoring.scaleMax },
        responses: responses.map(({ completedAt, total, band }) => ({
          completedAt,
          total,
          band: bandLabel(band),
        })),
        latest: responses.at(-1) ?? null,
      };
    },
  );
}
