-- A therapist can import a FHIR Questionnaire of their own: it is offered only to the partners
-- they ask to answer it, and no other therapist is shown it. owner_therapist_user_id names that
-- therapist; null is the shared catalogue an administrator manages, as before.
--
-- No foreign key on purpose: ON DELETE SET NULL would turn a deleted therapist's instrument into
-- a shared one, and a cascade or restriction would lose the responses' definitions or block the
-- deletion. The instrument stays owned by an account nobody holds any more, so it is offered to
-- no one, and the answers already given keep their scores.
--
-- A therapist's instrument is stored under an id of its own (the Questionnaire's id with a
-- suffix only that therapist's imports of it make, see features/instruments/ownership.ts), so
-- two therapists importing the same file never share or clash on one id, and the one-active-
-- version index below still holds.
ALTER TABLE imported_instruments ADD COLUMN owner_therapist_user_id uuid;
CREATE INDEX imported_instruments_by_owner
  ON imported_instruments (owner_therapist_user_id) WHERE owner_therapist_user_id IS NOT NULL;
