"""The structured opening-hours editor and its text form: structured -> text -> structured keeps
everything (lunch break, always open, holiday calendar, closures named in both languages),
through db/hours_form.py and through the real desk dialog."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt

from casekeeper.db import cases, desk_calendar, desks
from casekeeper.db.errors import InvalidInput
from casekeeper.db.hours_form import ClosureItem, HoursForm, Rule, from_text, rules_from_hours, to_text
from tests.gui_shell_support import ModalAnswer

H = 60
WEEKDAYS = (0, 1, 2, 3, 4)
FULL = HoursForm(
    False,
    (Rule(WEEKDAYS, ((9 * H, 17 * H),), (12 * H, 13 * H)),          # lunch break
     Rule((5,), ((9 * H, 11 * H), (15 * H, 18 * H)))),                # two ranges, no lunch (not a lunch-time gap)
    "JP",
    (ClosureItem("12-29", "01-03", "Year-end and New Year holidays", "年末年始休業"),
     ClosureItem("2026-05-07", "2026-05-08", "Office move", ""),
     ClosureItem("08-13", "08-15", "", "お盆休み")))
ALWAYS = HoursForm(True, (), "US", (ClosureItem("12-25", "12-25", "Christmas", "クリスマス"),))
NOT_SET = HoursForm()


# ---------------------------------------------------------------- db/hours_form.py


@pytest.mark.parametrize("form", [FULL, ALWAYS, NOT_SET], ids=["hours", "always", "not-set"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_structured_to_text_to_structured_keeps_everything(form, lang):
    assert from_text(to_text(form, lang)) == form


def test_the_text_form_reads_as_a_person_writes_it():
    text = to_text(FULL, "en")
    assert text.splitlines() == [
        "Mon-Fri 09:00-12:00, 13:00-17:00", "Sat 09:00-11:00, 15:00-18:00", "holidays: JP",
        "closed 12-29..01-03 Year-end and New Year holidays | 年末年始休業",
        "closed 2026-05-07..2026-05-08 Office move", "closed 08-13..08-15 | お盆休み"]
    ja = to_text(FULL, "ja")
    assert ja.splitlines()[0] == "月-金 09:00-12:00、13:00-17:00"
    assert "祝日: JP" in ja and "休業 12-29..01-03 Year-end and New Year holidays | 年末年始休業" in ja


def test_japanese_typing_with_full_width_digits_is_read():
    form = from_text("平日 ９：００～１２：００、１３：００～１７：００\n祝日：ｊｐ\n休業 １２-２９〜０１-０３ | 年末年始休業")
    assert form.rules == (Rule(WEEKDAYS, ((9 * H, 17 * H),), (12 * H, 13 * H)),)
    assert form.holidays == "JP"
    assert form.closures == (ClosureItem("12-29", "01-03", "", "年末年始休業"),)


def test_the_stored_fields_keep_both_closure_names():
    fields = FULL.desk_fields()
    assert fields["hours"] == ["Mon-Fri 09:00-12:00,13:00-17:00", "Sat 09:00-11:00,15:00-18:00"]
    assert fields["holidays"] == "JP"
    assert fields["closures"][0] == {"from": "12-29", "to": "01-03", "label": "Year-end and New Year holidays",
                                     "label_ja": "年末年始休業"}
    assert HoursForm.from_desk_fields(fields["hours"], fields["holidays"], fields["closures"]) == FULL


def test_hours_written_by_hand_become_rules():
    assert rules_from_hours(["always"]) == (True, ())
    assert rules_from_hours([]) == (False, ())
    always, rules = rules_from_hours(["Mon-Fri 09:00-12:00,13:00-17:00", "Sat-Sun 10:00-12:00"])
    assert not always
    assert rules == (Rule(WEEKDAYS, ((9 * H, 17 * H),), (12 * H, 13 * H)), Rule((5, 6), ((10 * H, 12 * H),)))


@pytest.mark.parametrize("form, words", [
    (HoursForm(False, (Rule((), ((9 * H, 17 * H),)),)), "tick at least one day"),
    (HoursForm(False, (Rule(WEEKDAYS, ((9 * H, 12 * H),), (13 * H, 14 * H)),)), "lunch break 13:00-14:00"),
    (HoursForm(False, (Rule(WEEKDAYS, ((9 * H, 17 * H),)), Rule((0,), ((16 * H, 18 * H),)))), "overlaps"),
])
def test_what_cannot_be_saved_is_said(form, words):
    with pytest.raises(InvalidInput) as caught:
        form.hours_lines()
    assert words in str(caught.value)


@pytest.mark.parametrize("line, words", [
    ("closed sometime in spring", "Closure"), ("holidays: Japan", "Holiday calendar"),
    ("holidays: ZZ", "Unknown holiday calendar"), ("closed 13-45 Nonsense", "13-45"), ("weekdays 9 to 5", "weekdays"),
])
def test_text_that_does_not_read_says_which_line(line, words):
    with pytest.raises(InvalidInput) as caught:
        from_text("Mon-Fri 09:00-17:00\n" + line)
    assert words in str(caught.value)


def test_the_japanese_name_of_a_closure_is_shown_to_japanese_readers(db, clock):
    case = cases.create_case("Case")
    desk = desks.create_desk(case.id, "Phone", timezone="Asia/Tokyo", **FULL.desk_fields())
    cal = desk_calendar.calendar(timezone_name="Asia/Tokyo", hours=desk.hours, holidays=desk.holidays,
                                 closures=desk.closures, language="ja")
    assert cal.closed_reason(date(2026, 12, 30)) == "年末年始休業"
    assert cal.closed_reason(date(2026, 8, 14)) == "お盆休み"
    en = desk_calendar.calendar(timezone_name="Asia/Tokyo", hours=desk.hours, holidays=desk.holidays,
                                closures=desk.closures, language="en")
    assert en.closed_reason(date(2026, 12, 30)) == "Year-end and New Year holidays"
    assert en.closed_reason(date(2026, 5, 7)) == "Office move"
    assert en.closed_reason(date(2026, 8, 14)) == "お盆休み"            # the only name it has
    assert desk_calendar.closure_name({"label": "Office move"}, "ja") == "Office move"


# ---------------------------------------------------------------- the editor widget


def _editor(qtbot, form):
    from casekeeper.gui.dialogs.hours_editor import HoursEditor

    editor = HoursEditor(form)
    qtbot.addWidget(editor)
    editor.resize(800, 560)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.parametrize("form", [FULL, ALWAYS, NOT_SET], ids=["hours", "always", "not-set"])
def test_the_editor_shows_a_form_and_gives_it_back_through_the_text(qtbot, form):
    editor = _editor(qtbot, form)
    assert editor.structured_form() == form
    assert editor.show_text(True)
    assert editor.text.toPlainText() == to_text(form, "en")
    assert editor.form() == form
    assert editor.show_text(False)
    assert editor.form() == form


def test_the_fields_show_the_days_times_and_lunch_break(qtbot):
    editor = _editor(qtbot, FULL)
    week, saturday = editor.rule_editors
    assert [b.isChecked() for b in week.day_buttons] == [True] * 5 + [False] * 2
    assert [(r.start.text(), r.end.text()) for r in week.ranges] == [("09:00", "17:00")]
    assert week.lunch.isChecked() and (week.lunch_start.text(), week.lunch_end.text()) == ("12:00", "13:00")
    assert [(r.start.text(), r.end.text()) for r in saturday.ranges] == [("09:00", "11:00"), ("15:00", "18:00")]
    assert not saturday.lunch.isChecked()
    assert editor.holiday_code() == "JP" and "Japan" in editor.holidays.currentText()
    assert editor.closures.rowCount() == 3
    assert editor.closures.item(0, 3).text() == "年末年始休業"


def test_changing_a_field_rewrites_the_text_at_once(qtbot):
    editor = _editor(qtbot, FULL)
    week = editor.rule_editors[0]
    week.day_buttons[5].setChecked(False)
    week.lunch.setChecked(False)
    assert editor.text.toPlainText().splitlines()[0] == "Mon-Fri 09:00-17:00"
    week.ranges[0].end.setText("18:30")
    week.ranges[0].end.editingFinished.emit()
    assert editor.text.toPlainText().splitlines()[0] == "Mon-Fri 09:00-18:30"
    editor.always.setChecked(True)
    assert editor.text.toPlainText().splitlines()[0] == "Always open"


def test_typing_the_text_rebuilds_the_fields(qtbot):
    editor = _editor(qtbot, NOT_SET)
    editor.show_text(True)
    editor.text.setPlainText("Mon-Fri 08:30-11:45,12:45-17:15\nSun 10:00-12:00\nholidays: GB\n"
                             "closed 2026-04-03..2026-04-06 Easter | イースター")
    assert editor.show_text(False)
    week, sunday = editor.rule_editors
    assert week.lunch.isChecked() and (week.lunch_start.text(), week.lunch_end.text()) == ("11:45", "12:45")
    assert [b.isChecked() for b in sunday.day_buttons] == [False] * 6 + [True]
    assert editor.holiday_code() == "GB"
    assert editor.closures.item(0, 2).text() == "Easter" and editor.closures.item(0, 3).text() == "イースター"


def test_text_that_does_not_read_keeps_the_text_and_says_why(qtbot):
    editor = _editor(qtbot, FULL)
    editor.show_text(True)
    editor.text.setPlainText("weekdays 9 to 5")
    assert not editor.show_text(False)                 # stays with the text, nothing is lost
    assert editor.as_text.isChecked() and editor.text.toPlainText() == "weekdays 9 to 5"
    assert editor.error.isVisible() and "weekdays 9 to 5" in editor.error.text()
    with pytest.raises(InvalidInput):
        editor.form()


def test_a_time_that_is_not_one_is_said_and_not_saved(qtbot):
    editor = _editor(qtbot, FULL)
    field = editor.rule_editors[0].ranges[0].start
    field.setText("9h")
    field.editingFinished.emit()
    assert editor.error.isVisible() and "9h" in editor.error.text()
    with pytest.raises(InvalidInput):
        editor.form()


def test_add_a_time_range_and_remove_a_group_of_days(qtbot):
    editor = _editor(qtbot, FULL)
    saturday = editor.rule_editors[1]
    saturday.add_range_button.click()
    assert len(saturday.ranges) == 3
    saturday.ranges[2].remove_button.click()
    assert len(saturday.ranges) == 2
    saturday.remove_button.click()
    assert len(editor.rule_editors) == 1
    assert editor.form().hours_lines() == ["Mon-Fri 09:00-12:00,13:00-17:00"]
    editor.add_rule_button.click()        # the days still free get their own hours
    assert [b.isChecked() for b in editor.rule_editors[1].day_buttons] == [False] * 5 + [True, False]


# ---------------------------------------------------------------- in the desk dialog


def _click_days(rule_editor, days):
    for d, button in enumerate(rule_editor.day_buttons):
        if button.isChecked() != (d in days):
            button.click()


def _type(qtbot, field, value):
    field.selectAll()
    field.setFocus()
    qtbot.keyClicks(field, value)
    field.editingFinished.emit()


def test_a_desk_is_saved_from_the_fields_and_reopens_the_same(db, clock, qtbot):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    case = cases.create_case("Account suspended")
    dialog = DeskDialog(None, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Technical support phone")
    dialog.hours_button.click()
    assert dialog.pages.currentIndex() == 1
    editor = dialog.hours_editor
    editor.add_rule_button.click()
    week = editor.rule_editors[0]
    _click_days(week, WEEKDAYS)
    _type(qtbot, week.ranges[0].start, "0900")
    _type(qtbot, week.ranges[0].end, "17:00")
    week.lunch.click()
    _type(qtbot, week.lunch_start, "12:00")
    _type(qtbot, week.lunch_end, "13:00")
    editor.holidays.setCurrentIndex(editor.holidays.findData("JP"))
    editor.year_end_button.click()
    row = editor.closures.add(ClosureItem("08-13", "08-15", "Summer break", "お盆休み"))
    assert row == 1
    assert "Mon-Fri 09:00-17:00" not in dialog.hours_summary.text()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    desk = desks.get_desk(dialog.record_id)
    assert desk.hours == ["Mon-Fri 09:00-12:00,13:00-17:00"]
    assert desk.holidays == "JP"
    assert desk.closures == [
        {"from": "12-29", "to": "01-03", "label": "Year-end and New Year holidays", "label_ja": "年末年始休業"},
        {"from": "08-13", "to": "08-15", "label": "Summer break", "label_ja": "お盆休み"}]

    again = DeskDialog(None, case.id, desk.id)
    qtbot.addWidget(again)
    assert again.hours_editor.form() == editor.form()
    assert again.hours_editor.rule_editors[0].lunch.isChecked()
    assert "Mon-Fri 09:00-12:00, 13:00-17:00" in again.hours_summary.text()
    assert not again.is_changed()


def test_the_text_form_saves_too(db, clock, qtbot):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    case = cases.create_case("Account suspended")
    dialog = DeskDialog(None, case.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Chat")
    dialog.hours_editor.show_text(True)
    dialog.hours_editor.text.setPlainText("Always open\nclosed 2026-05-07 Maintenance | メンテナンス")
    dialog.accept()
    desk = desks.get_desk(dialog.record_id)
    assert desk.hours == ["always"]
    assert desk.closures == [{"from": "2026-05-07", "to": "2026-05-07", "label": "Maintenance",
                              "label_ja": "メンテナンス"}]


def test_a_mistake_in_the_hours_shows_their_tab_and_keeps_the_dialog(db, clock, qtbot):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    case = cases.create_case("Account suspended")
    dialog = DeskDialog(None, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Odd desk")
    dialog.hours_editor.add_rule_button.click()
    dialog.hours_editor.rule_editors[0].lunch.setChecked(True)
    dialog.hours_editor.rule_editors[0].lunch_start.setText("18:00")
    dialog.hours_editor.rule_editors[0].lunch_end.setText("19:00")
    dialog.pages.setCurrentIndex(0)
    messages = []
    answer = ModalAnswer(lambda box: (messages.append(box.text()), box.accept()))
    dialog.accept()
    answer.check()
    assert "lunch break 18:00-19:00" in messages[0]
    assert dialog.isVisible() and dialog.pages.currentIndex() == 1
    assert desks.list_desks(case.id) == []


def test_a_new_japanese_desk_starts_with_japans_calendar(db, clock, qtbot):
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog

    case = cases.create_case("Account suspended")
    dialog = DeskDialog(None, case.id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    form = dialog.hours_editor.form()
    assert form.holidays == "JP"
    assert form.closures == (ClosureItem("12-29", "01-03", "Year-end and New Year holidays", "年末年始休業"),)


def test_the_desks_tab_shows_a_closure_by_its_japanese_name_in_japanese(window, qtbot):
    window.set_language("ja")
    case = cases.create_case("Case")
    desks.create_desk(case.id, "電話窓口", timezone="Asia/Tokyo", **FULL.desk_fields())
    window.refresh_cases()
    view = window.view("DesksView")
    window.open_case(case.id, tab=window.tabs.indexOf(view))
    qtbot.waitUntil(lambda: view.current_id() is not None, timeout=2000)
    assert "お盆休み" in view.hours.text() and "年末年始休業" in view.hours.text()
    assert "Year-end" not in view.hours.text()
    assert datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert Qt


def test_the_generated_year_end_closure_is_named_in_both_languages_in_the_editor():
    stored = desk_calendar.default_calendar_fields("ja")["closures"]          # label "年末年始休業" only
    form = HoursForm.from_desk_fields(["Mon-Fri 09:00-17:00"], "JP", stored)
    assert form.closures == (ClosureItem("12-29", "01-03", "Year-end and New Year holidays", "年末年始休業"),)
    own = HoursForm.from_desk_fields([], "", [{"from": "05-03", "to": "05-05", "label": "ゴールデンウィーク"}])
    assert own.closures == (ClosureItem("05-03", "05-05", "ゴールデンウィーク", ""),)
