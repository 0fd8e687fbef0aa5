-- The caseload counts each couple's attended sessions (those the therapist verified or a sharing
-- partner recorded) for up to hundreds of couples at once. With the columns it filters on in the
-- index, PostgreSQL answers from the index alone instead of visiting a heap page per session: the
-- growth benchmark saw that statement touch 11,029 buffers at 100,000 couples with a plain index
-- scan, against 910 at 10,000 (bench/plans/growth-*-caseload.txt).
CREATE INDEX therapy_sessions_attendance
  ON therapy_sessions (couple_id) INCLUDE (therapist_user_id, recorded_by);
