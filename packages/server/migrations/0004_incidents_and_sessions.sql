-- Incidents (the relapse metric) and therapy sessions (the attendance metric).
-- An incident is never edited or deleted: a correction adds a new version, and context is
-- added as notes, so the whole history stays visible to both partners.

CREATE TABLE incidents (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  reported_by uuid REFERENCES users (id) ON DELETE SET NULL,
  about text NOT NULL CHECK (about IN ('self', 'partner')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

CREATE TABLE incident_versions (
  couple_id uuid NOT NULL,
  incident_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind IN ('contact', 'new_affair', 'lie', 'broken_agreement')),
  disclosure text NOT NULL CHECK (disclosure IN ('proactive', 'discovered')),
  occurred_on date NOT NULL,
  description text CHECK (char_length(description) <= 4000),
  reason text CHECK (char_length(reason) <= 1000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, incident_id, version),
  FOREIGN KEY (couple_id, incident_id) REFERENCES incidents (couple_id, id)
);

CREATE TABLE incident_notes (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, incident_id) REFERENCES incidents (couple_id, id)
);

CREATE TABLE therapy_sessions (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  held_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('couple', 'individual')),
  -- Member ids of who attended; checked against the space's members by the app.
  attendees uuid[] NOT NULL CHECK (cardinality(attendees) >= 1),
  verification text NOT NULL CHECK (verification IN ('self_reported', 'verified')),
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE UNIQUE INDEX therapy_sessions_idempotency ON therapy_sessions (couple_id, recorded_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX therapy_sessions_by_date ON therapy_sessions (couple_id, held_on);
