-- BSL versions of pages, communication support bookings and video relay
-- (issue 8). SQLite; mirrors migrations/postgres/0010_access.sql.

-- The BSL media library: for a content key (a key page) and a language,
-- one BSL video with WebVTT captions and a full transcript. Files live in
-- the storage abstraction; a replacement upload replaces the row.
CREATE TABLE bsl_media (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    content_key   TEXT NOT NULL CHECK (content_key IN ('home', 'plan', 'budget_options', 'messages', 'find_practice', 'complain', 'communication')),
    locale        TEXT NOT NULL CHECK (locale IN ('en-GB', 'cy')),
    video_key     TEXT NOT NULL,
    video_type    TEXT NOT NULL,
    video_bytes   BIGINT NOT NULL,
    captions_key  TEXT NOT NULL,
    transcript    TEXT NOT NULL,
    -- 1 for the generated demo clips, which say so on the player page.
    is_demo       BIGINT NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    uploaded_by   BIGINT REFERENCES account (id),
    uploaded_at   BIGINT NOT NULL,
    UNIQUE (content_key, locale)
);

-- A request for communication support at a review, visit or meeting: a
-- BSL interpreter, a deafblind interpreter, a lip-speaker, a hearing loop,
-- a speech-to-text reporter or an advocate. The worker moves it on:
-- asked, booked (with the date), done; or cancelled.
CREATE TABLE support_request (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    BIGINT NOT NULL REFERENCES person (id),
    kind         TEXT NOT NULL CHECK (kind IN ('bsl_interpreter', 'deafblind_interpreter', 'lip_speaker', 'hearing_loop', 'speech_to_text', 'advocate')),
    occasion     TEXT NOT NULL CHECK (occasion IN ('review', 'visit', 'meeting')),
    -- The day it is wanted (YYYY-MM-DD).
    wanted_on    TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'asked' CHECK (state IN ('asked', 'booked', 'done', 'cancelled')),
    -- When booked: the date and the worker's note (who is coming).
    booked_on    TEXT,
    booked_note  TEXT NOT NULL DEFAULT '',
    idem         TEXT NOT NULL UNIQUE,
    created_by   BIGINT NOT NULL REFERENCES account (id),
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX support_request_person ON support_request (person_id, created_at);

-- Each state a request reached, with its date: what the person sees.
CREATE TABLE support_request_event (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  BIGINT NOT NULL REFERENCES support_request (id),
    state       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    by_account  BIGINT NOT NULL REFERENCES account (id),
    at          BIGINT NOT NULL
);
CREATE INDEX support_request_event_request ON support_request_event (request_id, at);
CREATE TRIGGER support_request_event_no_update BEFORE UPDATE ON support_request_event
BEGIN SELECT RAISE(ABORT, 'support request events are append-only'); END;
CREATE TRIGGER support_request_event_no_delete BEFORE DELETE ON support_request_event
BEGIN SELECT RAISE(ABORT, 'support request events are append-only'); END;

-- The video relay service the practice answers through (a name and a
-- link), shown to deaf people beside the practice's phone number.
ALTER TABLE practice ADD COLUMN relay_name TEXT NOT NULL DEFAULT '';
ALTER TABLE practice ADD COLUMN relay_url TEXT NOT NULL DEFAULT '';
