"""Starting the app: no display, bad data dir, damaged / too new / foreign database."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from tests.gui_shell_support import ModalAnswer

ROOT = Path(__file__).resolve().parent.parent


def test_no_display_prints_one_line_and_exits_nonzero(data_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(CASEKEEPER_DATA_DIR=str(data_dir))
    r = subprocess.run([sys.executable, "-c", "from casekeeper.gui.main import main; main([])"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0]
    assert "Traceback" not in r.stderr and "core dumped" not in r.stderr and "qt.qpa" not in r.stderr


def _garbage(path: Path):
    path.write_bytes(b"SQLite format 3\x00" + b"\x13\x37" * 3000)


def _too_new(path: Path):
    from casekeeper.db.connection import close_database, open_database

    open_database(path.parent)
    close_database()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _foreign(path: Path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("spoil, words", [
    (_garbage, "damaged"), (_too_new, "newer Casekeeper"), (_foreign, "another program"),
])
def test_a_bad_database_shows_a_message_and_is_left_untouched(qtbot, data_dir, capsys, spoil, words):
    from casekeeper.gui import app

    path = data_dir / "casekeeper.sqlite3"
    spoil(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = []
    answer = ModalAnswer(lambda box: (shown.append(box.text() + "\n" + box.informativeText()), box.accept()))
    code = app.run(Namespace(data_dir=str(data_dir), lang="en"))
    answer.check()
    assert code != 0
    assert "cannot open its database" in shown[0] and words in shown[0]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_data_dir_that_is_a_file_shows_a_message(qtbot, tmp_path, capsys):
    from casekeeper.gui import app

    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    shown = []
    answer = ModalAnswer(lambda box: (shown.append(box.informativeText()), box.accept()))
    assert app.run(Namespace(data_dir=str(blocker), lang="en")) != 0
    answer.check()
    assert "not a directory" in shown[0]
    assert blocker.read_text() == "not a folder"
    assert "not a directory" in capsys.readouterr().err


def test_opening_the_window_and_a_case_stays_light(data_dir):
    """keyring, holidays, icalendar and email are imported only when a feature needs them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The demo case is added beforehand: importing it computes business-day deadlines
    # over Japanese holidays, a feature that does need `holidays`.
    add = ("from casekeeper.db.connection import open_database\n"
           f"open_database({str(data_dir)!r})\n"
           "from casekeeper.db import demo\n"
           "demo.add_demo_case('en')\n")
    assert subprocess.run([sys.executable, "-c", add], env=env, timeout=60).returncode == 0
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from casekeeper.db.connection import open_database\n"
        f"open_database({str(data_dir)!r})\n"
        "from casekeeper.db import cases\n"
        "case = cases.list_cases()[0]\n"
        "from casekeeper.gui.window_parts import CASE_VIEWS\nfrom casekeeper.gui.main_window import MainWindow\n"
        f"w = MainWindow({str(data_dir)!r}); w.show()\n"
        "for tab in range(w.tabs.count()):\n"
        "    if CASE_VIEWS[tab].name != 'LoginsView':  # it asks the keyring (test_logins_gui)\n"
        "        w.open_case(case.id, tab=tab)\n"
        "print(sorted(m for m in ('keyring', 'holidays', 'icalendar', 'email') if m in sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


@pytest.mark.parametrize("env, expected", [
    ({}, True),
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, False),
    ({"QT_QPA_PLATFORM": "wayland"}, True),
])
def test_no_display_detection(monkeypatch, env, expected):
    from casekeeper.gui import app

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("sys.platform", "linux")
    assert app.no_display() is expected


def test_an_unexpected_error_is_logged_and_explained_not_fatal(qtbot, data_dir, monkeypatch, capsys):
    from casekeeper.gui import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # restored after the test
    crash.install_crash_handler(data_dir)
    shown = []
    answer = ModalAnswer(lambda box: (shown.append(box.text()), box.accept()))
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    answer.check()
    log = (data_dir / "logs" / "casekeeper.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug in a slot" in log
    assert "ValueError: a bug in a slot" in shown[0] and str(data_dir / "logs") in shown[0]
    assert "Traceback" not in shown[0]
