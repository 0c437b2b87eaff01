"""The workspace tabs in Japanese: labels, kinds and states come from workspace_ja.qm."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from casekeeper.db.demo import add_demo_case
from casekeeper.gui import i18n
from casekeeper.gui.models.identifier_model import IdentifierTableModel
from casekeeper.gui.models.resource_model import ResourceTableModel
from casekeeper.gui.views.checklists import ChecklistsView
from casekeeper.gui.views.desks import DesksView
from casekeeper.gui.views.identifiers import IdentifiersView
from casekeeper.gui.views.resources import ResourcesView


@pytest.fixture
def japanese(qapp):
    assert i18n.install("ja") == "ja"
    yield
    i18n.install("en")


def _shown(qtbot, view, case_id):
    qtbot.addWidget(view)
    view.set_case(case_id)
    return view


def test_views_show_japanese_labels(db, clock, qtbot, japanese):
    case = add_demo_case("ja")
    desks_view = _shown(qtbot, DesksView(), case.id)
    header = desks_view.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "種類"
    kinds = {desks_view.model.index(r, 0).data() for r in range(desks_view.model.rowCount())}
    assert {"チャット", "電話", "メール"} <= kinds
    assert desks_view.add_button.text() == "窓口を追加(&A)…"
    hours = [desks_view.model.index(r, desks_view.model.HOURS).data() for r in range(desks_view.model.rowCount())]
    assert "常時受付" in hours and any(h.startswith("月-金") for h in hours)
    phone_desk = next(desks_view.model.record_at(r) for r in range(desks_view.model.rowCount())
                      if desks_view.model.record_at(r).kind == "phone")
    desks_view.select(phone_desk.id)
    assert "未入手" in desks_view.asks_for.text() and "missing" not in desks_view.asks_for.text()

    ident_view = _shown(qtbot, IdentifiersView(), case.id)
    assert "手元に用意するもの" in [label.text() for label in ident_view.findChildren(QLabel)]
    values = [ident_view.model.index(r, IdentifierTableModel.VALUE).data() for r in range(ident_view.model.rowCount())]
    assert "未入手" in values
    phone = next(c for c in ident_view.cards.cards() if c.kind == "phone")
    assert ident_view.card_delegate._badge(phone)[0] == "1 件未入手"
    row = ident_view.cards.cards().index(phone)
    assert "未入手" in ident_view.cards.index(row).data(Qt.ItemDataRole.AccessibleTextRole)   # what a screen reader says

    lists_view = _shown(qtbot, ChecklistsView(), case.id)
    assert lists_view.items.headerData(0, Qt.Orientation.Horizontal) == "項目"
    assert "新しいチェックリスト" in lists_view.new_list_button.text()

    res_view = _shown(qtbot, ResourcesView(), case.id)
    states = {res_view.model.index(r, ResourceTableModel.STATE).data() for r in range(res_view.model.rowCount())}
    assert "停止" in states
    assert res_view.model.headerData(ResourceTableModel.STATE, Qt.Orientation.Horizontal) == "状態"
