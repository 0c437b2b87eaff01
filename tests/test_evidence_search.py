"""Search across all cases: Japanese inside sentences, English, short queries,
and an index that follows edits and deletes."""
import json

import pytest

from casekeeper.db import cases, desks, events, identifiers, resources, search
from casekeeper.db.search import END, START


@pytest.fixture
def two_cases(db, clock):
    a = cases.create_case("OCI アカウント停止", summary="テナンシが INACTIVE になった")
    b = cases.create_case("Other provider")
    d = desks.create_desk(a.id, "請求窓口", kind="email", address="billing-jp@oracle-cloud.example")
    identifiers.create_identifier(a.id, "Order ID", value="ORD-7731-XY", needed_by_desks=[d.id])
    resources.create_resource(a.id, "web-1", kind="vm", notes="VM は停止したまま")
    e1 = events.create_event(a.id, "received", "サポートからの返信",
                             body="本日、お客様のアカウント停止が決定されました。判断は最終です。", desk=d.id)
    e2 = events.create_event(b.id, "sent", "Asked why the account was suspended",
                             body="Please tell me which activity was outside the terms of use.")
    return a, b, e1, e2


def test_japanese_substring_inside_a_sentence(two_cases):
    a, b, e1, _ = two_cases
    (hit,) = [h for h in search.search("アカウント停止") if h.source == "event"]
    assert (hit.case_id, hit.event_id, hit.case_title) == (a.id, e1.id, "OCI アカウント停止")
    assert f"{START}アカウント停止{END}" in hit.snippet


def test_english_across_cases_and_case_insensitive(two_cases):
    a, b, _, e2 = two_cases
    hits = search.search("OUTSIDE the TERMS")
    assert [(h.case_id, h.event_id) for h in hits] == [(b.id, e2.id)]
    assert hits[0].as_dict()["snippet"].count("[") >= 2


def test_desk_names_identifier_values_and_case_text(two_cases):
    a, *_ = two_cases
    assert {h.source for h in search.search("請求窓口")} == {"desk"}
    (hit,) = search.search("7731")
    assert hit.source == "identifier" and hit.title == "Order ID" and "[7731]" in hit.as_dict()["snippet"]
    assert [h.source for h in search.search("INACTIVE")] == ["case"]
    assert [h.title for h in search.search("停止したまま")] == ["web-1"]


def test_short_queries_use_like(two_cases):
    hits = search.search("停止")
    assert {h.source for h in hits} >= {"case", "event"}
    assert all(START in h.snippet for h in hits)
    assert "Order ID" in [h.title for h in search.search("ID")]
    assert search.search("   ") == []


def test_index_follows_edits_and_deletes(two_cases):
    a, b, e1, e2 = two_cases
    events.update_event(e1.id, body="別の文章になりました")
    assert not [h for h in search.search("アカウント停止") if h.source == "event"]
    assert search.search("別の文章")[0].event_id == e1.id
    events.delete_event(e2.id)
    assert search.search("outside the terms") == []
    cases.delete_case(a.id)
    assert search.search("請求窓口") == [] and search.search("7731") == []


def test_quotes_and_operators_in_the_query_are_just_text(two_cases):
    assert search.search('"') == [] and search.search("AND OR NOT") == []
    assert search.search("terms\"") == []


def test_attachment_names_are_found(two_cases, tmp_path):
    from casekeeper.db import attachments

    _, _, e1, _ = two_cases
    f = tmp_path / "停止通知のスクリーンショット.png"
    f.write_bytes(b"png")
    attachments.attach_file(e1.id, f)
    (hit,) = [h for h in search.search("スクリーンショット") if h.source == "attachment"]
    assert hit.event_id == e1.id


def test_cli_search_json(two_cases, data_dir):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    a, _, e1, _ = two_cases
    close_database()
    r = ck("search", "アカウント停止", "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    ev = next(x for x in rows if x["source"] == "event")
    assert ev["case_id"] == a.id and ev["event_id"] == e1.id and "[アカウント停止]" in ev["snippet"]
