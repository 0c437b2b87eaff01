"""Backups in the window: the list to restore from, and the offer when the database is damaged."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget,
)

from db import backups
from db.errors import CasekeeperError

from .common import fmt_datetime, run_action


def kind_label(kind: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "pre-restore": QCoreApplication.translate("Backups", "Before a restore"),
    }
    if kind.startswith("pre-migration"):
        return QCoreApplication.translate("Backups", "Before an upgrade")
    return labels.get(kind, QCoreApplication.translate("Backups", "Other"))


def size_label(size: int) -> str:
    return QCoreApplication.translate("Backups", "%1 MB").replace("%1", f"{size / 1e6:.1f}")


class BackupListModel(QAbstractTableModel):
    COLUMNS = 3

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.rows = backups.list_backups(data_dir)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Made"), self.tr("Kind"), self.tr("Size"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (fmt_datetime(b.made_at), kind_label(b.kind), size_label(b.size))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """Pick a backup and put it back. On success the database is closed and `restored`
    holds the result; the caller reopens the database and reloads its views."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.restored: backups.Restored | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.model = BackupListModel(self.data_dir, self)
        intro = QLabel(self.tr("Casekeeper backs up your data once a day and before every upgrade. "
                               "Restoring puts the chosen backup in place; your current data is kept as a backup first."))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.model.rowCount():
            layout.addWidget(self.table)
            self.table.selectRow(0)
        else:
            self.table.hide()
            layout.addWidget(QLabel(self.tr("There are no backups yet.")))
            self.restore_button.setEnabled(False)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr("Restore the backup made %1? Your current data is kept as a backup first.").replace(
            "%1", fmt_datetime(chosen.made_at))
        if QMessageBox.question(self, self.tr("Restore from a backup"), text) != QMessageBox.StandardButton.Yes:
            return
        self.restored = run_action(self, backups.restore, self.data_dir, chosen.path)
        if self.restored is not None:
            super().accept()


def offer_newest_backup(parent: QWidget | None, data_dir: Path, error: Exception) -> bool:
    """The database cannot be opened because it is damaged: say so and offer the newest backup.
    True when a backup was put in place (the damaged file moved aside, never overwritten);
    False (and no question) when there is no backup."""
    newest = backups.newest_backup(data_dir)
    if newest is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Backups", "Casekeeper"),
                      QCoreApplication.translate("Backups", "Your Casekeeper database is damaged."), parent=parent)
    box.setInformativeText(str(error) + "\n\n" + QCoreApplication.translate("Backups",
        "Restore the newest backup, made %1? The damaged file is kept next to it, renamed, and is not changed."
    ).replace("%1", fmt_datetime(newest.made_at)))
    restore = box.addButton(QCoreApplication.translate("Backups", "Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return run_action(parent, backups.restore, data_dir, newest.path) is not None


class DailyBackup(QObject):
    """The day's backup, made in a worker thread after the window is shown (so start-up
    does not wait for it). `failed` carries the message when the database turned out damaged.
    The signals come from the worker thread: connect them with Qt.QueuedConnection."""

    failed = Signal(str)
    finished = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._thread = None

    def start(self) -> None:
        import threading

        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            backups.daily_backup(self.data_dir)
        except (CasekeeperError, OSError) as exc:
            self.failed.emit(str(exc))
        self.finished.emit()


def warn_backup_failed(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Backups", "Casekeeper"), QCoreApplication.translate("Backups",
        "Today's backup could not be made: %1\nYour earlier backups were kept; File > Restore from a backup "
        "puts one back.").replace("%1", message))


def offer_if_damaged(data_dir: Path, error: Exception) -> bool:
    """At start-up, when the database would not open: for a damaged file (or one that is no
    database at all, in a data dir that has backups) offer the newest backup and open it.
    True when the database is open afterwards; False leaves the caller to report `error`."""
    from db.connection import open_database
    from db.errors import DatabaseCorrupt, NotCasekeeperDatabase

    damaged = isinstance(error, (DatabaseCorrupt, NotCasekeeperDatabase))
    if not damaged or not offer_newest_backup(None, data_dir, error):
        return False
    return run_action(None, open_database, data_dir) is not None


def start_daily_backup(window: QWidget, delay_ms: int = 1000) -> DailyBackup:
    """The day's backup, started a moment after the window is up; a problem is shown then."""
    from PySide6.QtCore import QTimer

    job = DailyBackup(window.data_dir, window)
    job.failed.connect(lambda message: warn_backup_failed(window, message), Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(delay_ms, window, job.start)
    return job


def restore_action_text() -> str:
    return QCoreApplication.translate("Backups", "&Restore from a backup…")


def restore_into(window) -> bool:
    """File > Restore from a backup: pick one, put it back, reopen the database and reload
    the window (the open case stays open when it exists in the backup)."""
    from db.connection import open_database

    dialog = RestoreDialog(window.data_dir, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if run_action(window, open_database, window.data_dir) is None:
        return False
    window.refresh_cases()
    keep = window.case_id if window.case_id is not None and window.case_model.row_of(window.case_id) >= 0 else None
    window.open_case(keep)
    window.statusBar().showMessage(QCoreApplication.translate("Backups", "Restored the backup made %1.").replace(
        "%1", fmt_datetime(dialog.restored.backup.made_at)), 10000)
    return True
