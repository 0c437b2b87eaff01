"""The two clocks of a case, side by side: "You owe a reply by ..." and
"Waiting on them since ... (N business days)"."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casekeeper.db import cases, clock, deadlines
from casekeeper.db.timeutil import local

from .common import arg
from .deadline_text import deadline_title, relative, relative_changes_at, when
from .live_clock import WhenShown, live_clock


def clock_changes_at(owe, waiting, now: datetime) -> datetime:
    """When the clocks read differently on their own: the countdown of the reply owed moves
    on, or it passes; a new day (the business days waited). `owe`: a DueItem or None."""
    local_now = local(now)
    times = [(local_now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)).astimezone(now.tzinfo)]
    if owe is not None:
        times.append(relative_changes_at(owe.due_at, now))
        if owe.due_at > now:
            times.append(owe.due_at)
    return min(times)


class _Clock(QFrame):
    def __init__(self, heading: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("font-weight: 600;")     # the text colour: grey read as disabled
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for w in (self.heading, self.value, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str, warn: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet("color: #b3261e;" if warn else "")
        self.detail.setText(detail)


class CaseClocks(QWidget):
    """Call set_case(); refresh() re-reads (e.g. after an event was logged)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self._live = WhenShown(self, self.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.owe = _Clock(self.tr("You owe a reply by"))
        self.waiting = _Clock(self.tr("Waiting on them since"))
        layout.addWidget(self.owe, 1)
        layout.addWidget(self.waiting, 1)
        self.refresh()

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()


    def refresh(self, now: datetime | None = None) -> None:
        now = now or clock.now()
        c = deadlines.case_clocks(self.case_id, now) if self.case_id is not None else deadlines.Clocks(None, None)
        if self.case_id is not None:
            live_clock().watch(self, clock_changes_at(c.owe_reply, c.waiting, now), self._live.tick)
        closed = self.case_id is not None and cases.get_case(self.case_id).status in deadlines.CLOSED_CASE
        self.show_clocks(c, closed, now)

    def show_clocks(self, c: deadlines.Clocks, closed: bool, now: datetime) -> None:
        """Show clocks read already (the Today page reads them off the GUI thread)."""
        if c.owe_reply is not None:
            item = c.owe_reply
            self.owe.show_values(when(item.due_at), f"{deadline_title(item)} · {relative(item.due_at, now)}",
                                 warn=item.state == "overdue")
        else:
            self.owe.show_values("—", self.tr("The case is closed.") if closed else self.tr("No reply owed."))
        if c.waiting is not None:
            w = c.waiting
            days = arg(self.tr("%1 business days"), w.business_days) if w.business_days != 1 \
                else self.tr("1 business day")
            self.waiting.show_values(when(w.since), f"{w.desk_name} · {days}")
        else:
            self.waiting.show_values("—", self.tr("The case is closed.") if closed else self.tr("Nobody owes you an answer."))
