"""Version 12: the append-only timeline chain (db/chain.py, docs/integrity.md) and private
desk addresses.

- `chain_links`: one row per link (an entry created, edited, deleted or sealed; a sealing step).
- `chain_heads` gains `seq` (the newest link's number).
- `desks.private`: the desk's address is not public (write-ups mask it).
- The per-event seal of version 5 (`events.seal_prev`, `events.seal_hash`) is checked one last
  time with its own algorithm (frozen below) and dropped; the edit history of version 5
  (`event_revisions`) moves into the chain as "earlier" links and the table is left empty.
- Every case with entries is then sealed, as an explicit step recorded in its chain (reason
  "upgrade"; its note keeps what the last check of the version-5 chain found).

Frozen SQL: never edit a released step, add a new one. (The sealing step writes links in the
chain's published format, casekeeper-chain-1, which never changes.)"""
from __future__ import annotations

import hashlib
import json

from . import run_script

SQL = """
ALTER TABLE desks ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
CREATE TABLE chain_links (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    event_id INTEGER,
    action TEXT NOT NULL,
    at TEXT NOT NULL,
    content TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE INDEX chain_links_event ON chain_links(event_id, seq);
ALTER TABLE chain_heads ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
"""

DROP = """
ALTER TABLE events DROP COLUMN seal_prev;
ALTER TABLE events DROP COLUMN seal_hash;
DELETE FROM chain_heads;
DELETE FROM event_revisions;
"""


def _v5_hash(prev: str, data: dict) -> str:
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{blob}".encode("utf-8")).hexdigest()


def v5_check(conn, case_id: int) -> list[dict]:
    """The version-5 check of a case (frozen): [{code, event}] of what no longer matched
    (codes v5_*: db/texts/integrity.py)."""
    rows = conn.execute("SELECT id, case_id, kind, occurred_at, created_at, summary, body, message_id, seal_prev, "
                        "seal_hash FROM events WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
    atts: dict[int, list] = {}
    for event_id, name, size, sha in conn.execute(
            "SELECT event_id, name, size, sha256 FROM attachments WHERE event_id IN "
            "(SELECT id FROM events WHERE case_id = ?) ORDER BY id", (case_id,)):
        atts.setdefault(event_id, []).append([name, size, sha])
    head = conn.execute("SELECT head_hash, event_count FROM chain_heads WHERE case_id = ?", (case_id,)).fetchone()
    if head is None:
        sealed = any(r[9] is not None for r in rows)
        return [{"code": "v5_head", "event": None}] if sealed else []
    problems, expected = [], ""
    for eid, cid, kind, occurred, created, summary, body, message_id, prev, digest in rows:
        if digest is None:
            problems.append({"code": "v5_unsealed", "event": eid})
            continue
        if (prev or "") != expected:
            problems.append({"code": "v5_unlinked", "event": eid})
        data = {"id": eid, "case": cid, "kind": kind, "occurred_at": occurred, "created_at": created,
                "summary": summary, "body": body, "message_id": message_id, "attachments": atts.get(eid, [])}
        if _v5_hash(prev or "", data) != digest:
            problems.append({"code": "v5_changed", "event": eid})
        expected = digest
    if head[0] != expected or head[1] != len(rows):
        problems.append({"code": "v5_head", "event": None})
    return problems


def _earlier(conn, case_id: int) -> list[tuple]:
    """The version-5 edit history of a case as "earlier" links: (event id, entry, note)."""
    out = []
    for event_id, action, changed_at, kind, desk_id, occurred_at, summary, body in conn.execute(
            "SELECT event_id, action, changed_at, kind, desk_id, occurred_at, summary, body FROM event_revisions "
            "WHERE case_id = ? ORDER BY id", (case_id,)):
        entry = {k: v for k, v in (("case_id", case_id), ("kind", kind), ("desk_id", desk_id),
                                   ("occurred_at", occurred_at), ("summary", summary), ("body", body))
                 if v is not None and v != ""}
        out.append((event_id, entry, {"was": action, "changed_at": changed_at.replace(" ", "T") + "Z"}))
    return out


def apply(conn):
    from .. import chain_verify

    run_script(conn, SQL)
    version = conn.execute("PRAGMA user_version").fetchone()[0]   # the step before this one
    cases = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id")]
    has_v5 = any(r[1] == "seal_hash" for r in conn.execute("PRAGMA table_info(events)"))
    before = {c: (v5_check(conn, c) if has_v5 else []) for c in cases}
    history = {c: _earlier(conn, c) for c in cases}
    run_script(conn, DROP)
    for case_id in cases:
        earlier = {"from_version": version, "problems": before[case_id]}
        chain_verify.seal(conn, case_id, "upgrade", note={"earlier": earlier}, earlier=history[case_id])


SAMPLE = {
    "chain_links": {"id": 1, "case_id": 1, "seq": 1, "event_id": 1, "action": "create",
                    "at": "2026-01-05 00:00:00", "content": "{}", "prev": "", "hash": "0" * 64},
}
