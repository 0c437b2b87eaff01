"""Under the timeline: the chain's newest link as a fingerprint with its time, to copy and
give to someone (a copy sent earlier proves later that the timeline was not rewritten)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casekeeper.db import chain

from .. import i18n


class FingerprintBar(QWidget):
    def __init__(self, timeline, window=None):
        super().__init__(timeline)
        self.setObjectName("fingerprintBar")
        self.timeline, self.window = timeline, window
        self.head = None
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setToolTip(self.tr("The newest link of this timeline's hash chain. Give it to someone with a "
                                      "report: later it shows whether the timeline was rewritten since."))
        self.copy_button = QPushButton(self.tr("Cop&y fingerprint"))
        self.copy_button.clicked.connect(self.copy)
        self.verify_button = QPushButton(self.tr("&Verify…"))
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.verify_button)
        timeline.model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        case_id = self.timeline.case_id
        self.head = chain.head(case_id) if case_id is not None else None
        if self.head is None:
            self.label.setText(self.tr("Timeline fingerprint: none yet (no entry has been sealed)."))
        elif not self.head.in_step:
            self.label.setText(self.head.msg().text(i18n.current()) + " — "
                               + self.tr("the chain's head record does not match: verify the timeline"))
        else:
            self.label.setText(self.head.msg().text(i18n.current()))
        self.copy_button.setEnabled(self.head is not None)
        self.setVisible(case_id is not None)

    def copy(self) -> None:
        if self.head is not None:
            QGuiApplication.clipboard().setText(self.head.msg().text(i18n.current()))
            if self.window is not None:
                self.window.show_status(self.tr("Fingerprint copied."))

    def verify(self) -> None:
        from .verify_dialog import verify_case

        if self.timeline.case_id is not None:
            verify_case(self.window or self, self.timeline.case_id)
            self.refresh()
