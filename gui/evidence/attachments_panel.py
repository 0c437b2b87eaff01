"""Files of the selected timeline entry: list (name, size, SHA-256) with thumbnails,
image preview (a click opens it), attach by button, by dropping files or by pasting
a screenshot (Ctrl+V), capture the screen, open, remove."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from casekeeper.db import attachments, chain

from ..common import arg, confirm, run_action
from ..table_model import configure_list_table
from .attachments_model import AttachmentsModel
from .drops import local_files
from .mail_strip import MailStrip

PREVIEW = 112
THUMB = 40


class ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class AttachmentsPanel(QWidget):
    """Shows and edits the attachments of one event; emits `changed` after a write."""

    changed = Signal()
    capture_requested = Signal()

    def __init__(self, parent=None, status=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.mail = MailStrip(self, status)
        self.mail.changed.connect(self.changed)
        self.model = AttachmentsModel(self)
        self.title = QLabel()
        self.add_button = QPushButton(self.tr("&Attach files…"))
        self.add_button.setToolTip(self.tr("Attach screenshots or documents to this entry (or drop files here)"))
        self.add_button.clicked.connect(self.choose_files)
        self.capture_button = QPushButton(self.tr("Ca&pture screen…"))
        self.capture_button.setToolTip(self.tr("Take a screenshot in a few seconds (the window steps aside) and "
                                               "attach it; Ctrl+V pastes one from the clipboard"))
        self.capture_button.clicked.connect(self.capture_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.history_button = QPushButton(self.tr("Ea&rlier versions…"))
        self.history_button.setToolTip(self.tr("What this entry said before it was edited"))
        self.history_button.clicked.connect(self.show_history)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.history_button)
        top.addSpacing(12)
        for b in (self.add_button, self.capture_button, self.open_button, self.remove_button):
            top.addWidget(b)

        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, row_padding=8)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(max(self.table.verticalHeader().defaultSectionSize(),
                                                              THUMB + 6))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttachmentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttachmentsModel.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(AttachmentsModel.HASH, self.fontMetrics().horizontalAdvance("0" * 24))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.preview = ClickableLabel()
        self.preview.clicked.connect(self.open_selected)
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.mail)
        layout.addLayout(body, 1)
        self.setAcceptDrops(True)
        self.set_event(None)

    # --- contract -----------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        self.model.load(self.event_id)
        n = self.model.rowCount()
        self.title.setText(arg(self.tr("Attachments: %1"), n) if self.event_id is not None
                           else self.tr("Attachments"))
        self.add_button.setEnabled(self.event_id is not None)
        self.mail.set_event(self.event_id)
        self.capture_button.setEnabled(self.event_id is not None)
        self.history_button.setEnabled(self.event_id is not None and bool(chain.revisions(self.event_id)))
        if n:
            self.table.selectRow(0)
        self._show_selected()

    def select_attachment(self, attachment_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.attachment(row).id == attachment_id:
                self.table.selectRow(row)
                return

    def selected(self):
        index = self.table.currentIndex()
        return self.model.attachment(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        att = self.selected()
        self.open_button.setEnabled(att is not None)
        self.remove_button.setEnabled(att is not None)
        self.preview.clear()
        self.preview.setToolTip("")
        if att is None:
            self.preview.setText(self.tr("No file") if self.event_id is not None else "")
            return
        if attachments.is_image(att):
            try:
                pix = QPixmap(str(attachments.file_of(att)))
            except Exception:  # noqa: BLE001 - a missing blob just shows no preview
                pix = QPixmap()
            if not pix.isNull():
                self.preview.setToolTip(self.tr("Click to open the image"))
                self.preview.setPixmap(pix.scaled(PREVIEW - 4, PREVIEW - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
                return
        self.preview.setText(self.tr("No preview"))

    # --- actions ------------------------------------------------------------------
    def attach(self, paths: list[str]) -> int:
        """Attach files to the current event; returns how many were attached."""
        if self.event_id is None:
            return 0
        done = 0
        for path in paths:
            if run_action(self, attachments.attach_file, self.event_id, path) is not None:
                done += 1
        if done:
            self.refresh()
            self.table.selectRow(self.model.rowCount() - 1)
            self.changed.emit()
        return done

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()),
                                                self.tr("All files (*)"))
        if paths:
            self.attach(paths)

    def open_selected(self) -> None:
        att = self.selected()
        path = run_action(self, attachments.file_of, att) if att else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        att = self.selected()
        if att is None or not confirm(self, self.tr("Remove attachment"),
                                      arg(self.tr("Remove “%1” from this entry?"), att.name)):
            return
        if run_action(self, lambda: attachments.remove_attachment(att.id) or True):
            self.refresh()
            self.changed.emit()

    def show_history(self) -> None:
        if self.event_id is not None:
            from .history_dialog import HistoryDialog

            HistoryDialog(self.event_id, self).exec()

    # --- drops ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.event_id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        files = local_files(event.mimeData())
        if files and self.event_id is not None:
            event.acceptProposedAction()
            self.attach(files)
