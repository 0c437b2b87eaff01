"""DKIM at import (dkimpy): messages signed here with a test key, the key resolved through an
injected resolver; no test touches the network (conftest makes every other lookup 'offline')."""
import json
import zipfile

import pytest

import evidence_mail_samples as m
from casekeeper.db import cases, desks, dkim_check, export, mail_import, mail_originals, report_md
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Event

KEY_NAME = "s2026._domainkey.oracle-cloud.example"


@pytest.fixture
def case(db, clock):
    c = cases.create_case("OCI account suspended", provider="OCI")
    desks.create_desk(c.id, "Support mail", kind="email", address="support@oracle-cloud.example")
    return c


@pytest.fixture
def dns():
    """The DNS as these tests want it: {name: TXT record}; 'offline' makes every lookup fail."""
    records = {KEY_NAME: m.dkim_key()[1]}
    state = {"offline": False, "asked": []}

    def resolve(name):
        state["asked"].append(name)
        if state["offline"]:
            raise dkim_check.Offline("no network")
        return records.get(name)

    dkim_check.set_resolver(resolve)
    yield records, state


def signed(message_id="<signed@example>", body="お支払いは正常に処理されております。\r\n"):
    return m.dkim_signed(m.raw_mail(m.basic_headers(subject="Your invoice", message_id=message_id), body))


def row_of(res):
    return mail_originals.get(res.event_id)


def test_a_valid_signature_is_recorded_with_the_key_it_used(case, dns):
    res = mail_import.import_message(case.id, signed())
    assert res.status == "imported" and "DKIM: valid for d=oracle-cloud.example" in res.message
    row = row_of(res)
    assert (row.dkim_status, row.dkim_domain, row.dkim_selector) == ("valid", "oracle-cloud.example", "s2026")
    assert row.dkim_key == m.dkim_key()[1]
    assert mail_originals.dkim_msg(row).text("ja") == "DKIM: 有効（d=oracle-cloud.example）"
    # shown again later without the network: the stored key and the stored original suffice
    again = dkim_check.check(mail_originals.original_path(res.event_id).read_bytes(), keys={KEY_NAME: row.dkim_key},
                             lookup=lambda name: (_ for _ in ()).throw(dkim_check.Offline("offline")))
    assert again.status == "valid"


def test_a_changed_body_is_invalid_and_says_why(case, dns):
    raw = signed().replace("正常に".encode(), "異常に".encode())
    row = row_of(mail_import.import_message(case.id, raw))
    assert (row.dkim_status, row.dkim_reason) == ("invalid", "body_changed")
    assert mail_originals.dkim_msg(row).text("en") == \
        "DKIM: invalid for d=oracle-cloud.example: the text was changed after signing"
    assert mail_originals.dkim_msg(row).text("ja") == "DKIM: 無効（d=oracle-cloud.example: 署名後に本文が変更されています）"


def test_a_signature_whose_key_is_not_published(case, dns):
    records, _ = dns
    records.clear()
    row = row_of(mail_import.import_message(case.id, signed()))
    assert (row.dkim_status, row.dkim_reason) == ("invalid", "no_key")
    assert "publishes no key for selector s2026" in mail_originals.dkim_msg(row).text("en")


def test_unsigned_mail_is_none(case, dns):
    row = row_of(mail_import.import_message(case.id, m.utf8_qp()))
    assert row.dkim_status == "none" and mail_originals.dkim_msg(row).text("en") == "DKIM: not signed"
    assert dns[1]["asked"] == []


def test_offline_is_recorded_and_check_again_completes_it(case, dns):
    _, state = dns
    state["offline"] = True
    res = mail_import.import_message(case.id, signed())
    row = row_of(res)
    assert row.dkim_status == "offline" and mail_originals.needs_recheck(row)
    assert mail_originals.dkim_msg(row).text("en") == "DKIM: could not check: offline (d=oracle-cloud.example)"
    assert mail_originals.dkim_msg(row).text("ja") == "DKIM: 確認できませんでした: オフライン（d=oracle-cloud.example）"
    assert mail_originals.recheck(res.event_id).dkim_status == "offline"  # still offline: kept as it was
    state["offline"] = False
    row = mail_originals.recheck(res.event_id)
    assert row.dkim_status == "valid" and row.dkim_key == m.dkim_key()[1]
    with pytest.raises(InvalidInput, match="Only a DKIM check that could not be done"):
        mail_originals.recheck(res.event_id)  # a result once obtained is never replaced


def test_one_import_waits_for_the_network_once(case, dns, tmp_path):
    _, state = dns
    state["offline"] = True
    box = tmp_path / "box.mbox"
    box.write_bytes(m.mbox(*(signed(f"<s{i}@x>") for i in range(5))))
    (res,) = mail_import.import_files(case.id, [box])
    assert res.count("imported") == 5
    assert len(state["asked"]) == 1
    assert {mail_originals.get(e.id).dkim_status for e in Event.select()} == {"offline"}


def test_report_and_bundle_state_the_dkim_result_and_key(case, dns, tmp_path):
    res = mail_import.import_message(case.id, signed())
    text = report_md.render(case.id, "en")
    assert "DKIM: valid for d=oracle-cloud.example" in text
    assert "key s2026.\\_domainkey.oracle-cloud.example, SHA-256 of its record:" in text
    assert "Original message: original.eml" in text
    assert "DKIM: 有効（d=oracle-cloud.example）" in report_md.render(case.id, "ja")
    out = export.export_bundle(case.id, tmp_path / "b.zip")
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        (mail,) = manifest["mail"]
        assert mail["event_id"] == res.event_id
        assert mail["dkim"]["status"] == "valid" and mail["dkim"]["key_record"] == m.dkim_key()[1]
        original = zf.read(mail["original"])
    # a third party repeats the check from the bundle alone
    assert dkim_check.check(original, keys={KEY_NAME: mail["dkim"]["key_record"]}).status == "valid"
