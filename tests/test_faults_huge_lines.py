"""Issue 16, point 4: one huge line (a mail with a 2 MB Subject) is bounded where it is shown
and exported: the timeline hands its views a bounded text, reports break it into pieces.
(Bounds are checked, not timings.)"""
import pytest

from casekeeper.db import cases, export, mail_import, text_bounds
from casekeeper.db.models import Event
from tests.faults_support import mail

SUBJECT = "S" * 2_000_000


@pytest.fixture
def huge(db, clock):
    case = cases.create_case("Huge subject")
    result = mail_import.import_message(case.id, mail(1, subject=SUBJECT))
    assert result.status == "imported", result.msg
    return case.id, Event.get(Event.case == case.id)


def test_the_timeline_shows_a_2mb_line_bounded_and_says_what_is_not_shown(qtbot, huge):
    from PySide6.QtCore import Qt

    from casekeeper.gui.views.timeline import TimelineView

    case_id, event = huge
    assert len(event.body) > 2_000_000                  # stored whole
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_case(case_id)
    view.select_event(event.id)
    shown = view.detail.toPlainText()
    assert len(shown) < text_bounds.TEXT_SHOWN + 500
    assert max(len(line) for line in shown.splitlines()) <= text_bounds.LINE_SHOWN + 1
    assert "characters of very long lines are not shown here" in shown
    summary_cell = view.model.index(0, view.model.SUMMARY).data()
    assert len(summary_cell) <= text_bounds.CELL + 1
    tip = view.model.data(view.model.index(0, view.model.SUMMARY), Qt.ItemDataRole.ToolTipRole)
    assert 500 <= len(tip) <= 1001


def test_the_edit_dialog_does_not_wrap_a_huge_line(qtbot, huge):
    from PySide6.QtWidgets import QPlainTextEdit

    from casekeeper.gui.dialogs.event_dialog import EventDialog

    case_id, event = huge
    dialog = EventDialog(case_id, None, event_id=event.id)
    qtbot.addWidget(dialog)
    assert dialog.body.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    assert dialog.body.toPlainText() == event.body     # all of it, editable


def test_reports_break_the_line_into_pieces_and_keep_every_character(tmp_path, huge):
    case_id, _event = huge
    text = export.export_markdown(case_id, tmp_path / "huge.md").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) <= text_bounds.PIECE + 10
    assert text.count("S") >= len(SUBJECT)


def test_pdf_export_of_the_huge_line(tmp_path, huge):
    from casekeeper.db.report_pdf import export_pdf

    case_id, _event = huge
    assert export_pdf(case_id, tmp_path / "huge.pdf").read_bytes().startswith(b"%PDF")


def test_text_bounds():
    text = "short\n" + "x" * 5000 + "\nend"
    shown, hidden = text_bounds.shown(text)
    assert hidden == 5000 - text_bounds.LINE_SHOWN and shown.endswith("…\nend")
    many = "\n".join(["y" * 1500] * 200)
    shown, hidden = text_bounds.shown(many)
    assert len(shown) <= text_bounds.TEXT_SHOWN + 200 and hidden > 0
    assert text_bounds.shown("small") == ("small", 0)
    words = ("word " * 1000).strip()
    pieces = text_bounds.in_pieces(words, 100)
    assert max(len(p) for p in pieces.splitlines()) <= 100 and pieces.replace("\n", "") == words
    assert text_bounds.in_pieces("z" * 250, 100).splitlines() == ["z" * 100, "z" * 100, "z" * 50]
    assert text_bounds.one_line("a\nb  c") == "a b c" and len(text_bounds.one_line("q" * 10_000)) == 301
