"""The tamper-evident timeline: every change in the app appends a link and never rewrites
one; changes made outside the app (raw SQL, another program, a changed file) are reported;
verify never seals; sealing is an explicit step the chain keeps; a fingerprint given earlier
shows a rewrite even by someone who recomputes the whole chain."""
import json
import sqlite3
from datetime import datetime, timezone

import pytest

from casekeeper.db import attachments, cases, chain, desks, events, export
from casekeeper.db.chain import link_hash
from casekeeper.db.errors import InvalidInput
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


def rows(data_dir, sql, *params):
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def codes(check):
    return sorted({p.code for p in check.problems})


def stored(data_dir):
    """Everything the chain keeps, to show that an action wrote nothing to it."""
    return (rows(data_dir, "SELECT * FROM chain_links ORDER BY id"), rows(data_dir, "SELECT * FROM chain_heads"))


def test_untouched_and_app_edits_verify(case, clock):
    check = chain.verify_case(case.id)
    assert check.ok and check.links == 4 and check.checked == 4
    first, second, *_ = ids(case)
    events.update_event(second, summary="event 1, corrected", body="new text")
    events.create_event(case.id, "sent", "later mail", occurred_at=datetime(2026, 3, 1, tzinfo=timezone.utc))
    events.delete_event(first)
    check = chain.verify_case(case.id)
    assert check.ok, check.problems
    assert (check.checked, check.links) == (4, 7)
    assert [l.action for l in chain.links(case.id)] == ["create"] * 4 + ["edit", "create", "delete"]


def test_changes_append_links_and_never_rewrite_earlier_ones(case, data_dir, tmp_path):
    before, _ = stored(data_dir)
    a, b, *_ = ids(case)
    events.update_event(a, body="rewritten")
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG pixels")
    att = attachments.attach_file(b, shot)
    attachments.remove_attachment(att.id)
    events.delete_event(a)
    after, heads = stored(data_dir)
    assert after[:len(before)] == before                # nothing earlier changed
    assert [r[4] for r in after[len(before):]] == ["edit", "edit", "edit", "delete"]
    assert heads[0][1] == after[-1][8] and heads[0][4] == after[-1][2]   # head hash and seq: the newest link
    content = json.loads(after[len(before) + 1][6])
    assert content["entry"]["attachments"] == [{"name": "shot.png", "size": 11, "sha256": att.sha256,
                                                "mime": "image/png"}]


def test_an_edit_that_changes_nothing_adds_no_link(case):
    eid = ids(case)[0]
    events.update_event(eid, summary="event 0", body="body 0")
    assert len(chain.links(case.id)) == 4


def test_history_of_an_entry_comes_from_the_chain(case, clock):
    eid = ids(case)[1]
    clock.set(datetime(2026, 3, 5, tzinfo=timezone.utc))
    events.update_event(eid, body="rewritten")
    clock.set(datetime(2026, 3, 6, tzinfo=timezone.utc))
    events.update_event(eid, body="rewritten again")
    (newest, oldest) = chain.revisions(eid)
    assert oldest.body == "body 1" and oldest.changed_at == datetime(2026, 3, 5, tzinfo=timezone.utc)
    assert newest.body == "rewritten" and newest.action == "edit"


def test_deleting_a_desk_is_a_change_to_its_entries(case):
    desk = desks.create_desk(case.id, "Billing", kind="email")
    eid = ids(case)[0]
    events.update_event(eid, desk=desk.id)
    desks.delete_desk(desk.id)
    check = chain.verify_case(case.id)
    assert check.ok, check.problems
    last = chain.links(case.id)[-1].data()
    assert (last["action"], last["event"], "desk_id" in last["entry"]) == ("edit", eid, False)


