"""A long timeline in the PDF report comes in months: each month starts a page under its own
heading (in the report's language and zone), pages are numbered "n"; a short one is one run,
numbered "n / total", with no month headings."""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from casekeeper.db import cases, events, report_data, report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TOKYO = ZoneInfo("Asia/Tokyo")


def pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    return [p.strip() for p in text.split("\f") if p.strip()]


@pytest.fixture
def three_months(db):
    case = cases.create_case("Three months", opened_at=datetime(2026, 1, 5, tzinfo=timezone.utc))
    # 2026-01-31 16:00 UTC is already 1 February in Tokyo: the report's zone decides the month
    for at, summary in [((2026, 1, 10, 9), "January entry one"), ((2026, 1, 20, 9), "January entry two"),
                        ((2026, 1, 31, 16), "Tokyo February entry"), ((2026, 2, 14, 9), "February entry"),
                        ((2026, 4, 2, 9), "April entry")]:
        events.create_event(case.id, "note", summary, occurred_at=datetime(*at, tzinfo=timezone.utc))
    return case


@pytest.mark.parametrize("lang, titles", [
    ("en", ["January 2026", "February 2026", "April 2026"]),
    ("ja", ["2026年1月", "2026年2月", "2026年4月"]),
])
def test_a_long_timeline_starts_each_month_on_a_page_of_its_own(three_months, monkeypatch, tmp_path, lang, titles):
    monkeypatch.setattr(report_data, "MONTHS_FROM", 3)       # "long" from 4 entries, not 5,000
    content = report_data.build(three_months.id, lang, TOKYO)
    assert [(p["title"], p["end"] - p["start"]) for p in content["timeline_parts"]] == \
        [(titles[0], 2), (titles[1], 2), (titles[2], 1)]
    text = pages(report_pdf.render_data(content), tmp_path)
    starts = {title: next(i for i, page in enumerate(text) if title in page) for title in titles}
    # the first month follows the timeline's heading; each later one opens a page
    assert text[starts[titles[1]]].startswith(titles[1]) and text[starts[titles[2]]].startswith(titles[2])
    assert starts[titles[0]] < starts[titles[1]] < starts[titles[2]]
    assert "Tokyo February entry" in text[starts[titles[1]]] and "January entry two" in text[starts[titles[0]]]
    assert "April entry" in text[starts[titles[2]]]
    footer = text[starts[titles[2]]].splitlines()[-1].strip()
    assert footer == str(starts[titles[2]] + 1)                    # "n", not "n / total"


def test_a_short_timeline_is_one_run_without_month_headings(three_months, tmp_path):
    content = report_data.build(three_months.id, "en", TOKYO)
    assert content["timeline_parts"] == [{"title": "", "start": 0, "end": 5}]
    text = pages(report_pdf.render_data(content), tmp_path)
    assert not any("January 2026" in page or "April 2026" in page for page in text)
    assert text[-1].splitlines()[-1].replace(" ", "") == f"{len(text)}/{len(text)}"   # "n / total"
