-- Appreciations can be written offline and sent later (issue 9): the installable app sends each
-- with the key the device made when it was written, and a copy arriving again (an answer lost on
-- a patchy connection, two tabs sending the same queue) must not be a second appreciation. Like
-- the other tables the offline queue writes to, the key is unique per author within the space;
-- rows written before, and writes without a key, stay null and are never matched.
ALTER TABLE appreciations ADD COLUMN idempotency_key uuid;
CREATE UNIQUE INDEX appreciations_idempotency ON appreciations (couple_id, sent_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
