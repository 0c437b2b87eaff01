"""What the app start and the File menu need from backups, light enough for start-up
(the dialogs themselves, in gui/backup_dialogs.py, load when first needed)."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from casekeeper.db.errors import CasekeeperError


class DailyBackup(QObject):
    """The day's backup, made in a worker thread after the window is shown (so start-up
    does not wait for it). `failed` carries the message when the database turned out damaged.
    The signals come from the worker thread: connect them with Qt.QueuedConnection."""

    failed = Signal(str)
    finished = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self, timeout: float | None = 10.0) -> None:
        """Quitting: end a long backup between two steps (its .part file is removed) and wait."""
        self._stop.set()
        self.wait(timeout)

    def _run(self) -> None:
        from casekeeper.db import backups
        from casekeeper.db.errors import message_text
        from casekeeper.db.migrations import BackupStopped

        from . import i18n

        try:
            backups.daily_backup(self.data_dir, stop=self._stop.is_set)
        except BackupStopped:
            pass
        except (CasekeeperError, OSError) as exc:
            self.failed.emit(message_text(exc, i18n.current()))
        self.finished.emit()


def start_daily_backup(window: QWidget, delay_ms: int = 1000) -> DailyBackup:
    """The day's backup, started a moment after the window is up; a problem is shown then.
    Quitting stops it between two steps (no .part file is left)."""
    job = DailyBackup(window.data_dir, window)
    job.failed.connect(lambda message: _warn(window, message), Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(delay_ms, window, job.start)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(job.stop)
    return job


def _warn(window: QWidget, message: str) -> None:
    from .backup_dialogs import warn_backup_failed

    warn_backup_failed(window, message)


def offer_if_damaged(data_dir: Path, error: Exception) -> bool:
    """At start-up, when the database would not open: for a damaged file (or one that is no
    database at all) offer the newest backup, if there is one, and open it.
    True when the database is open afterwards; False leaves the caller to report `error`."""
    from casekeeper.db.connection import open_database
    from casekeeper.db.errors import DatabaseCorrupt, NotCasekeeperDatabase

    from .backup_dialogs import offer_newest_backup
    from .common import run_action

    damaged = isinstance(error, (DatabaseCorrupt, NotCasekeeperDatabase))
    if not damaged or not offer_newest_backup(None, data_dir, error):
        return False
    return run_action(None, open_database, data_dir) is not None


def restore_action_text() -> str:
    return QCoreApplication.translate("Backups", "&Restore from a backup…")


def restore_into(window) -> bool:
    """File > Restore from a backup: pick one, put it back, reopen the database and reload
    the window (the open case stays open when it exists in the backup)."""
    from casekeeper.db.connection import open_database

    from .backup_dialogs import RestoreDialog
    from .common import fmt_datetime, run_action

    dialog = RestoreDialog(window.data_dir, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return False
    if run_action(window, open_database, window.data_dir) is None:
        return False
    window.refresh_cases()
    keep = window.case_id if window.case_id is not None and window.case_model.row_of(window.case_id) >= 0 else None
    window.open_case(keep)
    window.statusBar().showMessage(QCoreApplication.translate("Backups", "Restored the backup made %1.").replace(
        "%1", fmt_datetime(dialog.restored.backup.made_at)), 10000)
    return True
