"""The main window on a 1366x768 screen (tests/conftest.py sets Qt's offscreen screen to that
size): it fits, nothing scrolls sideways; the keys that switch case tabs; Help > Keyboard
shortcuts lists the window's keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from casekeeper.db import settings
from casekeeper.db.demo import add_demo_case
from casekeeper.gui.window_geometry import FRAME_GUESS, fit_rect
from casekeeper.gui.window_parts import CASE_VIEWS
from tests.gui_shell_support import ModalAnswer

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def _screen() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_the_test_screen_is_a_small_laptop(qapp):
    assert _screen().size() == QSize(1366, 768)


# ---------------------------------------------------------------- fitting the screen


def test_the_first_window_fits_the_screen_with_its_status_bar(window, qtbot):
    qtbot.waitUntil(lambda: _screen().contains(window.frameGeometry()), timeout=2000)
    bar = window.statusBar()
    assert bar.isVisible()
    top_left = bar.mapToGlobal(bar.rect().topLeft())
    assert _screen().contains(QRect(top_left, bar.size()))
    assert window.width() >= 1200        # as large as the screen allows, not a small window


def test_a_window_saved_on_a_larger_monitor_comes_back_inside_the_screen(db, data_dir, clock, qtbot):
    from casekeeper.gui.main_window import MainWindow

    big = MainWindow(data_dir)
    qtbot.addWidget(big)
    big.setGeometry(100, 80, 1900, 1150)
    settings.save(data_dir, {"window_geometry": bytes(big.saveGeometry().toBase64()).decode()})
    big.close()
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: _screen().contains(again.frameGeometry()), timeout=2000)
    assert QByteArray(again.saveGeometry())     # still restorable


def test_fit_rect_leaves_room_for_the_frame_and_a_panel():
    panel = QRect(0, 0, 1366, 728)          # a 40 px panel at the bottom
    rect = fit_rect(panel, QSize(1280, 800), FRAME_GUESS)
    outer = rect.marginsAdded(FRAME_GUESS)
    assert panel.contains(outer)
    assert rect.width() == 1280 and rect.height() == 728 - FRAME_GUESS.top() - FRAME_GUESS.bottom()
    big = QRect(0, 0, 2560, 1440)
    assert fit_rect(big, QSize(1280, 800), FRAME_GUESS).size() == QSize(1280, 800)


def test_the_window_can_be_made_smaller_than_the_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= _screen().width() and hint.height() <= _screen().height() - 40


@pytest.fixture
def demo_window(window):
    case = add_demo_case("en")
    window.refresh_cases()
    window.open_case(case.id, tab=0)
    window.activateWindow()
    return window


def _tables(widget):
    return [t for t in widget.findChildren(QAbstractItemView) if isinstance(t, QTableView) and t.isVisible()]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_no_table_scrolls_sideways_at_1366x768(demo_window, qtbot, lang):
    window = demo_window
    if lang == "ja":
        window.set_language("ja")
    qtbot.waitUntil(lambda: _screen().contains(window.frameGeometry()), timeout=2000)
    checked = []
    for i, spec in enumerate(CASE_VIEWS):
        window.open_case(window.case_id, tab=i)
        view = window.view(spec.name)
        qtbot.waitUntil(view.isVisible, timeout=2000)
        if spec.name == "DesksView":      # the open-now column is filled after the first paint
            qtbot.waitUntil(lambda: view.model.status_of(view.model.record_at(0).id) != "", timeout=5000)
            QApplication.processEvents()
            col, metrics = view.model.STATUS, view.table.fontMetrics()
            for row in range(view.model.rowCount()):       # what the table is for: never cut
                text = view.model.index(row, col).data()
                assert metrics.horizontalAdvance(text) + 8 <= view.table.columnWidth(col), f"cut: {text}"
        QApplication.processEvents()
        for table in _tables(window):
            bar = table.horizontalScrollBar()
            assert bar.maximum() == 0, f"{spec.name}: a table scrolls sideways ({bar.maximum()} px)"
            checked.append(spec.name)
    window.show_today()
    QApplication.processEvents()
    for table in _tables(window):
        assert table.horizontalScrollBar().maximum() == 0, "Today: a table scrolls sideways"
    assert {"DesksView", "IdentifiersView", "ResourcesView", "TimelineView", "ChecklistsView",
            "LoginsView"} <= set(checked)


# ---------------------------------------------------------------- case tab keys


def _press(window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.ShortcutOverride, key, modifiers))
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))


def _key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_ctrl_tab_and_ctrl_page_keys_switch_case_tabs_and_wrap(demo_window, qtbot):
    window = demo_window
    qtbot.waitActive(window)
    window.view("OverviewView").setFocus()
    _key(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    _key(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 2
    _key(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 1
    _key(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)      # what X11 sends for Ctrl+Shift+Tab
    assert window.tabs.currentIndex() == 0
    _key(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == len(CASE_VIEWS) - 1   # wraps round


def test_tab_keys_work_with_the_focus_in_a_table(demo_window, qtbot):
    window = demo_window
    qtbot.waitActive(window)
    window.open_case(window.case_id, tab=1)
    timeline = window.view("TimelineView")
    timeline.table.setFocus()
    qtbot.waitUntil(timeline.table.hasFocus, timeout=2000)
    _key(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 2
    checklists = window.view("ChecklistsView")
    window.tabs.setCurrentWidget(checklists)
    checklists.table.setFocus()
    qtbot.waitUntil(checklists.table.hasFocus, timeout=2000)
    _key(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentWidget() is window.view(CASE_VIEWS[window.tabs.indexOf(checklists) + 1].name)


def test_alt_number_goes_to_that_tab_also_from_today(demo_window, qtbot):
    window = demo_window
    qtbot.waitActive(window)
    window.case_table.setFocus()
    _key(qtbot, window, Qt.Key.Key_4, ALT)        # Overview, Timeline, Deadlines, Desks
    assert window.tabs.currentWidget() is window.view("DesksView")
    window.show_today()
    assert window.showing_today()
    _key(qtbot, window, Qt.Key.Key_2, ALT)
    assert not window.showing_today()
    assert window.tabs.currentWidget() is window.view("TimelineView")


# ---------------------------------------------------------------- Help > Keyboard shortcuts


def _help_action(window) -> QAction:
    return next(a for a in window.menu("help").actions() if a.text().replace("&", "") == "Keyboard shortcuts")


def test_help_lists_every_key_of_the_window(demo_window, qtbot):
    window = demo_window
    shown = []
    answer = ModalAnswer(lambda dialog: (shown.extend(dialog.texts()), dialog.reject()))
    _help_action(window).trigger()
    answer.check()
    keys_shown = {keys for _group, keys, _what in shown}
    assert all(what for _group, _keys, what in shown), "a key without a description"
    for action in window.findChildren(QAction):      # every window action with a key (views built by the list)
        for seq in action.shortcuts():
            text = seq.toString(QKeySequence.SequenceFormat.NativeText)
            if "Backtab" not in text:
                assert any(text in k.split(", ") for k in keys_shown), f"{action.text()!r} ({text}) not listed"
    lines = {(k, w) for _g, k, w in shown}
    assert ("Ctrl+Tab, Ctrl+PgDown", "Next case tab") in lines
    assert ("Alt+4", "Case tab 4: Desks") in lines
    assert ("Ctrl+N", "Log contact…") in lines
    assert any("Ctrl+Return" in k and "submit" in w for k, w in lines)          # declared: the dialogs' keys
    assert any(k == "Ctrl+Tab" and "tab character" in w for k, w in lines)
    groups = [g for g, _k, _w in shown]
    assert "Checklists" in groups and "Timeline" in groups


def test_the_keys_of_an_open_dialog_are_not_taken_for_the_windows(demo_window, qtbot):
    from casekeeper.gui.dialogs.case_dialog import CaseDialog
    from casekeeper.gui.shortcuts_help import window_entries

    dialog = CaseDialog(demo_window, demo_window.case_id)     # a child of the window, like every dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    entries = window_entries(demo_window)
    dialog.reject()
    assert all(e.what for e in entries)
    assert not any(e.group == "Main window" and "Ctrl+Return" in e.keys for e in entries)


def test_a_new_window_key_shows_up_in_the_list_by_itself(demo_window):
    from casekeeper.gui.shortcuts_help import window_entries

    extra = QAction("Jump to the newest entry", demo_window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    demo_window.addAction(extra)
    assert any(e.keys == "Ctrl+Shift+J" and e.what == "Jump to the newest entry" for e in window_entries(demo_window))


def test_help_lists_the_keys_in_japanese(demo_window):
    from casekeeper.gui.shortcuts_help import window_entries

    demo_window.set_language("ja")
    entries = window_entries(demo_window)
    whats = {e.what for e in entries}
    assert "次のケースタブ" in whats
    assert any(e.group == "ダイアログ" for e in entries)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_empty_case_list_shows_its_headings_whole(window, lang):
    """A first start: no case yet, and no heading of the case list cut ("ovid" for Provider)."""
    if lang == "ja":
        window.set_language("ja")
    window.refresh_cases()
    QApplication.processEvents()
    header = window.case_table.horizontalHeader()
    for col in range(header.count()):
        if not header.isSectionHidden(col):
            assert header.sectionSize(col) >= header.sectionSizeHint(col), \
                f"heading cut: {window.case_model.headerData(col, Qt.Orientation.Horizontal)}"