@pytest.mark.parametrize("tamper, code", [
    ("UPDATE events SET body = 'I never said that' WHERE summary = 'event 1'", "changed"),
    ("UPDATE events SET occurred_at = '2026-01-01 00:00:00' WHERE summary = 'event 2'", "changed"),
    ("UPDATE events SET kind = 'received' WHERE summary = 'event 2'", "changed"),
    ("DELETE FROM events WHERE summary = 'event 1'", "removed"),
    ("DELETE FROM events WHERE summary = 'event 3'", "removed"),
    ("INSERT INTO events (case_id, kind, occurred_at, summary, created_at, updated_at) "
     "VALUES (1, 'note', '2026-03-02 00:00:00', 'planted', '2026-03-02 00:00:00', '2026-03-02 00:00:00')", "unsealed"),
    ("UPDATE chain_links SET content = replace(content, 'body 1', 'body X') WHERE seq = 2", "link_changed"),
    ("DELETE FROM chain_links WHERE seq = 2", "link_missing"),
    ("DELETE FROM chain_links WHERE seq = 4", "head_mismatch"),
    ("DELETE FROM chain_heads", "head_missing"),
])
def test_raw_sqlite_change_is_detected(case, data_dir, tamper, code):
    raw(data_dir, tamper)
    check = chain.verify_case(case.id)
    assert not check.ok
    assert code in codes(check), check.problems


def test_deleted_head_is_a_break_and_verify_never_reseals(case, data_dir, tmp_path):
    """Before: deleting the chain_heads row made verify re-seal everything and say OK."""
    raw(data_dir, "DELETE FROM chain_heads")
    before = stored(data_dir)
    for _ in range(2):
        check = chain.verify_case(case.id)
        assert not check.ok and codes(check) == ["head_missing"]
    export.export_markdown(case.id, tmp_path / "r.md")
    bundle = export.export_bundle(case.id, tmp_path / "b.zip")
    assert stored(data_dir) == before                       # neither verify nor an export sealed anything
    import zipfile
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    assert manifest["timeline_chain"]["verified"] is False
    # an entry added in the app does not bring the head back either
    events.create_event(case.id, "note", "new one")
    assert codes(chain.verify_case(case.id)) == ["head_missing"]


def test_entry_moved_to_another_desk_outside_the_app(case, data_dir):
    a = desks.create_desk(case.id, "Chat", kind="chat")
    b = desks.create_desk(case.id, "Billing", kind="email")
    eid = ids(case)[2]
    events.update_event(eid, desk=a.id)
    assert chain.verify_case(case.id).ok
    raw(data_dir, "UPDATE events SET desk_id = ? WHERE id = ?", b.id, eid)
    (problem,) = chain.verify_case(case.id).problems
    assert (problem.code, problem.event_id, problem.values["fields"]) == ("changed", eid, ["desk_id"])
    assert "desk" in problem.message and "窓口" in problem.msg.text("ja")


def test_changed_attachment_bytes_and_rows_are_detected(case, data_dir, tmp_path):
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"pixels" * 100)
    eid = ids(case)[0]
    att = attachments.attach_file(eid, shot)
    assert chain.verify_case(case.id).ok
    blob = attachments.blob_path(att.sha256)
    blob.chmod(0o644)
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + b"edited" * 100)
    (problem,) = chain.verify_case(case.id).problems
    assert (problem.code, problem.event_id, problem.values["name"]) == ("attachment_changed", eid, "screenshot.png")
    assert chain.verify_case(case.id, files=False).ok   # the chain itself is intact: the bytes changed
    blob.unlink()
    assert codes(chain.verify_case(case.id)) == ["attachment_missing"]
    raw(data_dir, "UPDATE attachments SET sha256 = ? WHERE id = ?", "0" * 64, att.id)
    assert "changed" in codes(chain.verify_case(case.id))


def test_deleted_edit_history_is_detected(case, data_dir):
    """The earlier versions of an entry are links: deleting them breaks the chain, even with the head fixed up."""
    eid = ids(case)[1]
    events.update_event(eid, body="what I really wrote later")
    events.create_event(case.id, "note", "after")
    raw(data_dir, "DELETE FROM chain_links WHERE event_id = ? AND action = 'create'", eid)
    assert chain.revisions(eid) == []
    check = chain.verify_case(case.id)
    assert {"link_missing", "unlinked"} <= set(codes(check))
    # renumbering the rest and fixing the head still leaves the hashes pointing at the deleted link
    raw(data_dir, "UPDATE chain_links SET seq = seq - 1 WHERE seq > 2")
    raw(data_dir, "UPDATE chain_heads SET seq = seq - 1")
    assert not chain.verify_case(case.id).ok


