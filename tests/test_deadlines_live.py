"""The deadlines area driven through the real main window (pytest-qt): a reply window
entered where the mail is logged, every deadline seen and changed in the Deadlines tab
and the all-cases list, Today keeping itself, and desk status updating on its own when
the (injected) clock passes a closing time."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casekeeper.db import cases, deadlines, desks, events, reminders, settings
from casekeeper.gui.live_clock import live_clock
from tests.gui_shell_support import ModalAnswer, click_button

NOW = datetime(2026, 3, 23, 16, 20, tzinfo=timezone.utc)      # a Monday, 16:20 (the user's zone is UTC here)


pytestmark = pytest.mark.usefixtures("user_in_utc")


@pytest.fixture
def case(db, clock):
    clock.set(NOW)
    c = cases.create_case("OCI suspended")
    c.email = desks.create_desk(c.id, "Support email", kind="email", timezone="UTC", hours=["always"])
    c.phone = desks.create_desk(c.id, "Phone", kind="phone", timezone="UTC", hours=["Mon-Fri 09:00-17:00"])
    return c


def fire_live_clock():
    live_clock().timer.timeout.emit()


def test_a_received_mail_with_a_10_day_window_is_logged_from_the_dialog(window, case, clock, qtbot):
    window.open_case(case.id)

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("received"))
        dialog.desk.setCurrentIndex(dialog.desk.findData(case.email.id))
        dialog.summary.setText("Decision is final")
        dialog.body.setPlainText("Your account stays closed. Please reply within 10 days to keep this thread open.")
        reply = dialog.reply
        assert reply.isVisible() and reply.value().is_none          # the desk has no rule
        assert reply.use_suggestion.isVisible()                     # the text says so: offered, not applied
        assert "within 10 days" in reply.suggestion.text()
        qtbot.mouseClick(reply.use_suggestion, Qt.MouseButton.LeftButton)
        assert (reply.value().days, reply.value().business) == (10, False)
        assert reply.result.text() == "→ Thu 2 Apr 16:20"
        dialog.accept()

    answer = ModalAnswer(fill)
    window.log_action.trigger()                                      # Case > Log contact… (Ctrl+N)
    answer.check()
    (d,) = deadlines.list_deadlines(case.id)
    assert (d.kind, d.due_at, d.state) == ("reply_window", NOW + timedelta(days=10), "open")

    window.refresh_cases()
    window.show_today()                                              # Today: the case's clock names it
    with qtbot.waitSignal(window.today.filled):                     # read off the GUI thread
        window.today.refresh()
    (row,) = window.today.clock_model.rows
    owe = window.today.clock_model.index(0, 1).data()
    assert row.case_title == "OCI suspended" and owe.startswith("Thu 2 Apr 16:20") and "Reply to Support email" in owe

    window.open_case(case.id)                                        # the Deadlines tab, with no horizon
    tab = window.view("DeadlinesView")
    window.tabs.setCurrentWidget(tab)
    tree = tab.list.model
    assert [(tree.group_key(g), [r.title for r in tree.groups[g][1]]) for g in range(tree.rowCount())] == \
        [("later", ["Reply to Support email"])]
    assert tab.clocks.owe.value.text() == "Thu 2 Apr 16:20"


def test_a_deadline_20_days_out_is_edited_snoozed_done_and_reopened(window, case, clock, qtbot):
    far = deadlines.create_deadline(case.id, "custom", "File a complaint", due_at=NOW + timedelta(days=20))
    window.open_case(case.id)
    tab = window.view("DeadlinesView")
    window.tabs.setCurrentWidget(tab)
    lst = tab.list
    lst.select(far.id)
    assert lst.selected().id == far.id

    def edit(dialog):
        assert dialog.title.text() == "File a complaint"
        dialog.title.setText("File a complaint with the consumer centre")
        dialog.due.set_value(NOW + timedelta(days=21))
        dialog.notes.setPlainText("Bring the timeline report")
        dialog.accept()

    answer = ModalAnswer(edit)
    lst.tree.setFocus()
    qtbot.keyClick(lst.tree, Qt.Key.Key_F2)                          # the keyboard edits
    answer.check()
    d = deadlines.get_deadline(far.id)
    assert (d.title, d.due_at, d.notes) == ("File a complaint with the consumer centre", NOW + timedelta(days=21),
                                           "Bring the timeline report")
    assert lst.selected().id == far.id

    lst.snooze_menu.actions()[1].trigger()                           # For a day
    assert deadlines.get_deadline(far.id).snoozed_until == NOW + timedelta(days=1)
    assert "snoozed until" in lst.model.data(lst.model.index_of(far.id).siblingAtColumn(2))

    qtbot.mouseClick(lst.done_button, Qt.MouseButton.LeftButton)
    d = deadlines.get_deadline(far.id)
    assert (d.state, d.ended_at) == ("done", NOW)
    history = lst.model.index_of(far.id).parent()
    assert lst.model.group_key(history.row()) == "history"
    assert lst.model.data(lst.model.index_of(far.id).siblingAtColumn(2)) == "Done Mon 23 Mar 16:20"

    lst.select(far.id)
    assert lst.reopen_button.isEnabled() and not lst.done_button.isEnabled()
    lst.reopen_button.animateClick()
    qtbot.waitUntil(lambda: deadlines.get_deadline(far.id).state == "open")
    assert lst.model.group_key(lst.model.index_of(far.id).parent().row()) == "later"


def test_a_desk_status_changes_on_screen_when_the_clock_passes_closing(window, case, clock, qtbot):
    window.open_case(case.id)
    view = window.view("DesksView")
    window.tabs.setCurrentWidget(view)
    view.select(case.phone.id)
    model = view.table.model()
    row = next(r for r in range(model.rowCount()) if model.record_at(r).id == case.phone.id)
    status = lambda: model.index(row, model.STATUS).data()     # noqa: E731
    qtbot.waitUntil(lambda: status() != "")
    assert status() == "Open now, closes 17:00"
    assert live_clock().next_at == datetime(2026, 3, 23, 16, 30, tzinfo=timezone.utc)   # 30 min before closing

    clock.set(datetime(2026, 3, 23, 16, 43, tzinfo=timezone.utc))
    fire_live_clock()
    assert status() == "Closes in 17 min (17:00)"
    assert view.open_now.text() == status()
    assert model.index(row, model.STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#b26a00"   # a warning

    clock.set(datetime(2026, 3, 23, 17, 0, 1, tzinfo=timezone.utc))     # past closing: no reopening needed
    fire_live_clock()
    assert status() == "Closed, opens Tue 09:00"                       # the cell; the details give the date
    assert view.open_now.text() == "Closed, opens Tue 24 Mar 09:00"
    assert live_clock().next_at == datetime(2026, 3, 24, 9, 0, tzinfo=timezone.utc)


def test_add_deadline_on_today_keeps_today(window, case, clock, qtbot):
    window.refresh_cases()           # the case was made after the window
    window.open_case(case.id)        # as a user does: a case, then Today (Ctrl+T)
    window.show_today()
    with qtbot.waitSignal(window.today.filled):
        window.today.refresh()
    assert window.showing_today()

    def fill(dialog):
        assert dialog.case.currentData() == case.id
        dialog.title.setText("Call the registrar")
        dialog.due.set_value(NOW + timedelta(days=2))
        dialog.accept()

    answer = ModalAnswer(fill)
    qtbot.mouseClick(window.today.add_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert window.showing_today() and window.today_button.isChecked()
    assert window.stack.currentWidget() is window.today
    qtbot.waitUntil(lambda: "Call the registrar" in [r.title for r in window.today.due_model.rows])


def _all_deadlines_by_ctrl_d(window, qtbot):
    """Today shown, Ctrl+D: the all-cases list as a user opens it."""
    window.refresh_cases()
    window.show_today()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.all_deadlines_window is not None and window.all_deadlines_window.isVisible())
    return window.all_deadlines_window.list


def test_ctrl_d_lists_every_deadline_with_no_horizon_and_how_they_ended(window, case, clock, qtbot):
    other = cases.create_case("Second provider")
    deadlines.create_deadline(other.id, "custom", "Renew the domain", due_at=NOW + timedelta(days=40))
    got = events.create_event(case.id, "received", "Reply within 2 days", occurred_at=NOW - timedelta(days=5),
                              desk=case.email.id, reply=__import__("casekeeper.db.reply_by", fromlist=["x"]).ReplyBy(2))
    events.create_event(case.id, "sent", "My answer", occurred_at=NOW - timedelta(days=1), desk=case.email.id)
    lst = _all_deadlines_by_ctrl_d(window, qtbot)
    groups = {lst.model.group_key(g): lst.model.groups[g][1] for g in range(lst.model.rowCount())}
    assert [r.title for r in groups["later"]] == ["Renew the domain"]                 # 40 days out
    (late,) = groups["history"]
    assert late.source_event_id == got.id and late.outcome == "answered_late"
    history = lst.model.index([*groups].index("history"), 0)
    assert not lst.tree.isExpanded(history)                                           # collapsed
    assert lst.model.data(lst.model.index_of(late.id).siblingAtColumn(2)).startswith("Answered late Sun 22 Mar")
    assert lst.model.columns[4] == "Case"
    window.all_deadlines_window.close()


def test_today_lists_closed_desks_with_their_next_opening_and_every_case_clock(window, case, clock, qtbot):
    clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=timezone.utc))
    tokyo = desks.create_desk(case.id, "Billing (Japan)", language="ja", hours=["Mon-Fri 09:00-17:00"])
    cases.create_case("Second provider")
    window.refresh_cases()
    window.show_today()
    today = window.today
    with qtbot.waitSignal(today.filled):
        today.refresh()
    rows = {o.desk.name: today.desks_model.index(r, 1).data() for r, o in enumerate(today.desks_model.rows)}
    assert rows["Phone"] == "Closed, opens Tue 24 Mar 09:00"
    assert rows["Billing (Japan)"] == "Closed, opens Tue 24 Mar 00:00 (09:00 JST at the desk)"
    assert tokyo.timezone == "Asia/Tokyo"
    assert [o.desk.name for o in today.desks_model.rows][0] == "Support email"        # open ones first
    assert "1 open now, 2 closed" in today.desks_heading.text()
    assert sorted(c.case_title for c in today.clock_model.rows) == ["OCI suspended", "Second provider"]


def test_reminder_offsets_are_a_setting(window, data_dir, case, clock, qtbot):
    action = window.reminder_settings_action
    assert action in window.menu("settings").actions()

    def choose(dialog):
        for offset, box in dialog.boxes.items():
            box.setChecked(offset in ("7d", "passed"))
        dialog.accept()

    answer = ModalAnswer(choose)
    action.trigger()
    answer.check()
    assert settings.load(data_dir)[reminders.SETTING] == ["7d", "passed"]
    deadlines.create_deadline(case.id, "custom", "Far", due_at=NOW + timedelta(days=6))
    shown, next_at = reminders.check(NOW, reminders.offsets_of(settings.load(data_dir)))
    assert [r.stage for r in shown] == ["7d"] and next_at == NOW + timedelta(days=6)


def test_a_japanese_desk_gets_japans_calendar_in_the_dialog_and_a_new_rule_is_offered(window, case, clock, qtbot):
    window.open_case(case.id)
    view = window.view("DesksView")
    window.tabs.setCurrentWidget(view)
    events.create_event(case.id, "received", "Answer", occurred_at=NOW - timedelta(hours=2), desk=case.email.id)
    assert deadlines.list_deadlines(case.id) == []

    def japanese(dialog):
        dialog.name.setText("Sales form")
        dialog.timezone.setCurrentText("UTC")
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        form = dialog.hours_editor.form()
        assert dialog.timezone.currentText() == "Asia/Tokyo" and form.holidays == "JP" and len(form.closures) == 1
        assert dialog.rules.calendar_note.isVisibleTo(dialog) and "year-end" in dialog.rules.calendar_note.text()
        dialog.hours_editor.always.setChecked(True)          # always open, with a holiday calendar: said so
        assert dialog.rules.always_note.isVisibleTo(dialog) and "always" in dialog.rules.always_note.text()
        dialog.hours_editor.always.setChecked(False)
        dialog.accept()

    answer = ModalAnswer(japanese)
    view.add_record()
    answer.check()
    sales = next(d for d in desks.list_desks(case.id) if d.name == "Sales form")
    assert (sales.timezone, sales.holidays, [c["from"] for c in sales.closures]) == ("Asia/Tokyo", "JP", ["12-29"])

    view.select(case.email.id)

    def rule(dialog):
        dialog.reply_days.setValue(10)
        answer_apply = ModalAnswer(lambda box: click_button(box, "Apply to logged entries"))
        dialog.accept()
        answer_apply.check()

    answer = ModalAnswer(rule)
    view.edit_record()
    answer.check()
    (d,) = deadlines.list_deadlines(case.id)
    assert d.due_at == NOW - timedelta(hours=2) + timedelta(days=10)
    QApplication.processEvents()


def test_the_deadlines_tab_in_japanese(window, case, clock, qtbot):
    events.create_event(case.id, "received", "10日以内にご返信ください", occurred_at=NOW - timedelta(days=12),
                        desk=case.email.id, reply=__import__("casekeeper.db.reply_by", fromlist=["x"]).ReplyBy(10))
    window.refresh_cases()
    window.set_language("ja")
    window.open_case(case.id)
    tab = window.view("DeadlinesView")
    window.tabs.setCurrentWidget(tab)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "期限"
    model = tab.list.model
    assert model.data(model.index(0, 0)) == "期限切れ（1）"
    assert model.data(model.index(0, 1, model.index(0, 0))) == "Support emailに返信"
    assert tab.list.done_button.text() == "完了にする(&D)"


def test_an_empty_all_cases_list_says_where_the_ended_cases_deadlines_are(window, case, clock, qtbot):
    """Only a closed case has deadlines: the list (cases still going) is empty and says why,
    rather than "No deadlines yet", which would be wrong."""
    deadlines.create_deadline(case.id, "custom", "Ask for the export", due_at=NOW + timedelta(days=3))
    cases.update_case(case.id, status="closed")
    lst = _all_deadlines_by_ctrl_d(window, qtbot)
    assert lst.empty.isVisible() and not lst.tree.isVisible()
    assert "resolved and closed cases" in lst.empty.text() and "yet" not in lst.empty.text()
    cases.update_case(case.id, status="open")
    lst.refresh()
    assert lst.tree.isVisible() and not lst.empty.isVisible()
    window.all_deadlines_window.close()
