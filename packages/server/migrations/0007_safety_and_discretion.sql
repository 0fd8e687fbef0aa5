-- The private safety screen, a person's own local help resources, and discreet mode. All of it
-- belongs to one person, not to the couple: these tables carry no couple_id, are keyed by the
-- owner's user id (so every query has to name the owner), and nothing here is ever joined into
-- what the partner sees. Deleting the account deletes the rows.

-- A person's discreet-mode choice: a neutral name and icon in the browser, and neutral wording in
-- every e-mail or notification sent to them.
ALTER TABLE users ADD COLUMN discreet_mode boolean NOT NULL DEFAULT false;

-- One row per time the screen was taken. Only the answers and the version answered are kept; the
-- outcome (a concern, none, or incomplete) is computed by packages/core each time it is read, so
-- a fix to the rule applies to past results too.
CREATE TABLE safety_screens (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  instrument_version text NOT NULL,
  answers jsonb NOT NULL,
  -- Never shared unless the person chooses; the therapist portal reads only rows where it is true.
  shared_with_therapist boolean NOT NULL DEFAULT false,
  idempotency_key uuid,
  taken_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, id)
);
CREATE INDEX safety_screens_history ON safety_screens (user_id, taken_at);
CREATE UNIQUE INDEX safety_screens_idempotency
  ON safety_screens (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Help close to home that the person adds for themselves: a local service, a friend, a doctor.
CREATE TABLE safety_resources (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  -- A phone number, a web address or any other way to reach them, as the person wrote it.
  contact text NOT NULL CHECK (char_length(contact) BETWEEN 1 AND 200),
  note text CHECK (char_length(note) <= 500),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, id)
);
