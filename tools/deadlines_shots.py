"""Screenshots of the deadlines area with sample data, for looking at: Today, the Deadlines
tab, the all-cases list (Ctrl+D), the Log contact dialog with its reply-by, and a reminder
as a desktop notification (run inside a D-Bus session with a notification server, e.g.
dunst, on the same display).

    dbus-run-session -- sh -c 'dunst & DISPLAY=:34 TZ=Asia/Tokyo .venv/bin/python tools/deadlines_shots.py en /tmp/dl-en'

writes /tmp/dl-en-today.png, -deadlines.png, -all.png, -log.png, -notification.png
(clock: Tue 24 Mar 2026, 16:45 JST: the phone desk closes in 15 minutes).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casekeeper.db import cases, clock, deadlines, desks, events, playbook, reply_by
from casekeeper.db.connection import open_database
from casekeeper.db.resources_dir import resource_file

JST = timezone(timedelta(hours=9))


def sample_data(now: datetime) -> int:
    case = playbook.create_case_from_file(resource_file("playbooks", "oci-account-suspended.toml"))
    cases.update_case(case.id, title="OCI account suspended")
    by_name = {d.name: d for d in desks.list_desks(case.id)}
    email = next(d for n, d in by_name.items() if "email" in n.lower())
    sales = next(d for d in by_name.values() if d.kind == "web_form")
    events.create_event(case.id, "received", "Decision is final; reply within 10 days",
                        occurred_at=now - timedelta(days=8), desk=email.id, reply=reply_by.ReplyBy(10))
    events.create_event(case.id, "sent", "Inquiry form sent", occurred_at=now - timedelta(days=5), desk=sales.id)
    late = events.create_event(case.id, "received", "Send the invoice number within 2 days",
                               occurred_at=now - timedelta(days=6), desk=sales.id, reply=reply_by.ReplyBy(2))
    events.create_event(case.id, "sent", "Invoice number sent", occurred_at=now - timedelta(days=3), desk=sales.id)
    deadlines.create_deadline(case.id, "inactivity", "Account closes after 30 days without use", days=30,
                              counted_from=now - timedelta(days=10))
    deadlines.create_deadline(case.id, "custom", "Move DNS before the zone stops", due_at=now - timedelta(hours=5))
    deadlines.create_deadline(case.id, "custom", "File a complaint with the consumer centre",
                              due_at=now + timedelta(days=20))
    other = cases.create_case("Registrar transfer", provider="Example Registrar")
    deadlines.create_deadline(other.id, "custom", "Confirm the transfer", due_at=now + timedelta(hours=20))
    assert late.id
    return case.id


def main(lang: str, out: str) -> None:
    now = datetime(2026, 3, 24, 16, 45, tzinfo=JST)
    clock.set_clock(lambda: now)
    app = QApplication(sys.argv[:1])
    from casekeeper.gui import i18n

    i18n.install(lang)
    data_dir = tempfile.mkdtemp()
    open_database(data_dir)
    case_id = sample_data(now)
    from casekeeper.gui.deadlines_integration import install
    from casekeeper.gui.main_window import MainWindow

    win = MainWindow(data_dir)
    win.resize(1366, 740)
    win.move(0, 0)
    install(win)
    win.show()
    steps = []

    def step(func, wait=700):
        steps.append((func, wait))

    def run_next():
        if steps:
            func, wait = steps.pop(0)
            func()
            QTimer.singleShot(wait, run_next)

    def today():
        win.refresh_cases()
        win.show_today()
        win.today.refresh()

    def shot(name, widget=None):
        return lambda: (widget() if widget else win).grab().save(f"{out}-{name}.png")

    def deadlines_tab():
        win.open_case(case_id, tab=win.tabs.indexOf(win.view("DeadlinesView")))

    def all_list():
        from casekeeper.gui.deadlines_integration import show_all_deadlines

        show_all_deadlines(win)
        win.all_deadlines_window.list.tree.expandAll()

    def log_dialog():
        from casekeeper.gui.dialogs.event_dialog import EventDialog

        dialog = EventDialog(case_id, win)
        dialog.kind.setCurrentIndex(dialog.kind.findData("received"))
        dialog.desk.setCurrentIndex(2)
        dialog.summary.setText("Your account stays closed" if lang == "en" else "アカウントは停止のままです")
        dialog.body.setPlainText("The decision is final. Reply to this mail within 10 days to keep the thread."
                                 if lang == "en" else "決定は最終です。スレッドを継続するには10営業日以内にご返信ください。")
        dialog.show()
        win.log_dialog = dialog

    def notify():
        win.all_deadlines_window.close()
        win.log_dialog.close()
        subprocess.run(["dunstctl", "close-all"], check=False)
        deadlines.create_deadline(case_id, "custom", "Call the billing desk" if lang == "en" else "請求窓口に電話する",
                                  due_at=now + timedelta(minutes=50))
        win.reminder_tray.deadlines_changed()

    def root_shot():
        subprocess.run(["import", "-window", "root", f"{out}-notification.png"], check=False)

    step(today, 1200)
    step(shot("today"))
    step(deadlines_tab)
    step(shot("deadlines"))
    step(all_list)
    step(shot("all", lambda: win.all_deadlines_window))
    step(log_dialog)
    step(shot("log", lambda: win.log_dialog))
    step(notify, 2500)
    step(root_shot)
    step(lambda: (setattr(win, "quitting", True), app.quit()))
    QTimer.singleShot(1500, run_next)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
