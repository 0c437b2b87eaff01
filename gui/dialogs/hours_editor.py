"""The opening-hours editor of the desk dialog: weekday toggles with one or more time ranges
and a lunch break per group of days, "always open", the public-holiday calendar and closures
named in English and Japanese; or, for people who would rather type, all of it as text.
A toggle switches between the two, and both stay in step: each change on one side is
written to the other at once (db/hours_form.py converts, db.hours and db.desk_calendar check).

    editor = HoursEditor(HoursForm.from_desk_fields(desk.hours, desk.holidays, desk.closures))
    editor.form()          # the HoursForm to save (raises InvalidInput with what is wrong)
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QCompleter, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QStackedWidget, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from casekeeper.db import desk_calendar
from casekeeper.db.errors import InvalidInput
from casekeeper.db.hours import DAY_KEYS
from casekeeper.db.hours_form import ClosureItem, HoursForm, Rule, from_text, parse_time, time_text, to_text
from casekeeper.db.labels import text as db_text

from .. import i18n
from ..common import buddy_label, error_text
from ..models.kind_labels import WARNING_COLOUR

# Holiday calendars offered in the list (any other country code can be typed).
COUNTRIES = [
    ("JP", QT_TRANSLATE_NOOP("HoursEditor", "Japan")), ("US", QT_TRANSLATE_NOOP("HoursEditor", "United States")),
    ("GB", QT_TRANSLATE_NOOP("HoursEditor", "United Kingdom")), ("IE", QT_TRANSLATE_NOOP("HoursEditor", "Ireland")),
    ("DE", QT_TRANSLATE_NOOP("HoursEditor", "Germany")), ("FR", QT_TRANSLATE_NOOP("HoursEditor", "France")),
    ("NL", QT_TRANSLATE_NOOP("HoursEditor", "Netherlands")), ("IN", QT_TRANSLATE_NOOP("HoursEditor", "India")),
    ("SG", QT_TRANSLATE_NOOP("HoursEditor", "Singapore")), ("KR", QT_TRANSLATE_NOOP("HoursEditor", "South Korea")),
    ("CN", QT_TRANSLATE_NOOP("HoursEditor", "China")), ("TW", QT_TRANSLATE_NOOP("HoursEditor", "Taiwan")),
    ("AU", QT_TRANSLATE_NOOP("HoursEditor", "Australia")), ("CA", QT_TRANSLATE_NOOP("HoursEditor", "Canada")),
]
DEFAULT_RULE = Rule((0, 1, 2, 3, 4), ((9 * 60, 17 * 60),))


def _tr(text: str) -> str:
    return QCoreApplication.translate("HoursEditor", text)


class TimeField(QLineEdit):
    """HH:MM (9:00, 0900 and full-width digits are read too; 24:00 ends a day)."""

    def __init__(self, minutes: int, *, end: bool = False, parent=None):
        super().__init__(time_text(minutes), parent)
        self.end = end
        self.setMaxLength(5)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 22)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editingFinished.connect(self._tidy)

    def minutes(self) -> int:
        return parse_time(self.text(), end=self.end)

    def _tidy(self) -> None:
        try:
            self.setText(time_text(self.minutes()))
        except InvalidInput:
            pass     # left as typed: the editor says what is wrong


class _RangeEdit(QWidget):
    changed = Signal()
    remove = Signal()

    def __init__(self, start: int, end: int, parent=None):
        super().__init__(parent)
        self.start, self.end = TimeField(start), TimeField(end, end=True)
        self.start.setAccessibleName(self.tr("Opens at"))
        self.end.setAccessibleName(self.tr("Closes at"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this time range"))
        self.remove_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        layout.addWidget(self.remove_button)
        for field in (self.start, self.end):
            field.editingFinished.connect(self.changed)
        self.remove_button.clicked.connect(self.remove)

    def value(self) -> tuple[int, int]:
        return self.start.minutes(), self.end.minutes()


class RuleEditor(QFrame):
    """One group of days: which days, the time ranges, an optional lunch break."""

    changed = Signal()
    remove = Signal()

    def __init__(self, rule: Rule, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lang = i18n.current()
        self.day_buttons: list[QToolButton] = []
        self.setStyleSheet("RuleEditor QToolButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); border: 1px solid palette(highlight); "
                           "border-radius: 3px; padding: 3px 6px; }"
                           "RuleEditor QToolButton { padding: 3px 6px; }")
        days_row = QHBoxLayout()
        days_row.setSpacing(2)
        for day, key in enumerate(DAY_KEYS):
            button = QToolButton()
            button.setText(db_text(lang, key))
            button.setCheckable(True)
            button.setChecked(day in rule.days)
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("Wed") + 16)
            button.setToolTip(self.tr("Open on this day"))
            button.toggled.connect(lambda _on: self.changed.emit())
            days_row.addWidget(button)
            self.day_buttons.append(button)
        days_row.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove these opening hours"))
        self.remove_button.clicked.connect(self.remove)
        days_row.addWidget(self.remove_button)

        self.ranges_row = QHBoxLayout()
        self.ranges_row.setSpacing(10)
        self.ranges: list[_RangeEdit] = []
        self.add_range_button = QPushButton(self.tr("Add a time range"))
        self.add_range_button.clicked.connect(lambda: self.add_range(13 * 60, 17 * 60, focus=True))
        ranges_line = QHBoxLayout()
        ranges_line.addWidget(QLabel(self.tr("Open:")))
        ranges_line.addLayout(self.ranges_row)
        ranges_line.addWidget(self.add_range_button)
        ranges_line.addStretch(1)
        for start, end in rule.ranges or ((9 * 60, 17 * 60),):
            self.add_range(start, end)

        lunch = rule.lunch or (12 * 60, 13 * 60)
        self.lunch = QCheckBox(self.tr("Lunch break:"))
        self.lunch.setChecked(rule.lunch is not None)
        self.lunch_start, self.lunch_end = TimeField(lunch[0]), TimeField(lunch[1], end=True)
        self.lunch.toggled.connect(self._lunch_toggled)
        for field in (self.lunch_start, self.lunch_end):
            field.editingFinished.connect(self.changed)
        lunch_line = QHBoxLayout()
        lunch_line.setSpacing(2)
        lunch_line.addWidget(self.lunch)
        lunch_line.addSpacing(6)
        lunch_line.addWidget(self.lunch_start)
        lunch_line.addWidget(QLabel("–"))
        lunch_line.addWidget(self.lunch_end)
        lunch_line.addStretch(1)
        self._lunch_toggled(self.lunch.isChecked(), emit=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(days_row)
        layout.addLayout(ranges_line)
        layout.addLayout(lunch_line)

    def add_range(self, start: int, end: int, *, focus: bool = False) -> None:
        edit = _RangeEdit(start, end)
        edit.changed.connect(self.changed)
        edit.remove.connect(lambda e=edit: self.remove_range(e))
        self.ranges.append(edit)
        self.ranges_row.addWidget(edit)
        self._update_remove_buttons()
        if focus:
            edit.start.setFocus()
            edit.start.selectAll()
            self.changed.emit()

    def remove_range(self, edit: _RangeEdit) -> None:
        if len(self.ranges) > 1:
            self.ranges.remove(edit)
            edit.deleteLater()
            edit.setParent(None)
            self._update_remove_buttons()
            self.changed.emit()

    def _update_remove_buttons(self) -> None:
        for edit in self.ranges:
            edit.remove_button.setVisible(len(self.ranges) > 1)

    def _lunch_toggled(self, on: bool, emit: bool = True) -> None:
        self.lunch_start.setEnabled(on)
        self.lunch_end.setEnabled(on)
        if emit:
            self.changed.emit()

    def rule(self) -> Rule:
        """The rule as entered (InvalidInput for a time that is not one)."""
        days = tuple(d for d, b in enumerate(self.day_buttons) if b.isChecked())
        ranges = tuple(sorted(edit.value() for edit in self.ranges))
        lunch = (self.lunch_start.minutes(), self.lunch_end.minutes()) if self.lunch.isChecked() else None
        return Rule(days, ranges, lunch)


class ClosuresTable(QTableWidget):
    FROM, TO, LABEL, LABEL_JA = range(4)

    def __init__(self, items: tuple[ClosureItem, ...], parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Name (English)"), self.tr("Name (Japanese)")])
        self.horizontalHeaderItem(self.FROM).setToolTip(self.tr("MM-DD: every year; YYYY-MM-DD: once"))
        self.horizontalHeaderItem(self.TO).setToolTip(self.tr("MM-DD: every year; YYYY-MM-DD: once"))
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance("2026-12-31") + 24
        for col in (self.FROM, self.TO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        for col in (self.LABEL, self.LABEL_JA):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for item in items:
            self.add(item)

    def add(self, item: ClosureItem) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col, value in enumerate((item.start, item.end, item.label, item.label_ja)):
            self.setItem(row, col, QTableWidgetItem(value))
        return row

    def items(self) -> tuple[ClosureItem, ...]:
        out = []
        for row in range(self.rowCount()):
            values = [(self.item(row, c).text() if self.item(row, c) else "").strip() for c in range(4)]
            if any(values):
                out.append(ClosureItem(values[0], values[1] or values[0], values[2], values[3]))
        return tuple(out)


class HoursEditor(QWidget):
    changed = Signal()

    def __init__(self, form: HoursForm | None = None, parent=None):
        super().__init__(parent)
        form = form or HoursForm()
        self._syncing = False
        self._text_error: InvalidInput | None = None
        self.lang = i18n.current()

        self.by_day = QRadioButton(self.tr("B&y day"))
        self.as_text = QRadioButton(self.tr("As te&xt"))
        self.by_day.setToolTip(self.tr("Days, times, lunch break, holidays and closures in fields"))
        self.as_text.setToolTip(self.tr("The same as lines of text, for typing or pasting"))
        self.by_day.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_day)
        group.addButton(self.as_text)
        self.as_text.toggled.connect(self._mode_toggled)
        mode_row = QHBoxLayout()
        mode_row.addWidget(QLabel(self.tr("Edit:")))
        mode_row.addWidget(self.by_day)
        mode_row.addWidget(self.as_text)
        mode_row.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_structured(form))
        self.stack.addWidget(self._build_text())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mode_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        self._structure_changed()          # the text form of what is shown

    # --- building
    def _build_structured(self, form: HoursForm) -> QWidget:
        page = QWidget()
        self.always = QCheckBox(self.tr("Al&ways open (no opening hours to keep to)"))
        self.always.setChecked(form.always)
        self.always.toggled.connect(self._structure_changed)

        self.rules_box = QWidget()
        self.rules_layout = QVBoxLayout(self.rules_box)
        self.rules_layout.setContentsMargins(0, 0, 0, 0)
        self.rules_layout.setSpacing(6)
        self.rules_layout.addStretch(1)
        self.rule_editors: list[RuleEditor] = []
        self.rules_scroll = QScrollArea()
        self.rules_scroll.setWidgetResizable(True)
        self.rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rules_scroll.setWidget(self.rules_box)
        self.rules_scroll.setMinimumHeight(150)
        self.no_rules = QLabel(self.tr("No opening hours entered: the desk counts as open at any time. "
                                   "Add the hours it keeps, or tick “Always open”."))
        self.no_rules.setWordWrap(True)
        self.add_rule_button = QPushButton(self.tr("Add opening hour&s"))
        self.add_rule_button.setToolTip(self.tr("Days with their own times, e.g. Saturday mornings"))
        self.add_rule_button.clicked.connect(self._add_rule_clicked)
        self._set_rules(form.rules)

        self.holidays = QComboBox()
        self.holidays.setEditable(True)
        self.holidays.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.holidays.addItem(self.tr("(none)"), "")
        for code, name in COUNTRIES:
            self.holidays.addItem(f"{_tr(name)} ({code})", code)
        completer = QCompleter(sorted(desk_calendar.COUNTRIES), self.holidays)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.holidays.setCompleter(completer)
        self.holidays.setToolTip(self.tr("Closed on the public holidays of this country (a country code such as JP)"))
        self._set_holidays(form.holidays)
        self.holidays.currentTextChanged.connect(lambda _t: self._structure_changed())
        holidays_label = buddy_label(self.tr("Closed on &public holidays of:"), self.holidays)
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(holidays_label)
        holidays_row.addWidget(self.holidays, 1)

        self.closures = ClosuresTable(form.closures)
        self.closures.setMinimumHeight(self.closures.verticalHeader().defaultSectionSize() * 3
                                       + self.closures.horizontalHeader().sizeHint().height() + 4)
        self.closures.itemChanged.connect(lambda _i: self._structure_changed())
        closures_label = buddy_label(self.tr("&Closures (days the desk is closed):"), self.closures)
        self.add_closure_button = QPushButton(self.tr("Add closur&e"))
        self.add_closure_button.clicked.connect(self._add_closure)
        self.year_end_button = QPushButton(self.tr("Add year-en&d closure"))
        self.year_end_button.setToolTip(self.tr("December 29 to January 3, every year"))
        self.year_end_button.clicked.connect(self.add_year_end)
        self.remove_closure_button = QPushButton(self.tr("Re&move closure"))
        self.remove_closure_button.clicked.connect(self._remove_closure)
        closure_buttons = QHBoxLayout()
        for b in (self.add_closure_button, self.year_end_button, self.remove_closure_button):
            closure_buttons.addWidget(b)
        closure_buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.always)
        layout.addWidget(self.no_rules)
        layout.addWidget(self.rules_scroll, 3)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_rule_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addSpacing(4)
        layout.addLayout(holidays_row)
        layout.addWidget(closures_label)
        layout.addWidget(self.closures, 2)
        layout.addLayout(closure_buttons)
        return page

    def _build_text(self) -> QWidget:
        page = QWidget()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("One line per group of days, e.g.\nMon-Fri 09:00-12:00,13:00-17:00"))
        self.text.textChanged.connect(self._text_changed)
        example = to_text(HoursForm(False, (Rule((0, 1, 2, 3, 4), ((540, 1020),), (720, 780)),), "JP",
                                    (ClosureItem("12-29", "01-03", db_text("en", "closure.year_end"),
                                                 db_text("ja", "closure.year_end")),)), self.lang)
        hint = QLabel(self.tr("Example:") + "\n" + example)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        return page

    # --- the structured side
    def _set_rules(self, rules) -> None:
        for editor in self.rule_editors:
            editor.setParent(None)
            editor.deleteLater()
        self.rule_editors = []
        for rule in rules:
            self._add_rule(rule)
        self._update_structured()

    def _add_rule(self, rule: Rule) -> RuleEditor:
        editor = RuleEditor(rule)
        editor.changed.connect(self._structure_changed)
        editor.remove.connect(lambda e=editor: self._remove_rule(e))
        self.rules_layout.insertWidget(self.rules_layout.count() - 1, editor)
        self.rule_editors.append(editor)
        return editor

    def _add_rule_clicked(self) -> None:
        taken = {d for e in self.rule_editors for d, b in enumerate(e.day_buttons) if b.isChecked()}
        free = tuple(d for d in range(7) if d not in taken)
        weekdays = tuple(d for d in free if d < 5)
        rule = DEFAULT_RULE if not taken else Rule(weekdays or free[:1] or (5,), ((9 * 60, 12 * 60),))
        editor = self._add_rule(rule)
        self._update_structured()
        self._structure_changed()
        self.rules_scroll.ensureWidgetVisible(editor)
        editor.ranges[0].start.setFocus()

    def _remove_rule(self, editor: RuleEditor) -> None:
        self.rule_editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        self._update_structured()
        self._structure_changed()

    def _update_structured(self) -> None:
        always = self.always.isChecked()
        for w in [self.rules_scroll, self.add_rule_button]:
            w.setEnabled(not always)
        self.no_rules.setVisible(not always and not self.rule_editors)

    def _set_holidays(self, code: str) -> None:
        index = self.holidays.findData(code)
        if index >= 0:
            self.holidays.setCurrentIndex(index)
        else:
            self.holidays.setEditText(code)

    def holiday_code(self) -> str:
        index = self.holidays.currentIndex()
        typed = self.holidays.currentText().strip()
        if index >= 0 and self.holidays.itemText(index) == typed:
            return self.holidays.itemData(index) or ""
        return typed.upper()

    def _add_closure(self) -> None:
        row = self.closures.add(ClosureItem("", "", "", ""))
        self.closures.setCurrentCell(row, ClosuresTable.FROM)
        self.closures.editItem(self.closures.item(row, ClosuresTable.FROM))

    def add_year_end(self) -> None:
        self.closures.add(ClosureItem("12-29", "01-03", db_text("en", "closure.year_end"),
                                      db_text("ja", "closure.year_end")))
        self._structure_changed()

    def _remove_closure(self) -> None:
        row = self.closures.currentRow()
        if row >= 0:
            self.closures.removeRow(row)
            self._structure_changed()

    def structured_form(self) -> HoursForm:
        """The form as the fields say (InvalidInput for a time that is not one)."""
        rules = () if self.always.isChecked() else tuple(e.rule() for e in self.rule_editors)
        return HoursForm(self.always.isChecked(), rules, self.holiday_code(), self.closures.items())

    def set_form(self, form: HoursForm) -> None:
        """Show `form` in the fields (the text follows)."""
        self._fill_fields(form)
        self._structure_changed()

    def _fill_fields(self, form: HoursForm) -> None:
        self._syncing = True
        try:
            self.always.setChecked(form.always)
            self._set_rules(form.rules)
            self._set_holidays(form.holidays)
            self.closures.setRowCount(0)
            for item in form.closures:
                self.closures.add(item)
            self._update_structured()
        finally:
            self._syncing = False

    # --- keeping the two in step
    def _structure_changed(self) -> None:
        if self._syncing:
            return
        self._update_structured()
        try:
            form = self.structured_form()
            form.hours_lines()                 # checked as it will be saved
            value = to_text(form, self.lang)
        except InvalidInput as exc:
            self._show_error(exc)
            self.changed.emit()
            return
        self._show_error(None)
        self._text_error = None
        self._syncing = True
        try:
            if self.text.toPlainText() != value:
                self.text.setPlainText(value)
        finally:
            self._syncing = False
        self.changed.emit()

    def _text_changed(self) -> None:
        if self._syncing:
            return
        try:
            form = from_text(self.text.toPlainText())
        except InvalidInput as exc:
            self._text_error = exc
            self._show_error(exc)
            self.changed.emit()
            return
        self._text_error = None
        self._show_error(None)
        self._fill_fields(form)
        self.changed.emit()

    def _show_error(self, exc: InvalidInput | None) -> None:
        self.error.setText(error_text(exc) if exc is not None else "")
        self.error.setVisible(exc is not None)

    def _mode_toggled(self, text_mode: bool) -> None:
        if not text_mode and self._text_error is not None:
            self._show_error(self._text_error)       # the text does not read: stay with it
            self.as_text.blockSignals(True)
            self.as_text.setChecked(True)
            self.as_text.blockSignals(False)
            return
        self.stack.setCurrentIndex(1 if text_mode else 0)
        (self.text if text_mode else self.always).setFocus()

    def show_text(self, on: bool) -> bool:
        """Switch to the text form (or back); False when the text does not read and it stays."""
        (self.as_text if on else self.by_day).setChecked(True)
        return self.as_text.isChecked() == on

    # --- the result
    def form(self) -> HoursForm:
        """What to save; raises InvalidInput saying what is wrong (in the text or the fields)."""
        if self._text_error is not None:
            raise self._text_error
        if self.stack.currentIndex() == 1:
            return from_text(self.text.toPlainText())
        form = self.structured_form()
        form.hours_lines()
        return form

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(min(hint.height(), 460))
        return hint
