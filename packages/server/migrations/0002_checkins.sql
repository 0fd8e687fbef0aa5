-- Weekly check-ins: each partner's own trust and closeness ratings (1–10), honest conversations
-- that week, mood, and an optional note that is private unless the writer shares it.
-- One per person per ISO week, the week counted in that person's own time zone.

CREATE TABLE checkins (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  week_start date NOT NULL,
  trust smallint NOT NULL CHECK (trust BETWEEN 1 AND 10),
  closeness smallint NOT NULL CHECK (closeness BETWEEN 1 AND 10),
  honest_conversations smallint NOT NULL CHECK (honest_conversations BETWEEN 0 AND 50),
  mood text NOT NULL CHECK (mood IN ('very_low', 'low', 'okay', 'good', 'very_good')),
  note text CHECK (char_length(note) <= 2000),
  note_visibility text NOT NULL CHECK (note_visibility IN ('private', 'partner')),
  -- A client that retries after a lost answer sends the same key and gets the same check-in.
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id),
  UNIQUE (couple_id, user_id, week_start)
);
CREATE UNIQUE INDEX checkins_idempotency ON checkins (couple_id, user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
