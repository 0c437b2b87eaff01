"""The timeline tab: log a contact with Ctrl+N, filter, last desk, edit, delete, 50,000 events."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casekeeper.db import cases, desks, events
from casekeeper.gui import i18n
from casekeeper.gui.common import fmt_datetime
from casekeeper.gui.dialogs.event_dialog import EventDialog
from casekeeper.gui.main_window import MainWindow
from tests.gui_shell_support import ModalAnswer, click_button


@pytest.fixture
def setup(qtbot, db, data_dir, clock):
    case = cases.create_case("Timeline case", provider="ExampleCloud")
    chat = desks.create_desk(case.id, "Live chat", kind="chat")
    billing = desks.create_desk(case.id, "Billing desk", kind="email")
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.refresh_cases()
    w.open_case(case.id, tab=0)
    yield w, case, chat, billing
    i18n.install("en")


def summaries(view):
    return [view.model.index(r, 3).data() for r in range(view.model.rowCount())]


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_n_logs_a_contact_that_shows_in_the_timeline_and_db(setup, qtbot, clock):
    w, case, chat, billing = setup

    def fill(dialog):
        assert isinstance(dialog, EventDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.desk.setCurrentIndex(dialog.desk.findData(billing.id))
        qtbot.keyClicks(dialog.summary, "Asked whether payments failed")
        dialog.body.setPlainText("支払いは正常とのこと")
        ok(dialog)

    answer = ModalAnswer(fill)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    answer.check()
    timeline = w.view("TimelineView")
    assert w.tabs.currentWidget() is timeline
    assert summaries(timeline) == ["Asked whether payments failed"]
    row = timeline.model.index(0, 0)
    assert timeline.model.index(0, 1).data() == "Billing desk"
    assert timeline.model.index(0, 2).data() == "Call"
    assert row.data() == fmt_datetime(clock())    # the (fixed) clock's now, in the user's zone
    [event] = [events.get_event(r[0]) for r in events.event_rows(case.id)]
    assert (event.kind, event.desk_id, event.body) == ("call", billing.id, "支払いは正常とのこと")
    assert "支払いは正常とのこと" in timeline.detail.toPlainText()   # the new entry is selected and shown


def test_filter_by_desk_and_kind(setup, clock):
    w, case, chat, billing = setup
    events.create_event(case.id, "chat", "Chat with the bot", desk=chat.id,
                        occurred_at=datetime(2026, 3, 1, 1, tzinfo=timezone.utc))
    events.create_event(case.id, "sent", "Mail to billing", desk=billing.id,
                        occurred_at=datetime(2026, 3, 1, 2, tzinfo=timezone.utc))
    events.create_event(case.id, "received", "Billing answered", desk=billing.id,
                        occurred_at=datetime(2026, 3, 1, 3, tzinfo=timezone.utc))
    events.create_event(case.id, "observation", "DNS still resolves",
                        occurred_at=datetime(2026, 3, 1, 4, tzinfo=timezone.utc))
    w.tabs.setCurrentIndex(1)
    timeline = w.view("TimelineView")
    assert len(summaries(timeline)) == 4
    timeline.desk_filter.setCurrentIndex(timeline.desk_filter.findText("Billing desk"))
    assert summaries(timeline) == ["Mail to billing", "Billing answered"]
    assert timeline.count_label.text() == "Shown: 2 of 4"
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData("received"))
    assert summaries(timeline) == ["Billing answered"]
    timeline.desk_filter.setCurrentIndex(timeline.desk_filter.findData("__none__"))
    timeline.kind_filter.setCurrentIndex(0)
    assert summaries(timeline) == ["DNS still resolves"]


def test_log_contact_dialog_remembers_the_last_desk(setup, qtbot):
    w, case, chat, billing = setup
    first = EventDialog(case.id, w)
    qtbot.addWidget(first)
    assert first.desk.currentData() is None           # nothing logged yet: no desk
    first.desk.setCurrentIndex(first.desk.findData(billing.id))
    first.summary.setText("Mailed billing")
    first.accept()
    assert first.event_id is not None
    second = EventDialog(case.id, w)
    qtbot.addWidget(second)
    assert second.desk.currentData() == billing.id
    assert second.desk.currentText() == "Billing desk"


def test_a_time_in_the_future_is_refused(setup, qtbot, clock):
    w, case, chat, billing = setup
    dialog = EventDialog(case.id, w)
    qtbot.addWidget(dialog)
    dialog.summary.setText("From the future")
    dialog.when.set_value(clock() + timedelta(days=2))
    seen = []
    answer = ModalAnswer(lambda box: (seen.append(box.text()), box.accept()))
    dialog.accept()
    answer.check()
    assert "future" in seen[0]
    assert events.event_rows(case.id) == []


def test_edit_by_double_click_and_delete_asks(setup, qtbot):
    w, case, chat, billing = setup
    e = events.create_event(case.id, "note", "Old summary", occurred_at=datetime(2026, 3, 1, tzinfo=timezone.utc))
    w.tabs.setCurrentIndex(1)
    timeline = w.view("TimelineView")
    timeline.select_event(e.id)

    def edit(dialog):
        assert dialog.summary.text() == "Old summary"
        dialog.summary.setText("New summary")
        ok(dialog)

    answer = ModalAnswer(edit)
    rect = timeline.table.visualRect(timeline.model.index(0, 3))
    qtbot.mouseClick(timeline.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(timeline.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answer.check()
    assert events.get_event(e.id).summary == "New summary"
    assert summaries(timeline) == ["New summary"]

    answer = ModalAnswer(lambda box: click_button(box, "Cancel"))
    timeline.delete_button.click()
    answer.check()
    assert summaries(timeline) == ["New summary"]
    answer = ModalAnswer(lambda box: click_button(box, "Delete"))
    timeline.delete_button.click()
    answer.check()
    assert summaries(timeline) == [] and events.event_rows(case.id) == []


def test_fifty_thousand_events_load_a_page_at_a_time(setup, qtbot):
    from casekeeper.db.models import Event, database

    w, case, chat, billing = setup
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    rows = [{"case": case.id, "desk": (chat.id, billing.id, None)[n % 3], "kind": "note",
             "occurred_at": start + timedelta(minutes=n), "summary": f"entry {n}", "body": "",
             "created_at": start, "updated_at": start} for n in range(50_000)]
    with database.atomic():
        for i in range(0, len(rows), 5000):
            Event.insert_many(rows[i:i + 5000]).execute()
    w.tabs.setCurrentIndex(1)
    timeline = w.view("TimelineView")
    timeline.repaint()
    # all 50,000 rows are there to scroll through, but only the shown page was read
    assert timeline.model.rowCount() == 50_000
    assert timeline.model.index(0, 3).data() == "entry 0" and len(timeline.model._pages) <= 2
    timeline.desk_filter.setCurrentIndex(timeline.desk_filter.findText("Live chat"))
    timeline.repaint()
    assert timeline.model.rowCount() == 16_667 and len(timeline.model._pages) <= 2


def test_desks_added_elsewhere_appear_in_the_filter_on_refresh(setup):
    w, case, chat, billing = setup
    w.tabs.setCurrentIndex(1)
    timeline = w.view("TimelineView")
    timeline.set_desk_filter(billing.id)
    phone = desks.create_desk(case.id, "Phone line")
    timeline.refresh()
    assert timeline.desk_filter.findData(phone.id) >= 0
    assert timeline.desk_filter.currentData() == billing.id     # the chosen filter stays


def test_times_are_entered_and_shown_in_the_users_zone(data_dir):
    """In Tokyo, 09:30 typed in the dialog is 00:30 UTC in the database, and shown as 09:30."""
    import os
    import subprocess
    import sys

    code = (
        "from datetime import datetime, timezone\n"
        "from PySide6.QtCore import QDateTime, QDate, QTime\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from casekeeper.gui.datetime_edit import DateTimeEdit, zone_text\n"
        "from casekeeper.gui.common import fmt_datetime\n"
        "edit = DateTimeEdit()\n"
        "edit.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(9, 30)))\n"
        "value = edit.value()\n"
        "print(value.isoformat(), fmt_datetime(value), edit.text(), zone_text(value))\n"
    )
    env = {**os.environ, "TZ": "Asia/Tokyo", "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["2026-03-09T00:30:00+00:00", "2026-03-09", "09:30", "2026-03-09", "09:30",
                                "JST,", "UTC+09:00"]
