"""The evidence area in the real main window: drop mail on the timeline, drop a
screenshot on an entry, search across cases and open a hit, verify, export."""
from __future__ import annotations

import sqlite3
from pathlib import Path
import warnings
import zipfile

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

import evidence_mail_samples as m
from casekeeper.db import attachments, cases, desks, events
from casekeeper.db.models import Event
from casekeeper.db.paths import database_path
from tests.gui_shell_support import ModalAnswer


@pytest.fixture
def case(window):
    c = cases.create_case("OCI account suspended")
    desks.create_desk(c.id, "Support mail", kind="email", address="support@oracle-cloud.example")
    events.create_event(c.id, "observation", "Console shows the account suspended")
    window.refresh_cases()
    window.open_case(c.id, tab=window.tabs.indexOf(window.view("TimelineView")))
    return c


def drop_files(widget, paths, pos: QPoint):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide6 flags Qt's only QDragEnterEvent constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_case_actions_need_an_open_case(window):
    ev = window.evidence
    assert not ev.import_action.isEnabled() and not ev.export_action.isEnabled()
    c = cases.create_case("x")
    window.refresh_cases()
    window.open_case(c.id)
    assert ev.import_action.isEnabled() and ev.verify_action.isEnabled()


def test_drop_mail_on_the_timeline_imports_it(window, case, tmp_path):
    files = [tmp_path / "a.eml", tmp_path / "b.eml"]
    files[0].write_bytes(m.shift_jis())
    files[1].write_bytes(m.multipart_with_attachments())
    timeline = window.view("TimelineView")
    drop_files(timeline.table.viewport(), files, QPoint(20, 20))
    assert timeline.model.rowCount() == 3
    summaries = [timeline.model.index(r, 3).data() for r in range(3)]
    assert "ケースのエスカレーションについて" in summaries and "ご請求書の送付" in summaries
    assert "Imported 2 message(s)" in window.statusBar().currentMessage()
    assert timeline.selected_event_id() == Event.get(Event.message_id == "<multi@example>").id
    panel = window.evidence.timeline.panel
    assert [panel.model.index(r, 0).data() for r in range(3)] == ["請求書 2026年3月.pdf", "screen.png", "original.eml"]


def test_a_bad_file_is_reported_in_a_dialog_and_the_good_one_imports(window, case, tmp_path):
    good, bad = tmp_path / "good.eml", tmp_path / "bad.eml"
    good.write_bytes(m.utf8_qp())
    bad.write_bytes(b"\x00\x01 shopping list\n")
    texts = []
    answer = ModalAnswer(lambda d: (texts.append(d.text.toPlainText()), d.reject()))
    window.evidence.timeline.import_files([str(good), str(bad)])
    answer.check()
    assert "bad.eml: not imported: not an e-mail message (it has no mail headers)" in texts[0]
    assert "good.eml: imported as event" in texts[0]
    assert window.view("TimelineView").model.rowCount() == 2


def test_drop_a_screenshot_on_an_entry_attaches_it_with_preview(window, case, tmp_path):
    img = QImage(64, 48, QImage.Format.Format_RGB32)
    img.fill(QColor("red"))
    png = tmp_path / "console.png"
    img.save(str(png))
    timeline = window.view("TimelineView")
    event_id = timeline.model.event_id(0)
    rect = timeline.table.visualRect(timeline.model.index(0, 3))
    drop_files(timeline.table.viewport(), [png], rect.center())
    (att,) = attachments.list_attachments(event_id)
    panel = window.evidence.timeline.panel
    assert panel.event_id == event_id
    assert panel.model.index(0, 0).data() == "console.png"
    assert panel.model.index(0, 2).data() == att.sha256 and att.size == png.stat().st_size
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()


