-- Complaints and feedback (issue 9). SQLite; mirrors
-- migrations/postgres/0011_complaints.sql.
--
-- A new role, the council's commissioning officer, who handles complaints
-- sent to the council instead of the practice. The role's CHECK needs the
-- account table rebuilt, which SQLite cannot do inside the transaction
-- sqlx runs this in: `Db::migrate` does it straight after (see
-- app/src/data/mod.rs, `sqlite_roles`).
-- For a commissioner: the council they work for.
ALTER TABLE account ADD COLUMN council_id BIGINT REFERENCES council (id);

-- How many working days a practice takes to acknowledge a complaint, and
-- to send its response.
ALTER TABLE practice ADD COLUMN complaint_ack_days BIGINT NOT NULL DEFAULT 3;
ALTER TABLE practice ADD COLUMN complaint_response_days BIGINT NOT NULL DEFAULT 20;

-- The complaint itself (the table began in 0009, for the figures).
ALTER TABLE complaint ADD COLUMN kind TEXT NOT NULL DEFAULT 'complaint' CHECK (kind IN ('complaint', 'compliment', 'feedback'));
-- CW-XXXX-XXXX: what the person quotes; with the check code (kept only as
-- a hash) it shows the status without an account.
ALTER TABLE complaint ADD COLUMN reference TEXT;
ALTER TABLE complaint ADD COLUMN check_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN person_id BIGINT REFERENCES person (id);
-- The council it was sent to (when routed to the council).
ALTER TABLE complaint ADD COLUMN council_id BIGINT REFERENCES council (id);
ALTER TABLE complaint ADD COLUMN raised_by BIGINT REFERENCES account (id);
ALTER TABLE complaint ADD COLUMN raised_by_role TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN what_happened TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN happened_when TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN outcome_wanted TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN acknowledge_by TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN assigned_to BIGINT REFERENCES account (id);
ALTER TABLE complaint ADD COLUMN response TEXT NOT NULL DEFAULT '';
-- The person's answer to "are you satisfied?" (NULL: not asked yet).
ALTER TABLE complaint ADD COLUMN satisfied BIGINT;
ALTER TABLE complaint ADD COLUMN idem TEXT;
ALTER TABLE complaint ADD COLUMN locale TEXT NOT NULL DEFAULT 'en-GB';
CREATE UNIQUE INDEX complaint_reference ON complaint (reference);
CREATE UNIQUE INDEX complaint_idem ON complaint (idem);
CREATE INDEX complaint_person ON complaint (person_id);
CREATE INDEX complaint_council ON complaint (council_id, routed_to);

-- Each state a complaint reached and each action recorded, with its date.
CREATE TABLE complaint_event (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    complaint_id BIGINT NOT NULL REFERENCES complaint (id),
    state        TEXT NOT NULL,
    -- Shown to the person (a response, a reason); internal notes are not.
    note         TEXT NOT NULL DEFAULT '',
    internal     BIGINT NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    by_account   BIGINT REFERENCES account (id),
    at           BIGINT NOT NULL
);
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, at);
CREATE TRIGGER complaint_event_no_update BEFORE UPDATE ON complaint_event
BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END;
CREATE TRIGGER complaint_event_no_delete BEFORE DELETE ON complaint_event
BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END;

-- Files sent with a complaint, in the storage abstraction.
CREATE TABLE complaint_attachment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    complaint_id BIGINT NOT NULL REFERENCES complaint (id),
    storage_key  TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    file_name    TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX complaint_attachment_complaint ON complaint_attachment (complaint_id);
