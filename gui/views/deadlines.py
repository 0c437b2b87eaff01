"""The Deadlines tab of a case: every deadline of the case, with no horizon
(gui/deadline_list.py), and the case's two clocks above it."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..case_clocks import CaseClocks
from ..deadline_list import DeadlineList


TAB_TITLE = QT_TRANSLATE_NOOP("CaseViews", "Deadlines")   # the tab title in window_parts.CASE_VIEWS


class DeadlinesView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.clocks = CaseClocks()
        self.list = DeadlineList(None, self)
        self.list.changed.connect(self._list_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clocks)
        layout.addWidget(self.list, 1)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.clocks.set_case(case_id)
        self.list.set_case(case_id)

    def refresh(self) -> None:
        self.clocks.refresh()
        self.list.refresh()

    def select(self, deadline_id: int) -> None:
        self.list.select(deadline_id)

    def _list_changed(self) -> None:
        self.clocks.refresh()
        self.changed.emit()
