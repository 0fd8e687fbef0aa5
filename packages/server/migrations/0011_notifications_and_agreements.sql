-- In-app notifications: "your partner proposed an agreement", and the like.
--
-- A notification belongs to the person it is for, not to the couple: it is keyed by the
-- recipient (one person's rows stay together, on one shard if the database is ever distributed)
-- and carries no couple_id. space_id names the space it came from, so a person who has left that
-- space no longer sees links into it; it is not a foreign key because spaces are distributed by
-- their own id. Only facts are stored (a kind and what it is about): the words are written by
-- the web app, so nothing about anyone's recovery sits here as text.
CREATE TABLE notifications (
  recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  space_id uuid,
  kind text NOT NULL CHECK (kind ~ '^[a-z_]+\.[a-z_]+$' AND char_length(kind) <= 64),
  subject_type text CHECK (subject_type ~ '^[a-z_]+$' AND char_length(subject_type) <= 64),
  subject_id uuid,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  PRIMARY KEY (recipient_id, id),
  CHECK ((subject_type IS NULL) = (subject_id IS NULL))
);
-- The list (newest first) and the unread count in the header, read on every page.
CREATE INDEX notifications_newest ON notifications (recipient_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;
-- Deleting an account sets actor_id to null in other people's notifications.
CREATE INDEX notifications_by_actor ON notifications (actor_id) WHERE actor_id IS NOT NULL;

-- Agreements between the partners (boundaries and transparency), owned by the couple. Nothing
-- is ever edited or deleted in use: the terms of each version are kept as proposed, and the
-- agreement's life (proposed, accepted, declined, withdrawn, ended) is a list of facts that is
-- only added to; packages/core (agreements/lifecycle.ts) folds those facts into where it stands
-- and decides who may take which step. Migration 0016 attaches the couple_revision trigger to
-- these tables, as to every couple-owned table that existed before it.
CREATE TABLE agreements (
  couple_id uuid NOT NULL REFERENCES couples (id),
  id uuid NOT NULL,
  proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, id)
);

CREATE TABLE agreement_versions (
  couple_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  -- 'first' proposal, a 'change' of the terms, or a 'sunset_step' (one more step taken).
  change_kind text NOT NULL CHECK (change_kind IN ('first', 'change', 'sunset_step')),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
  practice text NOT NULL CHECK (char_length(practice) BETWEEN 1 AND 2000),
  category text NOT NULL CHECK (category IN ('affair_partner_contact', 'devices_passwords',
    'whereabouts_time', 'social_media', 'money', 'friendships_contact', 'time_together', 'other')),
  review_on date NOT NULL,
  sunset_steps text[] NOT NULL CHECK (cardinality(sunset_steps) <= 6),
  steps_taken smallint NOT NULL CHECK (steps_taken BETWEEN 0 AND cardinality(sunset_steps)),
  -- Why the change was proposed; null for a first proposal.
  reason text CHECK (char_length(reason) <= 1000),
  proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, agreement_id, version),
  FOREIGN KEY (couple_id, agreement_id) REFERENCES agreements (couple_id, id)
);

CREATE TABLE agreement_events (
  couple_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  type text NOT NULL CHECK (type IN ('proposed', 'accepted', 'declined', 'withdrawn', 'ended')),
  -- The version proposed or answered; null for ending, which ends the agreement as a whole.
  version integer,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Why it was ended (required) or declined (optional).
  reason text CHECK (char_length(reason) <= 1000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, agreement_id, seq),
  FOREIGN KEY (couple_id, agreement_id) REFERENCES agreements (couple_id, id),
  FOREIGN KEY (couple_id, agreement_id, version)
    REFERENCES agreement_versions (couple_id, agreement_id, version),
  CHECK ((type = 'ended') = (version IS NULL)),
  CHECK (type <> 'ended' OR reason IS NOT NULL)
);

-- The weekly "did it hold?": each partner's own view of each agreement, one per ISO week
-- counted in their own time zone (as their check-in is), changeable until that week ends.
CREATE TABLE agreement_holding (
  couple_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  week_start date NOT NULL,
  mark text NOT NULL CHECK (mark IN ('held', 'not_held', 'not_sure')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (couple_id, agreement_id, user_id, week_start),
  FOREIGN KEY (couple_id, agreement_id) REFERENCES agreements (couple_id, id)
);
-- The progress page reads one space's marks by week.
CREATE INDEX agreement_holding_by_week ON agreement_holding (couple_id, week_start);
