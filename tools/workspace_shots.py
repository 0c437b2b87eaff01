"""Screenshots of the workspace views (desks, identifiers, checklists, resources)
on the demo case, standalone (no main window needed).

    python tools/workspace_shots.py OUT_DIR [en|ja]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out_dir: str, lang: str = "en") -> None:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from casekeeper.db.connection import open_database
    from casekeeper.db.demo import add_demo_case
    from casekeeper.gui import i18n

    app = QApplication.instance() or QApplication([])
    i18n.install(lang)
    open_database(Path(tempfile.mkdtemp(prefix="ck-shots-")))
    case = add_demo_case(lang)

    from casekeeper.gui.views.checklists import ChecklistsView
    from casekeeper.gui.views.desks import DesksView
    from casekeeper.gui.views.identifiers import IdentifiersView
    from casekeeper.gui.views.resources import ResourcesView

    tabs = QTabWidget()
    views = {"desks": DesksView(), "identifiers": IdentifiersView(), "checklists": ChecklistsView(),
             "resources": ResourcesView()}
    for name, view in views.items():
        tabs.addTab(view, name)
        view.set_case(case.id)
    from casekeeper.db import desks as desk_db, identifiers as ident_db

    views["desks"].select(next(d.id for d in desk_db.list_desks(case.id) if d.kind == "phone"))
    views["identifiers"].select(next(i.id for i in ident_db.list_identifiers(case.id) if i.value))
    tabs.resize(1280, 760)
    tabs.show()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(views):
        tabs.setCurrentIndex(n)
        for _ in range(5):
            app.processEvents()
        tabs.grab().save(str(out / f"{name}-{lang}.png"))

    from casekeeper.db import desks, identifiers, resources
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog
    from casekeeper.gui.dialogs.resource_dialog import ResourceDialog

    phone = next(d for d in desks.list_desks(case.id) if d.kind == "phone")
    sr = next(i for i in identifiers.list_identifiers(case.id) if not i.value)
    dialogs = {
        "desk-dialog": DeskDialog(tabs, case.id, phone.id),
        "identifier-dialog": IdentifierDialog(tabs, case.id, sr.id),
        "resource-dialog": ResourceDialog(tabs, case.id, resources.list_resources(case.id)[0].id),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"{name}-{lang}.png"))
        dialog.reject()


if __name__ == "__main__":
    main(*sys.argv[1:])
