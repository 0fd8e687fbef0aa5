import {
  type AccountEvent,
  accountStatus,
  buildTimeline,
  commitmentConsistency,
  commitmentWeeks,
  countTimelineKinds,
  type KeptMark,
  type LocalDate,
  localDateOf,
  type TimelineEntry,
  type TimelineFilter,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { talkingContext } from '../talking/context.js';

type Space = Awaited<ReturnType<typeof talkingContext>>;

function entry(
  space: Space,
  kind: TimelineEntry['kind'],
  event: string,
  recordId: string,
  at: Date,
  title: string | null,
): TimelineEntry {
  return {
    kind,
    event,
    recordId,
    date: localDateOf(at, space.timeZone),
    at: at.toISOString(),
    title,
  };
}

/** Agreements: each proposal, each version put in force, each ending. */
async function agreementEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .selectFrom('agreement_events as e')
    .innerJoin('agreement_versions as v', (join) =>
      join
        .onRef('v.couple_id', '=', 'e.couple_id')
        .onRef('v.agreement_id', '=', 'e.agreement_id')
        .on((eb) =>
          eb(
            'v.version',
            '=',
            eb.fn.coalesce(
              'e.version',
              eb
                .selectFrom('agreement_versions as latest')
                .select((inner) => inner.fn.max('latest.version').as('version'))
                .whereRef('latest.couple_id', '=', 'e.couple_id')
                .whereRef('latest.agreement_id', '=', 'e.agreement_id'),
            ),
          ),
        ),
    )
    .select(['e.agreement_id as id', 'e.type', 'e.version', 'e.created_at as at', 'v.title'])
    .where('e.couple_id', '=', space.coupleId)
    .where('e.type', 'in', ['proposed', 'accepted', 'ended'])
    .execute();
  return rows.map((row) => {
    const event =
      row.type === 'accepted'
        ? row.version === 1
          ? 'agreement.in_force'
          : 'agreement.version_in_force'
        : row.type === 'ended'
          ? 'agreement.ended'
          : row.version === 1
            ? 'agreement.proposed'
            : 'agreement.change_proposed';
    return entry(space, 'agreement', event, row.id, row.at, row.title);
  });
}

async function incidentEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .selectFrom('incidents as i')
    .innerJoin('incident_versions as v', (join) =>
      join.onRef('v.couple_id', '=', 'i.couple_id').onRef('v.incident_id', '=', 'i.id'),
    )
    .select(['i.id', 'i.created_at as at', 'v.disclosure', 'v.kind'])
    .where('i.couple_id', '=', space.coupleId)
    .where('v.version', '=', 1)
    .execute();
  return rows.map((row) =>
    entry(space, 'incident', `incident.${row.disclosure}.${row.kind}`, row.id, row.at, null),
  );
}

async function disclosureEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .selectFrom('disclosures')
    .select(['id', 'topic', 'created_at as at'])
    .where('couple_id', '=', space.coupleId)
    .execute();
  return rows.map((row) =>
    entry(space, 'disclosure', `disclosure.${row.topic}`, row.id, row.at, null),
  );
}

/**
 * The full account enters the shared story when sealed and when opened (by both agreeing, or in
 * a session); a draft never does. The core state machine says when it opened.
 */
async function accountEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .selectFrom('full_account_events')
    .select(['account_id as id', 'type', 'by_user as by', 'version', 'created_at as at'])
    .where('couple_id', '=', space.coupleId)
    .orderBy('created_at')
    .execute();
  const history = new Map<string, AccountEvent[]>();
  const entries: TimelineEntry[] = [];
  for (const row of rows) {
    // The saves before sealing are the author's own; only the first is needed to start the fold.
    const events = history.get(row.id) ?? [{ type: 'saved', by: 'author', version: 1 }];
    const before = accountStatus(events).state;
    const by = row.by ?? 'former-member';
    events.push(
      row.type === 'sealed'
        ? { type: 'sealed', by, version: row.version ?? 1 }
        : { type: row.type as 'agreed_to_open' | 'opened_in_session', by },
    );
    history.set(row.id, events);
    const after = accountStatus(events).state;
    if (after !== before) {
      // Opened by the therapist in a session, or by both partners agreeing: said as it happened.
      const event =
        row.type === 'opened_in_session' ? 'account.opened_in_session' : `account.${after}`;
      entries.push(entry(space, 'account', event, row.id, row.at, null));
    }
  }
  return entries;
}

/** Each answer given, with its question as the title. */
async function questionEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .selectFrom('question_answers as a')
    .innerJoin('questions as q', (join) =>
      join.onRef('q.couple_id', '=', 'a.couple_id').onRef('q.id', '=', 'a.question_id'),
    )
    .select(['q.id', 'q.text', 'a.created_at as at'])
    .where('a.couple_id', '=', space.coupleId)
    .execute();
  return rows.map((row) => entry(space, 'question', 'question.answered', row.id, row.at, row.text));
}

/** Each commitment made, and each week both partners saw it kept (dated at the week's end). */
async function commitmentEntries(deps: AppDeps, space: Space): Promise<TimelineEntry[]> {
  const [commitments, marks] = await Promise.all([
    deps.db
      .selectFrom('commitments')
      .select([
        'id',
        'author_id as authorId',
        'what',
        'made_on as madeOn',
        'until',
        'created_at as at',
      ])
      .where('couple_id', '=', space.coupleId)
      .execute(),
    deps.db
      .selectFrom('commitment_marks')
      .select(['commitment_id as commitmentId', 'user_id as userId', 'week', 'mark'])
      .where('couple_id', '=', space.coupleId)
      .orderBy('created_at')
      .execute(),
  ]);
  return commitments.flatMap((row) => {
    const weeks = commitmentConsistency(
      commitmentWeeks(row.madeOn as LocalDate, row.until as LocalDate, space.today),
      marks
        .filter((mark) => mark.commitmentId === row.id)
        .map((mark) => ({ userId: mark.userId, week: mark.week, mark: mark.mark as KeptMark })),
      row.authorId,
    );
    const kept = weeks
      .filter((week) => week.outcome === 'kept')
      .map((week) => ({
        ...entry(space, 'commitment', 'commitment.week_kept', row.id, row.at, row.what),
        date: week.endsOn,
        at: `${week.endsOn}T23:59:59.999Z`,
      }));
    return [entry(space, 'commitment', 'commitment.made', row.id, row.at, row.what), ...kept];
  });
}

/** The road the couple has travelled, filtered as asked; both partners see the same story. */
export async function timeline(deps: AppDeps, userId: string, filter: TimelineFilter) {
  const space = await talkingContext(deps, userId, 'view');
  const all = (
    await Promise.all([
      agreementEntries(deps, space),
      incidentEntries(deps, space),
      disclosureEntries(deps, space),
      accountEntries(deps, space),
      questionEntries(deps, space),
      commitmentEntries(deps, space),
    ])
  ).flat();
  return { counts: countTimelineKinds(all), entries: buildTimeline(all, filter) };
}
