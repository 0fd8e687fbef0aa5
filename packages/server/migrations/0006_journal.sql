-- The private journal, encrypted in the browser before it is sent. The server holds only opaque
-- bytes: it can check their sizes, never read them. Journals belong to a person, not to the
-- couple, so these tables are keyed by the owner's user id (one person's rows stay together,
-- on one shard if the database is ever distributed) and carry no couple_id at all.

-- One keyring per person (Standard Notes' key hierarchy): a random data key encrypts every
-- entry; it is stored only wrapped (AES-GCM) by a key derived from the journal passphrase with
-- Argon2id, and again by a key derived from the recovery key. Changing the passphrase re-wraps
-- the data key and bumps version; entries are not touched.
CREATE TABLE journal_keyrings (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  -- The layout of what the browser encrypts, so a later format can be told apart.
  format integer NOT NULL CHECK (format = 1),
  kdf text NOT NULL CHECK (kdf = 'argon2id'),
  -- Bounds match JOURNAL_ARGON2ID_BOUNDS in packages/core: OWASP's floor, a phone's ceiling.
  kdf_memory_kib integer NOT NULL CHECK (kdf_memory_kib BETWEEN 19456 AND 1048576),
  kdf_iterations integer NOT NULL CHECK (kdf_iterations BETWEEN 2 AND 20),
  kdf_parallelism integer NOT NULL CHECK (kdf_parallelism BETWEEN 1 AND 4),
  passphrase_salt bytea NOT NULL CHECK (octet_length(passphrase_salt) = 16),
  passphrase_iv bytea NOT NULL CHECK (octet_length(passphrase_iv) = 12),
  passphrase_wrapped_key bytea NOT NULL CHECK (octet_length(passphrase_wrapped_key) = 48),
  -- The recovery key is 125 random bits, too many to guess, so HKDF is enough to derive from it.
  recovery_kdf text NOT NULL CHECK (recovery_kdf = 'hkdf-sha256'),
  recovery_salt bytea NOT NULL CHECK (octet_length(recovery_salt) = 16),
  recovery_iv bytea NOT NULL CHECK (octet_length(recovery_iv) = 12),
  recovery_wrapped_key bytea NOT NULL CHECK (octet_length(recovery_wrapped_key) = 48),
  -- SHA-256 of a value only a browser holding the data key can compute; a passphrase change must
  -- present that value, so someone with the session alone cannot replace the wrapping.
  rewrap_proof_hash bytea NOT NULL CHECK (octet_length(rewrap_proof_hash) = 32),
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE journal_entries (
  owner_user_id uuid NOT NULL REFERENCES journal_keyrings (user_id) ON DELETE CASCADE,
  id uuid NOT NULL,
  -- A fresh 96-bit AES-GCM nonce for every version of an entry.
  iv bytea NOT NULL CHECK (octet_length(iv) = 12),
  -- Padded plaintext (256-byte blocks, at most 64 KiB) plus the 16-byte tag.
  ciphertext bytea NOT NULL CHECK (octet_length(ciphertext) BETWEEN 272 AND 65552),
  idempotency_key uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (owner_user_id, id)
);
CREATE UNIQUE INDEX journal_entries_idempotency ON journal_entries (owner_user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX journal_entries_newest_first ON journal_entries (owner_user_id, created_at DESC, id DESC);
