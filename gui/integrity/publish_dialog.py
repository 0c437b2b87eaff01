"""File > Publish write-up…: the case as a story to share (db/writeup.py). Before anything is
written, a preview lists every value that will be masked: the user keeps or masks each one,
adds words of their own, sees the write-up as it will be, and saves it as Markdown or HTML."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from casekeeper.db import writeup

from .. import i18n
from ..common import arg, buddy_label, run_action

PREVIEW_ENTRIES = 300   # the preview of a very long timeline stops here (the file has everything)


class MaskModel(QAbstractTableModel):
    """The items of a write-up: a check box per item (checked: masked)."""

    MASK, WHAT, VALUE, SHOWN, COUNT = range(5)
    masks_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []
        self.masked: set[str] = set()

    def set_items(self, items: list, masked: set[str]) -> None:
        self.beginResetModel()
        self.items, self.masked = list(items), set(masked)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Mask"), self.tr("What"), self.tr("Value"), self.tr("Shown as"), self.tr("Found")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.MASK:
            return Qt.CheckState.Checked if item.key in self.masked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHAT:
                return item.label.text(i18n.current())
            if col == self.VALUE:
                return item.value
            if col == self.SHOWN:
                return item.mask if item.key in self.masked else self.tr("(kept)")
            if col == self.COUNT:
                return str(item.count)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.WHAT, self.VALUE, self.SHOWN):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.MASK else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.MASK:
            return False
        key = self.items[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.masked.add(key)
        else:
            self.masked.discard(key)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.masks_changed.emit()
        return True

    def set_all(self, masked: bool) -> None:
        self.masked = {i.key for i in self.items} if masked else set()
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.masks_changed.emit()


class PublishDialog(QDialog):
    def __init__(self, case_id: int, parent: QWidget | None = None, status=None):
        super().__init__(parent)
        self.case_id, self.status = case_id, status
        self.lang = i18n.current()
        self.writeup = None
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Publish write-up"))

        intro = QLabel(self.tr("The case as a story others can read. Everything listed is masked (●) unless you "
                               "untick it. Secrets and attachments are never part of it."))
        intro.setWordWrap(True)
        self.model = MaskModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MaskModel.SHOWN, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.clicked.connect(lambda index: self.show_in_preview(index.row()))

        self.extra = QLineEdit()
        self.extra.setPlaceholderText(self.tr("Your name, a place, another number…"))
        self.extra.returnPressed.connect(self.add_word)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_word)
        extra_label = buddy_label(self.tr("Also &mask:"), self.extra)
        extra_row = QHBoxLayout()
        extra_row.addWidget(extra_label)
        extra_row.addWidget(self.extra, 1)
        extra_row.addWidget(add)
        mask_all = QPushButton(self.tr("Mask a&ll"))
        mask_all.clicked.connect(lambda: self.model.set_all(True))
        extra_row.addWidget(mask_all)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        left_box.addWidget(self.count_label)
        left_box.addWidget(self.table, 1)
        left_box.addLayout(extra_row)

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 560])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1290, 680)

        self._render_soon = QTimer(self, singleShot=True, interval=150)
        self._render_soon.timeout.connect(self.render)
        self.model.masks_changed.connect(self._render_soon.start)
        self.model.masks_changed.connect(self._update_count)
        self.rebuild()

    # --- building and showing ---------------------------------------------------------------
    def rebuild(self, extra: list[str] | None = None) -> None:
        """Build the write-up (again, after a word was added); keep what the user unticked."""
        kept = {i.key for i in self.model.items} - self.model.masked
        from casekeeper.gui.background import run_off_gui

        built = run_off_gui(self.parentWidget() if not self.isVisible() else self,
                            self.tr("Preparing the write-up…"), writeup.build, self.case_id, self.lang, None, extra)
        if built is None:
            return
        self.writeup = built
        self.model.set_items(built.items, {i.key for i in built.items} - kept)
        self._update_count()
        self.render()

    def _update_count(self) -> None:
        masked = len(self.model.masked)
        self.count_label.setText(arg(self.tr("%1 of %2 values will be masked."), masked, len(self.model.items)))

    def render(self) -> None:
        if self.writeup is None:
            return
        bar = self.preview.verticalScrollBar()
        where = bar.value()
        self.preview.setHtml(self.writeup.html(self.model.masked, limit=PREVIEW_ENTRIES))
        bar.setValue(where)

    def show_in_preview(self, row: int) -> None:
        """Scroll the preview to the first place the item of `row` shows (masked or kept)."""
        if not 0 <= row < len(self.model.items):
            return
        item = self.model.items[row]
        shown = item.mask if item.key in self.model.masked else item.value
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        self.preview.find(shown)

    def masked_keys(self) -> set[str]:
        return set(self.model.masked)

    def add_word(self) -> None:
        word = self.extra.text().strip()
        if not word:
            return
        words = writeup.saved_extra(self.case_id) + [word]
        run_action(self, writeup.save_extra, self.case_id, words)
        self.extra.clear()
        self.rebuild(words)

    # --- writing ---------------------------------------------------------------------------
    def save(self) -> None:
        if self.writeup is None:
            return
        markdown, page = self.tr("Markdown (*.md)"), self.tr("Web page (*.html)")
        name = Path.home() / f"{self.writeup.title}.md"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save write-up"), str(name),
                                                   f"{markdown};;{page}", markdown)
        if not path:
            return
        if not path.lower().endswith((".md", ".html", ".htm")):
            path += ".html" if chosen == page else ".md"
        self.write_to(path)

    def write_to(self, path: str) -> Path | None:
        done = run_action(self, writeup.write, self.writeup, path, self.masked_keys())
        if done is not None:
            self.saved = done
            if self.status is not None:
                self.status(arg(self.tr("Write-up saved to %1"), str(done)))
            self.accept()
        return done
