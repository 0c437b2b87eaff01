"""Keys in the real dialogs (gui/dialogs/base.py FormDialog): Tab moves on (Ctrl+Tab types
a tab), Ctrl+Enter submits, Esc asks first when something was typed, and the date field
does not swallow the keys typed after tabbing into it."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casekeeper.db import cases, desks, events, identifiers, resources
from tests.gui_shell_support import ModalAnswer, click_button

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


@pytest.fixture
def case(db, clock):
    return cases.create_case("Account suspended", provider="Example Cloud")


def _event_dialog(qtbot, case):
    from casekeeper.gui.dialogs.event_dialog import EventDialog

    return _shown(qtbot, EventDialog(case.id))


def test_tab_leaves_the_text_field_and_ctrl_tab_types_a_tab(qtbot, case):
    dialog = _event_dialog(qtbot, case)
    _focus(qtbot, dialog.body)
    qtbot.keyClicks(dialog.body, "line")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab, CTRL)
    qtbot.keyClicks(dialog.body, "indented")
    assert dialog.body.toPlainText() == "line\tindented"
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
    assert not dialog.body.hasFocus()
    assert dialog.body.toPlainText() == "line\tindented"


@pytest.mark.parametrize("make", ["desk", "identifier", "resource", "login"])
def test_tab_moves_on_from_notes_and_hours_in_every_record_dialog(qtbot, case, make):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog
    from casekeeper.gui.dialogs.login_dialog import LoginDialog
    from casekeeper.gui.dialogs.resource_dialog import ResourceDialog

    cls = {"desk": DeskDialog, "identifier": IdentifierDialog, "resource": ResourceDialog, "login": LoginDialog}[make]
    dialog = _shown(qtbot, cls(None, case.id))
    edits = [dialog.notes] + ([dialog.hours_editor.text] if make == "desk" else [])
    for edit in edits:
        if not edit.isVisible():
            dialog.hours_editor.show_text(True)
        _focus(qtbot, edit)
        before = edit.toPlainText()
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert not edit.hasFocus(), f"{make}: Tab stayed in the text field"
        assert edit.toPlainText() == before


def test_ctrl_enter_logs_the_contact_from_the_text_field(qtbot, case):
    dialog = _event_dialog(qtbot, case)
    dialog.summary.setText("Called the billing desk")
    _focus(qtbot, dialog.body)
    qtbot.keyClicks(dialog.body, "They said the card payments went through.")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == dialog.DialogCode.Accepted
    [event_id] = events.event_ids(case.id)
    event = events.get_event(event_id)
    assert event.summary == "Called the billing desk"
    assert event.body == "They said the card payments went through."


def test_ctrl_enter_on_the_keypad_saves_a_record_dialog_too(qtbot, case):
    from casekeeper.gui.dialogs.resource_dialog import ResourceDialog

    dialog = _shown(qtbot, ResourceDialog(None, case.id))
    _focus(qtbot, dialog.name)
    qtbot.keyClicks(dialog.name, "web-1")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert [r.name for r in resources.list_resources(case.id)] == ["web-1"]


def test_ctrl_enter_with_a_mistake_keeps_the_dialog_and_says_why(qtbot, case):
    from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog

    dialog = _shown(qtbot, IdentifierDialog(None, case.id))     # no name: refused
    _focus(qtbot, dialog.value)
    qtbot.keyClicks(dialog.value, "12345")
    seen = []
    answer = ModalAnswer(lambda box: (seen.append(box.text()), box.accept()))
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return, CTRL)
    answer.check()
    assert seen and dialog.isVisible()
    assert identifiers.list_identifiers(case.id) == []


def test_esc_on_an_untouched_dialog_closes_it_at_once(qtbot, case):
    dialog = _event_dialog(qtbot, case)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_esc_after_typing_a_contact_asks_and_keep_editing_keeps_it(qtbot, case):
    dialog = _event_dialog(qtbot, case)
    _focus(qtbot, dialog.summary)
    qtbot.keyClicks(dialog.summary, "Chat with a bot")
    questions = []
    answer = ModalAnswer(lambda box: (questions.append(box.text()), click_button(box, "Keep editing")))
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    answer.check()
    assert questions and "lose" in questions[0]
    assert dialog.isVisible() and dialog.summary.text() == "Chat with a bot"

    answer = ModalAnswer(lambda box: click_button(box, "Discard"))
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    answer.check()
    assert not dialog.isVisible()
    assert events.event_ids(case.id) == []


def test_esc_asks_for_a_ticked_box_or_a_changed_choice_too(qtbot, case):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    dialog = _shown(qtbot, DeskDialog(None, case.id))
    dialog.reply_business.setChecked(True)
    answer = ModalAnswer(lambda box: click_button(box, "Keep editing"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer.check()
    assert dialog.isVisible()
    dialog.reply_business.setChecked(False)       # back as it was: nothing to lose
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cancel_closes_without_asking(qtbot, case):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = _event_dialog(qtbot, case)
    dialog.summary.setText("typed")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_the_password_typed_is_not_kept_to_compare(qtbot, case):
    from casekeeper.gui.dialogs.base import field_values
    from casekeeper.gui.dialogs.login_dialog import LoginDialog

    dialog = _shown(qtbot, LoginDialog(None, case.id))
    dialog.secret.setText("hunter2-secret")
    assert "hunter2-secret" not in repr(field_values(dialog))
    assert dialog.is_changed()


# ---------------------------------------------------------------- the date field


def _case_dialog(qtbot, case):
    from casekeeper.gui.dialogs.case_dialog import CaseDialog

    return _shown(qtbot, CaseDialog(None, case.id))


def test_tab_goes_through_the_date_field_without_changing_it(qtbot, case):
    dialog = _case_dialog(qtbot, case)
    opened = dialog.opened.value()
    _focus(qtbot, dialog.status)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Tab)
    assert dialog.opened.hasFocus()
    assert dialog.opened.currentSectionIndex() == 0           # the year, whole
    assert dialog.opened.lineEdit().selectedText() == f"{dialog.opened.date().year():04d}"
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)              # one Tab: on to the next field
    assert dialog.closed_check.hasFocus()
    qtbot.keyClick(dialog.closed_check, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.opened.hasFocus() and dialog.opened.currentSectionIndex() == 0
    qtbot.keyClicks(dialog.opened, "3 pm call")               # meant for another field
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)
    assert dialog.opened.value() == opened                     # nothing changed silently


def test_typing_a_year_after_tabbing_in_changes_only_the_year(qtbot, case):
    dialog = _case_dialog(qtbot, case)
    before = dialog.opened.dateTime()
    _focus(qtbot, dialog.status)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.opened, "2025")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)
    after = dialog.opened.dateTime()
    assert after.date().year() == 2025
    assert (after.date().month(), after.date().day(), after.time()) == \
        (before.date().month(), before.date().day(), before.time())


def test_the_opened_date_is_kept_when_the_case_is_saved_by_keyboard(qtbot, case, clock):
    cases.update_case(case.id, opened_at=datetime(2026, 2, 27, 9, 15, tzinfo=timezone.utc))
    dialog = _case_dialog(qtbot, case)
    _focus(qtbot, dialog.status)
    for _ in range(2):      # through the date field, as a user tabbing on to the next field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.closed_check
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert cases.get_case(case.id).opened_at == datetime(2026, 2, 27, 9, 15, tzinfo=timezone.utc)


def test_desks_dialog_keeps_working_with_the_keys(qtbot, case):
    """Sanity: the shared base changed nothing about saving."""
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    dialog = _shown(qtbot, DeskDialog(None, case.id))
    dialog.name.setText("Billing desk")
    _focus(qtbot, dialog.name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert [d.name for d in desks.list_desks(case.id)] == ["Billing desk"]
