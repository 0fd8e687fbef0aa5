-- A person's own data: the access log (who saw what), leaving a space with a choice about what
-- they shared, and deleting the account for good.

-- Anonymising is the one change the audit trail allows, and only when account deletion turns on
-- amend.audit_anonymise for its transaction. Even then an update may only blank the columns that
-- point at a person (who, from where, in which space, with which details); when it happened and
-- what happened stay exactly as they were, and nothing is ever deleted.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND current_setting('amend.audit_anonymise', true) = 'on'
    AND NEW.id = OLD.id
    AND NEW.occurred_at = OLD.occurred_at
    AND NEW.action = OLD.action
    AND (NEW.actor_user_id IS NULL OR NEW.actor_user_id = OLD.actor_user_id)
    AND (NEW.subject_user_id IS NULL OR NEW.subject_user_id = OLD.subject_user_id)
    AND (NEW.couple_id IS NULL OR NEW.couple_id = OLD.couple_id)
    AND (NEW.ip_address IS NULL OR NEW.ip_address = OLD.ip_address)
    AND (NEW.user_agent IS NULL OR NEW.user_agent = OLD.user_agent)
    AND (NEW.details = OLD.details OR NEW.details = '{}'::jsonb)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;

-- Deletion finds every event a person took part in, as the actor as well as the subject.
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id) WHERE actor_user_id IS NOT NULL;

-- What a person chose for what they had shared when they left: 'kept' leaves it visible to the
-- partner as history (and the partner's views of it still reach their access log); 'withdrawn'
-- moved it out of the space. Null while they are still a member.
ALTER TABLE couple_members ADD COLUMN left_with text
  CHECK (left_with IN ('kept', 'withdrawn'));

-- Records withdrawn by someone leaving move to a space of their own that nobody is a member of,
-- so nobody is shown them any more, while their export and deletion still find them by user id.
-- This column names the space they were withdrawn from.
ALTER TABLE couples ADD COLUMN withdrawn_from uuid REFERENCES couples (id) ON DELETE SET NULL;
