-- The direct payment account (issue 5). SQLite; mirrors migrations/postgres/0006_dp_account.sql.
-- Money in (the council's payments and the person's contribution) is
-- worked out from the agreed plan's terms, so it is never stored twice.
-- Spending is recorded here, in pence, on a Europe/London date, with the
-- receipt's key in storage (see app/src/storage.rs).

CREATE TABLE dp_spend (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    on_date         TEXT NOT NULL,
    payee           TEXT NOT NULL,
    category        TEXT NOT NULL CHECK (category IN ('pa_wages', 'agency', 'payroll_insurance', 'equipment', 'activities', 'transport', 'other')),
    amount_pence    BIGINT NOT NULL CHECK (amount_pence > 0),
    -- The plan outcome it supports ('' for none).
    outcome_key     TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    receipt_key     TEXT,
    receipt_type    TEXT,
    recorded_by     BIGINT NOT NULL REFERENCES account (id),
    recorder_role   TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX dp_spend_person ON dp_spend (person_id, on_date);
CREATE UNIQUE INDEX dp_spend_idem ON dp_spend (recorded_by, idem_key);
