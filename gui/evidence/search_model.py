"""Search hits across all cases: case, entry, highlighted snippet."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from casekeeper.db import search

from ..table_model import RowTableModel

HTML_ROLE = Qt.ItemDataRole.UserRole + 20
HIT_ROLE = Qt.ItemDataRole.UserRole + 21
# The matched words: dark text on a light yellow mark, also in a selected row (whose text
# is the palette's highlighted text, white on most themes: white on yellow could not be read).
MARK_BACKGROUND, MARK_TEXT = "#ffe08a", "#1f1f1f"


class SearchResultsModel(RowTableModel):
    CASE, ENTRY, MATCH = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Case"), self.tr("Entry"), self.tr("Match")]
        self._sources = {"case": self.tr("Case text"), "desk": self.tr("Desk"), "identifier": self.tr("Identifier"),
                         "event": self.tr("Entry"), "attachment": self.tr("Attachment"),
                         "resource": self.tr("Resource")}
        self.query = ""

    def set_results(self, query: str, hits: list) -> None:
        """Show the hits of `query` (read off the GUI thread by the search panel)."""
        self.beginResetModel()
        self.query = query
        self._rows = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> search.Hit:
        return self._rows[row]

    def where(self, hit: search.Hit) -> str:
        kind = self._sources.get(hit.source, hit.source)
        return kind if hit.source == "case" else f"{kind}: {hit.title}"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._rows[index.row()]
        col = index.column()
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.CASE:
                return hit.case_title
            if col == self.ENTRY:
                return self.where(hit)
            return hit.marked("", "")
        if role == HTML_ROLE and col == self.MATCH:
            return escape(hit.snippet).replace(
                search.START, f'<b style="background-color:{MARK_BACKGROUND}; color:{MARK_TEXT}">') \
                .replace(search.END, "</b>")
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE (the highlighted snippet) on one line."""

    def paint(self, painter, option, index):
        html = index.data(HTML_ROLE)
        if html is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(html)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.left() + 2, opt.rect.top() + max(0, (opt.rect.height() - doc.size().height()) / 2))
        painter.setClipRect(0, 0, opt.rect.width() - 4, opt.rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))
