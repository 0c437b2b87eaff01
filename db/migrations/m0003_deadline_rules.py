"""Version 3: deadline rules (N calendar/business days from an event or a date),
the answering event, snooze, and the reminders already shown (each at most once)."""

from . import run_script

SQL = """
ALTER TABLE deadlines ADD COLUMN days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deadlines ADD COLUMN business INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deadlines ADD COLUMN counted_from TEXT;
ALTER TABLE deadlines ADD COLUMN satisfied_by_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
ALTER TABLE deadlines ADD COLUMN snoozed_until TEXT;
CREATE TABLE deadline_reminders (
    deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    due_at TEXT NOT NULL,
    fired_at TEXT NOT NULL,
    PRIMARY KEY (deadline_id, stage)
);
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "deadline_reminders": {"deadline_id": 1, "stage": "3d", "due_at": "2026-01-20 00:00:00",
                           "fired_at": "2026-01-17 00:00:00"},
}
