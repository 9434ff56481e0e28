-- Each person's number of current allocations (caseload rows with
-- ended_at IS NULL), kept by the triggers below, so that the duty inbox
-- finds the people with no current worker from a partial index instead of
-- testing everyone at the practice. Counted by increments, so concurrent
-- allocations cannot lose one.
ALTER TABLE person ADD COLUMN current_workers BIGINT NOT NULL DEFAULT 0;
UPDATE person SET current_workers =
    (SELECT COUNT(*) FROM caseload k WHERE k.person_id = person.id AND k.ended_at IS NULL);

CREATE TRIGGER caseload_count_insert AFTER INSERT ON caseload WHEN NEW.ended_at IS NULL
BEGIN
    UPDATE person SET current_workers = current_workers + 1 WHERE id = NEW.person_id;
END;
CREATE TRIGGER caseload_count_delete AFTER DELETE ON caseload WHEN OLD.ended_at IS NULL
BEGIN
    UPDATE person SET current_workers = current_workers - 1 WHERE id = OLD.person_id;
END;
CREATE TRIGGER caseload_count_end AFTER UPDATE ON caseload WHEN OLD.ended_at IS NULL
BEGIN
    UPDATE person SET current_workers = current_workers - 1 WHERE id = OLD.person_id;
END;
CREATE TRIGGER caseload_count_start AFTER UPDATE ON caseload WHEN NEW.ended_at IS NULL
BEGIN
    UPDATE person SET current_workers = current_workers + 1 WHERE id = NEW.person_id;
END;

CREATE INDEX person_unallocated ON person (practice_id) WHERE current_workers = 0;
