"""Layout pieces shared by the workspace tabs: two panes side by side, a heading."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QWidget


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int],
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> QSplitter:
    """A splitter that shares extra room in the proportion of `sizes`
    (left and right, or with Qt.Orientation.Vertical top and bottom)."""
    splitter = QSplitter(orientation)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, sizes[0])
    splitter.setStretchFactor(1, sizes[1])
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter


def heading(text: str = "", scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label
