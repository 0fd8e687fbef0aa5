-- Talking and reconnecting (issue 7): the conversation log with each partner's private ratings,
-- the weekly check-in meeting, conversation prompt marks, time-outs, trigger moments with the
-- partner's responses, appreciations and time together.
--
-- Every table is owned by a couple: couple_id leads each primary key and each foreign key, so a
-- couple's rows stay on one shard. Nothing here is deleted by the app: a rating changed is a new
-- version, a mark taken back is a new mark, an ended pause keeps when and by whom it ended.
-- Deleting an account removes what the person wrote or started, with what hangs on it, as for
-- incidents (ON DELETE CASCADE): their conversations with both partners' ratings, their meetings
-- with both partners' notes, their triggers with the responses to them.

CREATE TABLE conversations (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  logged_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  held_on date NOT NULL,
  minutes smallint NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  topic text NOT NULL CHECK (char_length(topic) BETWEEN 1 AND 200),
  -- 'meeting' when a finished weekly meeting logged it; meeting_id names it then.
  source text NOT NULL CHECK (source IN ('logged', 'meeting')),
  meeting_id uuid,
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE UNIQUE INDEX conversations_idempotency ON conversations (couple_id, logged_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE UNIQUE INDEX conversations_one_per_meeting ON conversations (couple_id, meeting_id)
  WHERE meeting_id IS NOT NULL;
CREATE INDEX conversations_by_date ON conversations (couple_id, held_on);

-- Each partner's own rating of a conversation. Private: only whether both rated it honest is
-- used for the couple's count. A change is a new version; the latest one counts.
CREATE TABLE conversation_ratings (
  couple_id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  honest smallint NOT NULL CHECK (honest BETWEEN 1 AND 5),
  heard smallint NOT NULL CHECK (heard BETWEEN 1 AND 5),
  note text CHECK (char_length(note) <= 2000),
  note_visibility text NOT NULL CHECK (note_visibility IN ('private', 'partner')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, conversation_id, user_id, version),
  FOREIGN KEY (couple_id, conversation_id) REFERENCES conversations (couple_id, id) ON DELETE CASCADE
);

CREATE TABLE meetings (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  started_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  finished_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (couple_id, id)
);
-- One open meeting at a time: the second screen joins it rather than starting another.
CREATE UNIQUE INDEX meetings_one_open ON meetings (couple_id) WHERE finished_at IS NULL;

-- What each partner wrote in each part of the agenda. Every save is a version, so a note is
-- never overwritten; the latest is shown. Both partners see the meeting's notes.
CREATE TABLE meeting_notes (
  couple_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  section text NOT NULL CHECK (char_length(section) BETWEEN 1 AND 40),
  version integer NOT NULL CHECK (version >= 1),
  text text NOT NULL CHECK (char_length(text) <= 2000),
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, meeting_id, author_id, section, version),
  FOREIGN KEY (couple_id, meeting_id) REFERENCES meetings (couple_id, id) ON DELETE CASCADE
);

-- A person's marks on the conversation prompts (content in packages/core): each mark set or
-- taken back is a row; the latest per prompt and kind is the current state.
CREATE TABLE prompt_marks (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  prompt_id text NOT NULL CHECK (char_length(prompt_id) BETWEEN 1 AND 100),
  kind text NOT NULL CHECK (kind IN ('favourite', 'talked_about')),
  is_set boolean NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE INDEX prompt_marks_by_person ON prompt_marks (couple_id, user_id, prompt_id);

-- "I need a pause": both partners see it, with the time agreed to come back.
CREATE TABLE time_outs (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  called_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL,
  return_at timestamptz NOT NULL,
  reason text CHECK (char_length(reason) <= 200),
  ended_at timestamptz,
  PRIMARY KEY (couple_id, id),
  CHECK (return_at > started_at)
);
CREATE INDEX time_outs_recent ON time_outs (couple_id, started_at DESC);

-- Trigger moments: private to the person unless they share one with their partner.
CREATE TABLE trigger_moments (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  intensity smallint NOT NULL CHECK (intensity BETWEEN 1 AND 5),
  category text NOT NULL CHECK (char_length(category) BETWEEN 1 AND 40),
  helped text[] NOT NULL DEFAULT '{}',
  visibility text NOT NULL CHECK (visibility IN ('private', 'partner')),
  -- What the person asked for when sharing ("I need …"); only set on a shared moment.
  need text CHECK (char_length(need) <= 300),
  shared_at timestamptz,
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE UNIQUE INDEX trigger_moments_idempotency ON trigger_moments (couple_id, user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- The partner's reassurance in answer to a shared trigger moment.
CREATE TABLE trigger_responses (
  couple_id uuid NOT NULL,
  id uuid NOT NULL,
  trigger_id uuid NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  FOREIGN KEY (couple_id, trigger_id) REFERENCES trigger_moments (couple_id, id) ON DELETE CASCADE
);

CREATE TABLE appreciations (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  sent_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

-- Time together, planned and then marked as having happened (or not). Shared by both.
CREATE TABLE time_together (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  planned_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('walk', 'call', 'date', 'meal', 'activity', 'other')),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  planned_for date NOT NULL,
  -- The day it took place, once someone marked it done.
  happened_on date,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);
CREATE INDEX time_together_by_date ON time_together (couple_id, planned_for);
