"""Overview tab: the case at a glance, its status (changeable here) and what is next."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QVBoxLayout, QWidget,
)

from casekeeper.db import cases, clock
from casekeeper.db.models.case import STATUSES
from casekeeper.db.next_steps import next_steps

from ..case_labels import status_colour, status_label
from ..common import arg, buddy_label, fmt_datetime, run_action
from ..dialogs.case_dialog import CaseDialog
from ..swatch import swatch_icon
from .panes import fill_with_scrolling


def _label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OverviewView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None

        self.title = _label()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(swatch_icon(status_colour(status)), status_label(status), status)
        self.status.activated.connect(self._status_chosen)
        status_label_widget = buddy_label(self.tr("S&tatus:"), self.status)
        self.edit_button = QPushButton(self.tr("&Edit case…"))
        self.edit_button.clicked.connect(self.edit_case)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(status_label_widget)
        head.addWidget(self.status)
        head.addWidget(self.edit_button)

        self.provider, self.account, self.opened, self.closed, self.activity, self.last_contact = (
            _label() for _ in range(6))
        self.counts = _label()
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        facts.addRow(self.tr("Provider:"), self.provider)
        facts.addRow(self.tr("Account:"), self.account)
        facts.addRow(self.tr("Opened:"), self.opened)
        facts.addRow(self.tr("Closed:"), self.closed)
        facts.addRow(self.tr("Last contact:"), self.last_contact)
        facts.addRow(self.tr("Last change:"), self.activity)
        facts.addRow(self.tr("In this case:"), self.counts)
        facts_box = QGroupBox(self.tr("Case"))
        facts_box.setLayout(facts)

        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        next_box = QGroupBox(self.tr("What is next"))
        QVBoxLayout(next_box).addWidget(self.next_label)

        self.summary = _label()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary_box = QGroupBox(self.tr("What happened"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.outcome = _label()
        self.outcome_box = QGroupBox(self.tr("Outcome"))
        QVBoxLayout(self.outcome_box).addWidget(self.outcome)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addWidget(facts_box, 0, 0)
        grid.addWidget(next_box, 0, 1)
        grid.addWidget(summary_box, 1, 0, 1, 2)
        grid.addWidget(self.outcome_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(head)
        body_layout.addSpacing(6)
        body_layout.addLayout(grid)
        fill_with_scrolling(self, body)

    # --- the case view contract -------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        self.setEnabled(self.case_id is not None)
        if self.case_id is None:
            return
        case = cases.get_case(self.case_id)
        self.title.setText(case.title)
        self.status.setCurrentIndex(STATUSES.index(case.status))
        none = self.tr("—")
        self.provider.setText(case.provider or none)
        self.account.setText(case.account or none)
        self.opened.setText(fmt_datetime(case.opened_at))
        self.closed.setText(fmt_datetime(case.closed_at) or self.tr("still open"))
        self.activity.setText(fmt_datetime(case.updated_at))
        self.last_contact.setText(fmt_datetime(cases.last_event_at(self.case_id)) or self.tr("nothing logged yet"))
        self.counts.setText(self._counts_text(cases.case_counts(self.case_id)))
        self.summary.setText(case.summary or self.tr("No summary yet. Use “Edit case…” to write what happened."))
        self.outcome.setText(case.outcome)
        self.outcome_box.setVisible(bool(case.outcome))
        self.next_label.setText(self._next_html())

    def _counts_text(self, c: dict) -> str:
        parts = [arg(self.tr("timeline entries: %1"), c["events"]), arg(self.tr("desks: %1"), c["desks"]),
                 arg(self.tr("identifiers: %1"), c["identifiers"]), arg(self.tr("resources: %1"), c["resources"])]
        return "\n".join(parts)

    def _next_html(self) -> str:
        steps = next_steps(self.case_id)
        grey = "<span style='color:#666'>(%s)</span>"
        blocks = []
        if steps.deadlines:
            head = arg(self.tr("Open deadlines (%1)"), steps.deadlines_total)
            now, overdue = clock.now(), escape(self.tr("overdue"))
            lines = "".join(
                (f"<li><b style='color:#c62828'>{escape(fmt_datetime(due))} ({overdue})</b> " if due < now
                 else f"<li><b>{escape(fmt_datetime(due))}</b> ")
                + escape(title) + (" " + grey % escape(desk) if desk else "") + "</li>"
                for due, title, desk in steps.deadlines)
            blocks.append(f"<p><b>{escape(head)}</b></p><ul style='margin-top:0'>{lines}</ul>")
        if steps.missing_identifiers:
            head = arg(self.tr("Identifiers still missing (%1):"), len(steps.missing_identifiers))
            names = ", ".join(escape(n) for n in steps.missing_identifiers)
            blocks.append(f"<p><b style='color:#c25400'>{escape(head)}</b> {names}</p>")
        if steps.open_items:
            head = arg(self.tr("Open checklist items (%1)"), steps.open_items_total)
            lines = "".join(f"<li>{escape(text)} {grey % escape(cl)}</li>" for text, cl in steps.open_items)
            more = steps.open_items_total - len(steps.open_items)
            tail = arg(self.tr("… and %1 more"), more) if more > 0 else ""
            blocks.append(f"<p><b>{escape(head)}</b></p><ul style='margin-top:0'>{lines}</ul>"
                          + (f"<p style='color:#666'>{escape(tail)}</p>" if tail else ""))
        if not blocks:
            return escape(self.tr("Nothing open: no deadlines, no missing identifiers, no open checklist items."))
        return "".join(blocks)

    # --- actions -------------------------------------------------------------------
    def _status_chosen(self) -> None:
        status = self.status.currentData()
        if run_action(self, cases.update_case, self.case_id, status=status) is not None:
            self.refresh()
            self.changed.emit()
        else:
            self.refresh()

    def edit_case(self) -> None:
        if self.case_id is None:
            return
        if CaseDialog(self, self.case_id).exec():
            self.refresh()
            self.changed.emit()
