"""Backups from the window: the restore list, the offer for a damaged database, the daily backup."""
import hashlib
import sqlite3
from datetime import timedelta

from PySide6.QtCore import Qt

from casekeeper.db import backups, cases
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.paths import database_path
from casekeeper.gui.backup_dialogs import RestoreDialog, offer_newest_backup
from casekeeper.gui.backup_startup import DailyBackup
from tests.faults_support import damaged_after_backup
from tests.gui_shell_support import ModalAnswer, click_button


def test_restore_dialog_lists_newest_first_and_restores(qtbot, db, data_dir, clock):
    cases.create_case("Old state")
    backups.make_backup(data_dir)
    clock.set(clock.at + timedelta(days=1))
    cases.create_case("New state")
    backups.daily_backup(data_dir)
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, 1).data() for r in range(2)] == ["Daily", "Made by hand"]
    assert model.index(0, 0).data() > model.index(1, 0).data()
    dialog.table.selectRow(1)
    answer = ModalAnswer(lambda box: click_button(box, "Yes"))
    dialog.accept()
    answer.check()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.restored.backup.kind == "manual" and not dialog.restored.previous_damaged
    open_database(data_dir)
    assert [c.title for c in cases.list_cases()] == ["Old state"]


def test_restore_dialog_without_backups_cannot_restore(qtbot, db, data_dir):
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()


def test_damaged_database_offer_restores_newest_and_keeps_damaged_file(qtbot, data_dir, clock):
    path = damaged_after_backup(data_dir, lambda old: old[:100] + b"\0" * 10, "Backed up")
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    answer = ModalAnswer(lambda box: click_button(box, "Restore backup"))
    assert offer_newest_backup(None, data_dir, Exception("casekeeper.sqlite3 is damaged"))
    assert "damaged" in answer.check().text()
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in aside] == [damaged]
    open_database(data_dir)
    assert [c.title for c in cases.list_cases()] == ["Backed up"]


def test_damaged_database_offer_can_be_declined(qtbot, data_dir, clock):
    path = damaged_after_backup(data_dir, lambda _: b"SQLite format 3\0" + b"\xff" * 200)
    before = path.read_bytes()
    answer = ModalAnswer(lambda box: click_button(box, "Quit"))
    assert not offer_newest_backup(None, data_dir, Exception("damaged"))
    answer.check()
    assert path.read_bytes() == before


def test_daily_backup_runs_off_the_gui_thread_and_reports_damage(qtbot, db, data_dir, clock):
    cases.create_case("Today")
    job = DailyBackup(data_dir)
    with qtbot.waitSignal(job.finished, timeout=10000):
        job.start()
    assert [b.kind for b in backups.list_backups(data_dir)] == ["daily"]

    close_database()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(database_path(data_dir).read_bytes())
    data[4096 * 2:4096 * 3] = b"\xee" * 4096
    database_path(data_dir).write_bytes(bytes(data))
    clock.set(clock.at + timedelta(days=1))
    job = DailyBackup(data_dir)
    failures = []
    job.failed.connect(failures.append, Qt.ConnectionType.QueuedConnection)
    with qtbot.waitSignal(job.finished, timeout=10000):
        job.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=2000)
    assert "damaged" in failures[0]
