"""The integrity area in the real main window: File > Publish write-up… with its preview
(keep or mask each value, add words, save), the private mark of a desk, the timeline's
fingerprint bar, and the explicit sealing step of the Verify dialog."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casekeeper.db import chain, demo, desks, events
from casekeeper.db.paths import database_path
from tests.gui_shell_support import ModalAnswer


@pytest.fixture
def story(window):
    case = demo.add_demo_case("en")
    window.refresh_cases()
    window.open_case(case.id, tab=window.tabs.indexOf(window.view("TimelineView")))
    return case


def file_actions(window):
    return [a for a in window.menu("file").actions() if not a.isSeparator()]


def test_publish_is_a_file_menu_entry_for_an_open_case(window):
    action = window.publish_action
    assert action in file_actions(window) and not action.isEnabled()
    texts = [a.text() for a in file_actions(window)]
    assert texts.index("E&xport…") < texts.index("&Publish write-up…")
    case = demo.add_demo_case("en")
    window.refresh_cases()
    window.open_case(case.id)
    assert action.isEnabled()
    seen = []
    answer = ModalAnswer(lambda d: (seen.append((d.windowTitle(), d.model.rowCount())), d.reject()))
    action.trigger()
    answer.check()
    assert seen == [("Publish write-up", 6)]


def test_preview_keeps_or_masks_each_value_and_saves(window, story, tmp_path):
    from casekeeper.gui.integrity.publish_dialog import MaskModel, PublishDialog

    dialog = PublishDialog(story.id, window, status=window.show_status)
    model = dialog.model
    values = [model.index(r, MaskModel.VALUE).data() for r in range(model.rowCount())]
    assert "23456789" in values and "support@oracle-cloud.example" in values
    html = dialog.preview.toHtml()
    assert "23456789" not in html and "●●●●6789" in html and "Which desk asks for which number" in html
    csi = values.index("23456789")
    box = model.index(csi, MaskModel.MASK)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(csi, MaskModel.SHOWN).data() == "(kept)"
    QApplication.processEvents()
    dialog._render_soon.timeout.emit()
    assert "23456789" in dialog.preview.toHtml()
    assert dialog.count_label.text() == "5 of 6 values will be masked."

    dialog.extra.setText("web-1")
    dialog.add_word()
    assert "web-1" in [model.index(r, MaskModel.VALUE).data() for r in range(model.rowCount())]
    assert model.index(values.index("23456789"), MaskModel.SHOWN).data() == "(kept)"   # the choice stays

    out = dialog.write_to(str(tmp_path / "story.html"))
    text = out.read_text("utf-8")
    assert "23456789" in text and "web-1" not in text and "satodev" not in text and "JP26-0048213" not in text
    assert "Write-up saved to" in window.statusBar().currentMessage()


def test_preview_in_japanese(window, story, qtbot):
    from casekeeper.gui import i18n
    from casekeeper.gui.integrity.publish_dialog import MaskModel, PublishDialog

    i18n.install("ja")
    dialog = PublishDialog(story.id, window)
    assert dialog.windowTitle() == "公開用の記事"
    assert model_header(dialog.model) == ["伏せ字", "内容", "値", "表示", "件数"]
    assert "経緯" in dialog.preview.toHtml()
    assert dialog.model.index(0, MaskModel.WHAT).data() == "CSI number"   # the identifier's own name


def model_header(model):
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_desk_dialog_private_mark(window, story):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    desk = next(d for d in desks.list_desks(story.id) if d.name == "Billing desk (Japan)")
    dialog = DeskDialog(window, story.id, desk.id)
    assert not dialog.private.isChecked()
    dialog.private.setChecked(True)
    assert dialog.fields()["private"] is True
    desks.update_desk(desk.id, private=dialog.fields()["private"])
    assert desks.get_desk(desk.id).private
    support = next(d for d in desks.list_desks(story.id) if d.name == "Support email")
    assert DeskDialog(window, story.id, support.id).private.isChecked()   # the demo marks it


def test_fingerprint_bar_follows_the_chain(window, story):
    timeline = window.view("TimelineView")
    bar = timeline.fingerprint_bar
    head = chain.head(story.id)
    assert bar.isVisible() and f"Timeline fingerprint {head.fingerprint}, 28 entries" in bar.label.text()
    events.create_event(story.id, "note", "one more")
    timeline.refresh()
    assert f"Timeline fingerprint {chain.head(story.id).fingerprint}, 29 entries" in bar.label.text()
    bar.copy()
    assert QApplication.clipboard().text() == bar.label.text()


def test_verify_dialog_seals_only_when_asked(window, story, data_dir):
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("DELETE FROM chain_heads")
    conn.commit()
    conn.close()
    from casekeeper.gui.integrity.verify_dialog import VerifyDialog

    dialog = VerifyDialog(story.id, chain.verify_case(story.id), window)
    assert not dialog.seal_button.isHidden()
    assert "record of the chain's newest link is missing" in dialog.details.toPlainText()
    links = len(chain.links(story.id))
    answer = ModalAnswer(lambda box: box.reject())          # Cancel: nothing is sealed
    dialog.seal()
    answer.check()
    assert len(chain.links(story.id)) == links and not chain.verify_case(story.id).ok

    def accept(box: QMessageBox):
        next(b for b in box.buttons() if b.text() == "Seal").click()

    answer = ModalAnswer(accept)
    dialog.seal()
    answer.check()
    assert chain.verify_case(story.id).ok and len(chain.links(story.id)) == links + 1
    assert "Sealed by hand" in dialog.details.toPlainText() and "intact" in dialog.verdict.text()


def test_history_shows_a_change_accepted_by_a_seal(window, story, data_dir):
    from casekeeper.gui.evidence.history_dialog import HistoryDialog

    eid = events.event_rows(story.id)[0][0]
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE events SET body = 'rewritten by another program' WHERE id = ?", (eid,))
    conn.commit()
    conn.close()
    chain.seal_case(story.id)
    events.update_event(eid, summary="edited in the app")
    text = HistoryDialog(eid, window).text.toPlainText()
    assert text.index("Changed ") < text.index("Changed outside Casekeeper; sealed ")
    assert "rewritten by another program" in text and "Monitoring alert" in text
