"""What an empty list says: a line or two, centred in the empty table, on what to do to fill
it ("No resources yet. Add ... with “Add resource…”."). It goes with the first row.

    set_empty_hint(table, text)     # any QAbstractItemView
    hint_of(widget)                 # the hint showing in a widget's empty tables ("" if none)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QWidget

MARGIN = 24


class _Hint(QObject):
    def __init__(self, view: QAbstractItemView, text: str):
        super().__init__(view)
        self.view, self.text = view, text
        view.viewport().installEventFilter(self)

    def showing(self) -> bool:
        model = self.view.model()
        return bool(self.text) and model is not None and model.rowCount(QModelIndex()) == 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.showing():
            painter = QPainter(obj)
            colour = self.view.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(165)        # softer than a row, still easy to read (contrast about 6:1)
            painter.setPen(colour)
            rect = obj.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.text)
            painter.end()
            return False
        return False


def set_empty_hint(view: QAbstractItemView, text: str) -> None:
    """Show `text` in `view` while its model has no rows (replaces an earlier hint)."""
    old = view.findChild(_Hint)
    if old is not None:
        old.text = text
    else:
        _Hint(view, text)
    view.viewport().update()


def hint_of(widget: QWidget) -> str:
    """The hints showing in `widget`'s visible empty tables, one a line ("" when none shows)."""
    views = [widget] if isinstance(widget, QAbstractItemView) else widget.findChildren(QAbstractItemView)
    texts = []
    for view in views:
        hint = view.findChild(_Hint)
        if hint is not None and hint.showing() and view.isVisibleTo(widget.window()):
            texts.append(hint.text)
    return "\n".join(texts)
