"""Work done by a forked child on the other core (db/forked.py): the start page read while the
window is built (db/start_reader.py) and the report's integrity check beside the rest of the
report. Each runs in a fresh Python process, as the app and the CLI do (a child is only forked
while the process has one thread; pytest's has more)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK = ("from datetime import datetime, timezone\n"
         "from casekeeper.db import clock\n"
         "clock.set_clock(lambda: datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))\n")


def run(script: str, data_dir: Path, *extra: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEKEEPER_DATA_DIR": str(data_dir), "TZ": "Asia/Tokyo"}
    r = subprocess.run([sys.executable, "-c", CLOCK + textwrap.dedent(script), str(data_dir), *extra],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    return r.stdout.splitlines()


def demo_case(data_dir: Path, language: str = "ja") -> None:
    """The demo case, opened again (the demo is a closed case: Today shows the cases still going)."""
    run(f"""
        from casekeeper.db.connection import open_database
        from casekeeper.db import cases, demo
        open_database(__import__("sys").argv[1])
        cases.update_case(demo.add_demo_case({language!r}).id, status="open", closed_at=None)
    """, data_dir)


def test_the_start_page_read_by_the_child_is_the_one_read_here(data_dir):
    demo_case(data_dir)
    out = run("""
        import select, sys
        from pathlib import Path
        from casekeeper.db import start_reader, today
        data_dir = Path(sys.argv[1])
        now = clock.now()
        reader = start_reader.start(data_dir, now, "ja")
        print("forked", reader is not None)
        select.select([reader.job.fd], [], [], 60)
        child = reader.job.result()
        from casekeeper.db.connection import open_database
        open_database(data_dir)
        here = today.gather(now, "ja")
        print("same", child == here)
        print("rows", len(child.due), len(child.waiting), len(child.desks), len(child.clocks))
    """, data_dir)
    assert out[0] == "forked True"
    assert out[1] == "same True"
    due, waiting, desks, clocks = map(int, out[2].split()[1:])
    assert desks > 0 and clocks == 1            # the demo case is going: its desks and its clocks


def test_no_child_for_a_missing_database_and_none_for_an_old_schema(data_dir):
    out = run("""
        import sys
        from pathlib import Path
        from casekeeper.db import start_reader
        print(start_reader.start(Path(sys.argv[1]), clock.now(), "en"))
    """, data_dir)
    assert out == ["None"]                        # no database yet: the window makes it
    demo_case(data_dir)
    conn = sqlite3.connect(data_dir / "casekeeper.sqlite3")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.commit()
    conn.close()
    out = run("""
        import select, sys
        from pathlib import Path
        from casekeeper.db import start_reader
        reader = start_reader.start(Path(sys.argv[1]), clock.now(), "en")
        select.select([reader.job.fd], [], [], 60)
        print(reader.job.result())
    """, data_dir)
    assert out == ["None"]          # a schema the window would still migrate: the child reads nothing


WINDOW = """
    import sys, os
    from argparse import Namespace
    from casekeeper.db import start_reader, today
    parent = os.getpid()
    if sys.argv[2] == "child-fails":
        gather = today.gather
        def failing(*a, **k):
            if os.getpid() != parent:
                raise RuntimeError("the child fails")
            return gather(*a, **k)
        today.gather = failing
    started = []
    start = start_reader.start
    start_reader.start = lambda *a: started.append(start(*a)) or started[-1]
    from PySide6.QtWidgets import QApplication
    from casekeeper.gui import app
    from casekeeper.gui.main_window import MainWindow
    title = MainWindow._title_today
    from PySide6.QtCore import QTimer
    def report(self):
        print("reader", started[0] is not None)
        print(self.windowTitle())
        print(self.today.due_heading.text())
        print(self.today.desks_heading.text())
        print(self.today.clocks_heading.text())
        self.quit_app()
    def filled(self):
        title(self)                   # (the page may be filled while the window is being built)
        if self.today.has_data and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, lambda: report(self))
    MainWindow._title_today = filled
    sys.exit(app.run(Namespace(data_dir=sys.argv[1], lang="en", tray=False)))
"""


def test_the_window_starts_on_the_page_the_child_read(data_dir):
    demo_case(data_dir, "en")
    from_child = run(WINDOW, data_dir, "child-reads")
    read_here = run(WINDOW, data_dir, "child-fails")
    assert from_child[0] == "reader True" and read_here[0] == "reader True"
    assert from_child[1] == "Today — Casekeeper"
    # the same figures whether the child read them or (its read failed) the window read them
    assert from_child[1:] == read_here[1:]
    assert from_child[3].startswith("Desks: ") and from_child[4] == "Clocks of the cases still going: 1"


def test_the_integrity_check_in_a_child_says_what_the_check_here_says(data_dir):
    demo_case(data_dir, "en")
    out = run("""
        import sys, threading
        from casekeeper.db import forked, report_data
        from casekeeper.db.connection import open_database
        open_database(sys.argv[1])
        jobs = []
        start = forked.start
        forked.start = lambda *a: jobs.append(start(*a)) or jobs[-1]
        beside = report_data.build(1, "en")["integrity"]
        hold = threading.Event()
        other = threading.Thread(target=hold.wait)
        other.start()                 # another thread runs: no fork, the check runs here
        inline = report_data.build(1, "en")["integrity"]
        hold.set()
        print("forked", [job is not None for job in jobs])
        print("same", beside == inline)
        print(beside.splitlines()[1])
    """, data_dir)
    assert out[0] == "forked [True, False]"
    assert out[1] == "same True"
    assert out[2].startswith("The timeline verifies")


def test_a_failing_child_gives_none_and_threads_mean_no_child(data_dir):
    out = run("""
        import threading
        from casekeeper.db import forked
        print(forked.start(lambda: {"answer": 42}).result())
        print(forked.start(lambda: 1 / 0).result())
        threading.Thread(target=lambda: threading.Event().wait(1)).start()
        print(forked.start(lambda: 1))
    """, data_dir)
    assert out == ["{'answer': 42}", "None", "None"]
