-- A revision number per couple, raised by the database itself whenever anything the couple owns
-- changes, so a server can keep a computed view of the space (the dashboard) and know for certain,
-- with one primary-key read, whether it is still current. Triggers rather than application code:
-- no write path, present or future, can forget to raise it.

ALTER TABLE couples ADD COLUMN revision bigint NOT NULL DEFAULT 0;

CREATE FUNCTION raise_couple_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE couples SET revision = revision + 1 WHERE id = OLD.couple_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.couple_id IS DISTINCT FROM OLD.couple_id) THEN
    UPDATE couples SET revision = revision + 1 WHERE id = NEW.couple_id;
  END IF;
  RETURN NULL;
END;
$$;

-- Every couple-owned table there is now. The audit trail is left out on purpose: reading the
-- dashboard writes an access-log event, which must not make the dashboard stale. A table added
-- by a later migration attaches the same trigger (a test checks that none is missing).
DO $$
DECLARE
  owned record;
BEGIN
  FOR owned IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.column_name = 'couple_id'
      AND t.table_type = 'BASE TABLE' AND c.table_name <> 'audit_events'
  LOOP
    EXECUTE format(
      'CREATE TRIGGER couple_revision AFTER INSERT OR UPDATE OR DELETE ON %I '
      'FOR EACH ROW EXECUTE FUNCTION raise_couple_revision()',
      owned.table_name);
  END LOOP;
END;
$$;

-- A person's name and time zone show in their partner's views, and the time zone decides which
-- week "this week" is; other changes to an account (a sign-in, a new password) do not.
CREATE FUNCTION raise_revision_of_persons_couples() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE couples SET revision = revision + 1
  WHERE id IN (SELECT couple_id FROM couple_members WHERE user_id = NEW.id);
  RETURN NULL;
END;
$$;

CREATE TRIGGER couple_revision_on_person AFTER UPDATE OF display_name, time_zone ON users
  FOR EACH ROW
  WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION raise_revision_of_persons_couples();

-- The catalogue of imported questionnaires decides which cards the dashboard shows; it is tiny
-- and changes rarely, so one instance-wide number is enough.
CREATE TABLE catalogue_revision (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  revision bigint NOT NULL
);
INSERT INTO catalogue_revision (singleton, revision) VALUES (true, 0);

CREATE FUNCTION raise_catalogue_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalogue_revision SET revision = revision + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON imported_instruments
  FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_revision();
