"""Add a deadline to a case: a date and time (custom), or N days counted from a
date (inactivity: "the account closes after 30 days without use")."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox

from casekeeper.db import clock, deadlines, desks

from .datetime_edit import DateTimeEdit, with_zone
from .deadline_text import kind_label
from .dialogs.record_dialog import RecordDialog


class DeadlineDialog(RecordDialog):
    def __init__(self, case_id: int, parent=None):
        super().__init__(parent, case_id, None, (self.tr("Add deadline"), self.tr("Add deadline")))
        self.deadline = None
        self.kind = QComboBox()
        for kind in ("custom", "inactivity", "reply_window", "follow_up"):
            self.kind.addItem(kind_label(kind), kind)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Account closes after 30 days without use"))
        self.desk = QComboBox()
        self.desk.addItem(self.tr("(no desk)"), None)
        for d in desks.list_desks(case_id):
            self.desk.addItem(d.name, d.id)
        self.use_days = QCheckBox(self.tr("Count days from a date"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.business = QCheckBox(self.tr("Business days of the desk"))
        self.start = DateTimeEdit(clock.now())
        self.due = DateTimeEdit(clock.now() + timedelta(days=7))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Desk"), self.desk)
        form.addRow(self.tr("Due"), with_zone(self.due))
        form.addRow("", self.use_days)
        form.addRow(self.tr("Days"), self.days)
        form.addRow("", self.business)
        form.addRow(self.tr("Counted from"), with_zone(self.start))
        self.finish(form, 460, 320)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.use_days.toggled.connect(self._update)
        self._update()

    def _kind_changed(self) -> None:
        self.use_days.setChecked(self.kind.currentData() == "inactivity")

    def _update(self) -> None:
        rule = self.use_days.isChecked()
        for w in (self.days, self.business, self.start):
            w.setEnabled(rule)
        self.due.setEnabled(not rule)

    def save(self):
        fields = {"desk": self.desk.currentData()}
        if self.use_days.isChecked():
            fields.update(days=self.days.value(), business=self.business.isChecked(), counted_from=self.start.value())
        else:
            fields["due_at"] = self.due.value()
        self.deadline = deadlines.create_deadline(self.case_id, self.kind.currentData(), self.title.text(), **fields)
        return self.deadline
