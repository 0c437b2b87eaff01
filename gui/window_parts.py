"""The named places of the main window that feature areas plug into.

A feature area never finds a menu or an action by its position. It asks the window:

    window.add_action("file", "evidence", action)      # a menu and a section of it, by name
    window.add_to_toolbar("case", action_or_widget)    # a section of the main toolbar
    window.menu("settings")                            # the QMenu itself, by name
    window.view_if_built("TimelineView")               # a case tab's view, without building it
    window.view_built                                  # Signal(name, view): a case tab was built
    window.data_changed                                # Signal(): a view wrote to the database

Feature areas are listed in FEATURES (module paths); each module has `FEATURE`, an object
with any of these methods (all optional):

    build(window)                  after every (re)build of the window (a language switch
                                   rebuilds it): add actions, docks, toolbar items
    view_built(window, name, view) a case tab was built (tabs are built when first shown)
    start(window)                  once, when the app starts the window (not in tests that
                                   build a bare MainWindow): tray, reminders, timers
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

# Feature areas, loaded when the window is made (keep these modules light: what they
# need for real work they import when it is first used).
FEATURES = [
    "casekeeper.gui.evidence.feature",
    "casekeeper.gui.deadlines_integration",   # before contact: its tray is there when contact starts
    "casekeeper.gui.integrity.feature",
    "casekeeper.gui.contact.feature",
]


@dataclass(frozen=True)
class MenuSpec:
    name: str
    title: str          # English; translated in the "MainWindow" context
    sections: tuple[str, ...]


# The menus of the main window, in order, and the named sections of each (separated by lines).
MENUS = [
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File"),
             ("new", "evidence", "export", "delete", "backup", "quit")),
    MenuSpec("case", QT_TRANSLATE_NOOP("MainWindow", "&Case"), ("contact", "edit", "deadlines")),
    MenuSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "&Settings"), ("language", "preferences")),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("help", "about")),
]

# Sections of the main toolbar; everything after "stretch" sits at the right end.
TOOLBAR_SECTIONS = ("case", "contact", "stretch", "search")


@dataclass(frozen=True)
class CaseView:
    name: str           # the class name; window.view(name) finds it
    module: str
    title: str          # English; translated in the "CaseViews" context


# The tabs of an open case, in order. A view is a QWidget with set_case(case_id | None),
# refresh() and a `changed` Signal emitted after it wrote to the database; it is built as
# cls(parent) when its tab is first shown. Its title's Japanese goes into the translation
# file of the area that owns the view.
CASE_VIEWS = [
    CaseView("OverviewView", "casekeeper.gui.views.overview", QT_TRANSLATE_NOOP("CaseViews", "Overview")),
    CaseView("TimelineView", "casekeeper.gui.views.timeline", QT_TRANSLATE_NOOP("CaseViews", "Timeline")),
    CaseView("DeadlinesView", "casekeeper.gui.views.deadlines", QT_TRANSLATE_NOOP("CaseViews", "Deadlines")),
    CaseView("DesksView", "casekeeper.gui.views.desks", QT_TRANSLATE_NOOP("CaseViews", "Desks")),
    CaseView("IdentifiersView", "casekeeper.gui.views.identifiers", QT_TRANSLATE_NOOP("CaseViews", "Identifiers")),
    CaseView("ChecklistsView", "casekeeper.gui.views.checklists", QT_TRANSLATE_NOOP("CaseViews", "Checklists")),
    CaseView("ResourcesView", "casekeeper.gui.views.resources", QT_TRANSLATE_NOOP("CaseViews", "Resources")),
    CaseView("LoginsView", "casekeeper.gui.views.logins", QT_TRANSLATE_NOOP("CaseViews", "Logins")),
]


def load_features() -> list:
    return [importlib.import_module(path).FEATURE for path in FEATURES]


def call_features(features: list, method: str, *args) -> None:
    for feature in features:
        hook = getattr(feature, method, None)
        if hook is not None:
            hook(*args)


class Sections:
    """Named sections of a menu or a toolbar, each ended by a separator: an item added to a
    section goes at its end. Separators of empty sections are hidden (menus collapse them
    anyway; toolbars do not)."""

    def __init__(self, container: QMenu | QToolBar, names: tuple[str, ...]):
        self.container = container
        self.ends: dict[str, QAction] = {}
        self.items: dict[str, list[QAction]] = {name: [] for name in names}
        for name in names:
            if name == "stretch":
                spacer = QWidget(container)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                self.ends[name] = container.addWidget(spacer)
            else:
                self.ends[name] = container.addSeparator()
        self._update()

    def add(self, section: str, item: QAction | QWidget) -> QAction:
        if section not in self.ends:
            raise KeyError(f"no section {section!r}; sections: {', '.join(self.ends)}")
        end = self.ends[section]
        action = item if isinstance(item, QAction) else self.container.insertWidget(end, item)
        if isinstance(item, QAction):
            self.container.insertAction(end, action)
        self.items[section].append(action)
        self._update()
        return action

    def _update(self) -> None:
        """A section's separator shows when the section has items and more items follow."""
        names = list(self.ends)
        for i, name in enumerate(names):
            if name == "stretch":
                continue
            later = any(self.items[n] for n in names[i + 1:] if n != "stretch")
            self.ends[name].setVisible(bool(self.items[name]) and later and names[i + 1] != "stretch")
