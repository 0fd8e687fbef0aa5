import { DomainError, localDateOf, parseLocalDate } from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { currentUser } from '../accounts/service.js';
import { authorizedSpace, type SpaceContext, spaceContext } from '../space/service.js';
import * as store from './store.js';

export type IncidentKind = 'contact' | 'new_affair' | 'lie' | 'broken_agreement';
export type Disclosure = 'proactive' | 'discovered';

export interface IncidentInput {
  readonly kind: IncidentKind;
  readonly disclosure: Disclosure;
  readonly occurredOn: string;
  readonly description?: string | undefined;
}

async function context(deps: AppDeps, userId: string, action: 'view' | 'record') {
  const { coupleId } = await authorizedSpace(deps, userId, action);
  const user = await currentUser(deps, userId);
  return { coupleId, today: localDateOf(deps.now(), user.timeZone) };
}

/** A real date, not in the future (in the reporter's time zone), turned into stored facts. */
function factsFrom(input: IncidentInput, today: string): store.IncidentFacts {
  const occurredOn = parseLocalDate(input.occurredOn);
  if (!occurredOn || occurredOn > today) {
    throw new DomainError('VALIDATION_FAILED', 'The date needs another look.', [
      {
        field: 'occurredOn',
        message: occurredOn ? 'This date is in the future.' : 'Enter a real date, like 2026-03-14.',
      },
    ]);
  }
  const description = input.description?.trim() ? input.description.trim() : null;
  return { kind: input.kind, disclosure: input.disclosure, occurredOn, description };
}

export async function reportIncident(
  deps: AppDeps,
  userId: string,
  about: 'self' | 'partner',
  input: IncidentInput,
): Promise<string> {
  const { coupleId, today } = await context(deps, userId, 'record');
  const id = newId();
  await store.insertIncident(deps.db, {
    coupleId,
    id,
    reportedBy: userId,
    about,
    facts: factsFrom(input, today),
    at: deps.now(),
  });
  return id;
}

/** Only the person who reported an incident corrects it or adds context to it. */
async function reportedByMe(deps: AppDeps, coupleId: string, userId: string, incidentId: string) {
  const incident = (await store.listIncidents(deps.db, coupleId)).find(
    (candidate) => candidate.id === incidentId,
  );
  if (!incident)
    throw new DomainError('NOT_FOUND', 'There is no incident with that id in your space.');
  if (incident.reportedBy !== userId) {
    throw new DomainError(
      'NOT_FOUND',
      'Only the person who reported an incident can correct it or add to it.',
    );
  }
  return incident;
}

export async function correctIncident(
  deps: AppDeps,
  userId: string,
  incidentId: string,
  input: IncidentInput,
  reason: string,
): Promise<void> {
  const { coupleId, today } = await context(deps, userId, 'record');
  await reportedByMe(deps, coupleId, userId, incidentId);
  await store.addVersion(
    deps.db,
    coupleId,
    incidentId,
    factsFrom(input, today),
    reason.trim(),
    deps.now(),
  );
}

export async function addContext(
  deps: AppDeps,
  userId: string,
  incidentId: string,
  text: string,
): Promise<void> {
  const { coupleId } = await context(deps, userId, 'record');
  await reportedByMe(deps, coupleId, userId, incidentId);
  await store.addNote(deps.db, {
    coupleId,
    id: newId(),
    incidentId,
    authorId: userId,
    text: text.trim(),
    at: deps.now(),
  });
}

export interface IncidentView {
  readonly id: string;
  readonly reportedBy: { displayName: string; isYou: boolean } | null;
  readonly about: { displayName: string; isYou: boolean } | null;
  readonly current: Omit<store.IncidentVersion, 'createdAt'> & { createdAt: string };
  readonly history: (Omit<store.IncidentVersion, 'createdAt'> & { createdAt: string })[];
  readonly notes: { id: string; text: string; createdAt: string }[];
  readonly createdAt: string;
}

/** Both partners see every incident in the space, with its whole history. */
export async function listIncidents(deps: AppDeps, userId: string): Promise<IncidentView[]> {
  return incidentsInSpace(deps, await spaceContext(deps, userId, 'view'));
}

/** The incidents of a space already resolved and authorized for viewing (see SpaceContext). */
export async function incidentsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<IncidentView[]> {
  const { userId, members } = space;
  const rows = await store.listIncidents(deps.db, space.coupleId);
  const person = (id: string | null) => {
    const member = members.find((candidate) => candidate.userId === id);
    return member ? { displayName: member.displayName, isYou: member.userId === userId } : null;
  };
  const other = (id: string | null) =>
    members.find((candidate) => candidate.userId !== id)?.userId ?? null;
  return rows.flatMap((row) => {
    const versions = row.versions.map((version) => ({
      ...version,
      createdAt: version.createdAt.toISOString(),
    }));
    const current = versions.at(-1);
    if (!current) return [];
    return [
      {
        id: row.id,
        reportedBy: person(row.reportedBy),
        about: person(row.about === 'self' ? row.reportedBy : other(row.reportedBy)),
        current,
        history: versions,
        notes: row.notes.map((note) => ({
          id: note.id,
          text: note.text,
          createdAt: note.createdAt.toISOString(),
        })),
        createdAt: row.createdAt.toISOString(),
      },
    ];
  });
}

/** What the relapse metric needs of one incident: its facts as last corrected. */
export interface CurrentIncidentFacts {
  readonly kind: string;
  readonly disclosure: string;
  readonly occurredOn: string;
}

/**
 * The current facts of every incident in a space already resolved and authorized for viewing
 * (see SpaceContext), for the dashboard: one read of each incident's latest version, instead of
 * the incidents, every version and every note that the incident history shows.
 */
export async function incidentFactsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<CurrentIncidentFacts[]> {
  return deps.db
    .selectFrom('incident_versions')
    .distinctOn('incident_id')
    .select(['kind', 'disclosure', 'occurred_on as occurredOn'])
    .where('couple_id', '=', space.coupleId)
    .orderBy('incident_id')
    .orderBy('version', 'desc')
    .execute();
}
