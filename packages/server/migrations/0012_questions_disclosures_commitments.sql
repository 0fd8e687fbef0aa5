-- Questions and answers, proactive disclosures, the full account (structured disclosure), and
-- amends and commitments (issue 6). Nothing here is edited or deleted by the app: answers,
-- marks, versions and agreements to open are added as new rows, so the whole history stays.
-- Rows go only with their author's account (ON DELETE CASCADE from users) or when a space is
-- left with its records withdrawn (features/honesty/withdraw.ts).

CREATE TABLE questions (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  asked_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

CREATE TABLE question_answers (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  question_id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 8000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, question_id) REFERENCES questions (couple_id, id) ON DELETE CASCADE
);
CREATE INDEX question_answers_by_question ON question_answers (couple_id, question_id, created_at);

-- What happened to a question besides its answers: the asker's marks on an answer, a hold for
-- the therapy session and its release, a withdrawal. by_user is kept as null when that person
-- deletes their account, so the question's state does not change behind the other's back.
CREATE TABLE question_events (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  question_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('marked', 'held', 'released', 'withdrawn')),
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  answer_id uuid,
  mark text CHECK (mark IN ('helped', 'need_more', 'with_therapist')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, question_id) REFERENCES questions (couple_id, id) ON DELETE CASCADE,
  FOREIGN KEY (couple_id, answer_id) REFERENCES question_answers (couple_id, id) ON DELETE CASCADE,
  CHECK ((type = 'marked') = (answer_id IS NOT NULL AND mark IS NOT NULL))
);
CREATE INDEX question_events_by_question ON question_events (couple_id, question_id, created_at);

-- "I'm telling you before you ask". When it is about an incident (contact, a new affair, a lie,
-- a broken agreement) the incident is recorded in the same transaction, disclosed proactively,
-- and named here. The check is deferred to commit because leaving a space and deleting an
-- account move or remove the incident and the disclosure in separate statements.
CREATE TABLE disclosures (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  topic text NOT NULL
    CHECK (topic IN ('contact', 'new_affair', 'lie', 'broken_agreement', 'something_else')),
  occurred_on date NOT NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
  incident_id uuid,
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, incident_id) REFERENCES incidents (couple_id, id)
    DEFERRABLE INITIALLY DEFERRED,
  CHECK ((topic = 'something_else') = (incident_id IS NULL))
);
CREATE UNIQUE INDEX disclosures_idempotency ON disclosures (couple_id, user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- The full account: every save of the draft is a version; sealing names the version sealed.
CREATE TABLE full_accounts (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

CREATE TABLE full_account_versions (
  couple_id uuid NOT NULL,
  account_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  text text NOT NULL CHECK (char_length(text) <= 60000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, account_id, version),
  FOREIGN KEY (couple_id, account_id) REFERENCES full_accounts (couple_id, id) ON DELETE CASCADE
);

-- Sealing, each partner's "open", and (with the therapist portal) opening in a session.
CREATE TABLE full_account_events (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('sealed', 'agreed_to_open', 'opened_in_session')),
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, account_id) REFERENCES full_accounts (couple_id, id) ON DELETE CASCADE,
  CHECK ((type = 'sealed') = (version IS NOT NULL))
);
-- One "open" per person and one seal per account, whatever the timing of two presses.
CREATE UNIQUE INDEX full_account_events_once ON full_account_events (couple_id, account_id, type, by_user)
  WHERE type IN ('agreed_to_open', 'sealed');

CREATE TABLE commitments (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  what text NOT NULL CHECK (char_length(what) BETWEEN 1 AND 500),
  how_often text NOT NULL
    CHECK (how_often IN ('every_day', 'several_times_a_week', 'every_week', 'whenever_it_comes_up')),
  made_on date NOT NULL,
  until date NOT NULL CHECK (until > made_on),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

-- Each partner's view of each week, added over time; the latest per person and week stands.
CREATE TABLE commitment_marks (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  commitment_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  week integer NOT NULL CHECK (week >= 1),
  mark text NOT NULL CHECK (mark IN ('kept', 'not_kept', 'not_sure')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, commitment_id) REFERENCES commitments (couple_id, id) ON DELETE CASCADE
);
CREATE INDEX commitment_marks_by_commitment ON commitment_marks (couple_id, commitment_id, created_at);

CREATE TABLE commitment_acknowledgements (
  couple_id uuid NOT NULL,
  commitment_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  note text CHECK (char_length(note) <= 1000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, commitment_id, user_id),
  FOREIGN KEY (couple_id, commitment_id) REFERENCES commitments (couple_id, id) ON DELETE CASCADE
);
