"""Upgrading a database from the per-event seal of version 5 to the append-only chain:
the old chain is checked one last time, the edit history moves into the chain, and the
initial seal is an explicit step the chain records (nothing is sealed silently later)."""
import sqlite3

from casekeeper.db import chain, chain_text, migrations
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.migrations.m0012_chain_links import _v5_hash
from casekeeper.db.paths import database_path

T = "2026-01-05 00:00:00"


def _v5_database(data_dir):
    """A version-5 database, sealed by the version-5 app; then entry 3 was edited with raw SQL."""
    open_database(data_dir, migrate_upto=5)
    close_database()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("INSERT INTO cases (id, title, opened_at, created_at, updated_at) VALUES (1, 'old case', ?, ?, ?)",
                 (T, T, T))
    conn.execute("INSERT INTO desks (id, case_id, name, created_at, updated_at) VALUES (1, 1, 'Chat', ?, ?)", (T, T))
    prev = ""
    for n in (1, 2, 3):
        data = {"id": n, "case": 1, "kind": "note", "occurred_at": f"2026-01-0{n} 10:00:00", "created_at": T,
                "summary": f"entry {n}", "body": f"body {n}", "message_id": None, "attachments": []}
        digest = _v5_hash(prev, data)
        conn.execute("INSERT INTO events (id, case_id, desk_id, kind, occurred_at, summary, body, created_at, "
                     "updated_at, seal_prev, seal_hash) VALUES (?, 1, 1, 'note', ?, ?, ?, ?, ?, ?, ?)",
                     (n, data["occurred_at"], data["summary"], data["body"], T, T, prev, digest))
        prev = digest
    conn.execute("INSERT INTO chain_heads (case_id, head_hash, event_count, sealed_at) VALUES (1, ?, 3, ?)", (prev, T))
    conn.execute("INSERT INTO event_revisions (case_id, event_id, action, changed_at, kind, desk_id, occurred_at, "
                 "summary, body) VALUES (1, 2, 'edit', '2026-01-04 09:00:00', 'note', 1, '2026-01-02 10:00:00', "
                 "'entry 2', 'what it said first')")
    conn.execute("UPDATE events SET body = 'changed behind the app' WHERE id = 3")
    conn.commit()
    conn.close()


def test_upgrade_seals_once_keeps_history_and_remembers_the_old_check(data_dir, clock):
    _v5_database(data_dir)
    open_database(data_dir)
    try:
        conn = sqlite3.connect(database_path(data_dir))
        columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
        assert "seal_hash" not in columns and "seal_prev" not in columns
        assert conn.execute("SELECT count(*) FROM event_revisions").fetchone()[0] == 0
        conn.close()

        check = chain.verify_case(1)
        assert check.ok, check.problems
        (seal,) = check.seals
        before_12 = max(n for n, _ in migrations.steps() if n < 12)    # the step right before this one
        assert seal.reason == "upgrade" and seal.earlier == {"from_version": before_12,
                                                              "problems": [{"code": "v5_changed", "event": 3}]}
        lines = chain_text.report_lines(check, "en")
        assert "Found by the last check before the upgrade: entry 3 had been changed outside the app" in "\n".join(lines)
        assert "更新前の最後の検証で見つかった問題" in "\n".join(chain_text.report_lines(check, "ja"))
        (rev,) = chain.revisions(2)
        assert rev.body == "what it said first" and rev.changed_at.isoformat() == "2026-01-04T09:00:00+00:00"
        actions = [link.action for link in chain.links(1)]
        assert actions == ["seal", "earlier", "seal", "seal", "seal"]
    finally:
        close_database()
    # opening again seals nothing more
    open_database(data_dir)
    try:
        assert len(chain.links(1)) == 5
    finally:
        close_database()
