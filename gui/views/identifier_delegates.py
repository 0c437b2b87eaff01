"""Painting for the Identifiers tab: the copy button in each table row and
the "Have these ready" card of each desk."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionButton, QStyleOptionViewItem

from casekeeper.gui.models.identifier_model import CARD_ROLE, CardData
from casekeeper.gui.models.kind_labels import READY_COLOUR, WARNING_COLOUR, desk_kind_label


class CopyButtonDelegate(QStyledItemDelegate):
    """Draws a push button; a click emits `clicked(index)`. Disabled when the value is missing."""

    clicked = Signal(QModelIndex)

    def __init__(self, value_column: int, parent=None):
        super().__init__(parent)
        self.value_column = value_column

    def _enabled(self, index) -> bool:
        value_index = index.siblingAtColumn(self.value_column)
        return value_index.data(Qt.ItemDataRole.EditRole) not in ("", None)

    def paint(self, painter, option, index):
        if not self._enabled(index):
            return  # nothing to copy: the value column says "missing"
        opt = QStyleOptionButton()
        opt.rect = option.rect.adjusted(3, 2, -3, -2)
        opt.text = index.data()
        opt.state = QStyle.StateFlag.State_Enabled
        if option.state & QStyle.StateFlag.State_MouseOver:
            opt.state |= QStyle.StateFlag.State_MouseOver
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, opt, painter, option.widget)

    def sizeHint(self, option, index):
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance(index.data() or "") + 28, fm.height() + 12)

    def editorEvent(self, event, model, option, index):
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if self._enabled(index):
                self.clicked.emit(index)
            return True
        return super().editorEvent(event, model, option, index)


class ReadinessCardDelegate(QStyledItemDelegate):
    """One desk as a compact card: name and kind, a ready/missing badge, then one
    line per number it asks for (value, or "missing" in the warning colour).
    Clicking a line with a value emits `copy_requested(identifier_id)`."""

    copy_requested = Signal(int)
    PAD = 8
    CARD_WIDTH = 320
    ICON = 18

    def __init__(self, parent=None):
        super().__init__(parent)
        self.highlight_id: int | None = None

    def _line_height(self, option) -> int:
        return QFontMetrics(option.font).height() + 4

    @staticmethod
    def _bold(option) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _header_height(self, option, index=None) -> int:
        """The name line(s) and badge; a long desk name wraps onto more lines (never cut)."""
        lines = len(self.name_lines(option, index)) if index is not None else 1
        return max(self.ICON, lines * QFontMetrics(self._bold(option)).height()) + 6

    def _card_width(self, option) -> int:
        view = option.widget
        if view is None:
            return self.CARD_WIDTH
        room = view.viewport().width() - 1
        if view.isWrapping():      # a grid of cards, as many columns of about CARD_WIDTH as fit, filling the row
            columns = max(1, room // self.CARD_WIDTH)
            return max(160, room // columns - 2 * view.spacing() - 1)
        return max(160, room - 2 * view.spacing())   # one column: as wide as the list

    def _name_rect(self, option, card: CardData, rect: QRect) -> QRect:
        """Where the name goes in a card drawn in `rect`: right of the icon, left of the badge."""
        text_x = rect.left() + self.PAD + 4 + self.ICON + 6
        badge_w = QFontMetrics(self._bold(option)).horizontalAdvance(self._badge(card)[0]) + 14
        return QRect(text_x, rect.top() + self.PAD, max(40, rect.right() - self.PAD - badge_w - 8 - text_x), 0)

    def name_lines(self, option, index) -> list[str]:
        """The desk name broken into the lines it takes on its card (words kept whole where
        they fit; Japanese breaks between characters)."""
        card: CardData = index.data(CARD_ROLE)
        if card is None:
            return [""]
        rect = option.rect.adjusted(1, 1, -1, -1) if option.rect.width() > 0 else \
            QRect(0, 0, self._card_width(option) - 2, 100)
        width = self._name_rect(option, card, rect).width()
        layout = QTextLayout(card.name, self._bold(option))
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(card.name[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        return lines or [""]

    def sizeHint(self, option, index):
        card: CardData = index.data(CARD_ROLE)
        lines = max(1, len(card.needs)) if card else 1
        width = self._card_width(option)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 100)
        return QSize(width, self.PAD * 2 + self._header_height(sized, index) + lines * self._line_height(option))

    def _badge(self, card: CardData) -> tuple[str, QColor]:
        if not card.needs:
            return self.tr("nothing to prepare"), QColor("gray")
        if card.missing:
            return self.tr("%n missing", "", card.missing), QColor(WARNING_COLOUR)
        return self.tr("ready"), QColor(READY_COLOUR)

    def paint(self, painter, option, index):
        card: CardData = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        pal = option.palette
        rect = option.rect.adjusted(1, 1, -1, -1)
        badge_text, badge_colour = self._badge(card)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight) if selected else pal.color(QPalette.ColorRole.Mid)))
        painter.setBrush(pal.base())
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge_colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        x0, y = rect.left() + self.PAD + 4, rect.top() + self.PAD
        right = rect.right() - self.PAD
        head_h = self._header_height(option, index)
        bold = self._bold(option)
        fm_bold = QFontMetrics(bold)
        line_h = fm_bold.height()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(x0, y + (line_h - self.ICON) // 2, self.ICON, self.ICON))
        badge_w = fm_bold.horizontalAdvance(badge_text) + 14
        badge_rect = QRect(right - badge_w, y, badge_w, max(self.ICON, line_h))
        painter.setBrush(badge_colour)
        painter.drawRoundedRect(badge_rect, 8, 8)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge_text)

        name_rect = self._name_rect(option, card, rect)
        text_x = name_rect.left()
        names = self.name_lines(option, index)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        for n, line in enumerate(names):
            painter.drawText(QRect(text_x, y + n * line_h, name_rect.width(), line_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)
        normal = QFont(option.font)
        normal.setBold(False)
        painter.setFont(normal)
        fm = QFontMetrics(normal)
        kind = desk_kind_label(card.kind)      # after the name when it fits there (else in the tooltip)
        kind_x = text_x + fm_bold.horizontalAdvance(names[-1]) + 8
        kind_y = y + (len(names) - 1) * line_h
        room = (name_rect.right() if len(names) > 1 else badge_rect.left() - 8) - kind_x
        if fm.horizontalAdvance(kind) <= room:
            painter.setPen(QColor("gray"))
            painter.drawText(QRect(kind_x, kind_y, room, line_h), Qt.AlignmentFlag.AlignVCenter, kind)

        y += head_h
        line_h = self._line_height(option)
        all_names = (n for c in index.model().cards() for _i, n, _v in c.needs)
        name_w = min(max((fm.horizontalAdvance(n) for n in all_names), default=0) + 16, (right - text_x) // 2)
        if not card.needs:
            painter.setPen(QColor("gray"))
            painter.drawText(QRect(text_x, y, right - text_x, line_h), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("Asks for no numbers"))
        for ident_id, ident_name, value in card.needs:
            line = QRect(text_x - 4, y, right - text_x + 4, line_h)
            if ident_id == self.highlight_id:
                painter.setPen(Qt.PenStyle.NoPen)
                mark = QColor(pal.color(QPalette.ColorRole.Highlight))
                mark.setAlpha(60)
                painter.setBrush(mark)
                painter.drawRect(line)
            painter.setFont(normal)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(text_x, y, name_w, line_h), Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(ident_name, Qt.TextElideMode.ElideRight, name_w - 8))
            painter.setFont(bold)
            value_rect = QRect(text_x + name_w, y, right - text_x - name_w, line_h)
            if value:
                painter.setPen(pal.color(QPalette.ColorRole.Link))
                painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter,
                                 fm_bold.elidedText(value, Qt.TextElideMode.ElideMiddle, value_rect.width()))
            else:
                painter.setPen(QColor(WARNING_COLOUR))
                painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, "⚠ " + self.tr("missing"))
            y += line_h
        painter.restore()

    def need_at(self, option: QStyleOptionViewItem, index, pos) -> tuple[int, str, str] | None:
        card: CardData = index.data(CARD_ROLE)
        top = option.rect.top() + 1 + self.PAD + self._header_height(option, index)
        row = (pos.y() - top) // self._line_height(option) if pos.y() >= top else -1
        return card.needs[row] if card and 0 <= row < len(card.needs) else None

    def editorEvent(self, event, model, option, index):
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            need = self.need_at(option, index, event.position().toPoint())
            if need is not None and need[2]:
                self.copy_requested.emit(need[0])
                return True
        return super().editorEvent(event, model, option, index)
