"""Screenshots of the real main window, every case tab and the Today page, on
the demo case plus an open case with deadlines in the coming days.

    DISPLAY=:30 python tools/window_shots.py OUT_DIR [en|ja]

Run it under Xvfb (a real X display, so fonts and styles are those a user
sees); it grabs each page with `import -window root` (ImageMagick)."""
from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from shots_support import Shots   # tools/shots_support.py

ROOT = Path(__file__).resolve().parent.parent


def main(out_dir: str, lang: str = "en") -> None:
    shots = Shots(out_dir, lang, "ck-window-shots-")
    demo, data_dir, shot = shots.case, shots.data_dir, shots.shot
    from casekeeper.db import cases, clock, deadlines, desks, events
    from casekeeper.gui.main_window import MainWindow
    from casekeeper.gui.window_parts import CASE_VIEWS

    now = clock.now()
    case = cases.create_case("Storage bucket locked" if lang == "en" else "ストレージが凍結された", provider="Example Cloud")
    mail = desks.create_desk(case.id, "Support email" if lang == "en" else "サポートメール", kind="email",
                             address="support@cloud.example", reply_window_days=10, timezone="Asia/Tokyo")
    events.create_event(case.id, "received", "Case escalated; reply within 10 days" if lang == "en"
                        else "エスカレーションされた。10日以内に返信", desk=mail.id, occurred_at=now - timedelta(days=8))
    deadlines.create_deadline(case.id, "custom", "Export the bucket" if lang == "en" else "バケットを書き出す",
                              due_at=now + timedelta(days=2))

    window = MainWindow(data_dir)      # placed as a first start places it: inside the screen
    window.show()

    window.show_today()
    shot("today")
    for index, cls_name in enumerate(v.name for v in CASE_VIEWS):
        window.open_case(demo.id, tab=index)
        shot(f"{index}-{cls_name}")

    # the dialogs of this round: the desk's opening hours (fields and text), the shortcut list
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.shortcuts_help import ShortcutsDialog

    phone = next(d for d in desks.list_desks(demo.id) if d.kind == "phone")
    dialog = DeskDialog(window, demo.id, phone.id)
    dialog.show()
    shot("dialog-desk")
    dialog.pages.setCurrentIndex(1)
    shot("dialog-desk-hours")
    dialog.hours_editor.show_text(True)
    shot("dialog-desk-hours-text")
    dialog.reject()
    keys = ShortcutsDialog(window)
    keys.show()
    shot("dialog-shortcuts")
    keys.reject()
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
