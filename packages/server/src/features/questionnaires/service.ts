import {
  type AnswerReader,
  type AssignmentSchedule,
  assertValidAnswers,
  DomainError,
  type FhirQuestionnaireResponse,
  type InstrumentDefinition,
  isAssignmentDue,
  isOfferedTo,
  isQuestionnaireDue,
  type LocalDate,
  localDateOf,
  type PartnerRole,
  type ReliableChangeClass,
  reliableChange,
  scoreResponse,
  toFhirQuestionnaireResponse,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import {
  BUILT_IN_QUESTIONNAIRES,
  definitionAnswered,
  definitionsOfAnswered,
  type InstrumentAudience,
  offeredInstruments,
} from '../instruments/service.js';
import { ownRole, type SpaceContext, spaceContext } from '../space/service.js';
import { type AssignmentForPartner, assignmentsForPartner } from '../therapists/assignments.js';
import * as store from './store.js';

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
  /** A therapist asked for it (the one with the earliest due date when several did). */
  readonly assignment: { therapist: string; schedule: AssignmentSchedule } | null;
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
  const space = await spaceContext(deps, userId, action);
  const role: PartnerRole = ownRole(space);
  return {
    coupleId: space.coupleId,
    memberId: space.memberId,
    role,
    timeZone: space.timeZone,
    today: localDateOf(deps.now(), space.timeZone),
  };
}

/**
 * What a partner is offered depends on what their therapists ask them to answer: a therapist's own
 * questionnaire is offered only while that therapist asks (core's isInstrumentOfferedToPartner).
 */
function partnerAudience(assignments: readonly AssignmentForPartner[]): InstrumentAudience {
  const askedBy = new Map<string, string[]>();
  for (const assignment of assignments) {
    const asking = askedBy.get(assignment.instrumentId) ?? [];
    asking.push(assignment.therapistUserId);
    askedBy.set(assignment.instrumentId, asking);
  }
  return { kind: 'partner', askedBy };
}

/** Unknown instruments and ones not offered to this person answer "not found". */
async function offered(
  deps: AppDeps,
  instrumentId: string,
  person: { coupleId: string; memberId: string; role: PartnerRole },
): Promise<InstrumentDefinition> {
  const assignments = await assignmentsForPartner(deps, person.coupleId, person.memberId);
  const catalogue = await offeredInstruments(deps, partnerAudience(assignments));
  const role = person.role;
  const definition = catalogue.find((candidate) => candidate.id === instrumentId);
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
  const { coupleId, memberId, role, today, timeZone } = await who(deps, userId, 'view');
  const [history, assignments] = await Promise.all([
    store.listResponses(deps.db, coupleId, userId),
    assignmentsForPartner(deps, coupleId, memberId),
  ]);
  const catalogue = await offeredInstruments(deps, partnerAudience(assignments));
  return catalogue
    .filter((definition) => isOfferedTo(definition, role))
    .map((definition) => {
      const mine = history.filter((row) => row.instrumentId === definition.id);
      const last = mine.filter((row) => row.status === 'completed').at(-1);
      const draft = mine.find((row) => row.status === 'in_progress');
      const lastCompletedAt = last?.completedAt ?? null;
      const lastCompletedOn = lastCompletedAt ? localDateOf(lastCompletedAt, timeZone) : null;
      const asked = assignments.filter((a) => a.instrumentId === definition.id);
      const dueAssignment = asked.find((a) =>
        isAssignmentDue(a.schedule, a.startsOn as LocalDate, lastCompletedOn, today),
      );
      const assignment = dueAssignment ?? asked[0];
      return {
        id: definition.id,
        title: definition.title,
        description: definition.description,
        licenceNote: definition.licenceNote,
        validated: definition.validated,
        itemCount: definition.items.length,
        due:
          dueAssignment !== undefined ||
          isQuestionnaireDue(definition.cadence, lastCompletedOn, today),
        lastCompletedAt: lastCompletedAt?.toISOString() ?? null,
        draft: draft ? { answeredCount: Object.keys(draft.answers).length } : null,
        assignment: assignment
          ? { therapist: assignment.therapist, schedule: assignment.schedule }
          : null,
      };
    });
}

