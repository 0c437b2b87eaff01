"""The tamper-evident timeline and attachments: changes made outside the app are
reported; changes made in the app keep their history and still verify."""
import sqlite3
from datetime import datetime, timezone

import pytest

from casekeeper.db import attachments, cases, chain, events
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import EventRevision
from casekeeper.db.paths import database_path


@pytest.fixture
def case(db, clock):
    c = cases.create_case("case")
    for n in range(4):
        clock.set(datetime(2026, 3, 2, n, tzinfo=timezone.utc))
        events.create_event(c.id, "note", f"event {n}", body=f"body {n}")
    return c


def ids(case):
    return [r[0] for r in events.event_rows(case.id)]


def raw(data_dir, sql, *params):
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_untouched_and_app_edits_verify(case, clock):
    assert chain.verify_case(case.id).ok
    first, second, *_ = ids(case)
    events.update_event(second, summary="event 1, corrected", body="new text")
    events.create_event(case.id, "sent", "later mail", occurred_at=datetime(2026, 3, 1, tzinfo=timezone.utc))
    events.delete_event(first)
    check = chain.verify_case(case.id)
    assert check.ok, check.problems
    assert check.checked == 4


def test_edit_keeps_what_it_said_before(case, clock):
    eid = ids(case)[1]
    clock.set(datetime(2026, 3, 5, tzinfo=timezone.utc))
    events.update_event(eid, body="rewritten")
    (rev,) = EventRevision.select().where(EventRevision.event_id == eid)
    assert rev.body == "body 1" and rev.action == "edit" and rev.changed_at == datetime(2026, 3, 5, tzinfo=timezone.utc)
    events.delete_event(eid)
    assert [r.action for r in EventRevision.select().where(EventRevision.event_id == eid).order_by(EventRevision.id)] \
        == ["edit", "delete"]


@pytest.mark.parametrize("tamper, code", [
    ("UPDATE events SET body = 'I never said that' WHERE summary = 'event 1'", "changed"),
    ("UPDATE events SET occurred_at = '2026-01-01 00:00:00' WHERE summary = 'event 2'", "changed"),
    ("DELETE FROM events WHERE summary = 'event 1'", "unlinked"),
    ("DELETE FROM events WHERE summary = 'event 3'", "removed_last"),
    ("INSERT INTO events (case_id, kind, occurred_at, summary, created_at, updated_at) "
     "VALUES (1, 'note', '2026-03-02 00:00:00', 'planted', '2026-03-02 00:00:00', '2026-03-02 00:00:00')", "unsealed"),
])
def test_raw_sqlite_change_is_detected(case, data_dir, tamper, code):
    raw(data_dir, tamper)
    check = chain.verify_case(case.id)
    assert not check.ok
    assert code in [p.code for p in check.problems]


def test_tampering_stays_visible_after_later_app_edits(case, data_dir):
    a, b, c, d = ids(case)
    raw(data_dir, "UPDATE events SET body = 'forged' WHERE id = ?", c)
    events.update_event(a, summary="edited in the app")
    events.create_event(case.id, "note", "new one")
    events.delete_event(b)
    problems = chain.verify_case(case.id).problems
    assert [(p.code, p.event_id) for p in problems] == [("changed", c)]


def test_cli_verify_exit_code_and_message(case, data_dir):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    close_database()
    r = ck("verify", str(case.id), data_dir=data_dir)
    assert r.returncode == 0 and r.stdout.startswith("OK: 4 events"), r.stdout + r.stderr
    raw(data_dir, "UPDATE events SET summary = 'x' WHERE summary = 'event 0'")
    r = ck("verify", str(case.id), data_dir=data_dir)
    assert r.returncode == 1 and "changed outside the app" in r.stdout


def test_attach_file_stores_once_by_hash_and_reseals(case, tmp_path, data_dir):
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"pixels" * 100)
    e1, e2 = ids(case)[:2]
    a1 = attachments.attach_file(e1, shot)
    a2 = attachments.attach_file(e2, shot, name="同じ画像.png")
    assert a1.sha256 == a2.sha256 and a1.size == shot.stat().st_size
    assert attachments.file_of(a2).read_bytes() == shot.read_bytes()
    assert len(list((data_dir / "attachments").rglob("*"))) == 2  # one folder, one file
    assert attachments.is_image(a1)
    assert chain.verify_case(case.id).ok
    raw(data_dir, "UPDATE attachments SET name = 'other.png' WHERE id = ?", a1.id)
    assert [p.event_id for p in chain.verify_case(case.id).problems] == [e1]


def test_attach_missing_file_writes_nothing(case, tmp_path):
    with pytest.raises(InvalidInput, match="Not a file"):
        attachments.attach_file(ids(case)[0], tmp_path / "nope.png")
    assert attachments.list_attachments(ids(case)[0]) == []


def test_remove_attachment_keeps_chain_valid(case, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("evidence")
    att = attachments.attach_file(ids(case)[0], f)
    attachments.remove_attachment(att.id)
    assert attachments.list_attachments(ids(case)[0]) == [] and chain.verify_case(case.id).ok


def test_case_from_before_sealing_is_sealed_on_first_verify(case, data_dir):
    raw(data_dir, "DELETE FROM chain_heads")
    raw(data_dir, "UPDATE events SET seal_hash = NULL, seal_prev = NULL")
    check = chain.verify_case(case.id)
    assert check.ok and check.sealed_now == 4
    assert chain.verify_case(case.id).sealed_now == 0
