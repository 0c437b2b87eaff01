"""Column widths for tables that never scroll sideways: each column as wide as its contents
(capped), one free-text column takes what is left, and when the table is too narrow the wide
columns give up width (share_widths); a cut text ends in "…" and shows in full on hover
(ElidedTipDelegate)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView, QToolTip

PAD = 14
MIN_COLUMN, KEEP, MAX_COLUMN = 70, 140, 300


def share_widths(natural: list[int], stretch: int, available: int, whole: tuple[int, ...] = (0,)) -> list[int]:
    """Column widths that fill `available`: each column its natural width (capped),
    the `stretch` column takes what is left; when even that does not fit, every
    wide column gives up width in proportion to what it has above KEEP (narrow ones and
    the `whole` ones, such as the first column's dates, stay whole), then down to MIN_COLUMN
    (the `whole` ones still whole), and if that is not enough, every column."""
    widths = [n if i == stretch else min(n, MAX_COLUMN) for i, n in enumerate(natural)]
    total = sum(widths)
    if total <= available:
        widths[stretch] += available - total
        return widths
    for floor, spared in ((KEEP, whole), (MIN_COLUMN, whole), (MIN_COLUMN, ())):   # then all down to MIN_COLUMN
        over = sum(widths) - available
        give = [0 if i in spared else max(0, w - floor) for i, w in enumerate(widths)]
        spare = sum(give)
        if over <= 0 or not spare:
            break
        cut = min(over, spare)
        widths = [w - -(-g * cut // spare) for w, g in zip(widths, give)]     # rounded up: never too wide
    return widths


class ElidedTipDelegate(QStyledItemDelegate):
    """A cell whose text is cut shows the whole text as its tooltip (unless the model gives one)."""

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text:
                opt = option.__class__(option)
                self.initStyleOption(opt, index)
                room = option.rect.width() - 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) - 8
                if not opt.icon.isNull():
                    room -= opt.decorationSize.width() + 4
                if opt.fontMetrics.horizontalAdvance(text) > room:
                    QToolTip.showText(event.globalPos(), text, view)
                    return True
            QToolTip.hideText()
        return super().helpEvent(event, view, option, index)


class ColumnSharing(QObject):
    """Keeps a table's columns sharing its width: after fit() (new rows) and on every resize.
    `caps` limit a column's natural width; `stretch` takes the rest (default: the last);
    `whole` columns keep their width while others can give; `optional` columns are hidden
    while the others do not fit at their natural width (the case list drops the provider
    before it cuts the titles)."""

    def __init__(self, table: QTableView, caps: dict[int, int] | None = None, stretch: int = -1,
                 whole: tuple[int, ...] = (0,), optional: tuple[int, ...] = ()):
        super().__init__(table)
        self.table, self.caps, self.stretch, self.whole = table, dict(caps or {}), stretch, whole
        self.optional = optional
        self.natural: list[int] = []
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(min(MIN_COLUMN, header.minimumSectionSize()))
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not isinstance(table.itemDelegate(), ElidedTipDelegate):
            table.setItemDelegate(ElidedTipDelegate(table))
        table.viewport().installEventFilter(self)

    def fit(self, natural: list[int] | None = None) -> None:
        """Measure the contents again (rows changed), or take the `natural` widths given
        (a long list measured from its font instead of its rows), then share."""
        header = self.table.horizontalHeader()
        if natural is None:
            natural = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) + PAD
                       for c in range(header.count())]
        self.natural = [min(w, self.caps.get(c, w)) for c, w in enumerate(natural)]
        self.share()

    def share(self) -> None:
        header = self.table.horizontalHeader()
        if len(self.natural) != header.count() or not self.natural:
            return
        stretch = self.stretch if self.stretch >= 0 else header.count() - 1
        available = self.table.viewport().width()
        if self.optional:
            crowded = sum(self.natural) > available
            for col in self.optional:
                header.setSectionHidden(col, crowded)
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if stretch not in visible:
            stretch = visible[-1] if visible else 0
        natural = [self.natural[c] for c in visible]
        widths = share_widths(natural, visible.index(stretch), available,
                              tuple(visible.index(c) for c in self.whole if c in visible))
        for col, width in zip(visible, widths):
            header.resizeSection(col, width)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False
