"""tools/bench_data.py: a synthetic data dir the app opens, with the promised shape."""
import sqlite3
import subprocess
import sys
from pathlib import Path

from casekeeper.db import cases, serialize
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.paths import database_path
from tests.test_cli import ck

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))
import bench_data  # noqa: E402  (a developer's tool: not in the installed app)


def is_japanese(text):
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def test_bench_data_shape(tmp_path):
    d = tmp_path / "bench"
    built = bench_data.build(d, cases=30, events=6000)
    conn = sqlite3.connect(database_path(d))
    counts = dict(conn.execute("SELECT case_id, count(*) FROM events GROUP BY case_id").fetchall())
    assert sum(counts.values()) == 6000 and len(counts) == 30
    assert max(counts, key=counts.get) == built.big_case_id
    for table in ("desks", "identifiers", "desk_identifiers", "deadlines", "checklist_items", "resources"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 30, table
    assert conn.execute("SELECT count(*) FROM deadlines WHERE state = 'open'").fetchone()[0] > 0
    bodies = [r[0] for r in conn.execute("SELECT body FROM events")]
    share = sum(map(is_japanese, bodies)) / len(bodies)
    assert 0.2 < share < 0.5
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()

    open_database(d)  # the app's own open path and API read it
    try:
        assert len(cases.list_cases()) == 30
        whole = serialize.case_dict(built.big_case_id)
        assert whole["desks"] and whole["identifiers"] and whole["checklists"]
    finally:
        close_database()


def test_bench_data_is_a_developer_tool_and_refuses_a_used_dir(tmp_path):
    r = ck("--help", data_dir=tmp_path)
    assert "bench-data" not in r.stdout and "restore" in r.stdout       # not a command of the app
    d = tmp_path / "bench"
    tool = [sys.executable, str(TOOLS / "bench_data.py"), str(d), "--cases", "5", "--events", "300"]
    r = subprocess.run(tool, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = ck("--data-dir", str(d), "cases", "--json", data_dir=tmp_path)
    assert r.returncode == 0 and r.stdout.count('"id"') == 5
    r = subprocess.run(tool, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "already holds cases" in r.stderr
