"""The Desks tab: the provider's contact points, and all you need to reach each."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from casekeeper.db import desks
from casekeeper.db.desk_calendar import closure_name
from casekeeper.gui import i18n
from casekeeper.gui.common import arg, copy_text
from casekeeper.gui.dialogs.desk_dialog import DeskDialog
from casekeeper.gui.deadline_text import desk_status_label
from casekeeper.gui.models.desk_model import DeskTableModel
from casekeeper.gui.models.kind_labels import WARNING_COLOUR, desk_kind_label, hours_text, language_label
from casekeeper.gui.views.panes import heading, side_by_side
from casekeeper.gui.views.record_tab import RecordTab
from casekeeper.gui.views.status_note import StatusNote


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


class DesksView(RecordTab):
    COLUMN_CAPS = {DeskTableModel.NAME: 220, DeskTableModel.STATUS: 300, DeskTableModel.ADDRESS: 220}
    WHOLE_COLUMNS = (DeskTableModel.STATUS,)        # open now? is what the table is for
    OPTIONAL_COLUMNS = (DeskTableModel.LANGUAGE,)   # shown below the table too

    def __init__(self, parent=None):
        super().__init__(DeskTableModel(), parent=parent)

        self.title = heading(scale=1.25)
        self.address = self._value_label()
        self.language = self._value_label()
        self.timezone = self._value_label()
        self.hours = self._value_label()
        self.open_now = self._value_label()
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
        form.addRow(desk_status_label(), self.open_now)
        self.model.dataChanged.connect(lambda *_: self._status_arrived())
        form.addRow(self.tr("Referred by:"), self.referred_by)
        form.addRow(self.tr("Asks for:"), self.asks_for)
        notes_form = QFormLayout()
        notes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        notes_form.addRow(self.tr("Notes:"), self.notes)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addLayout(notes_form, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        detail = QWidget()
        self.detail_body = QWidget()
        body = QVBoxLayout(self.detail_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addLayout(columns)
        body.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.empty)
        detail_layout.addWidget(self.detail_body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)

        self.note = StatusNote()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(side_by_side(self.table, scroll, (300, 360), Qt.Orientation.Vertical), 1)
        layout.addWidget(self.note)
        self.current_changed()

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(self._link_activated)
        return label

    def add_label(self) -> str:
        return self.tr("&Add desk…")

    def empty_hint(self) -> str:
        return self.tr("No desks yet. Add each contact point of the provider (chat, mail, phone, forms) "
                       "with “Add desk…”.")

    def open_dialog(self, record_id):
        return DeskDialog(self, self.case_id, record_id)

    def delete_question(self, record):
        return self.tr("Delete desk"), arg(self.tr(
            "Delete the desk “%1”?\n\nIts events stay in the timeline without a desk."), record.name)

    def delete_action(self, record_id):
        desks.delete_desk(record_id)

    def _status_arrived(self) -> None:
        """The status column is filled after the first paint: the columns share the width again."""
        self.columns.fit()
        self._show_open_now()

    def _show_open_now(self) -> None:
        desk = self.current_record()
        self.open_now.setText(html.escape(self.model.status_of(desk.id)) if desk is not None else "")

    def refresh(self) -> None:
        super().refresh()
        if self.current_id() is None and self.model.rowCount():
            self.select(self.model.record_at(0).id)

    def current_changed(self) -> None:
        super().current_changed()
        desk = self.current_record()
        self.empty.setText(self.tr("Select a desk to see how to reach it."))   # with no desks the table says what to do
        self.empty.setVisible(desk is None and self.model.rowCount() > 0)
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
            hours += "<br>" + html.escape(arg(self.tr("Closed on public holidays (%1)"), desk.holidays))
        for closure in desk.closures or []:
            hours += "<br>" + html.escape(arg(self.tr("Closed %1 to %2: %3"), closure.get("from", ""), closure.get("to", ""),
                                              closure_name(closure, i18n.current())))
        self.hours.setText(hours)
        self._show_open_now()
        ref = desk.referred_by
        self.referred_by.setText(_link(f"desk:{ref.id}", ref.name) if ref else self._dim(self.tr("nobody")))
        needs = desks.asks_for(desk.id)
        lines = []
        missing = html.escape(self.tr("missing"))     # not inside the f-string: lupdate would not see it
        for ident in needs:
            if ident.value:
                lines.append(f"{html.escape(ident.name)}: {_link('copy:' + str(ident.id), ident.value)}")
            else:
                lines.append(f'{html.escape(ident.name)}: <span style="color:{WARNING_COLOUR}; font-weight:bold">'
                             f'{missing}</span>')
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
            self.select(int(value))
        elif kind == "copy":
            ident = next((i for i in desks.asks_for(self.current_id()) if i.id == int(value)), None)
            if ident is not None:
                copy_text(ident.value)
                self.note.show_message(arg(self.tr("Copied %1"), ident.name))
        elif kind == "address":
            if self._is_url(value):
                QDesktopServices.openUrl(QUrl(value))
                self.note.show_message(arg(self.tr("Opened %1 in the browser"), value))
            else:
                copy_text(value)
                desk = self.current_record()
                if "@" in value:
                    self.note.show_message(arg(self.tr("Copied the mail address %1"), value))
                elif desk is not None and desk.kind == "phone":
                    self.note.show_message(arg(self.tr("Copied the phone number %1"), value))
                else:
                    self.note.show_message(arg(self.tr("Copied %1"), value))
