"""A third party recomputes the timeline chain from the evidence bundle alone, with its own
code (hashlib and json, nothing from Casekeeper): every link, the head, the fingerprint, each
entry's state and the attachment files; and the report and window show the same fingerprint."""
import hashlib
import json
import zipfile
from datetime import datetime, timezone

import pytest

from casekeeper.db import attachments, chain, demo, events, export, report_md


@pytest.fixture
def busy_case(db, clock, tmp_path):
    """The demo case, with an attachment, an edit and a deletion made in the app."""
    clock.set(datetime(2026, 4, 29, 14, 30, tzinfo=timezone.utc))
    case = demo.add_demo_case("en")
    ids = [r[0] for r in events.event_rows(case.id)]
    shot = tmp_path / "console.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    attachments.attach_file(ids[0], shot)
    events.update_event(ids[1], body="corrected in the app")
    events.delete_event(ids[2])
    return case


def recompute(zf: zipfile.ZipFile) -> dict:
    """What a reader of the bundle can establish on their own."""
    manifest = json.loads(zf.read("manifest.json"))
    info = manifest["timeline_chain"]
    prev, last, states = "", None, {}
    for n, line in enumerate(zf.read(info["file"]).decode("utf-8").splitlines(), 1):
        link = json.loads(line)
        assert link["seq"] == n and link["prev"] == prev
        assert hashlib.sha256((link["prev"] + "\n" + link["content"]).encode("utf-8")).hexdigest() == link["hash"]
        content = json.loads(link["content"])
        assert content["seq"] == n
        if content["event"] is not None and content["action"] in ("create", "edit", "seal"):
            states[content["event"]] = content["entry"]
        elif content["action"] == "delete":
            states.pop(content["event"], None)
        prev = last = link["hash"]
    return {"manifest": manifest, "head": last, "states": states}


def test_a_third_party_recomputes_every_hash_from_the_bundle(busy_case, tmp_path):
    out = export.export_bundle(busy_case.id, tmp_path / "case.zip", "en")
    with zipfile.ZipFile(out) as zf:
        seen = recompute(zf)
        manifest, states = seen["manifest"], seen["states"]
        info = manifest["timeline_chain"]
        assert info["verified"] is True and info["head"] == seen["head"]
        assert info["fingerprint"].replace(" ", "") == seen["head"][:16]
        assert info["links"] == 28 + 3 and info["entries"] == 27 == len(states)
        assert "sha256(utf8(prev" in info["algorithm"]["link_hash"] and info["how_to_check"]
        # every attachment in the bundle is the file its entry's sealed state names
        bundled = [f for f in manifest["files"] if f["path"].startswith("attachments/")]
        assert len(bundled) == 1
        for f in bundled:
            data = zf.read(f["path"])
            sealed = states[f["event_id"]]["attachments"]
            assert {"name": f["name"], "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                    "mime": "image/png"} in sealed
        # the entries as sealed are the ones the report tells
        report = zf.read("report.md").decode("utf-8")
        assert "corrected in the app" in report
        assert all(entry["summary"].split(":")[0] in report.replace("\\", "") for entry in states.values())
        assert info["fingerprint_line"] in report


def test_bundle_of_a_tampered_chain_does_not_recompute(busy_case, tmp_path, data_dir):
    import sqlite3

    from casekeeper.db.paths import database_path

    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE chain_links SET content = replace(content, 'Live chat', 'Live chat (edited)') WHERE seq = 2")
    conn.commit()
    conn.close()
    out = export.export_bundle(busy_case.id, tmp_path / "case.zip", "en")
    with zipfile.ZipFile(out) as zf:
        assert json.loads(zf.read("manifest.json"))["timeline_chain"]["verified"] is False
        with pytest.raises(AssertionError):
            recompute(zf)


def test_report_shows_the_fingerprint_with_its_time(busy_case):
    check = chain.verify_case(busy_case.id)
    text = report_md.render(busy_case.id, "en", timezone.utc)
    assert f"Timeline fingerprint {check.fingerprint}, 27 entries, 2026-04-29 14:30" in text
    assert f"casekeeper verify {busy_case.id} --fingerprint {check.head[:16]}" in text.replace("\\", "")
    ja = report_md.render(busy_case.id, "ja", timezone.utc)
    assert f"タイムラインのフィンガープリント {check.fingerprint}（記録 27 件、2026-04-29 14:30）" in ja
