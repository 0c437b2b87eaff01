"""Version 2: deadlines (reply windows, follow-ups, inactivity cut-offs, custom dates)."""

from . import run_script

SQL = """
CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    desk_id INTEGER REFERENCES desks(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'custom',
    title TEXT NOT NULL DEFAULT '',
    due_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    source_event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX deadlines_due ON deadlines(state, due_at);
CREATE INDEX deadlines_case ON deadlines(case_id);
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "deadlines": {"id": 1, "case_id": 1, "kind": "custom", "title": "v2 deadline", "due_at": "2026-01-20 00:00:00",
                  "created_at": "2026-01-05 00:00:00", "updated_at": "2026-01-05 00:00:00"},
}
