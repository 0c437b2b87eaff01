"""Resources tab: translated, coloured states; edit and delete through the dialog."""
from __future__ import annotations

from casekeeper.db import resources
from casekeeper.gui.models.resource_model import ResourceTableModel
from casekeeper.gui.views.resources import ResourcesView
from tests.gui_shell_support import ModalAnswer, click_button
from tests.gui_workspace_helpers import demo_case, show_view


def _view(qtbot, case_id):
    return show_view(qtbot, ResourcesView(), case_id)


def test_edit_resource_state_and_moved(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    backups = next(r for r in resources.list_resources(case.id) if r.name == "satodev-backups")
    view.select(backups.id)
    row = view.model.row_of(backups.id)
    assert view.model.index(row, ResourceTableModel.STATE).data() == "Unknown"
    assert view.summary.text() == "1 not moved yet"
    changed = []
    view.changed.connect(lambda: changed.append(True))

    def fill(dialog):
        dialog.state.setCurrentIndex(dialog.state.findData("destroyed"))
        dialog.moved.setChecked(True)
        dialog.accept()

    answer = ModalAnswer(fill)
    view.edit_record()
    answer.check()
    backups = resources.get_resource(backups.id)
    assert (backups.state, backups.moved) == ("destroyed", True)
    assert changed
    assert view.model.index(row, ResourceTableModel.STATE).data() == "Destroyed"
    assert view.model.index(row, ResourceTableModel.MOVED).data() == "Yes"
    assert view.summary.text() == "Everything has been moved"


def test_add_and_delete_resource(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)

    def fill(dialog):
        dialog.name.setText("db-1")
        dialog.kind.setCurrentIndex(dialog.kind.findData("database"))
        dialog.accept()

    answer = ModalAnswer(fill)
    view.add_record()
    answer.check()
    db_1 = next(r for r in resources.list_resources(case.id) if r.name == "db-1")
    assert db_1.kind == "database"
    assert view.current_id() == db_1.id
    answer = ModalAnswer(lambda box: click_button(box, "Cancel"))
    view.delete_record()
    answer.check()
    assert resources.get_resource(db_1.id)
    answer = ModalAnswer(lambda box: click_button(box, "Delete"))
    view.delete_record()
    answer.check()
    assert db_1.id not in [r.id for r in resources.list_resources(case.id)]
