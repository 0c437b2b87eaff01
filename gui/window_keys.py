"""Keys of the main window that move between the tabs of the open case:
Ctrl+Tab / Ctrl+PgDown the next tab, Ctrl+Shift+Tab / Ctrl+PgUp the previous one (both wrap),
Alt+1 ... Alt+9 a tab by its place. They are window actions (so Help > Keyboard shortcuts
lists them); from the Today page, Alt+number opens the case last shown on that tab."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .common import arg
from .window_parts import CASE_VIEWS

NEXT_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp")   # X11 sends Shift+Tab as Backtab


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowKeys", text)


def add_tab_keys(window) -> list[QAction]:
    """Create the actions on `window` (a MainWindow) and return them."""
    actions = []

    def action(text: str, key_names, slot) -> QAction:
        a = QAction(text, window)
        a.setShortcuts([QKeySequence(k) for k in key_names])
        a.triggered.connect(lambda _checked=False: slot())
        window.addAction(a)
        actions.append(a)
        return a

    action(_tr("Next case tab"), NEXT_KEYS, lambda: step_tab(window, 1))
    action(_tr("Previous case tab"), PREVIOUS_KEYS, lambda: step_tab(window, -1))
    for i, spec in enumerate(CASE_VIEWS[:9]):
        title = QCoreApplication.translate("CaseViews", spec.title)
        action(arg(_tr("Case tab %1: %2"), i + 1, title), (f"Alt+{i + 1}",), lambda i=i: go_to_tab(window, i))
    return actions


def step_tab(window, step: int) -> None:
    if window.case_id is None or window.stack.currentWidget() is not window.tabs:
        return
    count = window.tabs.count()
    window.tabs.setCurrentIndex((window.tabs.currentIndex() + step) % count)


def go_to_tab(window, index: int) -> None:
    if window.case_id is None or index >= window.tabs.count():
        return
    if window.stack.currentWidget() is window.tabs:
        window.tabs.setCurrentIndex(index)
    else:   # Today (or the start page): the case last shown, on that tab
        window.open_case(window.case_id, tab=index)
