"""Screenshots of the Today view (and the clocks) with sample data, for looking at.

    DISPLAY=:23 .venv/bin/python tools/deadlines_shots.py en /tmp/today-en.png
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from db import cases, clock, deadlines, demo, desks, events, playbook
from db.connection import open_database
from db.resources_dir import resource

JST = timezone(timedelta(hours=9))


def sample_data(now: datetime) -> int:
    demo.add_demo_case("en")
    case = playbook.create_case_from_file(resource("playbooks", "oci-account-suspended.toml"))
    by_name = {d.name: d for d in desks.list_desks(case.id)}
    email, sales = by_name["Support email"], by_name["Oracle Digital (sales inquiry form)"]
    events.create_event(case.id, "received", "Decision is final", occurred_at=now - timedelta(days=8), desk=email.id)
    events.create_event(case.id, "sent", "Inquiry form sent", occurred_at=now - timedelta(days=5), desk=sales.id)
    deadlines.create_deadline(case.id, "inactivity", "Account closes after 30 days without use", days=30,
                              counted_from=now - timedelta(days=25))
    deadlines.create_deadline(case.id, "custom", "Move DNS before the zone stops", due_at=now - timedelta(hours=5))
    return case.id


def main(lang: str, out: str) -> None:
    now = datetime(2026, 3, 24, 10, 30, tzinfo=JST)
    clock.set_clock(lambda: now)
    app = QApplication(sys.argv[:1])
    from gui import i18n

    i18n.install(lang)
    open_database(tempfile.mkdtemp())
    case_id = sample_data(now)
    from gui.views.today import TodayView

    win = QMainWindow()
    view = TodayView()
    view.set_case(case_id)
    win.setCentralWidget(view)
    win.resize(1200, 860)
    win.show()

    def shoot():
        win.grab().save(out)
        app.quit()

    QTimer.singleShot(500, shoot)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
