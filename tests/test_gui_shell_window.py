"""The main window on a real database: new case, delete case, status, language, demo offer."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from casekeeper.db import cases, desks, events, settings
from casekeeper.gui import i18n
from casekeeper.gui.main_window import MainWindow
from tests.gui_shell_support import ModalAnswer, click_button


def case_titles_in_list(w):
    return [w.proxy.index(r, 0).data() for r in range(w.proxy.rowCount())]


def test_empty_window_shows_a_start_page_not_an_empty_pane(window):
    assert window.stack.currentWidget() is window.empty
    assert window.empty.new_button.isVisible() and window.empty.demo_button.isVisible()
    assert not window.log_action.isEnabled() and not window.delete_action.isEnabled()


def test_new_case_through_the_dialog(window, qtbot):
    def fill(dialog):
        dialog.title.setText("Account suspended without notice")
        dialog.provider.setText("ExampleCloud")
        dialog.account.setText("tenancy demo-1")
        dialog.summary.setPlainText("日本語の要約も大丈夫")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer = ModalAnswer(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    answer.check()
    [case] = cases.list_cases()
    assert (case.title, case.provider, case.account, case.status) == (
        "Account suspended without notice", "ExampleCloud", "tenancy demo-1", "open")
    assert case.summary == "日本語の要約も大丈夫"
    assert case_titles_in_list(window) == ["Account suspended without notice"]
    assert window.stack.currentWidget() is window.tabs
    overview = window.view("OverviewView")
    assert overview.title.text() == "Account suspended without notice"
    assert "Account suspended without notice" in window.windowTitle()


def test_new_case_without_title_is_refused_and_writes_nothing(window, qtbot):
    from casekeeper.gui.dialogs.case_dialog import CaseDialog

    dialog = CaseDialog(window)
    qtbot.addWidget(dialog)
    dialog.title.setText("   ")
    messages = ModalAnswer(lambda box: (messages_text.append(box.text()), box.accept()))
    messages_text: list[str] = []
    dialog.accept()
    messages.check()
    assert "title" in messages_text[0] and "empty" in messages_text[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert cases.list_cases() == []


def test_filter_box_narrows_the_case_list(window, qtbot):
    cases.create_case("Suspended at OCI", provider="Oracle")
    cases.create_case("Billing question", provider="ExampleCloud")
    window.refresh_cases()
    qtbot.keyClicks(window.filter, "oracle")
    assert case_titles_in_list(window) == ["Suspended at OCI"]
    window.filter.clear()
    assert len(case_titles_in_list(window)) == 2


def test_delete_case_asks_first_and_cancel_keeps_it(window, qtbot):
    case = cases.create_case("Keep me", provider="P")
    events.create_event(case.id, "note", "first note")
    window.refresh_cases()
    window.open_case(case.id)
    texts = []

    answer = ModalAnswer(lambda box: (texts.append(box.text()), click_button(box, "Cancel")))
    window.delete_action.trigger()
    answer.check()
    assert "Keep me" in texts[0] and "(1)" in texts[0] and "cannot be undone" in texts[0]
    assert [c.title for c in cases.list_cases()] == ["Keep me"]
    assert window.stack.currentWidget() is window.tabs

    answer = ModalAnswer(lambda box: click_button(box, "Delete"))
    window.delete_action.trigger()
    answer.check()
    assert cases.list_cases() == []
    assert case_titles_in_list(window) == []
    assert window.stack.currentWidget() is window.empty


def test_closing_the_case_clears_the_list_selection(window):
    case = cases.create_case("Selected")
    window.refresh_cases()
    window.open_case(case.id)
    assert window.case_table.selectionModel().hasSelection()
    window.open_case(None)
    assert not window.case_table.selectionModel().hasSelection()
    assert window.stack.currentWidget() is window.empty
    window.case_table.selectRow(0)    # clicking the row opens it again
    assert window.case_id == case.id and window.stack.currentWidget() is window.tabs


def test_status_changed_on_the_overview_is_saved_and_listed(window, qtbot):
    case = cases.create_case("Status case")
    window.refresh_cases()
    window.open_case(case.id, tab=0)
    overview = window.view("OverviewView")
    overview.status.setFocus()
    qtbot.keyClick(overview.status, Qt.Key.Key_Down)   # open -> waiting on provider
    assert cases.get_case(case.id).status == "waiting_provider"
    row = window.case_model.row_of(case.id)
    assert window.case_model.index(row, 2).data() == "Waiting on provider"


def test_overview_lists_what_is_next(window, clock):
    case = cases.create_case("Next steps")
    desk = desks.create_desk(case.id, "Phone line")
    from casekeeper.db import identifiers

    identifiers.create_identifier(case.id, "SR number", needed_by_desks=[desk.id])
    from casekeeper.db import checklists

    checklists.create_checklist(case.id, "Move away", ["Move DNS", "Rebuild server"])
    window.refresh_cases()
    window.open_case(case.id, tab=0)
    from datetime import datetime, timedelta, timezone

    from casekeeper.db.models import Deadline

    due = datetime(2026, 3, 9, 3, 0, tzinfo=timezone.utc)
    Deadline.create(case=case.id, desk=desk.id, kind="reply_window", title="Reply to the escalation mail",
                    due_at=due, created_at=due, updated_at=due)
    Deadline.create(case=case.id, kind="custom", title="Already done", due_at=due, state="done",
                    created_at=due, updated_at=due)
    window.refresh_cases()
    window.open_case(case.id, tab=0)
    text = window.view("OverviewView").next_label.text()
    assert "SR number" in text and "Move DNS" in text and "Open checklist items (2)" in text
    assert "Open deadlines (1)" in text and "Reply to the escalation mail" in text and "Phone line" in text
    from casekeeper.gui.common import fmt_datetime

    assert fmt_datetime(due) in text and "Already done" not in text
    assert "overdue" not in text
    clock.set(due + timedelta(minutes=1))
    window.view("OverviewView").refresh()
    assert "overdue" in window.view("OverviewView").next_label.text()


def test_switching_to_japanese_rebuilds_the_window_keeping_the_case_and_tab(window, data_dir):
    case = cases.create_case("言語テスト")
    window.refresh_cases()
    window.open_case(case.id, tab=1)
    window.language_actions["ja"].trigger()
    assert [window.tabs.tabText(i) for i in range(2)] == ["概要", "タイムライン"]
    assert [a.text() for a in window.menuBar().actions()][:2] == ["ファイル(&F)", "ケース(&C)"]
    assert window.case_id == case.id and window.tabs.currentIndex() == 1
    assert window.view("TimelineView").log_button.text() == "連絡を記録(&L)…"
    assert settings.load(data_dir)["language"] == "ja"
    buttons = []
    answer = ModalAnswer(lambda box: (buttons.extend(b.text() for b in box.buttons()), click_button(box, "キャンセル")))
    window.delete_action.trigger()
    answer.check()
    assert sorted(buttons) == ["キャンセル", "削除"]
    window.language_actions["en"].trigger()
    assert window.tabs.tabText(0) == "Overview"
    assert settings.load(data_dir)["language"] == "en"


def test_first_start_offers_the_demo_case_once(window, data_dir):
    answer = ModalAnswer(lambda box: click_button(box, "Yes"))
    window.offer_demo_if_empty()
    box = answer.check()
    assert isinstance(box, QMessageBox)
    [case] = cases.list_cases()
    assert case.provider == "Oracle Cloud Infrastructure"
    assert window.case_id == case.id
    assert settings.load(data_dir)["demo_offered"] is True


def test_window_geometry_and_open_case_are_remembered(window, qtbot, data_dir):
    case = cases.create_case("Remember me")
    window.refresh_cases()
    window.open_case(case.id)
    window.resize(701, 502)
    window.splitter.setSizes([250, 451])
    left = window.splitter.sizes()[0]
    window.close()
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 701
    assert again.splitter.sizes()[0] == left
    assert again.case_id == case.id


def test_a_new_window_opens_the_most_recent_case(qtbot, db, data_dir, clock):
    from datetime import timedelta

    cases.create_case("Older")
    clock.set(clock() + timedelta(hours=1))
    newer = cases.create_case("Newer")
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    assert w.case_id == newer.id and w.showing_today()      # cases still open: Today first, clocks of the newest
    w.open_case(w.case_id)
    assert w.stack.currentWidget() is w.tabs


def test_demo_offer_speaks_the_ui_language_and_adds_the_japanese_demo(qtbot, db, data_dir, clock):
    i18n.install("ja")
    try:
        w = MainWindow(data_dir)
        qtbot.addWidget(w)
        seen = []
        answer = ModalAnswer(lambda box: (seen.append(box.text()), click_button(box, "はい")))
        w.offer_demo_if_empty()
        answer.check()
        assert "デモケース" in seen[0]
        [case] = cases.list_cases()
        assert any("\u3040" <= ch <= "\u30ff" for ch in case.title)    # kana: the Japanese demo text
    finally:
        i18n.install("en")


def test_edit_case_dialog_refuses_closing_before_opening(window, qtbot):
    from datetime import timedelta

    from casekeeper.gui.dialogs.case_dialog import CaseDialog

    case = cases.create_case("Dates")
    dialog = CaseDialog(window, case.id)
    qtbot.addWidget(dialog)
    dialog.title.setText("Dates changed")
    dialog.closed_check.setChecked(True)
    dialog.closed.set_value(case.opened_at - timedelta(days=3))
    seen = []
    answer = ModalAnswer(lambda box: (seen.append(box.text()), box.accept()))
    dialog.accept()
    answer.check()
    assert "before it was opened" in seen[0]
    again = cases.get_case(case.id)
    assert (again.title, again.closed_at) == ("Dates", None)     # nothing written
