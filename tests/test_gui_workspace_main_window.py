"""The workspace tabs inside the real main window, on the demo case."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casekeeper.db import identifiers
from casekeeper.gui.models.identifier_model import IdentifierTableModel
from tests.gui_workspace_helpers import set_identifier_value

TABS = ["DesksView", "IdentifiersView", "ChecklistsView", "ResourcesView"]


@pytest.fixture
def window(window):
    """The shared main window (conftest) with the demo case added."""
    window.add_demo_case()
    return window


def test_the_four_tabs_are_in_the_window_and_get_the_case(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert {"Desks", "Identifiers", "Checklists", "Resources"} <= set(titles)
    for name in TABS:
        view = window.view(name)
        window.tabs.setCurrentWidget(view)
        assert view.case_id == window.case_id
        assert view.model.rowCount() if hasattr(view, "model") else view.lists.rowCount()


def test_copy_goes_to_the_clipboard_and_the_status_bar(window, qtbot):
    view = window.view("IdentifiersView")
    window.tabs.setCurrentWidget(view)
    row = next(r for r in range(view.model.rowCount()) if view.model.record_at(r).name == "Order ID")
    rect = view.table.visualRect(view.model.index(row, IdentifierTableModel.COPY))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.clipboard().text() == "1234567-OCI"
    assert window.statusBar().currentMessage() == "Copied Order ID"


def test_entering_a_number_updates_the_desks_tab(window):
    idents = window.view("IdentifiersView")
    desks_view = window.view("DesksView")
    window.tabs.setCurrentWidget(desks_view)
    phone = next(r for r in desks_view.model.records() if r.kind == "phone")
    desks_view.select(phone.id)
    assert "missing" in desks_view.asks_for.text()

    window.tabs.setCurrentWidget(idents)
    sr = next(i for i in idents.model.records() if i.name == "SR number")
    set_identifier_value(idents, sr.id, "3-1234567890")
    assert identifiers.get_identifier(sr.id).value == "3-1234567890"
    window.tabs.setCurrentWidget(desks_view)
    assert desks_view.current_id() == phone.id
    assert "3-1234567890" in desks_view.asks_for.text() and "missing" not in desks_view.asks_for.text()


def test_japanese_tab_titles(window):
    window.set_language("ja")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    start = titles.index("窓口")
    assert ["窓口", "識別番号", "チェックリスト", "リソース"] == titles[start:start + 4]
    view = window.view("IdentifiersView")
    window.tabs.setCurrentWidget(view)
    assert view.model.headerData(IdentifierTableModel.ASKED_BY, Qt.Orientation.Horizontal) == "求める窓口"
