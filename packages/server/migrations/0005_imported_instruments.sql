-- Instruments imported by an administrator as FHIR R4 Questionnaires. Amend's own instruments are
-- code in packages/core; these are data: the definition the one scoring engine reads, and the
-- Questionnaire it came from, kept so the instance can show where each item came from. This is a
-- content catalogue, not couple-owned data (a reference table under Citus). Rows are never
-- deleted, because responses name the instrument and version they answered: an instrument that
-- should no longer be offered is retired instead.

CREATE TABLE imported_instruments (
  id text NOT NULL,
  version text NOT NULL,
  definition jsonb NOT NULL,
  source_questionnaire jsonb NOT NULL,
  imported_by uuid REFERENCES users (id) ON DELETE SET NULL,
  imported_at timestamptz NOT NULL,
  retired_at timestamptz,
  PRIMARY KEY (id, version)
);
-- Only one version of an instrument is offered at a time.
CREATE UNIQUE INDEX imported_instruments_one_active
  ON imported_instruments (id) WHERE retired_at IS NULL;
