"""Add a deadline, or change one: its title, its due date (a date and time, or N
calendar or business days counted from a date or from the timeline entry that
started it) and a note. A deadline started by an entry keeps that entry's desk
and kind; its due date is the entry's reply-by (db.deadlines.update_deadline)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from casekeeper.db import cases, clock, deadlines, desks

from .common import arg, fmt_datetime
from .datetime_edit import DateTimeEdit, with_zone
from .deadline_text import kind_label
from .dialogs.record_dialog import RecordDialog


class DeadlineDialog(RecordDialog):
    """`case_id` None (adding from Today or the all-cases list): the case is chosen here."""

    def __init__(self, case_id: int | None, parent=None, deadline_id: int | None = None):
        super().__init__(parent, case_id, deadline_id, (self.tr("Add deadline"), self.tr("Edit deadline")))
        d = deadlines.get_deadline(deadline_id) if deadline_id is not None else None
        self.deadline = d
        self.started_by_entry = bool(d and d.source_event_id)
        form = QFormLayout()
        self.case = QComboBox()
        if case_id is None:
            for c in cases.list_cases():
                if c.status not in deadlines.CLOSED_CASE:
                    self.case.addItem(c.title, c.id)
            form.addRow(self.tr("&Case"), self.case)
            self.case.currentIndexChanged.connect(self._fill_desks)
        self.kind = QComboBox()
        for kind in ("custom", "inactivity", "reply_window", "follow_up"):
            self.kind.addItem(kind_label(kind), kind)
        self.title = QLineEdit(d.title if d else "")
        self.title.setPlaceholderText(deadlines.title_of(d) if d else
                                      self.tr("e.g. Account closes after 30 days without use"))
        self.desk = QComboBox()
        self.use_days = QCheckBox(self.tr("&Count days instead"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(d.days if d and d.days else 30)
        self.business = QCheckBox(self.tr("&Business days of the desk"))
        self.business.setChecked(bool(d and d.business))
        self.start = DateTimeEdit(d.counted_from if d and d.counted_from else clock.now())
        self.due = DateTimeEdit(d.due_at if d else clock.now() + timedelta(days=7))
        self.notes = QPlainTextEdit(d.notes if d else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setPlaceholderText(self.tr("What to do, what to have ready, whom to ask"))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("De&sk"), self.desk)
        form.addRow(self.tr("D&ue"), with_zone(self.due))
        form.addRow("", self.use_days)
        form.addRow(self.tr("Da&ys"), self.days)
        form.addRow("", self.business)
        if self.started_by_entry:
            entry = d.source_event
            form.addRow(self.tr("Counted from"), QLabel(arg(self.tr("the entry of %1 (%2)"),
                                                         fmt_datetime(entry.occurred_at), entry.summary[:60])))
        else:
            form.addRow(self.tr("Counted &from"), with_zone(self.start))
        form.addRow(self.tr("&Note"), self.notes)
        self.finish(form, 520, 420)
        self._fill_desks()
        if d is not None:
            self.kind.setCurrentIndex(self.kind.findData(d.kind))
            self.desk.setCurrentIndex(max(0, self.desk.findData(d.desk_id)))
            self.use_days.setChecked(bool(d.days))
        for w in (self.kind, self.desk):
            w.setEnabled(not self.started_by_entry)
        if self.started_by_entry:
            self.kind.setToolTip(self.tr("Set by the timeline entry that started this deadline"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.use_days.toggled.connect(self._update)
        self._update()
        self.title.setFocus()

    def _chosen_case(self) -> int | None:
        return self.case_id if self.case_id is not None else self.case.currentData()

    def _fill_desks(self) -> None:
        self.desk.clear()
        self.desk.addItem(self.tr("(no desk)"), None)
        case_id = self._chosen_case()
        for desk in desks.list_desks(case_id) if case_id is not None else []:
            self.desk.addItem(desk.name, desk.id)

    def _kind_changed(self) -> None:
        self.use_days.setChecked(self.kind.currentData() == "inactivity")

    def _update(self) -> None:
        rule = self.use_days.isChecked()
        for w in (self.days, self.business, self.start):
            w.setEnabled(rule)
        self.due.setEnabled(not rule)

    def save(self):
        fields = {"title": self.title.text(), "notes": self.notes.toPlainText()}
        if not self.started_by_entry:
            fields.update(kind=self.kind.currentData(), desk=self.desk.currentData())
        if self.use_days.isChecked():
            fields.update(days=self.days.value(), business=self.business.isChecked())
            if not self.started_by_entry:
                fields["counted_from"] = self.start.value()
        else:
            fields["due_at"] = self.due.value()
        if self.record_id is None:
            case_id = self._chosen_case()
            self.deadline = deadlines.create_deadline(case_id, fields.pop("kind"), fields.pop("title"), **fields)
        else:
            self.deadline = deadlines.update_deadline(self.record_id, **fields)
        return self.deadline
