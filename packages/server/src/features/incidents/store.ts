import type { AmendDb } from '../../db/database.js';

export interface IncidentVersion {
  readonly version: number;
  readonly kind: string;
  readonly disclosure: string;
  readonly occurredOn: string;
  readonly description: string | null;
  readonly reason: string | null;
  readonly createdAt: Date;
}

export interface IncidentRow {
  readonly id: string;
  readonly reportedBy: string | null;
  readonly about: string;
  readonly createdAt: Date;
  readonly versions: IncidentVersion[];
  readonly notes: { id: string; authorId: string | null; text: string; createdAt: Date }[];
}

export interface IncidentFacts {
  readonly kind: string;
  readonly disclosure: string;
  readonly occurredOn: string;
  readonly description: string | null;
}

export async function insertIncident(
  db: AmendDb,
  incident: {
    coupleId: string;
    id: string;
    reportedBy: string;
    about: string;
    facts: IncidentFacts;
    at: Date;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('incidents')
      .values({
        couple_id: incident.coupleId,
        id: incident.id,
        reported_by: incident.reportedBy,
        about: incident.about,
        created_at: incident.at,
      })
      .execute();
    await trx
      .insertInto('incident_versions')
      .values({
        couple_id: incident.coupleId,
        incident_id: incident.id,
        version: 1,
        kind: incident.facts.kind,
        disclosure: incident.facts.disclosure,
        occurred_on: incident.facts.occurredOn,
        description: incident.facts.description,
        reason: null,
        created_at: incident.at,
      })
      .execute();
  });
}

/** A correction is a new version; the version number comes from the database, under a lock. */
export async function addVersion(
  db: AmendDb,
  coupleId: string,
  incidentId: string,
  facts: IncidentFacts,
  reason: string,
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('incidents')
      .select('id')
      .where('couple_id', '=', coupleId)
      .where('id', '=', incidentId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const latest = await trx
      .selectFrom('incident_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('couple_id', '=', coupleId)
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    await trx
      .insertInto('incident_versions')
      .values({
        couple_id: coupleId,
        incident_id: incidentId,
        version: Number(latest?.version ?? 0) + 1,
        kind: facts.kind,
        disclosure: facts.disclosure,
        occurred_on: facts.occurredOn,
        description: facts.description,
        reason,
        created_at: at,
      })
      .execute();
  });
}

export async function addNote(
  db: AmendDb,
  note: {
    coupleId: string;
    id: string;
    incidentId: string;
    authorId: string;
    text: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('incident_notes')
    .values({
      couple_id: note.coupleId,
      id: note.id,
      incident_id: note.incidentId,
      author_id: note.authorId,
      text: note.text,
      created_at: note.at,
    })
    .execute();
}

/** Every incident of the space with its full history, newest incident first. */
export async function listIncidents(db: AmendDb, coupleId: string): Promise<IncidentRow[]> {
  const [incidents, versions, notes] = await Promise.all([
    db
      .selectFrom('incidents')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('incident_versions')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('version')
      .execute(),
    db
      .selectFrom('incident_notes')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('created_at')
      .execute(),
  ]);
  return incidents.map((incident) => ({
    id: incident.id,
    reportedBy: incident.reported_by,
    about: incident.about,
    createdAt: incident.created_at,
    versions: versions
      .filter((version) => version.incident_id === incident.id)
      .map((version) => ({
        version: version.version,
        kind: version.kind,
        disclosure: version.disclosure,
        occurredOn: version.occurred_on,
        description: version.description,
        reason: version.reason,
        createdAt: version.created_at,
      })),
    notes: notes
      .filter((note) => note.incident_id === incident.id)
      .map((note) => ({
        id: note.id,
        authorId: note.author_id,
        text: note.text,
        createdAt: note.created_at,
      })),
  }));
}
