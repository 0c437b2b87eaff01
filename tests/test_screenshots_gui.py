"""Screenshots in one keystroke, in the real main window: Ctrl+V with an image on the
clipboard attaches it as PNG (found again by its SHA-256) to the selected entry or to a
new observation, the attachments pane shows its thumbnail, and "Capture screen…" grabs
the screen after its delay."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from casekeeper.db import attachments, cases, events
from casekeeper.gui.evidence.screenshot import png_bytes
from tests.gui_shell_support import ModalAnswer


@pytest.fixture
def case(window):
    c = cases.create_case("OCI account suspended")
    events.create_event(c.id, "observation", "Console shows the account suspended")
    window.refresh_cases()
    window.open_case(c.id, tab=window.tabs.indexOf(window.view("TimelineView")))
    return c


def banner_image() -> QImage:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    for x in range(40, 280):
        for y in range(70, 110):
            image.setPixelColor(x, y, QColor("white"))
    return image


def press(button_text: str):
    def answer(box):
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if button_text in b.text().replace("&", ""))
        button.click()
    return answer


def paste_into(qtbot, widget, choice: str):
    answer = ModalAnswer(press(choice))
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    answer.check()


def test_paste_onto_the_selected_entry_stores_png_by_hash_and_shows_a_thumbnail(window, case, qtbot):
    timeline = window.view("TimelineView")
    timeline.table.selectRow(0)
    entry = timeline.selected_event_id()
    image = banner_image()
    QGuiApplication.clipboard().setImage(image)
    paste_into(qtbot, timeline.table, "selected entry")

    (att,) = attachments.list_attachments(entry)
    assert att.mime == "image/png" and att.name.startswith("screenshot-") and att.name.endswith(".png")
    data = attachments.blob_path(att.sha256).read_bytes()
    assert hashlib.sha256(data).hexdigest() == att.sha256 and data.startswith(b"\x89PNG")
    again = QImage.fromData(data)
    assert again.size() == image.size() and again.pixelColor(100, 90) == QColor("white")
    panel = timeline.evidence.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    icon = panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()          # the thumbnail in the list
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()  # and the preview


def test_paste_in_the_attachments_pane_can_start_a_new_observation(window, case, qtbot, clock):
    timeline = window.view("TimelineView")
    timeline.table.selectRow(0)
    before = set(events.event_ids(case.id))
    QGuiApplication.clipboard().setImage(banner_image())
    paste_into(qtbot, timeline.evidence.panel.table, "new observation")

    (new_id,) = set(events.event_ids(case.id)) - before
    new = events.get_event(new_id)
    assert new.kind == "observation" and new.occurred_at == clock.at  # the moment it was taken
    assert new.summary.startswith("Screenshot ")
    (att,) = attachments.list_attachments(new_id)
    assert timeline.selected_event_id() == new_id and att.sha256 in att_hashes(timeline)


def att_hashes(timeline):
    panel = timeline.evidence.panel
    return [panel.model.attachment(r).sha256 for r in range(panel.model.rowCount())]


def test_paste_without_an_image_attaches_nothing(window, case, qtbot):
    timeline = window.view("TimelineView")
    timeline.table.selectRow(0)
    QGuiApplication.clipboard().setText("just text")
    timeline.table.setFocus()
    QTest.keyClick(timeline.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert attachments.list_attachments(timeline.selected_event_id()) == []


def test_capture_screen_grabs_after_the_delay(window, case, qtbot, monkeypatch):
    monkeypatch.setenv("CASEKEEPER_SCREENSHOT_DELAY_MS", "50")
    timeline = window.view("TimelineView")
    timeline.table.selectRow(0)
    entry = timeline.selected_event_id()
    answer = ModalAnswer(press("selected entry"))
    window.evidence.capture_action.trigger()
    qtbot.waitUntil(lambda: bool(attachments.list_attachments(entry)), timeout=10_000)
    answer.check()
    (att,) = attachments.list_attachments(entry)
    shot = QImage.fromData(attachments.blob_path(att.sha256).read_bytes())
    assert not shot.isNull() and shot.width() > 0
    assert window.isVisible()


def test_png_bytes_round_trip():
    image = banner_image()
    data = png_bytes(image)
    buffer = QBuffer(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    assert QImage.fromData(data).size() == image.size()
