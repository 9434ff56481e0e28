-- Messaging (issue 6). SQLite; mirrors migrations/postgres/0008_messages.sql.
-- A conversation is between a person (or a carer acting for them) and
-- their practice. It is answered by the person's social worker, or by the
-- practice's duty inbox while that worker is away. Sent messages and their
-- attachments are append-only (triggers below): what was said stays said.
-- Files are written to storage first, then a row points at them, so no row
-- ever points at a missing file.

-- How many working days the practice aims to reply within (the "overdue"
-- filter and the published figure use it).
ALTER TABLE practice ADD COLUMN reply_target_days BIGINT NOT NULL DEFAULT 2;
-- Whether this account is emailed "You have a new message" (never content).
ALTER TABLE account ADD COLUMN message_emails BIGINT NOT NULL DEFAULT 1;

-- The person's communication needs, shaped on the Accessible Information
-- Standard (issue 8 builds the page that records them; messaging shows
-- them to staff). Each list is comma-separated codes.
CREATE TABLE communication_need (
    person_id        BIGINT PRIMARY KEY NOT NULL REFERENCES person (id),
    -- email, text, letter, video, carer
    contact          TEXT NOT NULL DEFAULT '',
    -- bsl_video, bsl_interpreter, deafblind_manual, large_print, easy_read,
    -- braille, audio, plain_english
    formats          TEXT NOT NULL DEFAULT '',
    large_print_size TEXT NOT NULL DEFAULT '',
    -- interpreter, lip_speaker, hearing_loop, advocate
    meeting_support  TEXT NOT NULL DEFAULT '',
    -- Anything else, in the person's words.
    notes            TEXT NOT NULL DEFAULT '',
    updated_by       BIGINT REFERENCES account (id),
    updated_at       BIGINT NOT NULL
);

-- A worker's away period (days, inclusive). While every worker allocated
-- to a person is away, the practice's duty inbox answers for them.
CREATE TABLE worker_away (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    worker_id    BIGINT NOT NULL REFERENCES account (id),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    cancelled_at BIGINT,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX worker_away_worker ON worker_away (worker_id, ends_on);

CREATE TABLE conversation (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    -- The practice the person was with when it started (for its figures).
    practice_id     BIGINT REFERENCES practice (id),
    subject_code    TEXT NOT NULL CHECK (subject_code IN ('plan', 'payments', 'needs', 'other')),
    -- Typed by whoever started it ('' when a subject was only picked).
    subject_text    TEXT NOT NULL DEFAULT '',
    started_by      BIGINT NOT NULL REFERENCES account (id),
    starter_role    TEXT NOT NULL,
    idem_key        TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL,
    -- When the oldest message from the person's side that has no reply yet
    -- was sent; NULL when nothing is waiting for the practice.
    waiting_since   BIGINT
);
CREATE INDEX conversation_person ON conversation (person_id, last_message_at);
CREATE INDEX conversation_practice ON conversation (practice_id, created_at);
CREATE UNIQUE INDEX conversation_idem ON conversation (started_by, idem_key);

CREATE TABLE message (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id   BIGINT NOT NULL REFERENCES conversation (id),
    author_account_id BIGINT NOT NULL REFERENCES account (id),
    -- person, carer (then it is written for the conversation's person),
    -- social_worker or practice_manager.
    author_role       TEXT NOT NULL,
    -- 1 from the person's side (the person or a carer), 0 from the practice.
    from_person       BIGINT NOT NULL CHECK (from_person IN (0, 1)),
    -- Plain text exactly as written ('' for a video-only message).
    body              TEXT NOT NULL DEFAULT '',
    -- An optional written summary of the message's BSL video.
    video_summary     TEXT NOT NULL DEFAULT '',
    idem_key          TEXT NOT NULL,
    created_at        BIGINT NOT NULL
);
CREATE INDEX message_conversation ON message (conversation_id, id);
CREATE INDEX message_created ON message (created_at);
CREATE UNIQUE INDEX message_idem ON message (author_account_id, idem_key);

CREATE TABLE message_attachment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   BIGINT NOT NULL REFERENCES message (id),
    kind         TEXT NOT NULL CHECK (kind IN ('document', 'image', 'video', 'captions')),
    storage_key  TEXT NOT NULL UNIQUE,
    -- Checked from the file's content on the server, never its name.
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    -- The name the file had, for display only (never a storage path).
    file_name    TEXT NOT NULL,
    -- For captions: the video they belong to.
    captions_for BIGINT REFERENCES message_attachment (id),
    created_at   BIGINT NOT NULL
);
CREATE INDEX message_attachment_message ON message_attachment (message_id);

CREATE TRIGGER message_no_update BEFORE UPDATE ON message
BEGIN SELECT RAISE(ABORT, 'sent messages are append-only'); END;
CREATE TRIGGER message_no_delete BEFORE DELETE ON message
BEGIN SELECT RAISE(ABORT, 'sent messages are append-only'); END;
CREATE TRIGGER message_attachment_no_update BEFORE UPDATE ON message_attachment
BEGIN SELECT RAISE(ABORT, 'sent messages are append-only'); END;
CREATE TRIGGER message_attachment_no_delete BEFORE DELETE ON message_attachment
BEGIN SELECT RAISE(ABORT, 'sent messages are append-only'); END;

-- How far each account has read each conversation (read receipts).
CREATE TABLE message_read (
    account_id           BIGINT NOT NULL REFERENCES account (id),
    conversation_id      BIGINT NOT NULL REFERENCES conversation (id),
    last_read_message_id BIGINT NOT NULL,
    read_at              BIGINT NOT NULL,
    PRIMARY KEY (account_id, conversation_id)
);

-- A file uploaded with a form that then needed putting right: kept (in
-- storage, and here) so it need not be chosen or recorded again, until it
-- is sent with the message or a day has passed.
CREATE TABLE pending_upload (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   BIGINT NOT NULL REFERENCES account (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    -- The form field it came from: video, captions or files.
    field        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('document', 'image', 'video', 'captions')),
    storage_key  TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    file_name    TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX pending_upload_account ON pending_upload (account_id, created_at);

-- When each account was last emailed about each conversation (at most
-- once an hour per conversation).
CREATE TABLE message_notice (
    account_id      BIGINT NOT NULL REFERENCES account (id),
    conversation_id BIGINT NOT NULL REFERENCES conversation (id),
    last_sent_at    BIGINT NOT NULL,
    PRIMARY KEY (account_id, conversation_id)
);
