-- How the personal budget is paid (issue 5). SQLite; mirrors migrations/postgres/0005_budget_choice.sql.
-- budget_discussion is the record the Directions ask for: every time the
-- options were shown, and every choice made, with who, when, and exactly
-- what was shown. Rows are only ever added (triggers below).
-- budget_request is the person's choice, which the social worker agrees
-- (care_plan.budget_option then shows it) or asks to discuss.

ALTER TABLE care_plan ADD COLUMN budget_option TEXT
    CHECK (budget_option IN ('direct_payment', 'managed_account', 'individual_service_fund', 'council_arranged', 'mixed'));

CREATE TABLE budget_request (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    option_code     TEXT NOT NULL CHECK (option_code IN ('direct_payment', 'managed_account', 'individual_service_fund', 'council_arranged', 'mixed')),
    -- person, carer or organisation, with the carer's or organisation's name
    manager         TEXT NOT NULL CHECK (manager IN ('person', 'carer', 'organisation')),
    manager_name    TEXT NOT NULL DEFAULT '',
    -- The statements the person ticked as understood, comma-separated.
    checks          TEXT NOT NULL DEFAULT '',
    questions       TEXT NOT NULL DEFAULT '',
    -- no, phone, visit or video
    talk            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('sent', 'agreed', 'discuss')),
    worker_note     TEXT NOT NULL DEFAULT '',
    decided_by      BIGINT REFERENCES account (id),
    decided_at      BIGINT,
    requested_by    BIGINT NOT NULL REFERENCES account (id),
    requester_role  TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX budget_request_person ON budget_request (person_id, created_at);
CREATE UNIQUE INDEX budget_request_idem ON budget_request (requested_by, idem_key);

CREATE TABLE budget_discussion (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    account_id      BIGINT NOT NULL REFERENCES account (id),
    actor_role      TEXT NOT NULL,
    -- shown, shown_easy_read or chose
    event           TEXT NOT NULL CHECK (event IN ('shown', 'shown_easy_read', 'chose')),
    -- What was shown (or chosen), in words, with the content version.
    shown           TEXT NOT NULL,
    budget_pence    BIGINT NOT NULL,
    plan_version_id BIGINT REFERENCES plan_version (id),
    locale          TEXT NOT NULL DEFAULT '',
    request_id      BIGINT REFERENCES budget_request (id),
    at              BIGINT NOT NULL
);
CREATE INDEX budget_discussion_person ON budget_discussion (person_id, at);

CREATE TRIGGER budget_discussion_no_update BEFORE UPDATE ON budget_discussion
BEGIN SELECT RAISE(ABORT, 'the record of the discussion is append-only'); END;
CREATE TRIGGER budget_discussion_no_delete BEFORE DELETE ON budget_discussion
BEGIN SELECT RAISE(ABORT, 'the record of the discussion is append-only'); END;
