"""The deadlines area in the real main window: Today as the start page, the tray,
close-to-tray asked once, File > Quit really quits, menu entries."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from casekeeper.db import cases, deadlines, settings
from casekeeper.gui import i18n
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.reminder_tray import ReminderTray
from tests.gui_shell_support import ModalAnswer, click_button


@pytest.fixture
def window(qtbot, db, data_dir, clock, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(ReminderTray, "available", staticmethod(lambda: True))
    clock.set(datetime(2026, 3, 24, 1, 30, tzinfo=timezone.utc))
    case = cases.create_case("OCI suspended")
    deadlines.create_deadline(case.id, "custom", "Reply to support", due_at=clock.at + timedelta(days=2))
    settings.save(data_dir, {"last_case": case.id})
    w = MainWindow(data_dir)      # not handed to qtbot: it would close it before our teardown
    from casekeeper.gui.deadlines_integration import install

    install(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: getattr(w, "reminder_tray", None) is not None
                    and w.reminder_tray.scheduler.checked_at is not None)   # right after the first paint
    yield w
    w.quitting = True
    w.close()
    w.deleteLater()
    i18n.install("en")


def test_today_is_the_start_page_and_the_tray_reminded(window, qtbot):
    assert window.showing_today() and window.today_button.isChecked()
    today = window.today
    assert window.stack.currentWidget() is today and window.view("TodayView") is None   # a page, not a case tab
    # the all-case lists fill in right after the window's first paint (start-up does not wait)
    qtbot.waitUntil(lambda: today.due_model.rowCount() == 1)
    assert [c.case_id for c in today.clock_model.rows] == [window.case_id]     # every case still going
    assert [t for t, _ in window.reminder_tray.shown] == ["Due within 3 days"]
    files = [a.text() for a in window.menu("file").actions()]
    assert "Export deadlines (.ics)…" in files
    window.autostart_action.setChecked(True)
    from casekeeper.gui import autostart

    assert autostart.is_enabled()
    window.autostart_action.setChecked(False)
    assert not autostart.is_enabled()


def test_closing_keeps_running_in_the_tray_asked_once(window, data_dir, qtbot):
    answer = ModalAnswer(lambda box: click_button(box, "Keep running"))
    window.close()
    answer.check()
    assert not window.isVisible() and settings.load(data_dir)["close_to_tray"] is True
    window.show()
    window.close()                      # no question the second time
    assert not window.isVisible()
    window.show()
    quit_action = next(a for a in window.menu("file").actions() if a.text() == "&Quit")
    quit_action.trigger()
    assert window.quitting and not window.isVisible()


def test_language_switch_keeps_the_hooks(window):
    window.language_actions["ja"].trigger()
    assert window.showing_today() and window.today_button.text().startswith("今日")
    assert any(a.text() == "期限を書き出す (.ics)…" for a in window.menu("file").actions())
    window.language_actions["en"].trigger()


def test_a_change_in_any_view_reschedules_the_reminders(window, clock):
    tray = window.reminder_tray
    assert tray.scheduler.next_at == clock.at + timedelta(days=1)     # the 1-day reminder of "Reply to support"
    deadlines.create_deadline(window.case_id, "custom", "Sooner", due_at=clock.at + timedelta(days=1, hours=1))
    window.view("TimelineView").changed.emit()
    assert tray.scheduler.next_at == clock.at + timedelta(hours=1)   # its 1-day reminder comes first


def test_choosing_an_item_in_today_opens_its_case_and_ctrl_t_comes_back(window, qtbot):
    from PySide6.QtCore import Qt

    from casekeeper.db import desks

    desk = desks.create_desk(window.case_id, "Phone", hours=["always"])
    today = window.today
    with qtbot.waitSignal(today.filled):
        window.show_today()
    row = next(r for r in range(today.desks_model.rowCount()) if today.desks_model.rows[r].desk.id == desk.id)
    today.desks_table.doubleClicked.emit(today.desks_model.index(row, 0))
    assert not window.showing_today() and window.tabs.currentWidget() is window.view("DesksView")
    assert window.view("DesksView").current_id() == desk.id and not window.today_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.showing_today() and window.today_button.isChecked()
    assert not window.case_table.selectionModel().hasSelection()
    today.due_table.doubleClicked.emit(today.due_model.index(0, 1))       # a deadline: the case's Deadlines tab
    deadlines_tab = window.view("DeadlinesView")
    assert window.tabs.currentWidget() is deadlines_tab and window.case_id == desk.case_id
    assert deadlines_tab.list.selected().title == "Reply to support"


def test_start_page_is_the_last_case_when_no_case_is_open(qtbot, db, data_dir, clock):
    closed = cases.create_case("All done", status="closed")
    settings.save(data_dir, {"last_case": closed.id})
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    assert not w.showing_today() and w.case_id == closed.id
    cases.create_case("Still going")
    w2 = MainWindow(data_dir)
    qtbot.addWidget(w2)
    assert w2.showing_today()
    qtbot.waitUntil(lambda: w2.today.has_data)          # read off the GUI thread
    assert [c.case_title for c in w2.today.clock_model.rows] == ["Still going"]    # not the closed one


def test_today_without_any_case_is_the_welcome_page(qtbot, db, data_dir, clock):
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show_today()
    assert not w.showing_today() and w.stack.currentWidget() is w.empty
