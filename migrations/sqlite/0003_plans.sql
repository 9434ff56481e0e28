-- Care and support plans (issue 4). SQLite; mirrors migrations/postgres/0003_plans.sql.
-- A plan (care_plan, from 0001) has versions. A draft is edited by staff
-- and never shown to the person; publishing makes it an agreed version,
-- which is immutable (triggers below) and replaces the one before.
-- Items carry a `item_key` that stays the same across versions, so "what
-- changed" can match them. Shaped for FHIR UK Core CarePlan: needs →
-- addresses (Condition), outcomes → goal, support → activity.detail,
-- replaces_id → replaces, the budget → an extension.

CREATE TABLE plan_version (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id             BIGINT NOT NULL REFERENCES care_plan (id),
    status              TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
    -- 1, 2, 3… once agreed; NULL while a draft.
    number              BIGINT,
    replaces_id         BIGINT REFERENCES plan_version (id),
    plan_type           TEXT NOT NULL CHECK (plan_type IN ('long_term', 'reablement')),
    what_matters        TEXT NOT NULL DEFAULT '',
    advice              TEXT NOT NULL DEFAULT '',
    contingency         TEXT NOT NULL DEFAULT '',
    budget_total_pence  BIGINT NOT NULL DEFAULT 0 CHECK (budget_total_pence >= 0),
    budget_explanation  TEXT NOT NULL DEFAULT '',
    contribution_pence  BIGINT NOT NULL DEFAULT 0 CHECK (contribution_pence >= 0),
    dp_amount_pence     BIGINT NOT NULL DEFAULT 0 CHECK (dp_amount_pence >= 0),
    -- weekly, four_weekly or monthly; NULL for no direct payment.
    dp_frequency        TEXT CHECK (dp_frequency IN ('weekly', 'four_weekly', 'monthly')),
    agreed_on           TEXT,
    agreed_with         TEXT NOT NULL DEFAULT '',
    next_review_due     TEXT,
    reablement_ends_on  TEXT,
    -- Bumped on every draft save, so two workers cannot silently overwrite
    -- each other.
    revision            BIGINT NOT NULL DEFAULT 1,
    created_by          BIGINT REFERENCES account (id),
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    published_by        BIGINT REFERENCES account (id),
    published_at        BIGINT
);
CREATE INDEX plan_version_plan ON plan_version (plan_id);
CREATE UNIQUE INDEX plan_version_number ON plan_version (plan_id, number);
CREATE UNIQUE INDEX plan_version_one_draft ON plan_version (plan_id) WHERE status = 'draft';

-- Needs from the assessment.
CREATE TABLE plan_need (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id  BIGINT NOT NULL REFERENCES plan_version (id),
    item_key    TEXT NOT NULL,
    position    BIGINT NOT NULL,
    description TEXT NOT NULL,
    eligible    BIGINT NOT NULL CHECK (eligible IN (0, 1))
);
CREATE INDEX plan_need_version ON plan_need (version_id);

-- Outcomes (goals), in the person's own words, with who wrote them.
CREATE TABLE plan_outcome (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id  BIGINT NOT NULL REFERENCES plan_version (id),
    item_key    TEXT NOT NULL,
    position    BIGINT NOT NULL,
    text        TEXT NOT NULL,
    -- person, carer or social_worker
    written_by  TEXT NOT NULL CHECK (written_by IN ('person', 'carer', 'social_worker')),
    author_name TEXT NOT NULL
);
CREATE INDEX plan_outcome_version ON plan_outcome (version_id);

-- How needs are met: what, who, how often, cost per week.
CREATE TABLE plan_support (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id        BIGINT NOT NULL REFERENCES plan_version (id),
    item_key          TEXT NOT NULL,
    position          BIGINT NOT NULL,
    what              TEXT NOT NULL,
    provider          TEXT NOT NULL,
    how_often         TEXT NOT NULL,
    hours_per_week    TEXT NOT NULL DEFAULT '',
    weekly_cost_pence BIGINT NOT NULL CHECK (weekly_cost_pence >= 0),
    -- Paid for by the direct payment.
    direct_payment    BIGINT NOT NULL DEFAULT 0 CHECK (direct_payment IN (0, 1)),
    -- The item_keys of the needs it meets, comma-separated.
    meets             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_support_version ON plan_support (version_id);

-- The people involved.
CREATE TABLE plan_member (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id  BIGINT NOT NULL REFERENCES plan_version (id),
    item_key    TEXT NOT NULL,
    position    BIGINT NOT NULL,
    name        TEXT NOT NULL,
    -- person, carer, nominated_person, social_worker, other
    role        TEXT NOT NULL CHECK (role IN ('person', 'carer', 'nominated_person', 'social_worker', 'other'))
);
CREATE INDEX plan_member_version ON plan_member (version_id);

-- Reablement goal progress, kept outside the agreed version (which never
-- changes) and appended to, newest last.
CREATE TABLE goal_progress (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     BIGINT NOT NULL REFERENCES care_plan (id),
    outcome_key TEXT NOT NULL,
    progress    TEXT NOT NULL CHECK (progress IN ('not_started', 'started', 'nearly', 'achieved')),
    note        TEXT NOT NULL DEFAULT '',
    updated_by  BIGINT REFERENCES account (id),
    updated_at  BIGINT NOT NULL
);
CREATE INDEX goal_progress_plan ON goal_progress (plan_id, outcome_key);

-- An agreed version never changes, and nor do its items.
CREATE TRIGGER plan_version_agreed_no_update BEFORE UPDATE ON plan_version WHEN OLD.status = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_version_agreed_no_delete BEFORE DELETE ON plan_version WHEN OLD.status = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_need_agreed_no_insert BEFORE INSERT ON plan_need WHEN (SELECT status FROM plan_version WHERE id = NEW.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_need_agreed_no_update BEFORE UPDATE ON plan_need WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_need_agreed_no_delete BEFORE DELETE ON plan_need WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_outcome_agreed_no_insert BEFORE INSERT ON plan_outcome WHEN (SELECT status FROM plan_version WHERE id = NEW.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_outcome_agreed_no_update BEFORE UPDATE ON plan_outcome WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_outcome_agreed_no_delete BEFORE DELETE ON plan_outcome WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_support_agreed_no_insert BEFORE INSERT ON plan_support WHEN (SELECT status FROM plan_version WHERE id = NEW.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_support_agreed_no_update BEFORE UPDATE ON plan_support WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_support_agreed_no_delete BEFORE DELETE ON plan_support WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_member_agreed_no_insert BEFORE INSERT ON plan_member WHEN (SELECT status FROM plan_version WHERE id = NEW.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_member_agreed_no_update BEFORE UPDATE ON plan_member WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
CREATE TRIGGER plan_member_agreed_no_delete BEFORE DELETE ON plan_member WHEN (SELECT status FROM plan_version WHERE id = OLD.version_id) = 'agreed'
BEGIN SELECT RAISE(ABORT, 'an agreed plan version cannot change'); END;
