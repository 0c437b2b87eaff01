"""Calling a desk, and a call it made that was missed (issue 14).

CallDialog: the call as it happens. A running timer (the app's clock, so tests move it),
the number to copy, what the line will ask for (a number they give you during the call
is filled in right there: "they gave me an SR number"), notes, "they referred me to…"
(a desk of the case, or a new one), and how it ended. Ending it logs a call entry with
its length and outcome.

MissedCallDialog: "they called, I missed it" as an entry, with a call-back reminder at
a moment inside the desk's hours."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from casekeeper.db import calls, clock, desks, identifiers
from casekeeper.db.labels import text as db_text
from casekeeper.gui import i18n
from casekeeper.gui.common import arg, copy_text, fmt_datetime, run_action
from casekeeper.gui.datetime_edit import DateTimeEdit
from casekeeper.gui.dialogs.base import FormDialog
from casekeeper.gui.dialogs.form_layout import with_buttons

OUTCOMES = ("reached", "voicemail", "no_answer", "referred")
NEW_DESK = -1


def elapsed_text(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class CallDialog(FormDialog):
    def __init__(self, case_id: int, desk_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.case_id, self.desk_id = case_id, desk_id
        self.logged = False
        self.desk = desks.get_desk(desk_id)
        self.started = clock.now()
        self.filled: list[tuple[str, str]] = []
        self.setWindowTitle(arg(self.tr("Call %1"), self.desk.name))
        self.resize(560, 520)

        self.timer_label = QLabel()
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        number = QLabel(self.desk.address or self.tr("(no number)"))
        copy = QPushButton(self.tr("&Copy number"))
        copy.clicked.connect(lambda: copy_text(self.desk.address))
        copy.setEnabled(bool(self.desk.address))
        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addStretch(1)
        top.addWidget(number)
        top.addWidget(copy)

        self.asks = QGridLayout()
        self.fields: dict[int, QLineEdit] = {}
        self._fill_asks()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What they said, names, numbers, what happens next…"))
        self.referred = QComboBox()
        self.referred.addItem(self.tr("(nobody)"), None)
        for desk in desks.list_desks(case_id):
            if desk.id != desk_id:
                self.referred.addItem(desk.name, desk.id)
        self.referred.addItem(self.tr("A new desk…"), NEW_DESK)
        self.new_desk = QLineEdit()
        self.new_desk.setPlaceholderText(self.tr("Name of the desk they named"))
        self.new_desk.setVisible(False)
        self.referred.currentIndexChanged.connect(self._referred_changed)
        self.outcome = QComboBox()
        for code in OUTCOMES:
            self.outcome.addItem(db_text(i18n.current(), f"call.outcome.{code}"), code)
        form = QFormLayout()
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("They &referred me to:"), self.referred)
        form.addRow("", self.new_desk)
        form.addRow(self.tr("&How it ended:"), self.outcome)
        self.end_button = QPushButton(self.tr("&End call and log it"))
        self.end_button.clicked.connect(self.end_call)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.end_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        heading = QLabel(self.tr("The line will ask for:"))
        layout.addWidget(heading)
        layout.addLayout(self.asks)
        layout.addLayout(form, 1)
        layout.addLayout(row)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self.update_timer)
        self.tick.start(1000)   # repaints only; the time shown comes from the app's clock
        self.update_timer()

    def _fill_asks(self) -> None:
        asked = desks.asks_for(self.desk_id)
        if not asked:
            self.asks.addWidget(QLabel(self.tr("No number: this desk asks for none.")), 0, 0)
        for n, ident in enumerate(asked):
            self.asks.addWidget(QLabel(ident.name + ":"), n, 0)
            if ident.value:
                value = QLabel(ident.value)
                copy = QPushButton(self.tr("Copy"))
                copy.clicked.connect(lambda _c=False, v=ident.value: copy_text(v))
                self.asks.addWidget(value, n, 1)
                self.asks.addWidget(copy, n, 2)
            else:
                field = QLineEdit()
                field.setPlaceholderText(arg(self.tr("They gave me the %1: type it here"), ident.name))
                keep = QPushButton(self.tr("Keep"))
                keep.setToolTip(arg(self.tr("Save the %1 now"), ident.name))
                keep.clicked.connect(lambda _c=False, i=ident.id: self.fill_identifier(i))
                field.returnPressed.connect(lambda i=ident.id: self.fill_identifier(i))
                self.fields[ident.id] = field
                self.asks.addWidget(field, n, 1)
                self.asks.addWidget(keep, n, 2)
        self.asks.setColumnStretch(1, 1)

    def fill_identifier(self, ident_id: int) -> bool:
        """A number they gave during the call: saved now, and named in the call's notes."""
        field = self.fields[ident_id]
        value = field.text().strip()
        if not value:
            return False
        ident = run_action(self, identifiers.update_identifier, ident_id, value=value)
        if ident is None:
            return False
        self.filled.append((ident.name, value))
        field.setReadOnly(True)
        field.setStyleSheet("font-weight: bold;")
        return True

    def _referred_changed(self) -> None:
        new = self.referred.currentData() == NEW_DESK
        self.new_desk.setVisible(new)
        if new:
            self.new_desk.setFocus()
        if self.referred.currentData() is not None:
            self.outcome.setCurrentIndex(OUTCOMES.index("referred"))

    def elapsed(self) -> int:
        return int((clock.now() - self.started).total_seconds())

    def update_timer(self) -> None:
        self.timer_label.setText(elapsed_text(self.elapsed()))

    def end_call(self) -> None:
        lang = i18n.current()
        referred = self.referred.currentData()
        if referred == NEW_DESK:
            name = self.new_desk.text().strip()
            created = run_action(self, desks.create_desk, self.case_id, name, kind="other") if name else None
            if created is None:
                self.new_desk.setFocus()
                return
            referred = created.id
        notes = self.notes.toPlainText().strip()
        lines = [db_text(lang, "call.got_identifier", name=name, value=value) for name, value in self.filled]
        notes = "\n".join(filter(None, [notes, *lines]))
        event = run_action(self, calls.log_call, self.case_id, self.desk_id, self.started, clock.now(),
                           self.outcome.currentData(), notes=notes, referred_to=referred, lang=lang)
        if event is not None:
            self.tick.stop()
            self.logged = True
            self.accept()

    def is_changed(self) -> bool:
        return bool(self.notes.toPlainText().strip() or self.filled)


