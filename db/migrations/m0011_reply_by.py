"""Version 11: the reply-by of a timeline entry, and how each deadline ended.

- events.reply_days / reply_business / reply_by: the deadline an entry starts (a
  received message: the reply you owe; a sent one: when to chase them), as N calendar
  or business days of the desk, or a moment typed in; 0 days and no moment: none.
  Filled for existing entries from the deadline they already started.
- deadlines.ended_at: when it was answered, marked done or dismissed;
  deadlines.by_hand: its state was set by hand (an answer logged later leaves it so).
- One deadline per entry: duplicates are removed (the oldest kept) and a unique
  index keeps it so.

Frozen SQL: never edit a released step, add a new one."""

from . import run_script

SQL = """
ALTER TABLE events ADD COLUMN reply_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN reply_business INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN reply_by TEXT;
ALTER TABLE deadlines ADD COLUMN ended_at TEXT;
ALTER TABLE deadlines ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0;
DELETE FROM deadlines WHERE source_event_id IS NOT NULL AND id NOT IN (
    SELECT MIN(id) FROM deadlines WHERE source_event_id IS NOT NULL GROUP BY source_event_id);
CREATE UNIQUE INDEX deadlines_one_per_event ON deadlines(source_event_id) WHERE source_event_id IS NOT NULL;
UPDATE events SET
    reply_days = (SELECT d.days FROM deadlines d WHERE d.source_event_id = events.id),
    reply_business = (SELECT d.business FROM deadlines d WHERE d.source_event_id = events.id),
    reply_by = (SELECT CASE WHEN d.days = 0 THEN d.due_at END FROM deadlines d WHERE d.source_event_id = events.id)
    WHERE id IN (SELECT source_event_id FROM deadlines WHERE source_event_id IS NOT NULL);
UPDATE deadlines SET by_hand = 1 WHERE state != 'open' AND satisfied_by_event_id IS NULL;
UPDATE deadlines SET ended_at = COALESCE(
    (SELECT e.occurred_at FROM events e WHERE e.id = deadlines.satisfied_by_event_id), updated_at)
    WHERE state != 'open';
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "events": {"id": 2, "case_id": 1, "kind": "received", "occurred_at": "2026-01-06 00:00:00",
               "summary": "v11 event", "body": "", "created_at": "2026-01-06 00:00:00",
               "updated_at": "2026-01-06 00:00:00", "reply_days": 10, "reply_business": 0},
}
