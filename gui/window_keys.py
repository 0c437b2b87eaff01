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


def add_tab_keys(window) -> list[QAction]:
    """Create the actions on `window` (a MainWindow) the first time; on later calls (the
    language switch rebuilds the window) only their texts change. Returns them."""
    actions = getattr(window, "_tab_key_actions", None)
    if actions is None:
        actions = window._tab_key_actions = []
        slots = [lambda: step_tab(window, 1), lambda: step_tab(window, -1)] + \
                [lambda i=i: go_to_tab(window, i) for i in range(min(9, len(CASE_VIEWS)))]
        key_names = [NEXT_KEYS, PREVIOUS_KEYS] + [(f"Alt+{i + 1}",) for i in range(min(9, len(CASE_VIEWS)))]
        for slot, names in zip(slots, key_names):
            action = QAction(window)
            action.setShortcuts([QKeySequence(k) for k in names])
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            window.addAction(action)
            actions.append(action)
    texts = [QCoreApplication.translate("WindowKeys", "Next case tab"),
             QCoreApplication.translate("WindowKeys", "Previous case tab")]
    texts += [arg(QCoreApplication.translate("WindowKeys", "Case tab %1: %2"), i + 1,
                  QCoreApplication.translate("CaseViews", spec.title)) for i, spec in enumerate(CASE_VIEWS[:9])]
    for action, text in zip(actions, texts):
        action.setText(text)
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
