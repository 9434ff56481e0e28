-- The inbox at a council's scale (measured with `careway-bench --scale`).

-- A practice's staff, so that the duty inbox starts from the practice's
-- own workers and looks up each one's absences, instead of reading every
-- absence in the council that has not ended yet (3,600 rows on the large
-- dataset, for the few that matter). Only staff accounts have a practice.
-- Nothing reads today's absences council-wide any more, so that index goes
-- (PostgreSQL keeps it: see its copy of this migration).
CREATE INDEX account_practice ON account (practice_id) WHERE practice_id IS NOT NULL;
DROP INDEX worker_away_current;

-- Unread counts (the navigation's, each conversation's, the inbox's
-- unread filter) test who wrote each message after the last one read:
-- with the author in the index they never read the message itself. It
-- serves everything the index it replaces did.
CREATE INDEX message_conversation_author ON message (conversation_id, id, author_account_id);
DROP INDEX message_conversation;
