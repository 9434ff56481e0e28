-- Each person's number of current allocations (caseload rows with
-- ended_at IS NULL), kept by the trigger below, so that the duty inbox
-- finds the people with no current worker from a partial index instead of
-- testing everyone at the practice. Counted by increments, so concurrent
-- allocations cannot lose one.
ALTER TABLE person ADD COLUMN current_workers BIGINT NOT NULL DEFAULT 0;
UPDATE person SET current_workers =
    (SELECT COUNT(*) FROM caseload k WHERE k.person_id = person.id AND k.ended_at IS NULL);

CREATE FUNCTION caseload_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.ended_at IS NULL THEN
        UPDATE person SET current_workers = current_workers - 1 WHERE id = OLD.person_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.ended_at IS NULL THEN
        UPDATE person SET current_workers = current_workers + 1 WHERE id = NEW.person_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER caseload_count AFTER INSERT OR UPDATE OR DELETE ON caseload
    FOR EACH ROW EXECUTE FUNCTION caseload_count();

CREATE INDEX person_unallocated ON person (practice_id) WHERE current_workers = 0;
