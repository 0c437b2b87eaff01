"""Add or edit a desk: every field, who referred you there, which numbers it asks for."""
from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from casekeeper.db import desk_calendar, desks, identifiers
from casekeeper.db.errors import InvalidInput
from casekeeper.db.hours_form import HoursForm
from casekeeper.db.models.desk import KINDS
from casekeeper.gui.common import arg, buddy_label
from casekeeper.gui.dialogs.field_widgets import fill, taken
from casekeeper.gui.dialogs.hours_editor import HoursEditor
from casekeeper.gui.dialogs.record_dialog import RecordDialog
from casekeeper.gui.models.check_list_model import CheckListModel
from casekeeper.gui.models.kind_labels import desk_kind_icon, desk_kind_label, hours_text, language_label

COMMON_ZONES = ["Asia/Tokyo", "UTC", "America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin"]


class DeskDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, case_id: int, desk_id: int | None = None):
        super().__init__(parent, case_id, desk_id, (self.tr("Add desk"), self.tr("Edit desk")))
        desk = desks.get_desk(desk_id) if desk_id is not None else None
        values = desks.FIELDS.values(desk, timezone="Asia/Tokyo")     # a new desk: the form's own zone

        self.name = QLineEdit()
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(desk_kind_icon(key), desk_kind_label(key), key)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("URL, mail address or phone number"))
        self.private = QCheckBox(self.tr("Pri&vate address (masked in published write-ups)"))
        self.language = QComboBox()
        self.language.addItem(self.tr("(not set)"), "")
        for code in ("en", "ja"):
            self.language.addItem(language_label(code), code)
        if self.language.findData(values["language"]) < 0:
            self.language.addItem(values["language"], values["language"])
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        completer = QCompleter(sorted(available_timezones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.reply_days = QSpinBox()
        self.reply_business = QCheckBox(self.tr("B&usiness days", "count in"))
        self.follow_up = QSpinBox()
        self.referred_by = QComboBox()
        self.referred_by.addItem(self.tr("(nobody)"), None)
        for other in desks.list_desks(case_id):
            if other.id != desk_id:
                self.referred_by.addItem(desk_kind_icon(other.kind), other.name, other.id)
        self.notes = QPlainTextEdit()
        for spin in (self.reply_days, self.follow_up):
            spin.setRange(0, 365)
            spin.setSpecialValueText(self.tr("None"))
        # one widget per field of desks.FIELDS (opening hours, holidays, closures: the hours editor;
        # the subject rule and templates: the Messages tab)
        self.inputs = {"name": self.name, "kind": self.kind, "address": self.address, "language": self.language,
                       "timezone": self.timezone, "reply_window_days": self.reply_days,
                       "reply_window_business": self.reply_business, "follow_up_days": self.follow_up,
                       "referred_by": self.referred_by, "notes": self.notes, "private": self.private}
        fill(self.inputs, values)

        # opening hours, public holidays and closures: the editor on the second tab (gui/dialogs/hours_editor.py)
        try:
            form = HoursForm.from_desk_fields(desk.hours, desk.holidays, desk.closures) if desk else None
        except InvalidInput:        # hours stored by an older version that no longer read: shown as text
            form = None
        self.hours_editor = HoursEditor(form)
        if desk is not None and form is None:
            self.hours_editor.text.setPlainText("\n".join(desk.hours))
            self.hours_editor.show_text(True)
        self.always, self.hours = self.hours_editor.always, self.hours_editor.text   # "always open"; the text form
        self.hours_summary = QLabel()
        self.hours_summary.setWordWrap(True)
        self.hours_button = QPushButton(self.tr("Chan&ge…"))
        self.hours_button.setToolTip(self.tr("Opening hours, public holidays and closures"))
        hours_box = QHBoxLayout()
        hours_box.setContentsMargins(0, 0, 0, 0)
        hours_box.addWidget(self.hours_summary, 1)
        hours_box.addWidget(self.hours_button)
        self.hours_editor.changed.connect(self._show_hours_summary)
        if desk is None:        # a new Japanese desk: Japan's holidays and the year-end closure, to change at will
            self.language.currentIndexChanged.connect(self._calendar_for_language)
        self.reply_days.setSuffix(self.tr(" days"))
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_days)
        reply_row.addWidget(self.reply_business)
        reply_row.addStretch(1)
        self.follow_up.setSuffix(self.tr(" business days"))
        self.follow_up.setToolTip(self.tr("Remind me to chase this desk after this many business days of silence"))
        self.reply_days.setToolTip(self.tr("The desk gives you this many days to reply to its messages"))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow("", self.private)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Time zone:"), self.timezone)
        form.addRow(buddy_label(self.tr("Opening &hours:"), self.hours_button), hours_box)
        from casekeeper.gui.desk_rules import DeskRules   # the deadlines area's notes and defaults

        self.rules = DeskRules(self, desk)
        form.addRow("", self.rules.calendar_note)
        form.addRow("", self.rules.always_note)
        form.addRow(buddy_label(self.tr("&Reply window:"), self.reply_days), reply_row)
        form.addRow(buddy_label(self.tr("&Follow up after:"), self.follow_up), follow_row)
        form.addRow(self.tr("Referred &by:"), self.referred_by)

        asked = {i.id for i in desks.asks_for(desk_id)} if desk_id is not None else set()
        self.asks_model = CheckListModel(
            [(i.id, i.name) for i in identifiers.list_identifiers(case_id)], asked, self)
        self.asks_view = QListView()
        self.asks_view.setModel(self.asks_model)
        side = QVBoxLayout()
        asks_label = buddy_label(self.tr("Asks for these &identifiers:"), self.asks_view)
        side.addWidget(asks_label)
        side.addWidget(self.asks_view, 1)
        notes_label = buddy_label(self.tr("N&otes:"), self.notes)
        side.addWidget(notes_label)
        side.addWidget(self.notes, 2)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addSpacing(12)
        columns.addLayout(side, 2)
        general = QWidget()
        general.setLayout(columns)
        hours_page = QWidget()
        hours_layout = QVBoxLayout(hours_page)
        self.zone_note = QLabel()
        self.zone_note.setWordWrap(True)
        hours_layout.addWidget(self.zone_note)
        hours_layout.addWidget(self.hours_editor, 1)
        self.timezone.currentTextChanged.connect(self._show_zone)
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("Desk"))
        self.pages.addTab(hours_page, self.tr("Opening hours and closures"))
        self.pages.addTab(self._messages_page(desk), self.tr("Messages"))
        self.hours_button.clicked.connect(lambda: (self.pages.setCurrentIndex(1), self.hours_editor.setFocus()))
        body = QVBoxLayout()
        body.addWidget(self.pages)
        self._show_zone()
        self._show_hours_summary()
        self.finish(body, 880, 560)

    def _messages_page(self, desk) -> QWidget:
        """The subject this desk wants and a message template per language (db/compose.py)."""
        self.templates = dict(desk.templates) if desk else {}
        self.subject_rule = QLineEdit(desk.subject_rule if desk else "")
        self.subject_rule.setPlaceholderText(self.tr("e.g. {Company name} / {Invoice number}"))
        self.template_edits: dict[str, tuple[str, QPlainTextEdit]] = {}
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label(self.tr("Su&bject rule:"), self.subject_rule), self.subject_rule)
        hint = QLabel(self.tr("Names in braces are filled with the case's identifiers when you write to the desk. "
                              "Templates may also use {greeting}, {question}, {identifiers}, {summary}, {closing}."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        form.addRow("", hint)
        for code, text in (("en", self.tr("Template in &English:")), ("ja", self.tr("Template in &Japanese:"))):
            by_name = self.templates.get(code, {})
            name = next(iter(by_name), "message")
            edit = QPlainTextEdit(by_name.get(name, ""))
            self.template_edits[code] = (name, edit)
            form.addRow(buddy_label(text, edit), edit)
        return page

    def _template_fields(self) -> dict:
        templates = {code: dict(by_name) for code, by_name in self.templates.items()}
        for code, (name, edit) in self.template_edits.items():
            templates.setdefault(code, {})[name] = edit.toPlainText()
        return {"subject_rule": self.subject_rule.text(), "templates": templates}

    def _show_zone(self) -> None:
        self.zone_note.setText(arg(self.tr("Times are the desk's own, in its time zone (%1)."),
                                   self.timezone.currentText().strip()))

    def _show_hours_summary(self) -> None:
        try:
            form = self.hours_editor.form()
        except InvalidInput:
            self.hours_summary.setText(self.tr("Not readable yet: see the opening hours tab."))
            return
        parts = [hours_text(form.hours_lines())]
        if form.holidays:
            parts.append(arg(self.tr("closed on public holidays (%1)"), form.holidays))
        if form.closures:
            parts.append(self.tr("%n closure(s)", "", len(form.closures)))
        self.hours_summary.setText(" · ".join(parts))

    def _calendar_for_language(self) -> None:
        form = self.hours_editor.structured_form() if self.hours_editor.stack.currentIndex() == 0 else None
        if self.language.currentData() == "ja" and form is not None and not form.holidays and not form.closures:
            self.hours_editor.set_form(HoursForm(form.always, form.rules,
                                                 desk_calendar.default_calendar_fields("ja").get("holidays", "")))
            self.hours_editor.add_year_end()

    def fields(self) -> dict:
        """The desk's fields (InvalidInput when the opening hours do not read)."""
        return taken(desks.FIELDS, self.inputs, **self.hours_editor.form().desk_fields(), **self._template_fields())

    def save(self):
        try:
            fields = self.fields()
        except InvalidInput:
            self.pages.setCurrentIndex(1)     # where the problem is
            raise
        asks = self.asks_model.checked_ids()
        if self.record_id is None:
            return desks.create_desk(self.case_id, fields.pop("name"), asks_for=asks, **fields)
        return desks.update_desk(self.record_id, asks_for=asks, **fields)

    def accept(self) -> None:
        super().accept()
        if self.result() == self.DialogCode.Accepted and self.record_id is not None:
            self.rules.offer_to_apply(self.parentWidget() or self, desks.get_desk(self.record_id))
