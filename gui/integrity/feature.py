"""The integrity area as a feature of the main window (gui/window_parts.py FEATURES):
File > Publish write-up… and, on the Timeline tab, the fingerprint bar. (File > Verify
timeline belongs to the evidence area; its dialog is gui/integrity/verify_dialog.py.)"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


class IntegrityFeature:
    def build(self, window) -> None:
        action = QAction(QCoreApplication.translate("Integrity", "&Publish write-up…"), window)
        action.setToolTip(QCoreApplication.translate(
            "Integrity", "Write the case as a story to share, with account numbers, addresses and names masked"))
        action.triggered.connect(lambda _checked=False: publish(window))
        window.add_action("file", "export", window.case_action(action))
        window.publish_action = action
        timeline = window.view_if_built("TimelineView")
        if timeline is not None:
            self.view_built(window, "TimelineView", timeline)

    def view_built(self, window, name: str, view) -> None:
        if name == "TimelineView" and getattr(view, "fingerprint_bar", None) is None:
            from .fingerprint_bar import FingerprintBar

            view.fingerprint_bar = FingerprintBar(view, window)
            view.layout().addWidget(view.fingerprint_bar)


def publish(window) -> None:
    if window.case_id is None:
        return
    from .publish_dialog import PublishDialog

    dialog = PublishDialog(window.case_id, window, status=window.show_status)
    dialog.exec()


FEATURE = IntegrityFeature()
