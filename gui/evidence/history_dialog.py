"""Earlier versions of a timeline entry (read from its links in the timeline chain, db.chain)."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from casekeeper.db import chain

from ..case_labels import event_kind_label
from ..common import arg, fmt_datetime


class HistoryDialog(QDialog):
    def __init__(self, event_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.text = QTextBrowser()
        parts = []
        for rev in chain.revisions(event_id):
            head = (self.tr("Deleted %1") if rev.action == "delete" else
                    self.tr("Changed outside Casekeeper; sealed %1") if rev.outside else self.tr("Changed %1"))
            parts.append(f"<h4>{escape(arg(head, fmt_datetime(rev.changed_at)))}</h4>"
                         f"<p><i>{escape(event_kind_label(rev.kind))} · {escape(fmt_datetime(rev.occurred_at))}</i>"
                         f"<br><b>{escape(rev.summary)}</b></p>"
                         f"<p>{escape(rev.body).replace(chr(10), '<br>')}</p><hr>")
        self.text.setHtml("".join(parts) or escape(self.tr("This entry was never changed.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)
