-- Questionnaire responses: a person's answers to one instrument, saved as they go (in_progress)
-- and scored by packages/core when completed. The first completed response of an instrument is
-- that person's baseline for reliable change. Answers are private to the person who gave them.

CREATE TABLE questionnaire_responses (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  status text NOT NULL CHECK (status IN ('in_progress', 'completed')),
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  total double precision,
  facets jsonb,
  band text,
  idempotency_key uuid,
  started_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz,
  PRIMARY KEY (couple_id, id)
);
-- At most one unfinished response per person and instrument: the one they come back to.
CREATE UNIQUE INDEX questionnaire_responses_one_draft
  ON questionnaire_responses (couple_id, user_id, instrument_id) WHERE status = 'in_progress';
CREATE UNIQUE INDEX questionnaire_responses_idempotency
  ON questionnaire_responses (couple_id, user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX questionnaire_responses_history
  ON questionnaire_responses (couple_id, user_id, instrument_id, completed_at);
