-- The duty inbox read from indexes (measured with pgbench on the large
-- synthetic dataset: README, "Performance and scale").

-- Which of the practice's staff are away today: each one's live absences,
-- with both dates in the index. Before it, PostgreSQL read every absence
-- not yet ended in the council (3,600 rows, for the 3 that matter) and
-- hashed them against the practice's staff (0.24 ms). With it, it looks up
-- each of the practice's 42 staff (0.12 ms), and the duty test's "is this
-- worker away today?" reads no table row.
CREATE INDEX worker_away_live ON worker_away (worker_id, ends_on, starts_on) WHERE cancelled_at IS NULL;

-- The practice's staff with their ids, so that list reads no table row
-- either. It replaces the index of 0014 (the same rows, one more column).
DROP INDEX account_practice;
CREATE INDEX account_practice ON account (practice_id, id) WHERE practice_id IS NOT NULL;

-- (SQLite's copy of this migration also puts the current allocations in
-- covering indexes. Here covering versions of `caseload_current` and
-- `caseload_worker` measured no faster: the session's statement 0.61 ms
-- against 0.61, the inbox's 0.99 against 0.99, so they are not added.)
