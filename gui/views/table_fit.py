"""Column widths for the workspace tables: fit the contents with some air, cap the wide ones."""
from __future__ import annotations

from PySide6.QtWidgets import QTableView

PAD = 14


def fit_columns(table: QTableView, caps: dict[int, int] | None = None) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = header.count() - 1
    for col in range(header.count()):
        if col == last and header.stretchLastSection():
            continue
        width = header.sectionSize(col) + PAD
        header.resizeSection(col, min(width, (caps or {}).get(col, width)))
