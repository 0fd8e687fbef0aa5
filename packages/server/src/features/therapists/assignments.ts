import {
  type AssignmentSchedule,
  DomainError,
  type FieldProblem,
  isOfferedTo,
  localDateOf,
  mayTherapistAssignInstrument,
  parseLocalDate,
} from '@amend/core';
import { sql } from 'kysely';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { instrumentsOffered, offeredInstruments } from '../instruments/service.js';
import { scheduleReminder } from '../reminders/scheduling.js';
import { therapistCoupleContext, therapistOrNotFound, visibleMembers } from './context.js';

/**
 * The questionnaires a therapist can ask for: Amend's own, those the instance imported for
 * everyone, and the therapist's own imports (`own`), never another therapist's.
 */
export async function instrumentsOnOffer(
  deps: AppDeps,
  therapistUserId: string,
): Promise<{ id: string; title: string; respondent: string; validated: boolean; own: boolean }[]> {
  await therapistOrNotFound(deps, therapistUserId);
  return (await instrumentsOffered(deps, { kind: 'therapist', therapistUserId })).map(
    ({ definition, ownership }) => ({
      id: definition.id,
      title: definition.title,
      respondent: definition.respondent ?? 'any',
      validated: definition.validated,
      own: ownership.kind === 'therapist',
    }),
  );
}

export interface AssignmentInput {
  readonly memberId: string;
  readonly instrumentId: string;
  readonly schedule: AssignmentSchedule;
  /** The first day it is due; today when left out. */
  readonly startsOn?: string;
}

export interface AssignmentView {
  readonly id: string;
  readonly memberId: string;
  readonly instrumentId: string;
  readonly title: string;
  readonly schedule: string;
  readonly startsOn: string;
}

/**
 * Asks one partner to answer a questionnaire once, weekly or monthly: one of Amend's own, one the
 * instance imported as FHIR, or one the therapist imported themselves. Only a partner who shares
 * questionnaires with this therapist can be asked (their answers come back to the therapist), and
 * only what is offered to their role; core's mayTherapistAssignInstrument has the last word.
 */
export async function assignQuestionnaire(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  input: AssignmentInput,
): Promise<{ id: string }> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'record');
  const member = visibleMembers(context, 'questionnaires').find(
    (candidate) => candidate.memberId === input.memberId,
  );
  const today = localDateOf(deps.now(), context.timeZone);
  const startsOn = input.startsOn === undefined ? today : parseLocalDate(input.startsOn);
  const offered = (await instrumentsOffered(deps, { kind: 'therapist', therapistUserId })).find(
    (candidate) => candidate.definition.id === input.instrumentId,
  );
  const mayAsk =
    offered !== undefined &&
    mayTherapistAssignInstrument(offered.ownership, therapistUserId, {
      linkedToTherapist: context.link.active,
      sharesQuestionnaires: member !== undefined,
    });
  const problems: FieldProblem[] = [];
  if (!member) {
    problems.push({
      field: 'memberId',
      message: 'Choose a partner who shares their questionnaires with you.',
    });
  }
  // Without a partner who shares, the partner is the problem to name, not the questionnaire.
  if (!offered || (member && (!mayAsk || !isOfferedTo(offered.definition, member.role)))) {
    problems.push({
      field: 'instrumentId',
      message: 'Choose a questionnaire on offer for this partner.',
    });
  }
  if (!startsOn || startsOn < today) {
    problems.push({ field: 'startsOn', message: 'Choose today or a day after it.' });
  }
  if (problems.length > 0 || !member || !startsOn || !mayAsk) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  const id = newId();
  await deps.db
    .insertInto('questionnaire_assignments')
    .values({
      couple_id: coupleId,
      id,
      therapist_user_id: therapistUserId,
      member_id: member.memberId,
      instrument_id: input.instrumentId,
      schedule: input.schedule,
      starts_on: startsOn,
      created_at: deps.now(),
    })
    .execute();
  // The partner is reminded on the day it opens, if they chose questionnaire reminders.
  await scheduleReminder(
    deps.db,
    member.userId,
    { kind: 'questionnaire_due', subjectId: id, dueOn: startsOn },
    deps.now(),
  );
  return { id };
}

/** The questionnaires this therapist asked the couple's partners to answer, still in force. */
export async function assignmentsOfCouple(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
): Promise<AssignmentView[]> {
  await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const [rows, catalogue] = await Promise.all([
    deps.db
      .selectFrom('questionnaire_assignments')
      .select(['id', 'member_id', 'instrument_id', 'schedule', 'starts_on'])
      .where('couple_id', '=', coupleId)
      .where('therapist_user_id', '=', therapistUserId)
      .where('ended_at', 'is', null)
      .orderBy('created_at')
      .execute(),
    offeredInstruments(deps, { kind: 'therapist', therapistUserId }),
  ]);
  const titles = new Map(catalogue.map((d) => [d.id, d.title]));
  return rows.map((row) => ({
    id: row.id,
    memberId: row.member_id,
    instrumentId: row.instrument_id,
    title: titles.get(row.instrument_id) ?? row.instrument_id,
    schedule: row.schedule,
    startsOn: row.starts_on,
  }));
}

export interface AssignmentForPartner {
  readonly id: string;
  readonly instrumentId: string;
  readonly schedule: AssignmentSchedule;
  readonly startsOn: string;
  readonly therapist: string;
  readonly therapistUserId: string;
}

/**
 * What therapists asked one partner to answer, for their questionnaires page and its reminders:
 * only from therapists the partner still shares questionnaires with (revoking stops the asking
 * too).
 */
export async function assignmentsForPartner(
  deps: Pick<AppDeps, 'db'>,
  coupleId: string,
  memberId: string,
): Promise<AssignmentForPartner[]> {
  const rows = await deps.db
    .selectFrom('questionnaire_assignments as a')
    .innerJoin('users as t', 't.id', 'a.therapist_user_id')
    .innerJoin('couple_therapists as l', (join) =>
      join
        .onRef('l.couple_id', '=', 'a.couple_id')
        .onRef('l.therapist_user_id', '=', 'a.therapist_user_id'),
    )
    .select([
      'a.id',
      'a.instrument_id',
      'a.schedule',
      'a.starts_on',
      'a.therapist_user_id',
      't.display_name',
    ])
    .where('a.couple_id', '=', coupleId)
    .where('a.member_id', '=', memberId)
    .where('a.ended_at', 'is', null)
    .where('l.ended_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('therapist_consents as c')
          .select('c.id')
          .whereRef('c.couple_id', '=', 'a.couple_id')
          .whereRef('c.therapist_user_id', '=', 'a.therapist_user_id')
          .whereRef('c.member_id', '=', 'a.member_id')
          .where(sql<boolean>`'questionnaires' = ANY(c.categories)`)
          .where(({ not, exists: newer, selectFrom: from }) =>
            not(
              newer(
                from('therapist_consents as later')
                  .select('later.id')
                  .whereRef('later.couple_id', '=', 'c.couple_id')
                  .whereRef('later.therapist_user_id', '=', 'c.therapist_user_id')
                  .whereRef('later.member_id', '=', 'c.member_id')
                  .whereRef('later.created_at', '>', 'c.created_at'),
              ),
            ),
          ),
      ),
    )
    .execute();
  return rows.map((row) => ({
    id: row.id,
    instrumentId: row.instrument_id,
    schedule: row.schedule as AssignmentSchedule,
    startsOn: row.starts_on,
    therapist: row.display_name,
    therapistUserId: row.therapist_user_id,
  }));
}
