-- Strong sign-in: TOTP with one-time recovery codes, passkeys, second-factor sign-in, browsers a
-- person has signed in from before, growing delays after wrong passwords, and re-authentication.
-- No secret is stored in a form that could be used as it is: TOTP secrets are encrypted with a
-- key that lives outside the database, and every token or code is kept only as a SHA-256 hash.

-- One authenticator app per person. enabled_at stays null until the person has typed a code from
-- the app, so a half-finished setup never asks for a code at sign-in.
CREATE TABLE totp_authenticators (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  -- AES-256-GCM, key derived from the server's secret (see features/accounts/secret-box.ts).
  secret_encrypted text NOT NULL,
  created_at timestamptz NOT NULL,
  enabled_at timestamptz,
  -- The 30-second step of the last accepted code: a code is accepted once, never replayed.
  last_used_step bigint
);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- SHA-256 of an 80-bit random code: enough entropy that a fast hash is safe.
  code_hash bytea NOT NULL,
  created_at timestamptz NOT NULL,
  used_at timestamptz,
  UNIQUE (user_id, code_hash)
);

CREATE TABLE passkeys (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- base64url, as WebAuthn hands it over; unique across the instance.
  credential_id text NOT NULL UNIQUE CHECK (char_length(credential_id) <= 1400),
  public_key bytea NOT NULL,
  sign_count bigint NOT NULL CHECK (sign_count >= 0),
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
  created_at timestamptz NOT NULL,
  last_used_at timestamptz
);
CREATE INDEX passkeys_user_id_idx ON passkeys (user_id);

-- A challenge is used once: registering a passkey, signing in with one, or confirming a sign-in.
CREATE TABLE webauthn_challenges (
  id uuid PRIMARY KEY,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('register', 'sign_in', 'second_factor')),
  challenge text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX webauthn_challenges_expiry_idx ON webauthn_challenges (expires_at);

-- After a correct password, when a second factor is still needed: not a session, only a
-- short-lived right to finish this one sign-in.
CREATE TABLE pending_sign_ins (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  -- Which delay counter wrong codes count against (the same one wrong passwords use).
  throttle_key text NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX pending_sign_ins_user_id_idx ON pending_sign_ins (user_id);

-- Browsers a person has signed in from, recognised by a long-lived HttpOnly cookie. They get
-- their own delay counter, so wrong passwords typed elsewhere never slow the owner down, and
-- signing in from one of them sends no "new sign-in" e-mail.
CREATE TABLE known_devices (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX known_devices_user_id_idx ON known_devices (user_id);

-- Wrong passwords and codes, counted per e-mail address (hashed, so unknown addresses are
-- counted the same way and the answer never reveals who has an account) or per known browser.
CREATE TABLE sign_in_delays (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL
);

-- Shown in the list of sessions. No geolocation: only the browser and a shortened address.
ALTER TABLE sessions ADD COLUMN device_summary text;
ALTER TABLE sessions ADD COLUMN signed_in_with text
  CHECK (signed_in_with IN ('password', 'totp', 'recovery_code', 'passkey', 'sign_up'));
