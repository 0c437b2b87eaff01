"""Version 1: cases, desks, identifiers, events, checklists, resources.

Frozen SQL: never edit a released step, add a new one."""

from . import run_script

SQL = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    account TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    summary TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE desks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    address TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL DEFAULT 'UTC',
    hours TEXT NOT NULL DEFAULT '[]',
    holidays TEXT NOT NULL DEFAULT '',
    closures TEXT NOT NULL DEFAULT '[]',
    reply_window_days INTEGER NOT NULL DEFAULT 0,
    reply_window_business INTEGER NOT NULL DEFAULT 0,
    follow_up_days INTEGER NOT NULL DEFAULT 0,
    referred_by_id INTEGER REFERENCES desks(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX desks_case ON desks(case_id);
CREATE TABLE identifiers (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    where_found TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX identifiers_case ON identifiers(case_id);
CREATE TABLE desk_identifiers (
    desk_id INTEGER NOT NULL REFERENCES desks(id) ON DELETE CASCADE,
    identifier_id INTEGER NOT NULL REFERENCES identifiers(id) ON DELETE CASCADE,
    PRIMARY KEY (desk_id, identifier_id)
);
CREATE INDEX desk_identifiers_identifier ON desk_identifiers(identifier_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    desk_id INTEGER REFERENCES desks(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'note',
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_case_time ON events(case_id, occurred_at, id);
CREATE INDEX events_desk ON events(desk_id);
CREATE TABLE checklists (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklists_case ON checklists(case_id);
CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY,
    checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    done_at TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklist_items_list ON checklist_items(checklist_id, position);
CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    state TEXT NOT NULL DEFAULT 'unknown',
    moved INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX resources_case ON resources(case_id);

"""


def apply(conn):
    """conn: a sqlite3.Connection inside an open transaction."""
    run_script(conn, SQL)


SAMPLE = {
    # A row per table, in the shape of this version, for the upgrade test.
    "cases": {"id": 1, "title": "v1 case", "opened_at": "2026-01-05 00:00:00",
              "created_at": "2026-01-05 00:00:00", "updated_at": "2026-01-05 00:00:00"},
    "desks": {"id": 1, "case_id": 1, "name": "v1 desk", "created_at": "2026-01-05 00:00:00",
              "updated_at": "2026-01-05 00:00:00"},
    "events": {"id": 1, "case_id": 1, "desk_id": 1, "kind": "sent", "occurred_at": "2026-01-05 01:00:00",
               "summary": "v1 event", "created_at": "2026-01-05 00:00:00", "updated_at": "2026-01-05 00:00:00"},
}
