-- The therapist portal: therapist accounts, a couple's link to their therapist, each partner's
-- consent (with its whole history), appointments, private session notes, the therapist's
-- observations (communication, forgiveness) and questionnaires assigned to a partner.
--
-- A therapist is a distinct kind of account and never a member of a space. Everything the portal
-- keeps about a couple carries couple_id in its primary key and in every foreign key, so that a
-- couple's rows stay together. ON DELETE CASCADE on the couple only serves account deletion,
-- which removes a space nobody is left in; the app itself never deletes these rows.

ALTER TABLE users ADD COLUMN account_kind text NOT NULL DEFAULT 'person'
  CHECK (account_kind IN ('person', 'therapist'));

CREATE TABLE therapist_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  profession text NOT NULL CHECK (char_length(profession) BETWEEN 1 AND 120),
  licence_number text NOT NULL CHECK (char_length(licence_number) BETWEEN 1 AND 80),
  practice_name text NOT NULL CHECK (char_length(practice_name) BETWEEN 1 AND 120),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- A short code a partner creates for their therapist; only its SHA-256 is kept.
CREATE TABLE therapist_invitations (
  couple_id uuid NOT NULL REFERENCES couples (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  code_hash bytea NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE UNIQUE INDEX therapist_invitations_open_code ON therapist_invitations (code_hash)
  WHERE revoked_at IS NULL AND accepted_at IS NULL;

-- The couple works with this therapist. Seeing anything still needs a partner's consent.
CREATE TABLE couple_therapists (
  couple_id uuid NOT NULL REFERENCES couples (id) ON DELETE CASCADE,
  therapist_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  linked_at timestamptz NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (couple_id, therapist_user_id)
);
-- The caseload starts from the therapist: their open links, in one index scan.
CREATE INDEX couple_therapists_caseload ON couple_therapists (therapist_user_id, couple_id)
  WHERE ended_at IS NULL;

-- Consent is a history, never updated: each row is what one partner allows one therapist to see
-- from that moment on (an empty list is a revocation). The latest row per partner and
-- therapist is in force.
CREATE TABLE therapist_consents (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  therapist_user_id uuid NOT NULL,
  member_id uuid NOT NULL,
  categories text[] NOT NULL CHECK (
    categories <@ ARRAY['metrics', 'questionnaires', 'agreements_incidents', 'program',
                        'session_questions']::text[]
  ),
  change text NOT NULL CHECK (change IN ('granted', 'widened', 'narrowed', 'changed', 'revoked')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, therapist_user_id)
    REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, member_id) REFERENCES couple_members (couple_id, id) ON DELETE CASCADE
);
CREATE INDEX therapist_consents_latest
  ON therapist_consents (couple_id, therapist_user_id, member_id, created_at DESC, id DESC);

CREATE TABLE therapist_appointments (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  therapist_user_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('couple', 'individual')),
  -- Member ids of who is expected; checked against the space's members by the app.
  invitees uuid[] NOT NULL CHECK (cardinality(invitees) BETWEEN 1 AND 2),
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, therapist_user_id)
    REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE
);
CREATE INDEX therapist_appointments_upcoming ON therapist_appointments (couple_id, starts_at);

-- Sessions the therapist records go into therapy_sessions as 'verified'; this names the
-- therapist who verified each, so only they can add notes to it.
ALTER TABLE therapy_sessions ADD COLUMN therapist_user_id uuid;
ALTER TABLE therapy_sessions ADD CONSTRAINT therapy_sessions_therapist_fk
  FOREIGN KEY (couple_id, therapist_user_id)
  REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE;

-- Private: read by the therapist who wrote them and nobody else. Appended, never edited.
CREATE TABLE therapist_session_notes (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  session_id uuid NOT NULL,
  therapist_user_id uuid NOT NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 8000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, session_id) REFERENCES therapy_sessions (couple_id, id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, therapist_user_id)
    REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE
);

-- The therapist's measures of two of the guide's metrics: honest, open conversations a week as
-- observed (communication), and forgiveness assessed as 1 low, 2 moderate, 3 high, of one partner.
CREATE TABLE therapist_observations (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  therapist_user_id uuid NOT NULL,
  session_id uuid,
  about_member_id uuid,
  observed_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('communication', 'forgiveness')),
  value smallint NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  CHECK (
    (kind = 'communication' AND value BETWEEN 0 AND 21 AND about_member_id IS NULL)
    OR (kind = 'forgiveness' AND value BETWEEN 1 AND 3 AND about_member_id IS NOT NULL)
  ),
  FOREIGN KEY (couple_id, therapist_user_id)
    REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, session_id) REFERENCES therapy_sessions (couple_id, id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, about_member_id) REFERENCES couple_members (couple_id, id) ON DELETE CASCADE
);
CREATE INDEX therapist_observations_by_date ON therapist_observations (couple_id, observed_on);

-- A questionnaire the therapist asks one partner to answer, once or on a schedule.
CREATE TABLE questionnaire_assignments (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  therapist_user_id uuid NOT NULL,
  member_id uuid NOT NULL,
  instrument_id text NOT NULL,
  schedule text NOT NULL CHECK (schedule IN ('once', 'weekly', 'monthly')),
  starts_on date NOT NULL,
  created_at timestamptz NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, therapist_user_id)
    REFERENCES couple_therapists (couple_id, therapist_user_id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, member_id) REFERENCES couple_members (couple_id, id) ON DELETE CASCADE
);
CREATE INDEX questionnaire_assignments_by_member ON questionnaire_assignments (couple_id, member_id)
  WHERE ended_at IS NULL;
