"""Ticking a checklist item keeps the cursor (and the keyboard focus) on that item."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from casekeeper.db import checklists
from casekeeper.gui.views.checklists import ChecklistsView
from tests.gui_workspace_helpers import demo_case, show_view


def _view(qtbot):
    case = demo_case()
    view = show_view(qtbot, ChecklistsView(), case.id, (1100, 600))
    view.select_checklist(next(c.id for c in checklists.list_checklists(case.id) if c.title == "Keep the service alive"))
    view.activateWindow()
    qtbot.waitActive(view)
    return view


def _current_text(view):
    return view.items.record_at(view.table.currentIndex().row()).text


def test_space_ticks_the_item_and_the_cursor_stays_on_it(db, clock, qtbot):
    view = _view(qtbot)
    last = view.items.rowCount() - 1
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    view.table.setCurrentIndex(view.items.index(last, 0))
    text = _current_text(view)
    item_id = view.items.record_at(last).id
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert checklists.get_item(item_id).done_at is not None
    assert view.table.currentIndex().row() == last and _current_text(view) == text
    assert view.table.hasFocus()
    assert view.table.selectionModel().isRowSelected(last)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)                  # and back
    assert checklists.get_item(item_id).done_at is None
    assert view.table.currentIndex().row() == last


def test_clicking_the_box_keeps_the_clicked_item_current(db, clock, qtbot):
    view = _view(qtbot)
    row = 3
    text = view.items.record_at(row).text
    rect = view.table.visualRect(view.items.index(row, 0))
    check = rect.left() + view.table.style().pixelMetric(view.table.style().PixelMetric.PM_IndicatorWidth) // 2 + 4
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(check, rect.center().y()))
    assert view.table.currentIndex().row() == row and _current_text(view) == text


def test_removing_an_item_moves_the_cursor_to_the_next_one(db, clock, qtbot):
    view = _view(qtbot)
    texts = [view.items.record_at(r).text for r in range(view.items.rowCount())]
    view.table.setCurrentIndex(view.items.index(2, 0))
    view.remove_item()
    assert _current_text(view) == texts[3]


def test_in_the_window_the_cursor_and_focus_stay_on_the_ticked_item(window, qtbot):
    case = demo_case()
    window.refresh_cases()
    view = window.view("ChecklistsView")
    window.open_case(case.id, tab=window.tabs.indexOf(view))
    window.activateWindow()
    qtbot.waitActive(window)
    view.select_checklist(next(c.id for c in checklists.list_checklists(case.id) if c.title == "Move off the provider"))
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    row = view.items.rowCount() - 1
    view.table.setCurrentIndex(view.items.index(row, 0))
    item_id = view.items.record_at(row).id
    was_done = checklists.get_item(item_id).done_at is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: (checklists.get_item(item_id).done_at is not None) != was_done, timeout=2000)
    assert view.table.currentIndex().row() == row and view.items.record_at(row).id == item_id
    assert view.table.hasFocus()
