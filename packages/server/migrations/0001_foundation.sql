-- Foundation: people, their sessions, recovery spaces (couples), invitations, rate limits and
-- the append-only audit trail. Every couple-owned table carries couple_id in its primary key so
-- that one couple's rows live together (and on one shard if the database is ever distributed).

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  email_normalized text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  time_zone text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- Only a SHA-256 of the cookie token is kept, so a database leak does not leak sessions.
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  user_agent text,
  ip_address text
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE password_resets (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_resets_user_id_idx ON password_resets (user_id);

CREATE TABLE couples (
  id uuid PRIMARY KEY,
  relationship_type text NOT NULL
    CHECK (relationship_type IN ('marriage', 'dating', 'long_distance', 'other')),
  came_to_light_on date NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  ended_at timestamptz
);

CREATE TABLE couple_members (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('hurt', 'involved', 'both', 'undisclosed')),
  joined_at timestamptz NOT NULL,
  left_at timestamptz,
  PRIMARY KEY (couple_id, id)
);
-- One person is in at most one active space: enforced by the database, not only the app.
CREATE UNIQUE INDEX couple_members_one_active_space ON couple_members (user_id)
  WHERE left_at IS NULL;

CREATE TABLE invitations (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  token_hash bytea NOT NULL UNIQUE,
  code_hash bytea NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  declined_at timestamptz,
  PRIMARY KEY (couple_id, id)
);
-- A short code only needs to be unique among invitations that can still be used.
CREATE UNIQUE INDEX invitations_open_code ON invitations (code_hash)
  WHERE revoked_at IS NULL AND accepted_at IS NULL AND declined_at IS NULL;

-- Fixed-window counters for rate limits, shared by every app server behind a load balancer.
CREATE TABLE rate_limit_counters (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  window_ends_at timestamptz NOT NULL
);

CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  subject_user_id uuid,
  couple_id uuid,
  action text NOT NULL,
  ip_address text,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_user_id, occurred_at);

-- Audit events are append-only. A trigger (not only a GRANT) so that it also binds the
-- superuser role the embedded database connects as. Account deletion anonymises with the
-- dedicated function below, the one sanctioned change.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('amend.audit_anonymise', true) = 'on' AND TG_OP = 'UPDATE' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
