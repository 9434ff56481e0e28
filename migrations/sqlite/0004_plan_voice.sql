-- The person's voice on their plan (issue 4). SQLite; mirrors migrations/postgres/0004_plan_voice.sql.
-- A comment or "I don't agree" on one section of an agreed version, which
-- the social worker answers; and "ask for an early review", a request the
-- worker moves through received → booked → done.
-- idem_key is a token written into the form when it is shown: a double
-- click, or a retry after a lost response, inserts nothing twice.

CREATE TABLE plan_comment (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id         BIGINT NOT NULL REFERENCES person (id),
    version_id        BIGINT NOT NULL REFERENCES plan_version (id),
    section           TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('comment', 'disagree')),
    body              TEXT NOT NULL,
    author_account_id BIGINT NOT NULL REFERENCES account (id),
    -- person or carer: who wrote it, for whom is person_id.
    author_role       TEXT NOT NULL,
    idem_key          TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    answer            TEXT,
    answered_by       BIGINT REFERENCES account (id),
    answered_at       BIGINT
);
CREATE INDEX plan_comment_person ON plan_comment (person_id, created_at);
CREATE UNIQUE INDEX plan_comment_idem ON plan_comment (author_account_id, idem_key);

CREATE TABLE review_request (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id         BIGINT NOT NULL REFERENCES person (id),
    reason            TEXT NOT NULL,
    -- email, phone, letter, video or carer
    contact           TEXT NOT NULL CHECK (contact IN ('email', 'phone', 'letter', 'video', 'carer')),
    contact_detail    TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL CHECK (status IN ('received', 'booked', 'done')),
    booked_for        TEXT,
    -- What the worker tells the person (for example where and when).
    note              TEXT NOT NULL DEFAULT '',
    requested_by      BIGINT NOT NULL REFERENCES account (id),
    requester_role    TEXT NOT NULL,
    idem_key          TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    updated_by        BIGINT REFERENCES account (id)
);
CREATE INDEX review_request_person ON review_request (person_id, created_at);
CREATE UNIQUE INDEX review_request_idem ON review_request (requested_by, idem_key);
