-- The inbox at a council's scale (measured with `careway-bench --scale`).

-- A practice's staff, so that the duty inbox starts from the practice's
-- own workers and looks up each one's absences, instead of reading every
-- absence in the council that has not ended yet (3,600 rows on the large
-- dataset, for the few that matter). Only staff accounts have a practice.
-- PostgreSQL chooses the join order itself: with fresh statistics it
-- starts from the practice's staff, but some samples make it read the
-- absences first, and then `worker_away_current` (0012) spares it reading
-- every absence ever booked (measured on the large dataset: 2.7 ms for
-- that scan), so the index stays here. SQLite keeps to the written order
-- and drops it.
CREATE INDEX account_practice ON account (practice_id) WHERE practice_id IS NOT NULL;

-- Unread counts (the navigation's, each conversation's, the inbox's
-- unread filter) test who wrote each message after the last one read:
-- with the author in the index they never read the message itself. It
-- serves everything the index it replaces did.
CREATE INDEX message_conversation_author ON message (conversation_id, id, author_account_id);
DROP INDEX message_conversation;
