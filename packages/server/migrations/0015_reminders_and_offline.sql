-- Reminders and delivery outside the app (e-mail, web push), a private calendar link, and the
-- instance's own generated secrets. These rows belong to one person, not to a couple: they
-- follow the person across spaces and go when the account goes (ON DELETE CASCADE).
-- The job queue itself lives in graphile-worker's own schema (graphile_worker), installed by
-- the worker library at start; nothing here depends on its tables.

-- Secrets Amend makes for itself on first start (the VAPID key pair that signs web push).
CREATE TABLE instance_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL
);

-- One row per person once they change anything; until then core's defaults apply.
CREATE TABLE reminder_preferences (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  time_zone text NOT NULL,
  -- Both null: no quiet hours. Minutes after local midnight.
  quiet_start_minute smallint CHECK (quiet_start_minute BETWEEN 0 AND 1439),
  quiet_end_minute smallint CHECK (quiet_end_minute BETWEEN 0 AND 1439),
  checkin_weekday smallint NOT NULL CHECK (checkin_weekday BETWEEN 1 AND 7),
  checkin_minute smallint NOT NULL CHECK (checkin_minute BETWEEN 0 AND 1439),
  meeting_weekday smallint NOT NULL CHECK (meeting_weekday BETWEEN 1 AND 7),
  meeting_minute smallint NOT NULL CHECK (meeting_minute BETWEEN 0 AND 1439),
  date_reminder_minute smallint NOT NULL CHECK (date_reminder_minute BETWEEN 0 AND 1439),
  session_lead_minutes integer NOT NULL CHECK (session_lead_minutes BETWEEN 0 AND 10080),
  -- {"weekly_checkin": {"email": true, "push": false}, ...}: checked by core before writing.
  channels jsonb NOT NULL,
  updates_email boolean NOT NULL,
  updates_push boolean NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((quiet_start_minute IS NULL) = (quiet_end_minute IS NULL))
);

-- A browser's push subscription (the endpoint and keys its push service gave it).
CREATE TABLE push_subscriptions (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  endpoint text NOT NULL UNIQUE CHECK (char_length(endpoint) <= 2048),
  p256dh text NOT NULL CHECK (char_length(p256dh) <= 256),
  auth text NOT NULL CHECK (char_length(auth) <= 256),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, id)
);

-- Every message sent outside the app, one row per person, channel and occurrence. The unique
-- key is what makes a reminder go out once however often its job runs: the row is claimed
-- before sending, and a retry finds it already sent. Only the kind and the occurrence are kept,
-- never what the message was about.
CREATE TABLE outbound_messages (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'push')),
  -- 'reminder:weekly_checkin', 'update', …
  topic text NOT NULL CHECK (char_length(topic) <= 64),
  -- What makes this message unique for the person: an occurrence's local date, a record's id.
  occurrence text NOT NULL CHECK (char_length(occurrence) <= 128),
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text CHECK (char_length(last_error) <= 500),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (user_id, id),
  UNIQUE (user_id, channel, topic, occurrence)
);
-- The administrators' view of what is failing.
CREATE INDEX outbound_messages_failing ON outbound_messages (updated_at DESC)
  WHERE status = 'pending' AND attempts > 0;

-- A private calendar link: only the SHA-256 of its secret is kept; revoking deletes the row,
-- making a new one replaces it.
CREATE TABLE calendar_feeds (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);
