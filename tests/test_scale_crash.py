"""SIGKILL in the middle of a burst of writes, many times over: nothing reported saved is lost."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from casekeeper.db.connection import close_database, open_database
from casekeeper.db.models import Event
from casekeeper.db.paths import database_path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 30

# The writer: one user action per transaction through the db API; an id is printed
# only after its transaction has committed.
WRITER = r"""
import sys
from casekeeper.db import cases, events
from casekeeper.db.connection import open_database
open_database(sys.argv[1])
case_id = int(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    body = ("証拠の記録。" * (n % 7 * 300)) + "end"
    event = events.create_event(case_id, "note", f"burst {n}", body=body)
    if n % 5 == 0:
        events.update_event(event.id, summary=f"burst {n} edited")
    print(event.id, flush=True)
"""


def run_round(data_dir, case_id, rnd):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(case_id)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT, env={**os.environ})
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    # killed once it has reported a random number of writes (0 to 12): mid-way through the next one
    wanted = 1 + rnd.randint(0, 12)
    deadline = time.monotonic() + 60
    while len(lines) < wanted and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.002)        # polling for the writer's lines
    assert lines[:1] == ["ready\n"] and len(lines) >= wanted, "the writer did not start or stopped writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)
    return [int(x) for x in lines[1:] if x.strip().isdigit()]


def test_sigkill_during_writes_loses_nothing_reported(data_dir):
    from casekeeper.db import cases

    open_database(data_dir)
    case_id = cases.create_case("Crash test").id
    close_database()
    rnd = random.Random(os.getpid())
    reported: list[int] = []
    rounds = 0
    while rounds < ROUNDS:
        got = run_round(data_dir, case_id, rnd)
        reported += got
        rounds += 1
        conn = sqlite3.connect(database_path(data_dir))
        present = {r[0] for r in conn.execute("SELECT id FROM events")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        missing = set(reported) - present
        assert not missing, f"round {rounds}: reported saved but gone: {sorted(missing)[:5]}"
        # at most the one write that committed but was not yet reported when the kill came
        assert len(present) - len(reported) <= rounds
    assert len(reported) > rounds

    open_database(data_dir)
    assert Event.select().where(Event.case == case_id).count() >= len(reported)
    close_database()
    # and the app itself opens it normally, up to its first paint
    r = subprocess.run([sys.executable, "-m", "casekeeper.gui.main", "--data-dir", str(data_dir), "--lang", "en"], cwd=ROOT,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                            "CASEKEEPER_BENCH": "1"}, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("SHOWN"), r.stderr
