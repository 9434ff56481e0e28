-- Careway platform schema (SQLite). Mirrors migrations/postgres/0001_platform.sql:
-- same tables, columns and meanings; only identity columns differ.
-- Conventions: instants are BIGINT unix seconds UTC; days are TEXT 'YYYY-MM-DD';
-- flags are BIGINT 0/1 (sqlx's Any driver reads both engines the same way);
-- codes (roles, plan types) are stored, words are looked up in Fluent.

-- Sessions (tower-sessions records, JSON data).
CREATE TABLE tower_session (
    id          TEXT PRIMARY KEY NOT NULL,
    data        TEXT NOT NULL,
    expiry_date BIGINT NOT NULL
);
CREATE INDEX tower_session_expiry ON tower_session (expiry_date);

-- A council that commissions social work practices.
CREATE TABLE council (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- An independent Social Work Practice.
CREATE TABLE practice (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT NOT NULL UNIQUE,
    summary           TEXT NOT NULL,
    -- social_enterprise, mutual, community_interest_company, ...
    organisation_type TEXT NOT NULL,
    accepting_new     BIGINT NOT NULL DEFAULT 1 CHECK (accepting_new IN (0, 1)),
    created_at        BIGINT NOT NULL
);

-- Which councils a practice is contracted to.
CREATE TABLE practice_council (
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    council_id  BIGINT NOT NULL REFERENCES council (id),
    PRIMARY KEY (practice_id, council_id)
);

-- The adult who receives care and support. Not every person has an account.
CREATE TABLE person (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL,
    practice_id  BIGINT REFERENCES practice (id),
    created_at   BIGINT NOT NULL
);
CREATE INDEX person_practice ON person (practice_id);

-- Someone who can sign in (credentials arrive with the accounts issue).
CREATE TABLE account (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('person', 'carer', 'social_worker', 'practice_manager')),
    practice_id  BIGINT REFERENCES practice (id),
    person_id    BIGINT REFERENCES person (id),
    created_at   BIGINT NOT NULL
);

-- Which worker is allocated to which person, over time.
CREATE TABLE caseload (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    worker_id   BIGINT NOT NULL REFERENCES account (id),
    started_at  BIGINT NOT NULL,
    ended_at    BIGINT
);
CREATE INDEX caseload_worker ON caseload (worker_id);
CREATE INDEX caseload_person ON caseload (person_id);

-- A person's care and support plan (versions arrive with the plan issue).
CREATE TABLE care_plan (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    plan_type       TEXT NOT NULL CHECK (plan_type IN ('long_term', 'reablement')),
    agreed_on       TEXT,
    next_review_due TEXT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX care_plan_person ON care_plan (person_id);
