"""Checklists tab: tick and untick, reorder (buttons, shortcut, drag and drop), add, edit, delete."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QPoint, Qt

from casekeeper.db import checklists
from casekeeper.gui.models.checklist_model import ChecklistItemModel, ChecklistListModel
from casekeeper.gui.views.checklists import ChecklistsView
from tests.gui_shell_support import ModalAnswer, click_button
from tests.gui_workspace_helpers import demo_case, show_view


def _view(qtbot, case_id):
    return show_view(qtbot, ChecklistsView(), case_id, (1100, 600))


def _texts(view):
    return [view.items.record_at(r).text for r in range(view.items.rowCount())]


def _progress(view):
    return view.list_view.currentIndex().siblingAtColumn(ChecklistListModel.PROGRESS).data()


def _select(view, title):
    view.select_checklist(next(c.id for c in checklists.list_checklists(view.case_id) if c.title == title))


def test_tick_records_the_time_and_untick_clears_it(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    _select(view, "Keep the service alive")
    row = _texts(view).index("Point monitoring at the new server")
    item_id = view.items.record_at(row).id
    assert _progress(view) == "5/6"
    clock.set(datetime(2026, 3, 12, 3, 0, tzinfo=timezone.utc))
    changed = []
    view.changed.connect(lambda: changed.append(True))

    rect = view.table.visualRect(view.items.index(row, 0))
    check = rect.left() + view.table.style().pixelMetric(view.table.style().PixelMetric.PM_IndicatorWidth) // 2 + 4
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(check, rect.center().y()))
    assert checklists.get_item(item_id).done_at == datetime(2026, 3, 12, 3, 0, tzinfo=timezone.utc)
    assert changed
    assert view.items.index(row, ChecklistItemModel.DONE_AT).data() != ""
    assert _progress(view) == "6/6"

    view.items.setData(view.items.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert checklists.get_item(item_id).done_at is None
    assert view.items.index(row, ChecklistItemModel.DONE_AT).data() == ""
    assert _progress(view) == "5/6"


def test_move_up_and_down_with_buttons_and_shortcut(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    _select(view, "Keep the service alive")
    before = _texts(view)
    view.table.setCurrentIndex(view.items.index(2, 0))
    view.up_button.click()
    assert _texts(view) == [before[0], before[2], before[1], *before[3:]]
    assert view.table.currentIndex().row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(view) == before
    assert [i.text for i in checklists.list_items(view.items.checklist_id)] == before


def test_drag_and_drop_reorders_in_the_database(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    _select(view, "Keep the service alive")
    before = _texts(view)
    data = view.items.mimeData([view.items.index(0, 0)])
    view.items.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, view.table.rootIndex())
    assert _texts(view) == [before[1], before[2], before[0], *before[3:]]
    data = view.items.mimeData([view.items.index(4, 0)])
    view.items.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, view.table.rootIndex())
    assert [i.text for i in checklists.list_items(view.items.checklist_id)][0] == before[4]


def test_add_edit_remove_items_and_checklists(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    view.add_checklist("ログイン情報を控える")
    assert view.items_title.text() == "ログイン情報を控える"
    qtbot.keyClicks(view.new_item, "Write down the support portal user")
    qtbot.keyClick(view.new_item, Qt.Key.Key_Return)
    view.add_item("Second step")
    assert _texts(view) == ["Write down the support portal user", "Second step"]
    assert (view.list_view.currentIndex().data(), _progress(view)) == ("ログイン情報を控える", "0/2")
    view.items.setData(view.items.index(0, 0), "Write down the portal user", Qt.ItemDataRole.EditRole)
    assert _texts(view)[0] == "Write down the portal user"
    view.table.setCurrentIndex(view.items.index(1, 0))
    view.remove_item()
    assert _texts(view) == ["Write down the portal user"]
    view.rename_checklist("Logins")
    assert (view.list_view.currentIndex().data(), _progress(view)) == ("Logins", "0/1")

    answer = ModalAnswer(lambda box: click_button(box, "Cancel"))
    view.delete_checklist()
    answer.check()
    assert "Logins" in [c.title for c in checklists.list_checklists(case.id)]
    answer = ModalAnswer(lambda box: click_button(box, "Delete"))
    view.delete_checklist()
    answer.check()
    assert "Logins" not in [c.title for c in checklists.list_checklists(case.id)]


def test_empty_item_text_is_refused_with_a_message(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    messages = []
    answer = ModalAnswer(lambda box: (messages.append(box.text()), box.accept()))
    view.add_item("   ")
    answer.check()
    assert messages == ["The item text cannot be empty."]
