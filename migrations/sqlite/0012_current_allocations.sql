-- The current allocations only (ended_at IS NULL), person first: the duty
-- inbox asks "does this person have a current worker?" for every
-- unallocated candidate at a practice, which this answers from the index
-- alone. Measured on the large synthetic dataset (README, "Performance and
-- scale").
CREATE INDEX caseload_current ON caseload (person_id) WHERE ended_at IS NULL;

-- Away periods that have not ended, for "which workers are away today"
-- (the duty inbox starts from these).
CREATE INDEX worker_away_current ON worker_away (ends_on) WHERE cancelled_at IS NULL;
