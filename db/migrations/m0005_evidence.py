"""Version 5: evidence. Attachments, edit history of events, the tamper-evident
hash chain (columns on events + one head per case), Message-ID of imported mail,
desk address-matching rules for mail, and the FTS5 trigram search index kept in
step by triggers.

Frozen SQL: never edit a released step, add a new one.

Search rows use rowid = source id * 8 + source code (1 case, 2 desk,
3 identifier, 4 event, 5 attachment, 6 resource), so triggers update and
delete by rowid without scanning the index."""

from . import run_script

SQL = """
ALTER TABLE events ADD COLUMN message_id TEXT;
ALTER TABLE events ADD COLUMN seal_prev TEXT;
ALTER TABLE events ADD COLUMN seal_hash TEXT;
CREATE UNIQUE INDEX events_message_id ON events(case_id, message_id) WHERE message_id IS NOT NULL;
CREATE TABLE chain_heads (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    head_hash TEXT NOT NULL,
    event_count INTEGER NOT NULL,
    sealed_at TEXT NOT NULL
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX attachments_event ON attachments(event_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
CREATE TABLE event_revisions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,
    action TEXT NOT NULL DEFAULT 'edit',
    changed_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    desk_id INTEGER,
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    seal_hash TEXT
);
CREATE INDEX event_revisions_event ON event_revisions(event_id, id);
CREATE TABLE desk_mail_rules (
    id INTEGER PRIMARY KEY,
    desk_id INTEGER NOT NULL REFERENCES desks(id) ON DELETE CASCADE,
    pattern TEXT NOT NULL
);
CREATE INDEX desk_mail_rules_desk ON desk_mail_rules(desk_id);
CREATE VIRTUAL TABLE search_index USING fts5(
    source UNINDEXED, case_id UNINDEXED, event_id UNINDEXED, title, text, tokenize='trigram'
);
"""

# What each table puts in the index: (table, code, source, case_id, event_id, title, text, watched columns).
# Expressions use the row as `r` (new./old. in triggers).
INDEXED = [
    ("cases", 1, "case", "r.id", "NULL", "r.title", "r.summary || char(10) || r.outcome || char(10) || r.account",
     "title, summary, outcome, account"),
    ("desks", 2, "desk", "r.case_id", "NULL", "r.name", "r.address || char(10) || r.notes", "name, address, notes"),
    ("identifiers", 3, "identifier", "r.case_id", "NULL", "r.name",
     "r.value || char(10) || r.where_found || char(10) || r.notes", "name, value, where_found, notes"),
    ("events", 4, "event", "r.case_id", "r.id", "r.summary", "r.body", "summary, body"),
    ("attachments", 5, "attachment", "(SELECT case_id FROM events WHERE id = r.event_id)", "r.event_id", "r.name",
     "''", "name"),
    ("resources", 6, "resource", "r.case_id", "NULL", "r.name", "r.notes", "name, notes"),
]


def _insert(row: str, code: int, source: str, case: str, event: str, title: str, text: str) -> str:
    values = ", ".join(x.replace("r.", f"{row}.") for x in (f"r.id * 8 + {code}", f"'{source}'", case, event,
                                                            title, text))
    return f"INSERT INTO search_index(rowid, source, case_id, event_id, title, text) VALUES ({values});"


def trigger_sql() -> list[str]:
    out = []
    for table, code, source, case, event, title, text, watched in INDEXED:
        insert = _insert("new", code, source, case, event, title, text)
        delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
        out += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {watched} ON {table} BEGIN {delete} {insert} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        ]
    return out


def backfill_sql() -> list[str]:
    """Rows that existed before this version enter the index once."""
    return [f"INSERT INTO search_index(rowid, source, case_id, event_id, title, text) "
            f"SELECT id * 8 + {code}, '{source}', {case}, {event}, {title}, {text} FROM {table} AS r"
            for table, code, source, case, event, title, text, _ in INDEXED if table != "attachments"]


def apply(conn):
    run_script(conn, SQL)
    for statement in trigger_sql() + backfill_sql():
        conn.execute(statement)


SAMPLE = {
    "attachments": {"id": 1, "event_id": 1, "name": "v5 screenshot.png", "size": 3,
                    "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    "created_at": "2026-01-05 00:00:00"},
    "event_revisions": {"id": 1, "case_id": 1, "event_id": 1, "changed_at": "2026-01-05 00:00:00", "kind": "sent",
                        "occurred_at": "2026-01-05 01:00:00", "summary": "v5 earlier text"},
    "chain_heads": {"case_id": 1, "head_hash": "0" * 64, "event_count": 1, "sealed_at": "2026-01-05 00:00:00"},
    "desk_mail_rules": {"id": 1, "desk_id": 1, "pattern": "@example.com"},
}