def test_search_box_finds_across_cases_and_opens_the_entry(window, case, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    other = cases.create_case("Other provider")
    target = events.create_event(other.id, "received", "返信", body="本日アカウント停止の判断が確定しました。")
    window.refresh_cases()
    ev = window.evidence
    ev.search_box.setText("アカウント停止")  # QTest cannot type kana; the text is set as an input method would
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ev.search_box.hasFocus()
    with qtbot.waitSignal(ev.results.finished):       # the search runs off the GUI thread
        qtbot.keyClick(ev.search_box, Qt.Key.Key_Return)
    dock = window.findChild(QDockWidget, "evidenceSearchDock")
    assert dock.isVisible()
    model = ev.results.model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert ("Other provider", "Entry: 返信") in rows
    row = rows.index(("Other provider", "Entry: 返信"))
    assert "<b" in model.index(row, 2).data(Qt.ItemDataRole.UserRole + 20)
    ev.results.table.doubleClicked.emit(model.index(row, 2))
    timeline = window.view("TimelineView")
    assert window.case_id == other.id and window.tabs.currentWidget() is timeline
    assert timeline.selected_event_id() == target.id


def test_verify_reports_intact_and_tampered(window, case, data_dir):
    seen = []
    answer = ModalAnswer(lambda d: (seen.append(d.verdict.text()), d.accept()))
    window.evidence.verify_action.trigger()
    answer.check()
    assert "intact" in seen[0]
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE events SET summary = 'edited behind your back'")
    conn.commit()
    conn.close()
    answer = ModalAnswer(lambda d: (seen.append((d.seal_button.isVisible(), d.details.toPlainText())), d.accept()))
    window.evidence.verify_action.trigger()
    answer.check()
    can_seal, text = seen[1]
    assert can_seal and "changed outside the app" in text and "edited behind your back" in text


@pytest.mark.parametrize("fmt, name", [("md", "r.md"), ("bundle", "r.zip"), ("pdf", "r.pdf")])
def test_export_from_the_window(window, case, tmp_path, fmt, name):
    from casekeeper.gui.evidence.case_actions import export_case

    out = export_case(window, case.id, window.statusBar().showMessage, fmt=fmt, path=str(tmp_path / name))
    assert out is not None and out.stat().st_size > 0
    assert str(out) in window.statusBar().currentMessage()
    if fmt == "bundle":
        assert "manifest.json" in zipfile.ZipFile(out).namelist()
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")


def test_language_change_rebuilds_one_toolbar_in_japanese(window, case):
    window.set_language("ja")
    bars = window.findChildren(QToolBar, "mainToolbar")
    docks = window.findChildren(QDockWidget, "evidenceSearchDock")
    QApplication.processEvents()
    assert len([b for b in bars if not b.isHidden()]) == 1 and len([d for d in docks if d.parent()]) >= 1
    assert window.evidence.import_action.text() == "メールを取り込む(&I)…"
    assert window.evidence.search_box.placeholderText().startswith("全ケースを検索")


def test_earlier_versions_of_an_edited_entry(window, case):
    timeline = window.view("TimelineView")
    event_id = timeline.model.event_id(0)
    panel = window.evidence.timeline.panel
    assert not panel.history_button.isEnabled()
    events.update_event(event_id, summary="Console shows INACTIVE", body="new text")
    timeline.refresh()
    panel.set_event(event_id)
    assert panel.history_button.isEnabled()
    seen = []
    answer = ModalAnswer(lambda d: (seen.append(d.text.toPlainText()), d.reject()))
    panel.history_button.click()
    answer.check()
    assert "Console shows the account suspended" in seen[0] and "Changed" in seen[0]


def test_keys_in_the_search_box_do_not_reach_the_timeline(window, case, qtbot):
    """Return/Delete shortcuts of the timeline and case list are widget-scoped: typing in the
    search box never opens or deletes an entry (PySide6 drops context= given with a callable)."""
    from PySide6.QtGui import QShortcut

    for sc in window.findChildren(QShortcut):
        if sc.key().toString() in ("Return", "Del"):
            assert sc.context() == Qt.ShortcutContext.WidgetShortcut, sc.parent()
    window.activateWindow()
    qtbot.waitActive(window)
    ev = window.evidence
    ev.search_box.setFocus()
    ev.search_box.setText("suspended")
    qtbot.keyClick(ev.search_box, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is None
    assert window.findChild(QDockWidget, "evidenceSearchDock").isVisible()


def test_search_hit_on_an_identifier_opens_the_identifiers_tab_on_it(window, case, qtbot):
    from casekeeper.db import identifiers

    ident = identifiers.create_identifier(case.id, "Order ID", value="ORD-7731-XY")
    ev = window.evidence
    ev.search_box.setText("7731")
    with qtbot.waitSignal(ev.results.finished):
        ev.run_search()
    (row,) = [r for r in range(ev.results.model.rowCount()) if ev.results.model.hit(r).source == "identifier"]
    ev.results.table.doubleClicked.emit(ev.results.model.index(row, 0))
    view = window.view("IdentifiersView")
    assert window.tabs.currentWidget() is view and view.current_id() == ident.id


def test_import_size_limit_is_a_setting(window, data_dir):
    from PySide6.QtWidgets import QInputDialog

    from casekeeper.db import mail_import

    def answer(dialog):
        assert isinstance(dialog, QInputDialog) and dialog.intValue() == mail_import.DEFAULT_LIMIT_MB
        dialog.setIntValue(3)
        dialog.accept()

    modal = ModalAnswer(answer)
    window.evidence.ask_limit()
    modal.check()
    assert mail_import.limit_bytes(data_dir) == 3 * 1024 * 1024
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    assert "Mail import &size limit…" in [a.text() for a in settings_menu.actions()]


def test_an_imported_mail_shows_its_dkim_check_notes_and_original(window, case, tmp_path, qtbot, monkeypatch):
    """Signed mail imported offline, with a damaged attachment: the entry says both; Open original
    and Save original as… give the bytes as received; Check again completes the DKIM check."""

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from casekeeper.db import dkim_check, mail_originals

    mime = m.multipart("b", [m.part("text/plain; charset=utf-8", "契約書を添付します。"),
                             m.part("application/pdf", b"JVBER!!!broken", cte="base64",
                                    headers='Content-Disposition: attachment; filename="contract.pdf"\r\n')])
    raw = m.dkim_signed(m.with_headers(mime, m.basic_headers(subject="契約書", message_id="<gui-dkim@x>")))
    path = tmp_path / "signed.eml"
    path.write_bytes(raw)
    answer = ModalAnswer(lambda d: d.reject())   # the results dialog lists the note
    window.evidence.timeline.import_files([str(path)])
    answer.check()
    event_id = Event.get(Event.message_id == "<gui-dkim@x>").id
    timeline = window.view("TimelineView")
    timeline.select_event(event_id)
    strip = window.evidence.timeline.panel.mail
    assert strip.isVisible()
    assert "DKIM: could not check: offline (d=oracle-cloud.example)" in strip.dkim.text()
    assert "attachment 'contract.pdf' could not be decoded and was kept as received" in strip.notes.text()
    assert strip.check_button.isVisible()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    strip.open_button.click()
    assert Path(opened[0]).read_bytes() == raw
    target = tmp_path / "out" / "saved.eml"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    strip.save_button.click()
    assert target.read_bytes() == raw

    dkim_check.set_resolver(lambda name: m.dkim_key()[1] if name == "s2026._domainkey.oracle-cloud.example" else None)
    with qtbot.waitSignal(strip.checked, timeout=10_000):
        strip.check_button.click()
    assert mail_originals.get(event_id).dkim_status == "valid"
    assert "DKIM: valid for d=oracle-cloud.example" in strip.dkim.text()
    assert "key s2026._domainkey.oracle-cloud.example, checked" in strip.dkim.text()
    assert not strip.check_button.isVisible()


def test_the_mail_strip_is_hidden_for_entries_that_are_no_mail(window, case):
    timeline = window.view("TimelineView")
    timeline.select_event(timeline.model.event_id(0))
    assert not window.evidence.timeline.panel.mail.isVisible()
