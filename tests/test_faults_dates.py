"""Issue 16, point 3: any date a mail or a user brings (year 1 to 9999, any offset) is stored
and shown without an error; out-of-range moments are clamped (mail, with a note) or refused
(the user's input) at the door, and a case with such a date always opens and exports."""
from datetime import datetime, timedelta, timezone

import pytest

from casekeeper.db import cases, desks, events, export, mail_import, playbook
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Event, database
from casekeeper.db.timeutil import EARLIEST, LATEST, local, parse_iso
from tests.faults_support import assert_one_line_error, ck, mail

YEAR_9999 = "Fri, 31 Dec 9999 23:30:00 +0000"


@pytest.fixture
def tokyo(user_zone):
    """The process's local zone is Asia/Tokyo (east of UTC: year 9999 UTC is year 10000 there)."""
    user_zone("Asia/Tokyo")


@pytest.fixture
def case_with_far_mail(db, clock):
    case = cases.create_case("Far future", provider="Provider")
    desks.create_desk(case.id, "Support mail", kind="email", address="support@provider.example",
                      reply_window_days=10)        # a reply-window deadline counted from year 9999
    result = mail_import.import_message(case.id, mail(1, date=YEAR_9999, subject="From the end of time"))
    assert result.status == "imported", result.msg
    assert any("outside the dates" in str(w) for w in result.warnings)
    return case.id


def test_year_9999_mail_is_stored_at_the_end_of_the_calendar_with_a_note(case_with_far_mail):
    event = Event.get(Event.case == case_with_far_mail)
    assert event.occurred_at == LATEST


def test_year_9999_mail_under_tokyo_opens_in_the_window_and_exports(qtbot, tokyo, tmp_path, data_dir,
                                                                    case_with_far_mail):
    from casekeeper.db import settings
    from casekeeper.gui import i18n
    from casekeeper.gui.main_window import MainWindow
    from casekeeper.db.report_pdf import export_pdf

    cases.update_case(case_with_far_mail, status="resolved")   # so the window opens it at start
    settings.save(data_dir, {"last_case": case_with_far_mail})
    window = MainWindow(data_dir)                   # the last-viewed case: the window starts with it
    qtbot.addWidget(window)
    window.show()
    assert window.case_id == case_with_far_mail
    timeline = window.view("TimelineView")
    window.open_case(case_with_far_mail, tab=window.tabs.indexOf(timeline))
    timeline.select_event(Event.get(Event.case == case_with_far_mail).id)
    assert "9999-12-31 08:59" in timeline.detail_head.text()    # LATEST shown in Tokyo
    assert "From the end of time" in timeline.detail.toPlainText()
    i18n.install("en")
    md = export.export_markdown(case_with_far_mail, tmp_path / "far.md")
    assert "9999-12-31 08:59" in md.read_text()
    assert export.export_bundle(case_with_far_mail, tmp_path / "far.zip").stat().st_size > 0
    assert export_pdf(case_with_far_mail, tmp_path / "far.pdf").read_bytes().startswith(b"%PDF")


def test_a_time_stored_past_the_range_by_an_older_version_still_opens(db, tokyo, tmp_path, clock):
    case = cases.create_case("Old row")
    event = events.create_event(case.id, "note", "written before the range was kept")
    database.execute_sql("UPDATE events SET occurred_at = '9999-12-31 23:30:00' WHERE id = ?", [event.id])
    database.execute_sql("UPDATE cases SET opened_at = '1-01-01 00:00:00' WHERE id = ?", [case.id])
    assert events.get_event(event.id).occurred_at == LATEST
    assert cases.get_case(case.id).opened_at == EARLIEST
    assert local(LATEST).year == 9999 and local(EARLIEST).year == 1
    assert "written before" in export.export_markdown(case.id, tmp_path / "old.md").read_text()


def test_year_one_with_an_offset_east_of_utc_is_clamped_not_lost(db, clock):
    case = cases.create_case("Ancient")
    result = mail_import.import_message(case.id, mail(2, date="Mon, 01 Jan 0001 00:30:00 +1400"))
    assert result.status == "imported"
    assert Event.get(Event.case == case.id).occurred_at == EARLIEST


def test_years_below_1000_are_stored_with_four_digits_and_read_back(db, clock):
    case = cases.create_case("Year 5")
    at = datetime(5, 6, 7, 8, 9, 10, tzinfo=timezone.utc)
    event = events.create_event(case.id, "note", "year five", occurred_at=at)
    raw = database.execute_sql("SELECT occurred_at FROM events WHERE id = ?", [event.id]).fetchone()[0]
    assert raw == "0005-06-07 08:09:10"
    assert events.get_event(event.id).occurred_at == at


def test_the_user_cannot_type_a_moment_outside_the_range(db, clock):
    case = cases.create_case("Typed")
    with pytest.raises(InvalidInput, match="outside the dates"):
        events.create_event(case.id, "note", "x", occurred_at=datetime(9999, 12, 31, 23, tzinfo=timezone.utc))
    with pytest.raises(InvalidInput, match="outside the dates"):
        parse_iso("0001-01-01T00:00:00+09:00")
    assert events.create_event(case.id, "note", "edge", occurred_at=LATEST - timedelta(hours=1))


def test_a_playbook_with_an_out_of_range_date_is_refused_whole(db, clock, tmp_path):
    path = tmp_path / "far.toml"
    path.write_text('format = 1\n[case]\ntitle = "Far"\n[[events]]\nat = 9999-12-31T23:59:59-12:00\n'
                    'summary = "x"\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="event time.*outside the dates"):
        playbook.create_case_from_file(path)
    assert cases.list_cases() == []


@pytest.mark.parametrize("args", [
    ["due", "--now", "9999-12-31T23:59:59Z"],
    ["due", "--now", "0001-01-01"],
    ["desks", "1", "--now", "9999-12-31T23:59:59Z"],
    ["ics", "-o", "cal.ics", "--now", "0001-01-01T00:00:00+14:00"],
])
def test_cli_moments_outside_the_range_are_one_line(data_dir, args):
    r = ck(*args, data_dir=data_dir, env={"TZ": "Asia/Tokyo"})
    assert_one_line_error(r, "outside the dates")


def test_cli_moments_at_the_ends_of_the_range_work(data_dir):
    assert ck("demo", data_dir=data_dir).returncode == 0
    for moment in ("9999-12-30T12:00:00Z", "0001-01-02T12:00:00Z"):
        for args in (["due", "--now", moment], ["desks", "1", "--now", moment]):
            r = ck(*args, data_dir=data_dir, env={"TZ": "Asia/Tokyo"})
            assert r.returncode == 0 and "Traceback" not in r.stderr, (args, r.stderr)


def test_cli_import_show_and_export_a_year_9999_mail_under_tokyo(tmp_path, data_dir):
    (tmp_path / "far.eml").write_bytes(mail(1, date=YEAR_9999))
    env = {"TZ": "Asia/Tokyo"}
    assert ck("new", "Far", data_dir=data_dir, env=env).returncode == 0
    r = ck("import", "1", str(tmp_path / "far.eml"), data_dir=data_dir, env=env)
    assert r.returncode == 0 and "outside the dates" in r.stdout, r.stdout + r.stderr
    for args in (["show", "1"], ["cases"], ["due"], ["export", "1", "-o", str(tmp_path / "r.md")],
                 ["export", "1", "--format", "bundle", "-o", str(tmp_path / "r.zip")]):
        r = ck(*args, data_dir=data_dir, env=env)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (args, r.stderr)
