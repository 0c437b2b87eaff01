"""Identifiers of a case as a table (name, value or "missing", copy, who asks, where found)
and the per-desk "Have these ready" cards as a list."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casekeeper.db import desks, identifiers
from casekeeper.gui.common import arg

from .kind_labels import WARNING_COLOUR, desk_kind_icon, desk_kind_label
from .record_table_model import RecordTableModel

IDENT_ID_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1


class IdentifierTableModel(RecordTableModel):
    NAME, VALUE, COPY, ASKED_BY, WHERE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._asked_by: dict[int, list[str]] = {}
        self._headers = [self.tr("Identifier"), self.tr("Value"), "", self.tr("Asked for by"), self.tr("Where found")]

    def fetch(self, case_id: int) -> list:
        names = {d.id: d.name for d in desks.list_desks(case_id)}
        self._asked_by = {i: [names[d] for d in ds] for i, ds in identifiers.needed_by(case_id).items()}
        return identifiers.list_identifiers(case_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ident, col = self._rows[index.row()], index.column()
        missing = not ident.value
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return ident.name
            if col == self.VALUE:
                return self.tr("missing") if missing else ident.value
            if col == self.COPY:
                return self.tr("Copy")
            if col == self.ASKED_BY:
                return self.tr(", ").join(self._asked_by.get(ident.id, [])) or self.tr("no desk")
            if col == self.WHERE:
                return ident.where_found
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.VALUE and missing:
                return QBrush(QColor(WARNING_COLOUR))
            if col == self.ASKED_BY and not self._asked_by.get(ident.id):
                return QBrush(QColor("gray"))
        if role == Qt.ItemDataRole.FontRole and col == self.VALUE:
            font = QFont()
            font.setBold(True)
            font.setItalic(missing)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COPY:
                return None if missing else arg(self.tr("Copy the %1"), ident.name)
            if col == self.WHERE or col == self.NAME:
                text = ident.where_found if col == self.WHERE else ident.notes
                return text or None
            if col == self.VALUE and missing:
                return arg(self.tr("Still missing. Where to find it: %1"), ident.where_found or "?")
            if col == self.ASKED_BY:
                return self.data(index)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.VALUE:
            return self.data(index)
        if role == IDENT_ID_ROLE:
            return ident.id
        if role == Qt.ItemDataRole.EditRole:
            return ident.value if col == self.VALUE else self.data(index)
        return None


@dataclass
class CardData:
    desk_id: int
    name: str
    kind: str
    needs: list[tuple[int, str, str]]  # identifier id, name, value ("" = missing)

    @property
    def missing(self) -> int:
        return sum(1 for _i, _n, value in self.needs if not value)


class ReadinessModel(QAbstractListModel):
    """One row per desk: the numbers it asks for, with values; see db.identifiers.readiness."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cards: list[CardData] = []

    def load(self, case_id: int | None) -> None:
        self.beginResetModel()
        self._cards = [] if case_id is None else [
            CardData(c.desk.id, c.desk.name, c.desk.kind, [(i.id, i.name, i.value) for i in c.needs])
            for c in identifiers.readiness(case_id)
        ]
        # Desks that ask for something come first; the others only say so.
        self._cards.sort(key=lambda c: not c.needs)
        self.endResetModel()

    def card_at(self, row: int) -> CardData | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def cards(self) -> list[CardData]:
        return list(self._cards)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == Qt.ItemDataRole.DecorationRole:
            return desk_kind_icon(card.kind)
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click a number to copy it")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [f"{card.name} ({desk_kind_label(card.kind)})"]
            missing = self.tr("missing")      # not inside the f-string: lupdate would not see it
            parts += [f"{n}: {v or missing}" for _i, n, v in card.needs]
            return "; ".join(parts)
        return None
