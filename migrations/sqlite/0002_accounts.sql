-- Accounts, carer access and the audit trail (issue 3). SQLite; mirrors migrations/postgres/0002_accounts.sql.
-- Conventions as in 0001: instants BIGINT unix seconds UTC, days TEXT,
-- flags BIGINT 0/1, codes stored and words looked up in Fluent.

-- Credentials and saved settings on the account.
ALTER TABLE account ADD COLUMN password_hash TEXT;
-- Base32 TOTP secret; NULL until two-step sign-in is set up.
ALTER TABLE account ADD COLUMN totp_secret TEXT;
-- The last TOTP time step accepted, so a code cannot be replayed.
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
-- A secret being set up but not yet confirmed with a code.
ALTER TABLE account ADD COLUMN totp_pending_secret TEXT;
-- Saved language tag and display settings (the display cookie's value).
ALTER TABLE account ADD COLUMN locale TEXT;
ALTER TABLE account ADD COLUMN display_prefs TEXT;

-- Single-use recovery codes for two-step sign-in, stored as SHA-256.
CREATE TABLE recovery_code (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES account (id),
    code_hash  TEXT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);

-- Emailed single-use links: password reset, invitations, email change.
-- Only the SHA-256 of the token is kept.
CREATE TABLE email_token (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    TEXT NOT NULL UNIQUE,
    purpose       TEXT NOT NULL CHECK (purpose IN ('reset', 'invite', 'carer_invite', 'email_change')),
    email         TEXT NOT NULL,
    account_id    BIGINT REFERENCES account (id),
    role          TEXT,
    practice_id   BIGINT REFERENCES practice (id),
    person_id     BIGINT REFERENCES person (id),
    delegation_id BIGINT,
    display_name  TEXT,
    created_by    BIGINT REFERENCES account (id),
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    used_at       BIGINT
);

-- Signed-in sessions, one row per sign-in, so people can see and end them.
-- The tower-sessions record holds this row's key.
CREATE TABLE account_session (
    id           TEXT PRIMARY KEY NOT NULL,
    account_id   BIGINT NOT NULL REFERENCES account (id),
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    ended_at     BIGINT,
    -- signed_out, idle, absolute, ended_by_user, password_changed
    end_reason   TEXT,
    device       TEXT NOT NULL,
    origin       TEXT NOT NULL
);
CREATE INDEX account_session_account ON account_session (account_id);

-- A carer's access to one person, with scopes and a basis.
CREATE TABLE delegation (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    -- NULL until the carer accepts the invitation.
    carer_account_id BIGINT REFERENCES account (id),
    carer_email      TEXT NOT NULL,
    carer_name       TEXT NOT NULL,
    view_plan        BIGINT NOT NULL DEFAULT 0 CHECK (view_plan IN (0, 1)),
    view_budget      BIGINT NOT NULL DEFAULT 0 CHECK (view_budget IN (0, 1)),
    manage_payments  BIGINT NOT NULL DEFAULT 0 CHECK (manage_payments IN (0, 1)),
    message_for      BIGINT NOT NULL DEFAULT 0 CHECK (message_for IN (0, 1)),
    read_messages    BIGINT NOT NULL DEFAULT 0 CHECK (read_messages IN (0, 1)),
    basis            TEXT NOT NULL CHECK (basis IN ('consent', 'lpa', 'deputyship', 'best_interests')),
    granted_by       BIGINT NOT NULL REFERENCES account (id),
    starts_at        BIGINT NOT NULL,
    -- The last day of access (inclusive), or NULL for no end.
    ends_on          TEXT,
    -- For staff-recorded delegations: when the basis must be reviewed.
    review_due       TEXT,
    revoked_at       BIGINT,
    revoked_by       BIGINT REFERENCES account (id),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX delegation_person ON delegation (person_id);
CREATE INDEX delegation_carer ON delegation (carer_account_id);
-- One live grant per carer email and person (a double-clicked invitation
-- creates one); an ended grant is revoked before a new one is made.
CREATE UNIQUE INDEX delegation_live ON delegation (person_id, carer_email) WHERE revoked_at IS NULL;

-- Who did what, acting for whom, to whose data, when and from where.
-- Append-only: triggers refuse UPDATE and DELETE.
CREATE TABLE audit_event (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    at                   BIGINT NOT NULL,
    actor_account_id     BIGINT REFERENCES account (id),
    actor_role           TEXT NOT NULL,
    acting_for_person_id BIGINT REFERENCES person (id),
    person_id            BIGINT REFERENCES person (id),
    practice_id          BIGINT REFERENCES practice (id),
    action               TEXT NOT NULL,
    record_kind          TEXT NOT NULL,
    record_id            TEXT,
    -- Coarse: the network (an IPv4 /24 or IPv6 /48), never the full address.
    origin               TEXT NOT NULL
);
CREATE INDEX audit_event_person ON audit_event (person_id, at);
CREATE INDEX audit_event_practice ON audit_event (practice_id, at);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
