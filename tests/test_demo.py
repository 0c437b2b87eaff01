"""The demo case: the story from the brief as data, in English and Japanese."""
import tomllib

import pytest

from casekeeper.db import demo, identifiers, serialize


def _structure(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return (
        [d["key"] for d in data["desks"]],
        [(e["at"], e.get("desk", ""), e["kind"]) for e in data["events"]],
        [i["key"] for i in data["identifiers"]],
    )


def test_both_languages_tell_the_same_case():
    assert _structure(demo.demo_file("en")) == _structure(demo.demo_file("ja"))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_demo_case_has_the_story(db, lang):
    case = demo.add_demo_case(lang)
    data = serialize.case_dict(case.id)
    assert len(data["desks"]) == 7
    assert {d["kind"] for d in data["desks"]} >= {"chat", "email", "phone", "web_form", "portal"}
    assert 18 <= len(data["events"]) <= 30
    times = [e["occurred_at"] for e in data["events"]]
    assert times == sorted(times)
    assert len(data["identifiers"]) >= 7
    assert len(data["checklists"]) >= 4
    assert {r["kind"] for r in data["resources"]} >= {"vm", "dns"}
    phone = next(d for d in data["desks"] if d["kind"] == "phone")
    assert phone["address"] == "0120-099-638" and phone["timezone"] == "Asia/Tokyo"
    email = next(d for d in data["desks"] if d["kind"] == "email" and d["reply_window_days"])
    assert email["reply_window_days"] == 10
    cards = {c.desk.id: c for c in identifiers.readiness(case.id)}
    assert cards[phone["id"]].missing, "the SR number was never obtained"


def test_last_activity_of_an_imported_case_is_its_newest_event_not_the_import(db, clock):
    from datetime import datetime, timezone

    from casekeeper.db import cases, playbook
    from casekeeper.db.timeutil import parse_iso

    clock.set(datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc))
    demo_case = demo.add_demo_case("en")
    newest = max(parse_iso(e["occurred_at"]) for e in serialize.case_dict(demo_case.id)["events"])
    assert newest < clock.at
    assert cases.get_case(demo_case.id).updated_at == newest
    fresh = playbook.create_case_from({"format": 1, "case": {"title": "No events yet"}})
    assert cases.get_case(fresh.id).updated_at == clock.at      # nothing happened yet: the import is the activity
    assert [c.id for c in cases.list_cases()] == [fresh.id, demo_case.id]
