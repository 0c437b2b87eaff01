"""Desks tab: the detail pane, and add / edit / delete through the dialog."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from casekeeper.db import desks, events
from casekeeper.gui.views.desks import DesksView
from tests.gui_shell_support import ModalAnswer, click_button
from tests.gui_workspace_helpers import demo_case, show_view


def _view(qtbot, case_id):
    return show_view(qtbot, DesksView(), case_id)


def _desk(case_id, name):
    return next(d for d in desks.list_desks(case_id) if d.name == name)


def test_detail_pane_flags_missing_numbers_and_follows_the_referral(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    view.select(_desk(case.id, "Technical support phone").id)
    assert "Technical support phone" in view.title.text()
    assert "0120-099-638" in view.address.text()
    assert "SR number" in view.asks_for.text() and "missing" in view.asks_for.text()
    assert "23456789" in view.asks_for.text()
    assert "Public inquiry form" in view.referred_by.text()
    view.referred_by.linkActivated.emit(f"desk:{_desk(case.id, 'Public inquiry form').id}")
    assert view.current_id() == _desk(case.id, "Public inquiry form").id
    assert "Public inquiry form" in view.title.text()


def test_phone_address_is_copied_and_a_url_opens_in_the_browser(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    view.select(_desk(case.id, "Technical support phone").id)
    view.address.linkActivated.emit("address:0120-099-638")
    assert QApplication.clipboard().text() == "0120-099-638"
    assert view.note.text() == "Copied the phone number 0120-099-638"

    class Browser(QObject):
        opened: list = []

        @Slot(QUrl)
        def open(self, url):
            self.opened.append(url.toString())

    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        view.select(_desk(case.id, "Support portal").id)
        view.address.linkActivated.emit("address:https://support.oracle.com/")
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == ["https://support.oracle.com/"]


def test_add_desk_through_the_dialog(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    changed = []
    view.changed.connect(lambda: changed.append(True))

    def fill(dialog):
        dialog.name.setText("Status page")
        dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
        dialog.address.setText("https://status.example/")
        dialog.timezone.setCurrentText("UTC")
        dialog.hours.setPlainText("Mon-Fri 09:00-12:00,13:00-17:00\nSat 10:00-12:00")
        dialog.referred_by.setCurrentIndex(dialog.referred_by.findData(_desk(case.id, "Live chat").id))
        csi = next(i.id for i in desks.asks_for(_desk(case.id, "Support portal").id) if i.name == "CSI number")
        dialog.asks_model.set_checked(csi, True)
        dialog.accept()

    answer = ModalAnswer(fill)
    view.add_record()
    answer.check()
    desk = _desk(case.id, "Status page")
    assert changed
    assert desk.hours == ["Mon-Fri 09:00-12:00,13:00-17:00", "Sat 10:00-12:00"]
    assert desk.referred_by.name == "Live chat"
    assert [i.name for i in desks.asks_for(desk.id)] == ["CSI number"]
    assert view.current_id() == desk.id


def test_bad_hours_keep_the_dialog_open_with_a_message(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    messages = []

    def fill(dialog):
        dialog.name.setText("Odd desk")
        dialog.hours.setPlainText("weekdays 9 to 5")
        ModalAnswer(lambda box: (messages.append(box.text()), box.accept(), dialog.reject()))
        dialog.accept()

    answer = ModalAnswer(fill)
    view.add_record()
    answer.check()
    assert messages and "weekdays 9 to 5" in messages[0]
    assert "Odd desk" not in [d.name for d in desks.list_desks(case.id)]


def test_edit_desk_through_the_dialog(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    chat = _desk(case.id, "Live chat")
    view.select(chat.id)

    def fill(dialog):
        assert dialog.always.isChecked()
        dialog.name.setText("Live chat (English)")
        dialog.always.setChecked(False)
        dialog.hours.setPlainText("Mon-Sun 00:00-24:00")
        dialog.accept()

    answer = ModalAnswer(fill)
    view.edit_record()
    answer.check()
    chat = desks.get_desk(chat.id)
    assert chat.name == "Live chat (English)" and chat.hours == ["Mon-Sun 00:00-24:00"]
    assert "Live chat (English)" in view.title.text()


def test_delete_desk_asks_first_and_keeps_its_events(db, clock, qtbot):
    case = demo_case()
    view = _view(qtbot, case.id)
    chat = _desk(case.id, "Live chat")
    n_events = len(events.event_rows(case.id))
    view.select(chat.id)
    texts = []

    answer = ModalAnswer(lambda box: (texts.append(box.text()), click_button(box, "Cancel")))
    view.delete_record()
    answer.check()
    assert "stay in the timeline" in texts[0]
    assert desks.get_desk(chat.id)

    answer = ModalAnswer(lambda box: click_button(box, "Delete"))
    view.delete_record()
    answer.check()
    assert chat.id not in [d.id for d in desks.list_desks(case.id)]
    assert len(events.event_rows(case.id)) == n_events
    assert view.model.row_of(chat.id) == -1
