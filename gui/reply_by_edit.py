"""The reply-by field of Log contact and Edit entry: none, within N days, within N
business days (counted in the desk's calendar), or by a date and time; with the due
moment it gives shown beside it, the desk's rule as the starting value, and a
suggestion read from the text ("within 10 days", "10営業日以内") that the user
accepts with a click, never applied on its own."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from casekeeper.db import clock, deadlines, desks, reply_by
from casekeeper.db.reply_by import ReplyBy

from .common import arg
from .datetime_edit import DateTimeEdit
from .deadline_text import desk_time, when

NONE, DAYS, BUSINESS, AT = range(4)


class ReplyByEdit(QWidget):
    """`set_context()` whenever the entry's kind, desk, time or text change."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("None"), NONE)
        self.mode.addItem(self.tr("Within N days"), DAYS)
        self.mode.addItem(self.tr("Within N business days of the desk"), BUSINESS)
        self.mode.addItem(self.tr("By a date and time"), AT)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(10)
        self.days.setSuffix(self.tr(" days"))
        self.at = DateTimeEdit(clock.now() + timedelta(days=10))
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setStyleSheet("color: palette(mid);")
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("&Use it"))
        self.use_suggestion.clicked.connect(self.accept_suggestion)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode)
        row.addWidget(self.days)
        row.addWidget(self.at)
        row.addStretch(1)
        hint = QHBoxLayout()
        hint.setContentsMargins(0, 0, 0, 0)
        hint.addWidget(self.suggestion, 1)
        hint.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addLayout(hint)
        self.setFocusProxy(self.mode)
        self.touched = False          # the user chose a value: a desk's rule no longer replaces it
        self.desk = None
        self._calendar = deadlines.calendar_of(None)
        self.kind = "received"
        self.occurred_at = clock.now()
        self.suggested: reply_by.Suggestion | None = None
        for signal in (self.mode.currentIndexChanged, self.days.valueChanged, self.at.dateTimeChanged):
            signal.connect(self._edited)
        self._show()

    # --- value
    def value(self) -> ReplyBy:
        mode = self.mode.currentData()
        if mode == AT:
            return ReplyBy(at=self.at.value())
        if mode in (DAYS, BUSINESS):
            return ReplyBy(self.days.value(), mode == BUSINESS)
        return reply_by.NONE

    def set_value(self, reply: ReplyBy, *, touched: bool = False) -> None:
        for w in (self.mode, self.days, self.at):
            w.blockSignals(True)
        if reply.at is not None:
            self.mode.setCurrentIndex(self.mode.findData(AT))
            self.at.set_value(reply.at)
        elif reply.days:
            self.mode.setCurrentIndex(self.mode.findData(BUSINESS if reply.business else DAYS))
            self.days.setValue(reply.days)
        else:
            self.mode.setCurrentIndex(self.mode.findData(NONE))
        for w in (self.mode, self.days, self.at):
            w.blockSignals(False)
        self.touched = touched
        self._show()

    def _edited(self) -> None:
        self.touched = True
        self._show()
        self.changed.emit()

    # --- context
    def label(self) -> str:
        """The form label for the entry's kind (received: the reply you owe; sent: when to chase)."""
        return self.tr("&Chase them after:") if self.kind == "sent" else self.tr("&Reply by:")

    def applies(self) -> bool:
        return self.kind in reply_by.STARTED_BY

    def set_context(self, *, kind: str, desk_id: int | None, occurred_at: datetime, text: str) -> None:
        desk_changed = desk_id != (self.desk.id if self.desk else None)
        rule_changed = desk_changed or kind != self.kind
        self.kind, self.occurred_at = kind, occurred_at
        if desk_changed:
            self.desk = desks.get_desk(desk_id) if desk_id is not None else None
            self._calendar = deadlines.calendar_of(self.desk)
        if rule_changed and not self.touched:
            self.set_value(reply_by.desk_rule(self.desk, kind))
        self.suggested = reply_by.suggest(text, occurred_at, self._calendar.zone) if self.applies() else None
        self._show()

    def accept_suggestion(self) -> None:
        if self.suggested is not None:
            self.set_value(self.suggested.reply, touched=True)
            self.changed.emit()

    # --- showing
    def _show(self) -> None:
        mode = self.mode.currentData()
        self.days.setVisible(mode in (DAYS, BUSINESS))
        self.at.setVisible(mode == AT)
        value = self.value()
        due = deadlines.reply_due(value, self.occurred_at, self.desk) if self.applies() else None
        if due is None:
            self.result.setText("")
        else:
            zone = self._calendar.zone
            self.result.setText("→ " + (desk_time(due, zone) if self.desk is not None else when(due)))
        offer = self.suggested is not None and self.suggested.reply != value
        self.suggestion.setVisible(offer)
        self.use_suggestion.setVisible(offer)
        if offer:
            words = self._words(self.suggested.reply)
            self.suggestion.setText(arg(self.tr("The text says “%1”: %2?"), self.suggested.phrase, words))
        if self.desk is not None and not self.touched and not value.is_none:
            self.result.setToolTip(self.tr("The desk's rule; change it for this entry if the message says otherwise"))

    def _words(self, reply: ReplyBy) -> str:
        if reply.at is not None:
            return arg(self.tr("by %1"), when(reply.at))
        if reply.business:
            return arg(self.tr("within %1 business days"), reply.days)
        return arg(self.tr("within %1 days"), reply.days)
