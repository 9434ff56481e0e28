-- The quarterly direct payment audit return (issue 5). SQLite; mirrors migrations/postgres/0007_dp_returns.sql.
-- One return per person per calendar quarter: submitted, then accepted or
-- queried; a query is answered in the portal, which submits it again.

CREATE TABLE dp_return (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    -- YYYY-Qn
    quarter         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('submitted', 'queries', 'accepted')),
    submitted_by    BIGINT NOT NULL REFERENCES account (id),
    submitted_at    BIGINT NOT NULL,
    decided_by      BIGINT REFERENCES account (id),
    decided_at      BIGINT
);
CREATE UNIQUE INDEX dp_return_quarter ON dp_return (person_id, quarter);

-- The conversation about a return: queries and answers, oldest first.
CREATE TABLE dp_return_message (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    return_id         BIGINT NOT NULL REFERENCES dp_return (id),
    author_account_id BIGINT NOT NULL REFERENCES account (id),
    author_role       TEXT NOT NULL,
    body              TEXT NOT NULL,
    at                BIGINT NOT NULL
);
CREATE INDEX dp_return_message_return ON dp_return_message (return_id, at);
