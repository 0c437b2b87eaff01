"""Expected failures and generated words in the reader's language: the window's error
boxes, the command line's one line, opening hours (shown and typed), the year-end closure."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.db import desk_calendar, desks, hours, report_md
from casekeeper.db.demo import add_demo_case
from casekeeper.db.errors import InvalidInput
from tests.gui_shell_support import ModalAnswer

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


# ---------------------------------------------------------------- the window


def _try_desk(window, qtbot, **typed):
    """Add a desk through the Desks tab's dialog; returns the texts of the message boxes it showed."""
    desks_view = window.view("DesksView")
    window.open_case(window.case_id, tab=window.tabs.indexOf(desks_view))
    boxes = []

    def fill(dialog):
        dialog.name.setText(typed.get("name", "Status page"))
        dialog.timezone.setCurrentText(typed.get("timezone", "Asia/Tokyo"))
        dialog.hours.setPlainText(typed.get("hours", ""))
        ModalAnswer(lambda box: (boxes.append(box.text()), box.accept(), dialog.reject()))
        dialog.accept()

    answer = ModalAnswer(fill)
    desks_view.add_record()
    answer.check()
    qtbot.waitUntil(lambda: not window.isHidden(), timeout=2000)
    return boxes


@pytest.fixture
def japanese_window(window):
    window.set_language("ja")
    case = add_demo_case("en")
    window.refresh_cases()
    window.open_case(case.id)
    return window


def test_a_bad_time_zone_is_refused_in_japanese(japanese_window, qtbot):
    [text] = _try_desk(japanese_window, qtbot, timezone="Asia/Tokio")
    assert "タイムゾーン「Asia/Tokio」は不明です" in text
    assert "Unknown time zone" not in text
    assert "Status page" not in [d.name for d in desks.list_desks(japanese_window.case_id)]


def test_bad_hours_are_refused_in_japanese_and_japanese_hours_are_accepted(japanese_window, qtbot):
    [text] = _try_desk(japanese_window, qtbot, hours="月-金 09:00-25:00")
    assert "受付時間「月-金 09:00-25:00」を読み取れません" in text and "not understood" not in text

    assert _try_desk(japanese_window, qtbot, name="電話窓口", hours="月曜～金曜　０９：００－１７：００\n土・日 10:00〜12:00") == []
    desk = next(d for d in desks.list_desks(japanese_window.case_id) if d.name == "電話窓口")
    assert desk.hours == ["Mon-Fri 09:00-17:00", "Sat,Sun 10:00-12:00"]     # stored in one notation
    view = japanese_window.view("DesksView")
    view.select(desk.id)
    assert "月-金 09:00-17:00" in view.hours.text() and "Mon" not in view.hours.text()


def test_the_generated_year_end_closure_is_shown_in_japanese(japanese_window):
    view = japanese_window.view("DesksView")
    japanese_window.open_case(japanese_window.case_id, tab=japanese_window.tabs.indexOf(view))
    phone = next(d for d in desks.list_desks(japanese_window.case_id) if d.closures)
    assert phone.closures[0]["label"] == "Year-end and New Year holidays"   # as the English demo stores it
    view.select(phone.id)
    assert "年末年始休業" in view.hours.text()
    assert "Year-end" not in view.hours.text() and "Mon-Fri" not in view.hours.text()


# ---------------------------------------------------------------- the command line


def _cli(data_dir, lang, *args):
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(LANG=lang, CASEKEEPER_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "casekeeper", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


def test_the_command_line_speaks_the_locale(data_dir):
    ja = _cli(data_dir, "ja_JP.UTF-8", "show", "99999")
    assert ja.returncode != 0
    assert ja.stderr.strip() == "casekeeper: ID 99999 のケースはありません。"
    en = _cli(data_dir, "C", "show", "99999")
    assert en.returncode != 0 and en.stderr.strip() == "casekeeper: No case with id 99999."
    bad = _cli(data_dir, "ja_JP.UTF-8", "show", "abc")
    assert bad.returncode != 0 and "「abc」はケースの ID ではありません" in bad.stderr


# ---------------------------------------------------------------- opening hours

HOURS = [
    ["Mon-Fri 09:00-17:00"],
    ["Mon-Fri 09:00-12:00,13:00-17:30", "Sat 10:00-12:00"],
    ["Sat-Mon 00:00-24:00", "Wed,Fri 08:00-09:00"],
    ["always"],
]


@pytest.mark.parametrize("lines", HOURS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_hours_shown_in_a_language_read_back_the_same(lines, lang):
    shown = hours.display_lines(lines, lang)
    assert hours.parse(shown) == hours.parse(lines)
    assert hours.validate(shown) == lines
    if lang == "ja":
        assert not any(day in " ".join(shown) for day in hours.DAY_NAMES)


def test_hours_in_japanese_words():
    assert hours.display(["Mon-Fri 09:00-17:00", "Sat,Sun 10:00-12:00"], "ja") == "月-金 09:00-17:00 ／ 土・日 10:00-12:00"
    assert hours.display(["always"], "ja") == "常時受付"
    assert hours.display([], "ja") == "未設定"
    assert hours.display(["Mon-Fri 09:00-17:00"], "en") == "Mon-Fri 09:00-17:00"


@pytest.mark.parametrize("typed, stored", [
    (["月-金 09:00-17:00"], ["Mon-Fri 09:00-17:00"]),
    (["月曜日～金曜日　０９：００－１７：００"], ["Mon-Fri 09:00-17:00"]),
    (["月〜金 09:00ー17:00"], ["Mon-Fri 09:00-17:00"]),
    (["平日 09:00-12:00、13:00-17:00"], ["Mon-Fri 09:00-12:00,13:00-17:00"]),
    (["土、日 10:00-12:00"], ["Sat,Sun 10:00-12:00"]),
    (["常時"], ["always"]), (["２４時間"], ["always"]), (["Always open"], ["always"]),
])
def test_japanese_and_full_width_hours_are_accepted(typed, stored):
    assert hours.validate(typed) == stored


def test_hours_errors_in_both_languages():
    with pytest.raises(InvalidInput) as caught:
        hours.parse(["月-金 09:00-25:00"])
    assert "not understood" in str(caught.value)
    assert "受付時間「月-金 09:00-25:00」を読み取れません" in caught.value.text("ja")
    with pytest.raises(InvalidInput) as caught:
        hours.parse(["Mon 09:00-12:00,11:00-13:00"])
    assert caught.value.text("ja").endswith("月曜日のほかの時間帯と重なっています。")


# ---------------------------------------------------------------- calendar and report


def test_year_end_closure_names_the_day_in_the_calendars_language(db, clock):
    case = add_demo_case("en")
    phone = next(d for d in desks.list_desks(case.id) if d.closures)
    at = desk_calendar.for_desk(phone).zone
    from datetime import datetime

    moment = datetime(2026, 12, 30, 10, 0, tzinfo=at)
    assert desk_calendar.desk_status(phone, moment, "ja").reason == "年末年始休業"
    assert desk_calendar.desk_status(phone, moment, "en").reason == "Year-end and New Year holidays"
    assert desk_calendar.closure_label("Office move", "ja") == "Office move"     # the user's own words stay


def test_japanese_report_words_the_hours_in_japanese(db, clock):
    case = add_demo_case("en")
    text = report_md.render(case.id, "ja")
    assert "受付時間: 月-金 09:00-17:00" in text and "Mon-Fri" not in text
