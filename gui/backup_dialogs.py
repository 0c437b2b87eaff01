"""Backups in the window: the list to restore from, and the offer when the database is damaged."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget,
)

from casekeeper.db import backups

from .common import error_text, fmt_datetime, run_action


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
    from casekeeper.db.connection import DatabaseEmpty
    from casekeeper.db.errors import NotCasekeeperDatabase

    newest = backups.newest_backup(data_dir)   # the newest one that can be restored (not empty, readable)
    if newest is None:
        return False
    if isinstance(error, (DatabaseEmpty, NotCasekeeperDatabase)):   # say what was found
        headline = (QCoreApplication.translate("Backups", "Your Casekeeper database file is empty.")
                    if isinstance(error, DatabaseEmpty) else
                    QCoreApplication.translate("Backups", "Your Casekeeper database file is not a database."))
        offer = QCoreApplication.translate("Backups", "Restore the newest backup, made %1? The file found is "
                                           "kept next to it, renamed, and is not changed.")
    else:
        headline = QCoreApplication.translate("Backups", "Your Casekeeper database is damaged.")
        offer = QCoreApplication.translate("Backups", "Restore the newest backup, made %1? The damaged file is "
                                           "kept next to it, renamed, and is not changed.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Backups", "Casekeeper"), headline,
                      parent=parent)
    box.setInformativeText(error_text(error) + "\n\n" + offer.replace("%1", fmt_datetime(newest.made_at)))
    restore = box.addButton(QCoreApplication.translate("Backups", "Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return run_action(parent, backups.restore, data_dir, newest.path) is not None


def warn_backup_failed(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Backups", "Casekeeper"), QCoreApplication.translate("Backups",
        "Today's backup could not be made: %1\nYour earlier backups were kept; File > Restore from a backup "
        "puts one back.").replace("%1", message))