class MissedCallDialog(FormDialog):
    def __init__(self, case_id: int, desk_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.case_id, self.desk_id = case_id, desk_id
        self.logged = False
        desk = desks.get_desk(desk_id)
        self.setWindowTitle(arg(self.tr("Missed call from %1"), desk.name))
        self.when = DateTimeEdit()
        self.when.set_value(clock.now())
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("The number that called, a voicemail…"))
        self.callback = QCheckBox(self.tr("&Remind me to call back"))
        self.callback.setChecked(True)
        self.callback_at = DateTimeEdit()
        self.callback_at.set_value(calls.callback_at(desk_id))
        self.callback.toggled.connect(self.callback_at.setEnabled)
        self.hint = QLabel(arg(self.tr("The first moment the desk takes calls: %1."),
                               fmt_datetime(calls.callback_at(desk_id))))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.callback, self.callback_at)
        form.addRow("", self.hint)
        with_buttons(self, form, on_ok=self.submit)

    def submit(self) -> None:
        callback = self.callback_at.value() if self.callback.isChecked() else None
        result = run_action(self, calls.log_missed_call, self.case_id, self.desk_id, self.when.value(),
                            notes=self.notes.text(), callback=callback, lang=i18n.current())
        if result is not None:
            self.logged = True
            self.accept()
