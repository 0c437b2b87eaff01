"""Log contact / Edit event: kind, desk, time, summary, full text, and the reply-by
a received (or sent) message starts (gui/reply_by_edit.py, deadlines area)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from casekeeper.db import clock, desks, events
from casekeeper.db.models.event import KINDS
from casekeeper.db.text_bounds import has_long_line

from ..case_labels import event_kind_colour, event_kind_label
from ..common import run_action, show_error
from ..datetime_edit import DateTimeEdit, with_zone
from ..reply_by_edit import ReplyByEdit
from ..swatch import swatch_icon
from .base import FormDialog
from .form_layout import lay_out_form_dialog

FUTURE_SLACK = timedelta(minutes=5)


class EventDialog(FormDialog):
    """Logs a new event (event_id None) or saves changes to one when accepted;
    `event_id` holds the event afterwards."""

    def __init__(self, case_id: int, parent=None, event_id: int | None = None, kind: str = "sent"):
        super().__init__(parent)
        self.case_id = case_id
        self.event_id = event_id
        event = events.get_event(event_id) if event_id is not None else None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("Log contact"))
        self.setMinimumWidth(600)

        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(swatch_icon(event_kind_colour(k)), event_kind_label(k), k)
        self.kind.setCurrentIndex(KINDS.index(event.kind if event else kind))
        self.desk = QComboBox()
        self.desk.addItem(self.tr("(no desk)"), None)
        for d in desks.list_desks(case_id):
            self.desk.addItem(d.name, d.id)
        desk_id = event.desk_id if event else events.last_used_desk(case_id)
        self.desk.setCurrentIndex(max(0, self.desk.findData(desk_id)))
        self.when = DateTimeEdit(event.occurred_at if event else clock.now())
        self.summary = QLineEdit(event.summary if event else "")
        self.summary.setPlaceholderText(self.tr("One line: what was said or seen"))
        self.body = QPlainTextEdit(event.body if event else "")
        self.body.setPlaceholderText(self.tr("The full text: the mail, the chat transcript, your notes of the call"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(180)
        if event and has_long_line(event.body):   # wrapping a huge line costs minutes; unwrapped is linear
            self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.reply = ReplyByEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Desk:"), self.desk)
        form.addRow(self.tr("&When:"), with_zone(self.when))
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow(self.reply.label(), self.reply)
        self.form = form
        self._reply_context()
        if event is not None:
            from casekeeper.db import reply_by

            current = reply_by.of_event(event)
            self.reply.set_value(current, touched=current != reply_by.desk_rule(event.desk if event.desk_id else None,
                                                                                event.kind))
        for signal in (self.kind.currentIndexChanged, self.desk.currentIndexChanged, self.when.dateTimeChanged,
                       self.summary.textChanged, self.body.textChanged):
            signal.connect(self._reply_context)

        lay_out_form_dialog(self, form, self.tr("Save") if event else self.tr("Log"))
        self.summary.setFocus()

    def _reply_context(self, *_args) -> None:
        """The reply-by follows the entry: its kind (shown for received and sent ones), desk
        (its rule, unless the user chose), time (the due moment shown) and text (a suggestion)."""
        self.reply.set_context(kind=self.kind.currentData(), desk_id=self.desk.currentData(),
                               occurred_at=self.when.value(),
                               text=f"{self.summary.text()}\n{self.body.toPlainText()}")
        label = self.form.labelForField(self.reply)
        if label is not None:
            label.setText(self.reply.label())
            label.setVisible(self.reply.applies())
        self.reply.setVisible(self.reply.applies())

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "desk": self.desk.currentData(),
            "occurred_at": self.when.value(),
            "summary": self.summary.text().strip(),
            "body": self.body.toPlainText(),
            "reply": self.reply.value() if self.reply.applies() else None,
        }

    def accept(self) -> None:
        fields = self.values()
        if fields["occurred_at"] > clock.now() + FUTURE_SLACK:
            show_error(self, self.tr("The time is in the future. Log a contact once it has happened."))
            return
        if self.event_id is None:
            event = run_action(self, events.create_event, self.case_id, fields.pop("kind"), fields.pop("summary"),
                               **fields)
        else:
            event = run_action(self, events.update_event, self.event_id, **fields)
        if event is not None:
            self.event_id = event.id
            super().accept()