export async function openQuestionnaire(deps: AppDeps, userId: string, instrumentId: string) {
  const person = await who(deps, userId, 'view');
  const { coupleId } = person;
  const definition = await offered(deps, instrumentId, person);
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
  const person = await who(deps, userId, 'record');
  const { coupleId } = person;
  const definition = await offered(deps, instrumentId, person);
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
  const person = await who(deps, userId, 'record');
  const { coupleId } = person;
  const definition = await offered(deps, instrumentId, person);
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

/**
 * One of your completed responses as a FHIR R4 QuestionnaireResponse, to take into other records.
 * It names the exact instrument version answered, so an imported instrument's old version is used.
 */
export async function responseAsFhir(
  deps: AppDeps,
  userId: string,
  responseId: string,
): Promise<FhirQuestionnaireResponse> {
  const { coupleId } = await who(deps, userId, 'view');
  const row = await store.findOwnCompleted(deps.db, coupleId, userId, responseId);
  const definition =
    row &&
    (await definitionAnswered(deps, row.instrumentId, row.instrumentVersion, {
      kind: 'respondent',
    }));
  if (!row || !definition) {
    throw new DomainError(
      'NOT_FOUND',
      'There is no completed questionnaire of yours with that id.',
    );
  }
  return toFhirQuestionnaireResponse({
    definition,
    answers: row.answers,
    authored: row.completedAt ?? row.startedAt,
    id: row.id,
  });
}

/**
 * Every completed response of the space's person (SpaceContext.userId) as FHIR R4
 * QuestionnaireResponses, oldest first, in a space already resolved and authorized for this read:
 * the therapist portal's export, with that person's consent. Answers to another therapist's own
 * questionnaire are left out (core's mayReadAnswersTo).
 */
export async function completedResponsesAsFhir(
  deps: AppDeps,
  space: SpaceContext,
  reader: AnswerReader,
): Promise<FhirQuestionnaireResponse[]> {
  const history = await store.listResponses(deps.db, space.coupleId, space.userId);
  const responses: FhirQuestionnaireResponse[] = [];
  for (const row of history) {
    if (row.status !== 'completed') continue;
    const definition = await definitionAnswered(
      deps,
      row.instrumentId,
      row.instrumentVersion,
      reader,
    );
    if (!definition) continue;
    responses.push(
      toFhirQuestionnaireResponse({
        definition,
        answers: row.answers,
        authored: row.completedAt ?? row.startedAt,
        id: row.id,
      }),
    );
  }
  return responses;
}

export interface QuestionnaireProgress {
  readonly id: string;
  readonly title: string;
  readonly scale: { min: number; max: number };
  readonly responses: { completedAt: string; total: number | null; band: string | null }[];
  readonly latest: ScoredResponse | null;
}

/**
 * The space's person's questionnaire scores over time, in a space already resolved and authorized
 * for viewing (see SpaceContext): their own dashboard (read by the respondent), or the couple view
 * of a therapist they share questionnaires with (who is not shown answers to another therapist's
 * own questionnaire). Never the partner's.
 */
export async function questionnaireProgress(
  deps: AppDeps,
  space: SpaceContext,
  reader: AnswerReader = { kind: 'respondent' },
): Promise<QuestionnaireProgress[]> {
  const role = ownRole(space);
  const history = await store.listResponses(deps.db, space.coupleId, space.userId);
  return (await instrumentsForProgress(deps, history, reader))
    .filter((definition) => isOfferedTo(definition, role))
    .map((definition) => {
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
    });
}

/**
 * Amend's own questionnaires always show (an empty one invites a first answer); an imported one
 * shows once the person has answered it, so a long catalogue does not fill the dashboard with
 * empty cards, and keeps showing after it is retired or no longer asked for: answers already
 * given stay readable (with the newest version's scale and reliability). The catalogue is read
 * only when it is needed: most people answer only Amend's own, and the dashboard is the busiest
 * page.
 */
async function instrumentsForProgress(
  deps: AppDeps,
  history: readonly store.ResponseRow[],
  reader: AnswerReader,
): Promise<readonly InstrumentDefinition[]> {
  const builtInIds = new Set(BUILT_IN_QUESTIONNAIRES.map((definition) => definition.id));
  const answeredImported = new Set(
    history
      .filter((row) => row.status === 'completed' && !builtInIds.has(row.instrumentId))
      .map((row) => row.instrumentId),
  );
  if (answeredImported.size === 0) return BUILT_IN_QUESTIONNAIRES;
  return [
    ...BUILT_IN_QUESTIONNAIRES,
    ...(await definitionsOfAnswered(deps, [...answeredImported], reader)),
  ];
}
