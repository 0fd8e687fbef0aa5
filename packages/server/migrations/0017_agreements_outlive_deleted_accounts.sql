-- Deleting an account no longer removes the agreements the partner accepted (see
-- src/features/agreements/erase.ts): the partner keeps the terms both agreed to, with every
-- version, while what only the deleted person wrote goes with them. An agreement they ended keeps
-- the fact that it ended; the reason they gave and their id go. The rule that an ending carries a
-- reason therefore holds while the person who ended it still has an account.
--
-- The rule was an unnamed CHECK, so PostgreSQL named it agreement_events_check1 (the second
-- unnamed table constraint of agreement_events); it is replaced by one with a name.
ALTER TABLE agreement_events DROP CONSTRAINT agreement_events_check1;
ALTER TABLE agreement_events ADD CONSTRAINT agreement_events_ended_has_reason
  CHECK (type <> 'ended' OR reason IS NOT NULL OR actor_id IS NULL);
