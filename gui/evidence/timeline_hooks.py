"""What the evidence area adds to the timeline tab (gui/views/timeline.py, owned
by the shell): drop .eml/mbox files on the list to import them, drop other files
on an entry to attach them, paste a screenshot (Ctrl+V) onto an entry or a new
observation, and the attachments of the selected entry below its text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from .attachments_panel import AttachmentsPanel
from .case_actions import import_mail
from .drops import local_files, split_drop
from .screenshot import Screenshots, delay_from_env


class TimelineEvidence(QObject):
    """Installed on one TimelineView; `status(text)` shows a short message."""

    def __init__(self, timeline, status=None):
        super().__init__(timeline)
        self.timeline = timeline
        self.status = status or (lambda _text: None)
        self.panel = AttachmentsPanel(timeline, self.status)
        self.panel.changed.connect(timeline.changed)
        sizes = timeline.splitter.sizes()
        timeline.splitter.addWidget(self.panel)
        timeline.splitter.setStretchFactor(2, 1)
        timeline.splitter.setSizes(sizes + [150])
        timeline.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_selection())
        timeline.table.model().modelReset.connect(self._follow_selection)
        viewport = timeline.table.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)
        timeline.table.setToolTip(self.tr("Drop .eml or mbox files here to import them; drop other files on an entry "
                                     "to attach them. Ctrl+V pastes a screenshot."))
        self.screenshots = Screenshots(timeline, self.panel, self.status)
        self.panel.capture_requested.connect(lambda: self.screenshots.capture(delay_from_env()))
        for widget in (timeline.table, self.panel):
            paste = QShortcut(QKeySequence.StandardKey.Paste, widget, self.paste)
            paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)   # the table's or the pane's own
            paste.setWhatsThis(self.tr("Paste a screenshot or copied files onto the selected entry"))
        self._follow_selection()

    def paste(self) -> None:
        """Ctrl+V: an image becomes a screenshot; copied files are attached like dropped ones."""
        from PySide6.QtGui import QGuiApplication

        mime = QGuiApplication.clipboard().mimeData()
        files = local_files(mime) if mime is not None and not mime.hasImage() else []
        if files:
            self.drop(files)
        else:
            self.screenshots.paste()

    def _follow_selection(self) -> None:
        self.panel.set_event(self.timeline.selected_event_id())

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.timeline.case_id is not None and local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            files = local_files(event.mimeData())
            if self.timeline.case_id is not None and files:
                event.acceptProposedAction()
                self.drop(files, self.timeline.table.indexAt(event.position().toPoint()))
                return True
        return super().eventFilter(obj, event)

    def drop(self, files: list[str], index=None) -> None:
        """Mail files are imported into the case; other files go onto the entry under the pointer."""
        mail, other = split_drop(files)
        if mail:
            self.import_files(mail)
        if other:
            target = self.timeline.model.event_id(index.row()) if index is not None and index.isValid() \
                else self.timeline.selected_event_id()
            if target is None:
                self.status(self.tr("Drop files onto an entry to attach them."))
                return
            self.timeline.select_event(target)
            self.panel.set_event(target)
            if self.panel.attach(other):
                self.status(self.tr("Files attached."))

    def import_files(self, paths: list[str]) -> list[int]:
        new_ids = import_mail(self.timeline, self.timeline.case_id, paths, self.status)
        if new_ids:
            self.timeline.refresh()
            self.timeline.select_event(new_ids[-1])
            self.timeline.changed.emit()
        return new_ids