def test_tampering_stays_visible_after_later_app_edits(case, data_dir):
    a, b, c, d = ids(case)
    raw(data_dir, "UPDATE events SET body = 'forged' WHERE id = ?", c)
    events.update_event(a, summary="edited in the app")
    events.create_event(case.id, "note", "new one")
    events.delete_event(b)
    assert [(p.code, p.event_id) for p in chain.verify_case(case.id).problems] == [("changed", c)]
    events.update_event(c, summary="edited after the forgery")   # the edit link says what it found
    (problem,) = chain.verify_case(case.id).problems
    assert (problem.code, problem.event_id, problem.values["fields"]) == ("edited_after_outside", c, ["body"])


def test_sealing_is_explicit_recorded_and_accepts_what_it_found(case, data_dir, clock):
    c = ids(case)[2]
    raw(data_dir, "UPDATE events SET body = 'changed by another program' WHERE id = ?", c)
    raw(data_dir, "DELETE FROM chain_heads")
    clock.set(datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    result = chain.seal_case(case.id)
    assert result.entries == 1 and sorted(p.code for p in result.accepted) == ["changed", "head_missing"]
    check = chain.verify_case(case.id)
    assert check.ok and check.head == chain.links(case.id)[-1].hash
    (seal,) = check.seals
    assert seal.reason == "by_hand" and seal.at == datetime(2026, 3, 9, 12, tzinfo=timezone.utc)
    assert "accepting 2 problems" in seal.msg().text("en")
    assert chain.seal_case(case.id).seq == 0       # nothing left to seal
    # the sealed history keeps the earlier text
    assert chain.revisions(c)[0].body == "body 2" and chain.revisions(c)[0].outside


def test_seal_after_broken_links_starts_from_the_stored_chain(case, data_dir):
    raw(data_dir, "UPDATE chain_links SET content = replace(content, 'body 1', 'body X') WHERE seq = 2")
    chain.seal_case(case.id)
    check = chain.verify_case(case.id)
    assert check.ok and [p.code for p in check.accepted] == ["link_changed"]


def test_fingerprint_proves_no_rewrite_since(case, data_dir):
    given = chain.verify_case(case.id).fingerprint          # sent to someone with the report
    a, b, *_ = ids(case)
    events.update_event(a, body="a later correction, in the app")
    events.create_event(case.id, "note", "newer")
    events.delete_event(b)
    check = chain.verify_case(case.id, fingerprint=given)
    assert check.ok and check.matched == 4
    assert check.since == {"created": 1, "edited": 1, "deleted": 1, "sealed": 0}
    assert chain.verify_case(case.id, fingerprint=given.replace(" ", "-").upper()).ok

    # A forger rewrites entry a's old text and recomputes the whole chain with the published algorithm.
    conn = sqlite3.connect(database_path(data_dir))
    prev = ""
    for row_id, content in conn.execute("SELECT id, content FROM chain_links WHERE case_id = ? ORDER BY seq",
                                        (case.id,)).fetchall():
        content = content.replace('"body":"body 0"', '"body":"never said"')
        digest = link_hash(prev, content)
        conn.execute("UPDATE chain_links SET content = ?, prev = ?, hash = ? WHERE id = ?", (content, prev, digest,
                                                                                              row_id))
        prev = digest
    conn.execute("UPDATE chain_heads SET head_hash = ?", (prev,))
    conn.commit()
    conn.close()
    assert chain.verify_case(case.id).ok                      # locally the forgery is consistent
    check = chain.verify_case(case.id, fingerprint=given)
    assert codes(check) == ["fingerprint_unknown"]           # but the fingerprint given earlier exposes it


def test_fingerprint_before_a_seal_by_hand_is_reported(case, data_dir):
    given = chain.verify_case(case.id).fingerprint
    raw(data_dir, "UPDATE events SET summary = 'quietly changed' WHERE summary = 'event 0'")
    chain.seal_case(case.id)
    assert chain.verify_case(case.id).ok
    assert codes(chain.verify_case(case.id, fingerprint=given)) == ["fingerprint_sealed"]


def test_a_short_fingerprint_is_refused(case):
    with pytest.raises(InvalidInput, match="at least 16 hex digits"):
        chain.verify_case(case.id, fingerprint="3f9a…c1")


def test_cli_verify_fingerprint_and_seal(case, data_dir):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    given = chain.verify_case(case.id).fingerprint
    close_database()
    r = ck("verify", str(case.id), data_dir=data_dir)
    assert r.returncode == 0 and "nothing was changed outside Casekeeper" in r.stdout, r.stdout + r.stderr
    assert f"Timeline fingerprint {given}, 4 entries" in r.stdout
    r = ck("verify", str(case.id), "--fingerprint", given.replace(" ", ""), data_dir=data_dir)
    assert r.returncode == 0 and "everything up to it is unchanged" in r.stdout, r.stdout + r.stderr
    raw(data_dir, "UPDATE events SET summary = 'x' WHERE summary = 'event 0'")
    r = ck("verify", str(case.id), data_dir=data_dir)
    assert r.returncode == 1 and "was changed outside the app (summary)" in r.stdout
    r = ck("verify", str(case.id), "--json", data_dir=data_dir)
    assert json.loads(r.stdout)["problems"][0]["code"] == "changed"
    r = ck("seal", str(case.id), data_dir=data_dir)
    assert r.returncode == 0 and "Sealed: 1 entries" in r.stdout, r.stdout + r.stderr
    r = ck("verify", str(case.id), "--fingerprint", given, data_dir=data_dir)
    assert r.returncode == 1 and "sealed by hand" in r.stdout
    r = ck("verify", str(case.id), "--fingerprint", "0123456789abcdef", data_dir=data_dir)
    assert r.returncode == 1 and "no link of this timeline has the fingerprint 0123 4567 89ab cdef" in r.stdout


def test_attach_file_stores_once_by_hash(case, tmp_path, data_dir):
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
    assert len(chain.links(case.id)) == 4


def test_remove_attachment_keeps_chain_valid(case, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("evidence")
    att = attachments.attach_file(ids(case)[0], f)
    attachments.remove_attachment(att.id)
    assert attachments.list_attachments(ids(case)[0]) == [] and chain.verify_case(case.id).ok


def test_every_event_column_is_sealed_or_named_as_not_sealed(db):
    """A column added to events (mail's DKIM result, say) is sealed unless named in NOT_SEALED."""
    conn = db.connection()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    assert set(chain.sealed_columns(conn)) == columns - set(chain.NOT_SEALED)
    assert {"desk_id", "case_id", "kind", "occurred_at", "summary", "body"} <= set(chain.sealed_columns(conn))
    for table, skip in chain.ENTRY_TABLES.values():   # more of an entry in other tables: mail's DKIM check
        assert set(skip) <= {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def test_an_imported_mail_seals_its_dkim_check(case, data_dir):
    from casekeeper.db import mail_import

    raw_mail = (b"From: Support <support@example.com>\r\nTo: me@example.org\r\nSubject: Case 42\r\n"
                b"Message-ID: <m1@example.com>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello\r\n")
    result = mail_import.import_message(case.id, raw_mail)
    assert result.status == "imported" and chain.verify_case(case.id).ok
    entry = chain.links(case.id)[-1].data()["entry"]
    assert entry["mail"]["dkim_status"] == "none" and any(a["name"].endswith(".eml") for a in entry["attachments"])
    raw(data_dir, "UPDATE mail_originals SET dkim_status = 'valid' WHERE event_id = ?", result.event_id)
    (problem,) = chain.verify_case(case.id).problems
    assert (problem.code, problem.values["fields"]) == ("changed", ["mail"])
