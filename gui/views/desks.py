"""The Desks tab: the provider's contact points, and all you need to reach each."""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from db import desks
from gui.common import confirm, copy_text, run_action
from gui.dialogs.desk_dialog import DeskDialog
from gui.models.desk_model import DeskTableModel
from gui.models.kind_labels import WARNING_COLOUR, desk_kind_label, hours_text, language_label
from gui.views.status_note import StatusNote
from gui.views.table_fit import fit_columns


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


class DesksView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.model = DeskTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda *_: self.edit_desk())

        self.add_button = QPushButton(self.tr("&Add desk…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add_desk)
        self.edit_button.clicked.connect(self.edit_desk)
        self.delete_button.clicked.connect(self.delete_desk)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.address = self._value_label()
        self.language = self._value_label()
        self.timezone = self._value_label()
        self.hours = self._value_label()
        self.referred_by = self._value_label()
        self.asks_for = self._value_label()
        self.notes = self._value_label()
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Referred by:"), self.referred_by)
        form.addRow(self.tr("Asks for:"), self.asks_for)
        form.addRow(self.tr("Notes:"), self.notes)
        self.empty = QLabel(self.tr("Select a desk to see how to reach it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        detail = QWidget()
        self.detail_body = QWidget()
        body = QVBoxLayout(self.detail_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addLayout(form)
        body.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.empty)
        detail_layout.addWidget(self.detail_body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 400])
        self.note = StatusNote()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self._show_detail()

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(self._link_activated)
        return label

    # --- case and data
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_desk_id()
        self.model.load(self.case_id)
        self._fit_columns()
        self.select_desk(current if current is not None else (self.model.desk_at(0).id if self.model.rowCount() else None))
        self._show_detail()
        enabled = self.case_id is not None
        self.add_button.setEnabled(enabled)

    def _fit_columns(self) -> None:
        fit_columns(self.table, {DeskTableModel.NAME: 220, DeskTableModel.ADDRESS: 220})

    def current_desk_id(self) -> int | None:
        desk = self.model.desk_at(self.table.currentIndex().row())
        return desk.id if desk else None

    def select_desk(self, desk_id: int | None) -> None:
        row = self.model.row_of(desk_id) if desk_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_detail(self) -> None:
        desk = self.model.desk_at(self.table.currentIndex().row())
        self.edit_button.setEnabled(desk is not None)
        self.delete_button.setEnabled(desk is not None)
        self.empty.setVisible(desk is None)
        self.detail_body.setVisible(desk is not None)
        if desk is None:
            return
        self.title.setText(f"{desk.name}  ({desk_kind_label(desk.kind)})")
        if desk.address:
            self.address.setText(_link("address:" + desk.address, desk.address))
            self.address.setToolTip(self.tr("Click to open in the browser") if self._is_url(desk.address)
                                    else self.tr("Click to copy"))
        else:
            self.address.setText(self._dim(self.tr("not known")))
            self.address.setToolTip("")
        self.language.setText(html.escape(language_label(desk.language)) or self._dim(self.tr("not set")))
        self.timezone.setText(html.escape(desk.timezone))
        hours = html.escape(hours_text(desk.hours))
        if desk.holidays:
            hours += "<br>" + html.escape(self.tr("Closed on public holidays ({0})").format(desk.holidays))
        for closure in desk.closures or []:
            hours += "<br>" + html.escape(self.tr("Closed {0} to {1}: {2}").format(
                closure.get("from", ""), closure.get("to", ""), closure.get("label", "")))
        self.hours.setText(hours)
        ref = desk.referred_by
        self.referred_by.setText(_link(f"desk:{ref.id}", ref.name) if ref else self._dim(self.tr("nobody")))
        needs = desks.asks_for(desk.id)
        lines = []
        for ident in needs:
            if ident.value:
                lines.append(f"{html.escape(ident.name)}: {_link('copy:' + str(ident.id), ident.value)}")
            else:
                lines.append(f'{html.escape(ident.name)}: <span style="color:{WARNING_COLOUR}; font-weight:bold">'
                             f'{html.escape(self.tr("missing"))}</span>')
        self.asks_for.setText("<br>".join(lines) if lines else self._dim(self.tr("nothing")))
        self.asks_for.setToolTip(self.tr("Click a value to copy it") if lines else "")
        self.notes.setText(html.escape(desk.notes).replace("\n", "<br>") or self._dim(self.tr("none")))

    @staticmethod
    def _dim(text: str) -> str:
        return f'<span style="color:gray">{html.escape(text)}</span>'

    @staticmethod
    def _is_url(address: str) -> bool:
        return address.lower().startswith(("http://", "https://"))

    def _link_activated(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "desk":
            self.select_desk(int(value))
        elif kind == "copy":
            ident = next((i for i in desks.asks_for(self.current_desk_id()) if i.id == int(value)), None)
            if ident is not None:
                copy_text(ident.value)
                self.note.show_message(self.tr("Copied {0}").format(ident.name))
        elif kind == "address":
            if self._is_url(value):
                QDesktopServices.openUrl(QUrl(value))
                self.note.show_message(self.tr("Opened {0} in the browser").format(value))
            else:
                copy_text(value)
                if "@" in value:
                    self.note.show_message(self.tr("Copied the mail address {0}").format(value))
                else:
                    self.note.show_message(self.tr("Copied {0}").format(value))

    # --- actions
    def add_desk(self) -> None:
        if self.case_id is None:
            return
        dialog = DeskDialog(self, self.case_id)
        if dialog.exec():
            self.refresh()
            self.select_desk(dialog.desk_id)
            self.changed.emit()

    def edit_desk(self) -> None:
        desk_id = self.current_desk_id()
        if desk_id is None:
            return
        if DeskDialog(self, self.case_id, desk_id).exec():
            self.refresh()
            self.changed.emit()

    def delete_desk(self) -> None:
        desk = self.model.desk_at(self.table.currentIndex().row())
        if desk is None:
            return
        text = self.tr("Delete the desk “{0}”?\n\nIts events stay in the timeline without a desk.").format(desk.name)
        if not confirm(self, self.tr("Delete desk"), text):
            return
        deleted = run_action(self, lambda: desks.delete_desk(desk.id) or True)
        self.refresh()
        if deleted:
            self.changed.emit()
