"""The evidence area in the main window: File menu entries and toolbar buttons for
Import / Export / Verify, the search box and its results dock, and the timeline
additions (attached when the Timeline tab is built). Plugged in by name through
gui/window_parts.py (see feature.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLineEdit

from ..common import arg

if TYPE_CHECKING:
    from .timeline_hooks import TimelineEvidence

DOCK = "evidenceSearchDock"


def install(window) -> None:
    """At every (re)build of the window."""
    for old in window.findChildren(QDockWidget, DOCK):
        window.removeDockWidget(old)
        old.deleteLater()
    window.evidence = WindowEvidence(window)
    timeline = window.view_if_built("TimelineView")
    if timeline is not None:
        attach_timeline(window, timeline)


def attach_timeline(window, timeline) -> TimelineEvidence:
    """The evidence additions of a Timeline tab (once per view)."""
    if getattr(timeline, "evidence", None) is None:
        from .timeline_hooks import TimelineEvidence   # with the Timeline tab, not at start-up

        timeline.evidence = TimelineEvidence(timeline, window.show_status)
    return timeline.evidence


class WindowEvidence(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.status = window.show_status

        self.import_action = QAction(self.tr("&Import mail…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import .eml or mbox files into the open case "
                                              "(or drop them on the timeline)"))
        self.import_action.triggered.connect(self.import_mail)
        self.export_action = QAction(self.tr("E&xport…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Write the case as a Markdown report, a PDF or an evidence bundle (zip)"))
        self.export_action.triggered.connect(self.export)
        self.verify_action = QAction(self.tr("&Verify timeline"), window)
        self.verify_action.setToolTip(self.tr("Check that no entry was changed outside Casekeeper"))
        self.verify_action.triggered.connect(self.verify)
        self.case_actions = [self.import_action, self.export_action, self.verify_action]
        for action in self.case_actions:
            window.add_action("file", "evidence", window.case_action(action))
            window.add_to_toolbar("case", action)
        self.capture_action = QAction(self.tr("&Capture screen…"), window)
        self.capture_action.setToolTip(self.tr("Take a screenshot in a few seconds and attach it to the selected "
                                               "entry or a new observation (Ctrl+V in the timeline pastes one)"))
        self.capture_action.triggered.connect(self.capture_screen)
        window.add_action("file", "evidence", window.case_action(self.capture_action))
        limit = QAction(self.tr("Mail import &size limit…"), window)
        limit.triggered.connect(self.ask_limit)
        window.add_action("settings", "preferences", limit)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("evidenceSearch")
        self.search_box.setPlaceholderText(self.tr("Search all cases (Ctrl+Shift+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.returnPressed.connect(self.run_search)
        # a short pause after typing (the search itself runs off the GUI thread, see SearchPanel)
        self._debounce = QTimer(self.search_box, singleShot=True, interval=100)
        self._debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._debounce.start())
        focus = QAction(self.tr("Search all cases"), window)
        focus.setShortcut(QKeySequence("Ctrl+Shift+F"))
        focus.triggered.connect(lambda: (self.search_box.setFocus(), self.search_box.selectAll()))
        self.search_box.addAction(focus)
        window.addAction(focus)

        window.add_to_toolbar("search", self.search_box)

        self._results = None             # the results panel, made at the first search
        self.dock = QDockWidget(self.tr("Search results"), window)
        self.dock.setObjectName(DOCK)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

    @property
    def results(self):
        """The search results panel (gui/evidence/search_panel.py), made when first needed."""
        if self._results is None:
            from .search_panel import SearchPanel

            self._results = SearchPanel()
            self._results.open_requested.connect(self.open_hit)
            self.dock.setWidget(self._results)
        return self._results

    @property
    def timeline(self) -> TimelineEvidence | None:
        """The evidence additions of the Timeline tab (built if it was not yet)."""
        view = self.window.view("TimelineView")
        return attach_timeline(self.window, view) if view is not None else None

    # --- actions ------------------------------------------------------------------
    def import_mail(self) -> None:
        if self.window.case_id is None:
            return
        from .case_actions import choose_mail   # the evidence actions load when first used

        paths = choose_mail(self.window)
        if paths:
            timeline = self.timeline
            self.window.tabs.setCurrentWidget(timeline.timeline)
            timeline.import_files(paths)

    def capture_screen(self) -> None:
        if self.window.case_id is None:
            return
        from .screenshot import delay_from_env

        timeline = self.timeline
        self.window.tabs.setCurrentWidget(timeline.timeline)
        timeline.screenshots.capture(delay_from_env())

    def export(self) -> None:
        if self.window.case_id is not None:
            from .case_actions import export_case

            export_case(self.window, self.window.case_id, self.status)

    def verify(self) -> None:
        if self.window.case_id is not None:
            from .case_actions import verify_case

            verify_case(self.window, self.window.case_id)

    def ask_limit(self) -> None:
        """The largest message or attachment an import takes (setting import_limit_mb)."""
        from casekeeper.db import mail_import, settings

        current = mail_import.limit_bytes(self.window.data_dir) / (1024 * 1024)
        value, ok = QInputDialog.getInt(
            self.window, self.tr("Mail import size limit"),
            self.tr("Largest message or attachment to import (MB). Bigger ones are refused with a message; "
                    "nothing of them is imported."), round(current), 1, 2048)
        if ok:
            settings.save(self.window.data_dir, {mail_import.SETTING: value})
            self.status(arg(self.tr("Mail import size limit: %1 MB."), value))

    def run_search(self) -> None:
        self._debounce.stop()
        query = self.search_box.text()
        self.results.run(query)
        self.dock.setVisible(bool(query.strip()))

    def open_hit(self, hit) -> None:
        """Open the case of a search hit on the tab that shows it, with that row selected."""
        view_name = VIEW_OF_SOURCE.get(hit.source, "OverviewView")
        view = self.window.view(view_name)
        index = self.window.tabs.indexOf(view) if view is not None else None
        self.window.open_case(hit.case_id, tab=index if index is not None and index >= 0 else None)
        if view is None:
            return
        if view_name == "TimelineView" and hit.event_id:
            view.select_event(hit.event_id)
            view.table.setFocus()
        elif hasattr(view, "select") and hit.source != "case":
            view.select(hit.ref_id)


# Which tab shows a hit of each source (class names of gui/main_window.py CASE_VIEWS).
VIEW_OF_SOURCE = {"event": "TimelineView", "attachment": "TimelineView", "desk": "DesksView",
                  "identifier": "IdentifiersView", "resource": "ResourcesView", "case": "OverviewView"}
