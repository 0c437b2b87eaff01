"""Issue 16, point 5: two writers queue instead of failing. Write transactions start with
BEGIN IMMEDIATE and wait for the lock (saying so); two imports into one data dir both finish
with every message once; the window shows "waiting for another Casekeeper…" and can cancel."""
import os
import sqlite3
import subprocess
import sys
import threading

import pytest

from casekeeper.db import cases
from casekeeper.db.connection import DatabaseBusy, close_database, open_database, set_wait_handler
from casekeeper.db.paths import database_path
from tests.faults_support import RUNNER, mail, mbox


class Locker:
    """Another process's write transaction: holds the write lock until release()."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self):
        if self.conn is not None:
            self.conn.execute("COMMIT")
            self.conn.close()
            self.conn = None


def start_import(data_dir, *files):
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir), "LANG": "C.UTF-8"}
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, "import", "1", *map(str, files)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    waiting, lines = threading.Event(), []

    def watch():
        for line in proc.stderr:
            lines.append(line)
            if "Waiting for another Casekeeper" in line:
                waiting.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    return proc, waiting, lines, watcher


def test_two_imports_into_one_data_dir_both_finish_with_every_message_once(tmp_path, data_dir):
    open_database(data_dir)
    case = cases.create_case("Two writers")
    assert case.id == 1
    close_database()
    (tmp_path / "a.mbox").write_bytes(mbox([mail(n) for n in range(0, 40)]))
    (tmp_path / "b.mbox").write_bytes(mbox([mail(n) for n in range(20, 60)]))   # 20 in both
    locker = Locker(database_path(data_dir))
    runs = []
    try:
        runs = [start_import(data_dir, tmp_path / "a.mbox"), start_import(data_dir, tmp_path / "b.mbox")]
        for _proc, waiting, lines, _watcher in runs:      # both are queued behind the lock ...
            assert waiting.wait(60), "".join(lines)
    finally:
        locker.release()                                  # ... and now write side by side
    for proc, _waiting, lines, watcher in runs:
        out = proc.stdout.read()
        assert proc.wait(120) == 0, out + "".join(lines)
        watcher.join(10)
        assert "Traceback" not in "".join(lines) and "locked" not in "".join(lines)
    conn = sqlite3.connect(database_path(data_dir))
    ids = [r[0] for r in conn.execute("SELECT message_id FROM events WHERE case_id = 1")]
    conn.close()
    assert len(ids) == 60 and len(set(ids)) == 60


@pytest.fixture
def gui_waiting(qtbot):
    from casekeeper.gui.common import install_wait_handler

    install_wait_handler()
    yield
    set_wait_handler(None)


def _waiting_dialog():
    from PySide6.QtWidgets import QApplication, QProgressDialog

    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QProgressDialog) else None


def test_the_window_waits_visibly_for_another_writer_then_writes(qtbot, db, data_dir, gui_waiting):
    from PySide6.QtCore import QTimer

    from casekeeper.gui.common import run_action

    locker = Locker(database_path(data_dir))
    seen = []

    def look_then_release():
        dialog = _waiting_dialog()
        if dialog is None:                      # not up yet: look again at the next event loop turn
            QTimer.singleShot(10, look_then_release)
            return
        seen.append(dialog.labelText())
        locker.release()

    QTimer.singleShot(0, look_then_release)
    try:
        case = run_action(None, cases.create_case, "Written after the wait")
    finally:
        locker.release()
    assert seen == ["Waiting for another Casekeeper to finish writing to the database…"]
    assert case is not None and [c.title for c in cases.list_cases()] == ["Written after the wait"]
    qtbot.waitUntil(lambda: _waiting_dialog() is None, timeout=5000)


def test_cancel_while_waiting_writes_nothing(qtbot, db, data_dir, gui_waiting):
    from PySide6.QtCore import QTimer

    locker = Locker(database_path(data_dir))

    def cancel():
        dialog = _waiting_dialog()
        if dialog is None:
            QTimer.singleShot(10, cancel)
            return
        dialog.cancel()

    QTimer.singleShot(0, cancel)
    try:
        with pytest.raises(DatabaseBusy, match="Another Casekeeper is still writing"):
            cases.create_case("Never written")
    finally:
        locker.release()
    assert cases.list_cases() == []
    qtbot.waitUntil(lambda: _waiting_dialog() is None, timeout=5000)


def test_write_transactions_take_the_lock_up_front(db, data_dir):
    """A transaction that reads first and writes later cannot be refused half-way: it holds the
    write lock from its BEGIN (IMMEDIATE), so another writer waits for it instead."""
    from casekeeper.db.models import database

    with database.atomic():
        cases.list_cases()                      # a read first
        other = sqlite3.connect(database_path(data_dir), timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")   # the lock is already ours
        other.close()
        cases.create_case("Inside")
