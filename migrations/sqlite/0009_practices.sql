-- Practices: the directory, people's reviews, complaints (for the
-- practice's figures) and switching practice (issue 7). SQLite; mirrors
-- migrations/postgres/0009_practices.sql.
-- The profile is shaped along Open Referral UK (HSDS UK profile) lines:
-- the organisation, the areas it serves (councils), who it is for
-- (eligibility), languages, location and its accessibility, contacts and
-- opening times; plus what people here ask about: who runs it, whether it
-- is accepting people and the wait, BSL and deafblind communication, home
-- visits, regulators, complaints and advocacy.

-- The Open Referral UK organisation id, so a re-import updates, not duplicates.
ALTER TABLE practice ADD COLUMN orid TEXT;
CREATE UNIQUE INDEX practice_orid ON practice (orid);
ALTER TABLE practice ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
-- Opening times in words, one line each ("Monday to Friday, 9am to 5pm").
ALTER TABLE practice ADD COLUMN opening_hours TEXT NOT NULL DEFAULT '';
-- The current wait for a first visit, in weeks (NULL: not given).
ALTER TABLE practice ADD COLUMN wait_weeks BIGINT;
ALTER TABLE practice ADD COLUMN bsl_staff BIGINT NOT NULL DEFAULT 0 CHECK (bsl_staff IN (0, 1));
ALTER TABLE practice ADD COLUMN deafblind BIGINT NOT NULL DEFAULT 0 CHECK (deafblind IN (0, 1));
ALTER TABLE practice ADD COLUMN home_visits BIGINT NOT NULL DEFAULT 1 CHECK (home_visits IN (0, 1));
-- How accessible the premises are, in words.
ALTER TABLE practice ADD COLUMN premises TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN complaints_url TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN complaints_text TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN advocacy_url TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;

-- Who a practice supports (codes; words in Fluent).
CREATE TABLE practice_group (
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    group_code  TEXT NOT NULL CHECK (group_code IN ('physical_disability', 'older_mental_health', 'deaf', 'deafblind', 'visually_impaired', 'learning_disability', 'mental_health', 'autism')),
    PRIMARY KEY (practice_id, group_code)
);

-- Languages its staff speak (ISO 639 codes: en, cy, pl, bfi for BSL…).
CREATE TABLE practice_language (
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    language    TEXT NOT NULL,
    PRIMARY KEY (practice_id, language)
);

-- Registrations with regulators: Social Work England, the CQC.
CREATE TABLE practice_registration (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    regulator   TEXT NOT NULL CHECK (regulator IN ('swe', 'cqc', 'other')),
    reference   TEXT NOT NULL,
    url         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX practice_registration_practice ON practice_registration (practice_id);

-- The council a person lives in and who they are (for finding a practice
-- they may move to).
ALTER TABLE person ADD COLUMN council_id BIGINT REFERENCES council (id);
ALTER TABLE person ADD COLUMN support_group TEXT;

-- A rating and short review by someone the practice supports or supported,
-- moderated by the practice manager before anyone else sees it.
CREATE TABLE practice_review (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    practice_id       BIGINT NOT NULL REFERENCES practice (id),
    person_id         BIGINT NOT NULL REFERENCES person (id),
    author_account_id BIGINT NOT NULL REFERENCES account (id),
    rating            BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body              TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
    -- The practice's public reply.
    reply             TEXT NOT NULL DEFAULT '',
    replied_at        BIGINT,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);
-- One review per person of each practice.
CREATE UNIQUE INDEX practice_review_one ON practice_review (practice_id, person_id);
CREATE INDEX practice_review_status ON practice_review (practice_id, status);

-- Every moderation decision, with its reason: append-only.
CREATE TABLE practice_review_decision (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id   BIGINT NOT NULL REFERENCES practice_review (id),
    decision    TEXT NOT NULL CHECK (decision IN ('published', 'rejected', 'replied')),
    reason      TEXT NOT NULL DEFAULT '',
    decided_by  BIGINT NOT NULL REFERENCES account (id),
    decided_at  BIGINT NOT NULL
);
CREATE INDEX practice_review_decision_review ON practice_review_decision (review_id);
CREATE TRIGGER practice_review_decision_no_update BEFORE UPDATE ON practice_review_decision
BEGIN SELECT RAISE(ABORT, 'moderation decisions are append-only'); END;
CREATE TRIGGER practice_review_decision_no_delete BEFORE DELETE ON practice_review_decision
BEGIN SELECT RAISE(ABORT, 'moderation decisions are append-only'); END;

-- A complaint about a practice (the complaints issue builds the pages on
-- this table; the practice's figures count it). Routed to the practice or
-- to the council that commissions it.
CREATE TABLE complaint (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    practice_id  BIGINT NOT NULL REFERENCES practice (id),
    routed_to    TEXT NOT NULL CHECK (routed_to IN ('practice', 'council')),
    status       TEXT NOT NULL CHECK (status IN ('received', 'acknowledged', 'investigating', 'response_sent', 'resolved', 'escalated')),
    received_at  BIGINT NOT NULL,
    -- The day the response is due (working days from receipt).
    respond_by   TEXT NOT NULL,
    resolved_at  BIGINT
);
CREATE INDEX complaint_practice ON complaint (practice_id, received_at);

-- A person's request to move to another practice, and each state it
-- passed through (append-only), so the person sees every state with its date.
CREATE TABLE switch_request (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    from_practice_id BIGINT REFERENCES practice (id),
    to_practice_id   BIGINT NOT NULL REFERENCES practice (id),
    reason           TEXT NOT NULL DEFAULT '',
    -- The person agreed that their record goes with them.
    consent          BIGINT NOT NULL CHECK (consent = 1),
    status           TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'moving', 'done', 'declined')),
    decline_reason   TEXT NOT NULL DEFAULT '',
    requested_by     BIGINT NOT NULL REFERENCES account (id),
    idem_key         TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX switch_request_person ON switch_request (person_id, created_at);
CREATE INDEX switch_request_to ON switch_request (to_practice_id, status);
-- One open request at a time.
CREATE UNIQUE INDEX switch_request_open ON switch_request (person_id) WHERE status IN ('requested', 'accepted', 'moving');
CREATE UNIQUE INDEX switch_request_idem ON switch_request (requested_by, idem_key);

CREATE TABLE switch_event (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    switch_id  BIGINT NOT NULL REFERENCES switch_request (id),
    status     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    by_account BIGINT NOT NULL REFERENCES account (id),
    at         BIGINT NOT NULL
);
CREATE INDEX switch_event_switch ON switch_event (switch_id, at);
CREATE TRIGGER switch_event_no_update BEFORE UPDATE ON switch_event
BEGIN SELECT RAISE(ABORT, 'switch history is append-only'); END;
CREATE TRIGGER switch_event_no_delete BEFORE DELETE ON switch_event
BEGIN SELECT RAISE(ABORT, 'switch history is append-only'); END;
