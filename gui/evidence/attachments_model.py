"""The attachments of one timeline entry: name (with a thumbnail for pictures), size, SHA-256."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from casekeeper.db import attachments

from ..table_model import RowTableModel


class AttachmentsModel(RowTableModel):
    NAME, SIZE, HASH = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Name"), self.tr("Size"), self.tr("SHA-256")]
        self._thumbs: dict[str, QIcon | None] = {}   # by SHA-256: the same bytes, the same picture

    def thumbnail(self, att, size: int = 40) -> QIcon | None:
        """A small picture of an image attachment (read scaled down, once), or None."""
        if att.sha256 not in self._thumbs:
            icon = None
            if attachments.is_image(att):
                reader = QImageReader(str(attachments.blob_path(att.sha256)))
                full = reader.size()
                if full.isValid():
                    reader.setScaledSize(full.scaled(QSize(size * 2, size * 2), Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
                icon = None if image.isNull() else QIcon(QPixmap.fromImage(image))
            self._thumbs[att.sha256] = icon
        return self._thumbs[att.sha256]

    def load(self, event_id: int | None) -> None:
        self.beginResetModel()
        self._rows = attachments.list_attachments(event_id) if event_id is not None else []
        self.endResetModel()

    def attachment(self, row: int):
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        att = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (att.name, attachments.human_size(att.size), att.sha256)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self.thumbnail(att)
        if role == Qt.ItemDataRole.ToolTipRole:
            return att.sha256 if col == self.HASH else att.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
