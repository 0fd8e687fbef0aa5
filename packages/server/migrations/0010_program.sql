-- The recovery program: each person's progress as facts, and their exercise answers with
-- visibility and full history. The content itself (stages, exercises) is code in packages/core;
-- stage and exercise ids here are its stable ids.

-- Progress facts are only ever added: beginning a stage, marking it done. "Where each person is"
-- and the pacing suggestion are computed from these (and from saved answers), never stored.
CREATE TABLE program_progress_events (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('stage_started', 'stage_marked_done')),
  stage_id text NOT NULL CHECK (char_length(stage_id) BETWEEN 1 AND 100),
  -- The person's own calendar date when it happened, in their time zone then.
  occurred_on date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  -- Beginning or finishing a stage is one fact; pressing the button twice changes nothing.
  UNIQUE (couple_id, user_id, stage_id, kind)
);

-- One answer per person per exercise: who owns it, who may see it, and the working draft.
CREATE TABLE exercise_answers (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exercise_id text NOT NULL CHECK (char_length(exercise_id) BETWEEN 1 AND 100),
  stage_id text NOT NULL CHECK (char_length(stage_id) BETWEEN 1 AND 100),
  visibility text NOT NULL CHECK (visibility IN ('private', 'partner', 'therapist')),
  -- jsonb: field id → text or list of texts. Autosaved; only its owner ever sees it.
  draft jsonb,
  draft_saved_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  UNIQUE (couple_id, owner_id, exercise_id)
);

-- Every save is a new version; earlier ones are kept, never changed.
CREATE TABLE exercise_answer_versions (
  couple_id uuid NOT NULL,
  answer_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  answer_values jsonb NOT NULL,
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, answer_id, version),
  FOREIGN KEY (couple_id, answer_id) REFERENCES exercise_answers (couple_id, id) ON DELETE CASCADE
);
