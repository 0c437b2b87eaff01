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
CREATE TRIGGER search_cases_ai AFTER INSERT ON cases BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 1, 'case', new.id, NULL, new.title, new.summary || char(10) || new.outcome || char(10) || new.account);
END;
CREATE TRIGGER search_cases_au AFTER UPDATE OF title, summary, outcome, account ON cases BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 1, 'case', new.id, NULL, new.title, new.summary || char(10) || new.outcome || char(10) || new.account);
END;
CREATE TRIGGER search_cases_ad AFTER DELETE ON cases BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER search_desks_ai AFTER INSERT ON desks BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 2, 'desk', new.case_id, NULL, new.name, new.address || char(10) || new.notes);
END;
CREATE TRIGGER search_desks_au AFTER UPDATE OF name, address, notes ON desks BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 2, 'desk', new.case_id, NULL, new.name, new.address || char(10) || new.notes);
END;
CREATE TRIGGER search_desks_ad AFTER DELETE ON desks BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER search_identifiers_ai AFTER INSERT ON identifiers BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 3, 'identifier', new.case_id, NULL, new.name, new.value || char(10) || new.where_found || char(10) || new.notes);
END;
CREATE TRIGGER search_identifiers_au AFTER UPDATE OF name, value, where_found, notes ON identifiers BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 3, 'identifier', new.case_id, NULL, new.name, new.value || char(10) || new.where_found || char(10) || new.notes);
END;
CREATE TRIGGER search_identifiers_ad AFTER DELETE ON identifiers BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
CREATE TRIGGER search_events_ai AFTER INSERT ON events BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 4, 'event', new.case_id, new.id, new.summary, new.body);
END;
CREATE TRIGGER search_events_au AFTER UPDATE OF summary, body ON events BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 4, 'event', new.case_id, new.id, new.summary, new.body);
END;
CREATE TRIGGER search_events_ad AFTER DELETE ON events BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
CREATE TRIGGER search_attachments_ai AFTER INSERT ON attachments BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 5, 'attachment', (SELECT case_id FROM events WHERE id = new.event_id), new.event_id, new.name, '');
END;
CREATE TRIGGER search_attachments_au AFTER UPDATE OF name ON attachments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 5, 'attachment', (SELECT case_id FROM events WHERE id = new.event_id), new.event_id, new.name, '');
END;
CREATE TRIGGER search_attachments_ad AFTER DELETE ON attachments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
CREATE TRIGGER search_resources_ai AFTER INSERT ON resources BEGIN
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 6, 'resource', new.case_id, NULL, new.name, new.notes);
END;
CREATE TRIGGER search_resources_au AFTER UPDATE OF name, notes ON resources BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
    INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    VALUES (new.id * 8 + 6, 'resource', new.case_id, NULL, new.name, new.notes);
END;
CREATE TRIGGER search_resources_ad AFTER DELETE ON resources BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
"""

# Rows that existed before this version enter the index once.
BACKFILL = """
INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    SELECT id * 8 + 1, 'case', id, NULL, title, summary || char(10) || outcome || char(10) || account FROM cases;
INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    SELECT id * 8 + 2, 'desk', case_id, NULL, name, address || char(10) || notes FROM desks;
INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    SELECT id * 8 + 3, 'identifier', case_id, NULL, name, value || char(10) || where_found || char(10) || notes FROM identifiers;
INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    SELECT id * 8 + 4, 'event', case_id, id, summary, body FROM events;
INSERT INTO search_index(rowid, source, case_id, event_id, title, text)
    SELECT id * 8 + 6, 'resource', case_id, NULL, name, notes FROM resources
"""


def _split_triggers(sql: str) -> list[str]:
    """Statements separated by `;`, keeping each trigger body (which holds `;`) whole."""
    out, current = [], []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        in_trigger = text.upper().startswith("CREATE TRIGGER")
        if (in_trigger and text.upper().endswith("END;")) or (not in_trigger and text.endswith(";")):
            out.append(text)
            current = []
    if "\n".join(current).strip():
        out.append("\n".join(current))
    return out


def apply(conn):
    for statement in _split_triggers(SQL):
        conn.execute(statement)
    run_script(conn, BACKFILL)


SAMPLE = {
    "attachments": {"id": 1, "event_id": 1, "name": "v5 screenshot.png", "size": 3,
                    "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    "created_at": "2026-01-05 00:00:00"},
    "event_revisions": {"id": 1, "case_id": 1, "event_id": 1, "changed_at": "2026-01-05 00:00:00", "kind": "sent",
                        "occurred_at": "2026-01-05 01:00:00", "summary": "v5 earlier text"},
    "chain_heads": {"case_id": 1, "head_hash": "0" * 64, "event_count": 1, "sealed_at": "2026-01-05 00:00:00"},
    "desk_mail_rules": {"id": 1, "desk_id": 1, "pattern": "@example.com"},
}
