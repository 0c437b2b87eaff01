"""Helpers for the workspace GUI tests: the demo case, a view shown on a case.
(Modal dialogs are answered with tests.gui_shell_support.ModalAnswer.)"""
from __future__ import annotations


def demo_case():
    from casekeeper.db.demo import add_demo_case

    return add_demo_case("en")


def show_view(qtbot, view, case_id, size=(1200, 700)):
    """The view on the case, shown at a realistic size."""
    qtbot.addWidget(view)
    view.set_case(case_id)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def set_identifier_value(view, identifier_id, value):
    """Through the Identifiers tab: select the identifier, Edit…, type its value, OK."""
    from tests.gui_shell_support import ModalAnswer

    view.select(identifier_id)

    def fill(dialog):
        dialog.value.setText(value)
        dialog.accept()

    answer = ModalAnswer(fill)
    view.edit_record()
    answer.check()
