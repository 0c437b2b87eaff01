"""Screenshots of the integrity area on the demo case: the timeline's fingerprint bar, the
Publish write-up preview (as opened, and with a value kept), the Verify dialog and the desk
dialog's private mark.

    DISPLAY=:37 python tools/integrity_shots.py OUT_DIR [en|ja]

Run it under Xvfb with a window manager (openbox); grabs with `import -window root`."""
from __future__ import annotations

import sys

from shots_support import Shots   # tools/shots_support.py


def main(out_dir: str, lang: str = "en") -> None:
    shots = Shots(out_dir, lang, "ck-integrity-shots-", settle_ms=700)
    case, data_dir, shot = shots.case, shots.data_dir, shots.shot
    from casekeeper.db import desks, events, settings
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.integrity.publish_dialog import MaskModel, PublishDialog
    from casekeeper.gui.integrity.verify_dialog import VerifyDialog
    from casekeeper.gui.main_window import MainWindow

    settings.save(data_dir, {"my_addresses": ["taro.sato@home.example"]})
    events.create_event(case.id, "note", "Phone number for call-backs" if lang == "en" else "折り返し用の電話番号",
                        body="090-1234-5678 / taro.sato@home.example")

    window = MainWindow(data_dir)
    window.resize(1366, 740)
    window.show()
    window.refresh_cases()
    window.open_case(case.id, tab=window.tabs.indexOf(window.view("TimelineView")))

    shot("timeline-fingerprint")
    dialog = PublishDialog(case.id, window)
    dialog.show()
    shot("publish-preview")
    row = next(r for r in range(dialog.model.rowCount()) if "@" in dialog.model.items[r].value)
    dialog.model.setData(dialog.model.index(row, MaskModel.MASK), 0, 10)   # CheckStateRole: keep it
    dialog.preview.verticalScrollBar().setValue(dialog.preview.verticalScrollBar().maximum() // 5)
    shot("publish-kept")
    dialog.close()
    from casekeeper.db import chain

    verify = VerifyDialog(case.id, chain.verify_case(case.id), window)
    verify.show()
    shot("verify")
    verify.close()
    support = next(d for d in desks.list_desks(case.id) if d.private)
    desk_dialog = DeskDialog(window, case.id, support.id)
    desk_dialog.show()
    shot("desk-private")
    desk_dialog.close()
    import sqlite3

    from casekeeper.db.paths import database_path

    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE events SET desk_id = NULL WHERE summary LIKE '%Billing%' OR summary LIKE '%請求%'")
    conn.commit()
    conn.close()
    verify = VerifyDialog(case.id, chain.verify_case(case.id), window)
    verify.show()
    shot("verify-changed")
    verify.close()
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
