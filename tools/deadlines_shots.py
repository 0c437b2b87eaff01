"""Screenshots of the main window on the Today and Desks tabs with sample data, for looking at.

    DISPLAY=:23 TZ=Asia/Tokyo .venv/bin/python tools/deadlines_shots.py en /tmp/deadlines-en
writes /tmp/deadlines-en-today.png and /tmp/deadlines-en-desks.png (clock: 30 Dec 2026, 10:30 JST).
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casekeeper.db import clock, deadlines, demo, desks, events, playbook
from casekeeper.db.connection import open_database
from casekeeper.db.resources_dir import resource_file

JST = timezone(timedelta(hours=9))


def sample_data(now: datetime) -> int:
    demo.add_demo_case("en")
    case = playbook.create_case_from_file(resource_file("playbooks", "oci-account-suspended.toml"))
    by_name = {d.name: d for d in desks.list_desks(case.id)}
    email, sales = by_name["Support email"], by_name["Oracle Digital (sales inquiry form)"]
    events.create_event(case.id, "received", "Decision is final", occurred_at=now - timedelta(days=8), desk=email.id)
    events.create_event(case.id, "sent", "Inquiry form sent", occurred_at=now - timedelta(days=5), desk=sales.id)
    deadlines.create_deadline(case.id, "inactivity", "Account closes after 30 days without use", days=30,
                              counted_from=now - timedelta(days=25))
    deadlines.create_deadline(case.id, "custom", "Move DNS before the zone stops", due_at=now - timedelta(hours=5))
    return case.id


def main(lang: str, out: str) -> None:
    now = datetime(2026, 12, 30, 10, 30, tzinfo=JST)
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
    win.resize(1400, 900)
    install(win)
    win.open_case(case_id, tab=win.tabs.indexOf(win.view("TodayView")))
    win.show()

    def today():
        win.grab().save(f"{out}-today.png")
        win.open_case(case_id, tab=win.tabs.indexOf(win.view("DesksView")))
        QTimer.singleShot(600, desks)

    def desks():
        view = win.view("DesksView")
        view.select(next(d.id for d in view.model.records() if d.kind == "phone"))
        QTimer.singleShot(400, desks_shot)

    def desks_shot():
        win.grab().save(f"{out}-desks.png")
        win.quitting = True
        app.quit()

    QTimer.singleShot(800, today)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
