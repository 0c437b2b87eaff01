"""Identifiers tab: copy a number, and the per-desk "Have these ready" cards."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from casekeeper.db import identifiers
from casekeeper.gui.models.identifier_model import IdentifierTableModel
from casekeeper.gui.views.identifiers import IdentifiersView
from tests.gui_shell_support import ModalAnswer
from tests.gui_workspace_helpers import demo_case, set_identifier_value, show_view


def _view(qtbot, case_id):
    return show_view(qtbot, IdentifiersView(), case_id)


def _row(view, name):
    return next(r for r in range(view.model.rowCount()) if view.model.record_at(r).name == name)


def _card(view, desk_name):
    return next(c for c in view.cards.cards() if c.name == desk_name)


def test_copy_button_puts_the_value_on_the_clipboard(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    QApplication.clipboard().clear()
    row = _row(view, "CSI number")
    rect = view.table.visualRect(view.model.index(row, IdentifierTableModel.COPY))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.clipboard().text() == "23456789"
    assert view.note.text() == "Copied CSI number"


def test_ctrl_c_copies_the_selected_value_and_a_missing_one_is_not_copied(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    QApplication.clipboard().setText("before")
    view.select(view.model.record_at(_row(view, "Order ID")).id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "1234567-OCI"
    view.select(view.model.record_at(_row(view, "SR number")).id)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "1234567-OCI"
    assert "missing" in view.note.text()


def test_table_marks_missing_values_and_names_the_desks_that_ask(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    sr = _row(view, "SR number")
    assert view.model.index(sr, IdentifierTableModel.VALUE).data() == "missing"
    assert view.model.index(sr, IdentifierTableModel.ASKED_BY).data() == "Technical support phone"
    csi = _row(view, "CSI number")
    assert view.model.index(csi, IdentifierTableModel.ASKED_BY).data() == "Support portal, Technical support phone"


def test_phone_desk_card_lists_sr_number_missing_until_it_is_entered(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    card = _card(view, "Technical support phone")
    assert ("SR number", "") in [(n, v) for _i, n, v in card.needs]
    assert card.missing == 1
    assert view.card_delegate._badge(card)[0] == "1 missing"

    changed = []
    view.changed.connect(lambda: changed.append(True))
    set_identifier_value(view, view.model.record_at(_row(view, "SR number")).id, "3-9876543210")
    assert changed
    card = _card(view, "Technical support phone")
    assert card.missing == 0
    assert view.card_delegate._badge(card)[0] == "ready"
    assert identifiers.get_identifier(view.current_id()).value == "3-9876543210"


def test_clicking_a_number_on_a_card_copies_it(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    QApplication.clipboard().clear()
    row = next(r for r in range(view.cards.rowCount()) if view.cards.card_at(r).name == "Billing desk (Japan)")
    rect = view.card_list.visualRect(view.cards.index(row))
    # second line of the card: the company name (invoice number comes first)
    top = rect.top() + 1 + view.card_delegate.PAD + view.card_delegate._header_height(_option(view))
    line_h = view.fontMetrics().height() + 4
    pos = QPoint(rect.left() + rect.width() // 2, top + line_h + line_h // 2)
    qtbot.mouseClick(view.card_list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert QApplication.clipboard().text() == "Sato Devworks"
    assert view.note.text() == "Copied Company name"


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view.card_list)
    return option


def test_add_identifier_asked_for_by_a_desk_shows_up_on_its_card(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)

    def fill(dialog):
        dialog.name.setText("Contract number")
        row = next(r for r in range(dialog.desks_model.rowCount())
                   if dialog.desks_model.index(r).data() == "Live chat")
        dialog.desks_model.setData(dialog.desks_model.index(row), Qt.CheckState.Checked.value,
                                   Qt.ItemDataRole.CheckStateRole)
        dialog.accept()

    answer = ModalAnswer(fill)
    view.add_record()
    answer.check()
    card = _card(view, "Live chat")
    assert [(n, v) for _i, n, v in card.needs] == [("Contract number", "")]
    assert view.model.record_at(_row(view, "Contract number")).value == ""


def test_a_case_without_desks_explains_where_the_cards_come_from(db, clock, qtbot):
    from casekeeper.db import cases, desks

    case = cases.create_case("New case")
    view = _view(qtbot, case.id)
    assert view.no_cards.isVisible() and not view.card_list.isVisible()
    csi = identifiers.create_identifier(case.id, "CSI number")
    desks.create_desk(case.id, "Support portal", kind="portal", asks_for=[csi.id])
    view.refresh()
    assert view.card_list.isVisible() and not view.no_cards.isVisible()
    assert [(c.name, c.missing) for c in view.cards.cards()] == [("Support portal", 1)]
