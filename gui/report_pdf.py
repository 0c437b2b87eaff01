"""The case report as PDF, rendered by Qt: the Markdown report (db.report_md)
laid out by QTextDocument in a CJK-capable font, painted page by page on a
QPdfWriter with a page number in each footer. Dates are in the user's zone.
Written to memory, then to a temp file renamed into place (db.export.write_atomic)."""
from __future__ import annotations

import os
from datetime import tzinfo

FONT_FAMILIES = ["Noto Sans CJK JP", "Noto Sans JP", "Noto Sans", "IPAexGothic", "sans-serif"]


def _app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def render_pdf(markdown: str, title: str) -> bytes:
    """PDF bytes of a Markdown text: A4, page numbers 'n / total' at the bottom."""
    _app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Casekeeper")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(writer)
    doc.setMarkdown(markdown)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = writer.resolution() * 0.35  # ~9 mm for the page number
    body = QSizeF(page.width(), page.height() - footer)
    doc.setPageSize(body)
    total = doc.pageCount()
    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSizeF(8)
        for n in range(total):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(small)
            painter.drawText(QRectF(0, body.height(), body.width(), footer),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), f"{n + 1} / {total}")
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_pdf(case_id: int, path, lang: str = "en", zone: tzinfo | None = None):
    """Write the case report as a PDF to `path` (atomically)."""
    from casekeeper.db import cases, export, labels, report_md

    case = cases.get_case(case_id)
    pdf = render_pdf(report_md.render(case_id, lang, zone), labels.text(lang, "report_title", title=case.title))
    return export.write_atomic(path, lambda fh: fh.write(pdf))

