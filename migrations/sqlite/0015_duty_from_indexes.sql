-- The duty inbox read from indexes alone (measured on the large synthetic
-- dataset: README, "Performance and scale": the session's statement and
-- the inbox's together, 0.73 ms to 0.51 ms).
--
-- SQLite reads an index alone only when it holds every column the query
-- names for that table, the partial index's own condition included, so
-- each of these ends with that column (always NULL here, and small).

-- The duty test's "is this worker away today?", for each person an away
-- colleague has, and which of the practice's staff are away.
CREATE INDEX worker_away_live ON worker_away (worker_id, ends_on, starts_on, cancelled_at) WHERE cancelled_at IS NULL;

-- Current allocations in both directions, with the other side in the
-- index: a worker's people (their own caseload, an away colleague's) and a
-- person's workers (the duty test, the worker's name in the inbox). The
-- second replaces `caseload_current` (0012), which had the person alone.
-- (The practice's staff, `account_practice` of 0014, already carry their
-- ids: SQLite keeps the rowid in every index.)
CREATE INDEX caseload_worker_current ON caseload (worker_id, person_id, ended_at) WHERE ended_at IS NULL;
CREATE INDEX caseload_person_current ON caseload (person_id, worker_id, ended_at) WHERE ended_at IS NULL;
DROP INDEX caseload_current;
