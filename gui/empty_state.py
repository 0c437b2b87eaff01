"""What the right side shows when no case is open: a friendly start, not an empty pane."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .icons import app_icon


class EmptyState(QWidget):
    new_case = Signal()
    add_demo = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(480)
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_case)
        self.demo_button = QPushButton(self.tr("Add &demo case"))
        self.demo_button.clicked.connect(self.add_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.set_has_cases(False)

    def set_has_cases(self, has_cases: bool) -> None:
        if has_cases:
            self.heading.setText(self.tr("No case open"))
            self.text.setText(self.tr("Pick a case from the list on the left, or start a new one."))
        else:
            self.heading.setText(self.tr("Welcome to Casekeeper"))
            self.text.setText(self.tr(
                "Keep one case for each dispute with a provider: every contact in a timeline, the desks you "
                "talk to, and the numbers each desk asks for. Start a case, or look around in the demo case."))
