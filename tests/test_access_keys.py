"""Every button of the window and of its dialogs has an access key (Alt + an underlined
letter), in English and in Japanese, and no two controls shown together share one (nor a
menu's): the keyboard reaches everything without the mouse."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QTabBar, QWidget

from casekeeper.db import demo

_KEY = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    found = _KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def controls(top: QWidget) -> list[QWidget]:
    """The buttons shown in `top` (a dialog's standard OK/Cancel aside: Enter and Esc are theirs)
    and the labels that give a field its key."""
    out = []
    for w in top.findChildren(QAbstractButton):
        if not w.isVisibleTo(top) or not w.text().strip() or isinstance(w.parent(), (QDialogButtonBox, QTabBar)):
            continue
        if w.objectName().startswith("qt_"):   # Qt's own (scroll arrows, the tab bar's close buttons)
            continue
        out.append(w)
    return out


def problems(top: QWidget, taken: dict[str, str]) -> list[str]:
    found = []
    seen = dict(taken)
    for w in controls(top):
        key = access_key(w.text())
        if key is None:
            found.append(f"{type(w).__name__} {w.text()!r}: no access key")
            continue
        if key in seen:
            found.append(f"{type(w).__name__} {w.text()!r}: Alt+{key} is also {seen[key]!r}")
        seen[key] = w.text()
    for label in top.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(top) and label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text() \
                and access_key(label.text()):
            key = access_key(label.text())
            if key in seen and seen[key] != label.text():
                found.append(f"label {label.text()!r}: Alt+{key} is also {seen[key]!r}")
            seen[key] = label.text()
    return found


def menu_keys(window) -> dict[str, str]:
    return {access_key(a.text()): a.text() for a in window.menuBar().actions() if access_key(a.text())}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_button_of_every_page_has_its_own_access_key(window, qtbot, lang):
    case = demo.add_demo_case(lang)
    window.refresh_cases()
    if lang == "ja":
        window.set_language("ja")
    found = []
    window.show_today()
    found += [f"Today: {p}" for p in problems(window.today, menu_keys(window))]
    window.open_case(case.id, tab=0)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.widget(index)
        if hasattr(view, "select_event") and view.model.rowCount():   # the timeline: an entry selected
            view.select_event(view.model.event_id(0))
        found += [f"{window.tabs.tabText(index)}: {p}" for p in problems(view, menu_keys(window))]
    assert found == []


def _dialogs(case_id: int):
    from casekeeper.db import chain
    from casekeeper.gui.deadline_dialog import DeadlineDialog
    from casekeeper.gui.dialogs.case_dialog import CaseDialog
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.dialogs.event_dialog import EventDialog
    from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog
    from casekeeper.gui.dialogs.login_dialog import LoginDialog
    from casekeeper.gui.dialogs.resource_dialog import ResourceDialog
    from casekeeper.gui.integrity.publish_dialog import PublishDialog
    from casekeeper.gui.integrity.verify_dialog import VerifyDialog

    return [
        lambda: CaseDialog(None, case_id), lambda: DeskDialog(None, case_id), lambda: EventDialog(case_id),
        lambda: DeadlineDialog(case_id), lambda: IdentifierDialog(None, case_id),
        lambda: LoginDialog(None, case_id), lambda: ResourceDialog(None, case_id),
        lambda: PublishDialog(case_id), lambda: VerifyDialog(case_id, chain.verify_case(case_id)),
    ]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_button_of_every_dialog_has_its_own_access_key(window, qtbot, lang):
    from PySide6.QtWidgets import QTabWidget

    case = demo.add_demo_case(lang)
    if lang == "ja":
        window.set_language("ja")
    found = []
    for make in _dialogs(case.id):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = dialog.findChildren(QTabWidget)
        pages = [tabs[0].widget(i) for i in range(tabs[0].count())] if tabs else [dialog]
        for page in pages:
            if tabs:
                tabs[0].setCurrentWidget(page)
            # a tab page shares the dialog's keys: check the page with the rest of the dialog
            found += [f"{type(dialog).__name__}: {p}" for p in problems(dialog, {})]
        dialog.close()
    assert sorted(set(found)) == []
