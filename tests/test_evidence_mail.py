"""Mail import: real Japanese mail, attachments, duplicates, and bad files that
must fail alone and leave nothing behind."""
import json
from datetime import datetime, timedelta, timezone

import pytest

import evidence_mail_samples as m
from casekeeper.db import attachments, cases, desks, mail_import, settings
from casekeeper.db.models import Attachment, Deadline, Event


@pytest.fixture
def case(db, clock):
    c = cases.create_case("OCI account suspended", provider="OCI")
    desks.create_desk(c.id, "Support mail", kind="email", address="support@oracle-cloud.example",
                      reply_window_days=10)
    desks.create_desk(c.id, "Billing (Japan)", kind="email", address="請求 <billing-jp@oracle-cloud.example>")
    return c


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def only_event(case):
    (e,) = Event.select().where(Event.case == case.id)
    return e


def test_iso2022jp_mail_becomes_received_event_of_the_matching_desk(case, tmp_path):
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "jis.eml", m.iso2022jp())])
    assert res.ok and res.messages[0].status == "imported", res.lines()
    e = only_event(case)
    assert e.kind == "received"
    assert e.desk.name == "Billing (Japan)"
    assert e.summary == "【請求窓口】お支払い状況のご確認"
    assert "アカウント停止の理由は別窓口でご確認ください。" in e.body
    assert "From: Billing <billing-jp@oracle-cloud.example>" in e.body
    assert e.occurred_at == datetime(2026, 3, 9, 1, 15, tzinfo=timezone.utc)


def test_shift_jis_base64_mail_and_reply_window_deadline(case, tmp_path):
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "sjis.eml", m.shift_jis())])
    assert res.ok, res.lines()
    e = only_event(case)
    assert e.summary == "ケースのエスカレーションについて"
    assert "注文ID（Order ID）をご用意ください。" in e.body
    assert e.desk.name == "Support mail"
    (dl,) = Deadline.select().where(Deadline.source_event == e.id)
    assert dl.kind == "reply_window" and dl.desk_id == e.desk_id
    assert dl.due_at == e.occurred_at + timedelta(days=10)


def test_utf8_quoted_printable(case, tmp_path):
    mail_import.import_files(case.id, [write(tmp_path, "u.eml", m.utf8_qp())])
    e = only_event(case)
    assert "The decision is final. — サポート" in e.body


def test_wrong_charset_label_is_read_anyway_and_said(case, tmp_path):
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "w.eml", m.wrong_label())])
    assert res.messages[0].status == "imported"
    assert "請求書番号をご確認ください。" in only_event(case).body
    assert any("Shift_JIS" in w for w in res.messages[0].warnings)
    assert any("Shift_JIS" in line for line in res.lines())


def test_western_label_on_utf8_bytes_is_read_as_utf8(case, tmp_path):
    raw = m.simple(body="アカウント停止のお知らせ café\n", charset="utf-8", label="iso-8859-1", cte="8bit",
                   subject="Notice", message_id="<latin@example>")
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "l.eml", raw)])
    assert "アカウント停止のお知らせ café" in only_event(case).body
    assert any("UTF-8" in w for w in res.messages[0].warnings)


def test_multipart_with_attachments_stores_files_by_sha256(case, tmp_path, data_dir):
    raw = m.multipart_with_attachments()
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "multi.eml", raw)])
    assert res.ok, res.lines()
    e = only_event(case)
    assert e.summary == "ご請求書の送付"
    assert "請求書を添付します。" in e.body and "<b>" not in e.body
    atts = attachments.list_attachments(e.id)
    assert [a.name for a in atts] == ["請求書 2026年3月.pdf", "screen.png", "original.eml"]
    import hashlib

    assert atts[0].sha256 == hashlib.sha256(b"%PDF-1.4 invoice").hexdigest() and atts[0].size == 16
    assert attachments.file_of(atts[2]).read_bytes() == raw  # the message as received
    stored = data_dir / "attachments" / atts[0].sha256[:2] / atts[0].sha256
    assert stored.read_bytes() == b"%PDF-1.4 invoice"
    assert attachments.is_image(atts[1])
    assert not list((data_dir / "attachments").glob(".incoming-*"))
    from casekeeper.db import chain

    assert chain.verify_case(case.id).ok


def test_rfc2047_attachment_name(case, tmp_path):
    mail_import.import_files(case.id, [write(tmp_path, "n.eml", m.rfc2047_attachment_name())])
    assert attachments.list_attachments(only_event(case).id)[0].name == "契約書.pdf"


def test_dot_dot_attachment_name_is_made_safe_and_said(case, tmp_path, data_dir):
    (res,) = mail_import.import_files(case.id, [write(tmp_path, "evil.eml", m.traversal_name())])
    assert res.messages[0].status == "imported"
    assert any("'../../etc/passwd'" in w and "'passwd'" in w for w in res.messages[0].warnings)
    names = [a.name for a in attachments.list_attachments(only_event(case).id)]
    assert names[0] == "passwd"
    assert not (data_dir.parent / "etc").exists() and not (data_dir / "etc").exists()


def test_html_only_mail_is_shown_as_text_without_remote_content(case, tmp_path):
    mail_import.import_files(case.id, [write(tmp_path, "h.eml", m.html_only())])
    e = only_event(case)
    assert "契約番号をお知らせください。" in e.body
    assert "<p>" not in e.body and "color:red" not in e.body and "tracker.example" not in e.body
    assert e.desk.name == "Support mail"  # same domain, no exact address: the first email desk


def test_mail_i_sent_to_a_desk_is_a_sent_event(case, tmp_path):
    mail_import.import_files(case.id, [write(tmp_path, "s.eml", m.sent_by_me())])
    e = only_event(case)
    assert e.kind == "sent" and e.desk.name == "Support mail"
    assert not Deadline.select().where(Deadline.source_event == e.id).exists()


def test_desk_rule_overrides_learned_domain(case, tmp_path):
    from casekeeper.db import mail_desks

    billing = next(d for d in desks.list_desks(case.id) if d.name.startswith("Billing"))
    mail_desks.add_rule(billing.id, "digital@oracle-cloud.example")
    mail_import.import_files(case.id, [write(tmp_path, "h.eml", m.html_only())])
    assert only_event(case).desk_id == billing.id
    with pytest.raises(Exception, match="neither a mail address nor a domain"):
        mail_desks.add_rule(billing.id, "not an address")


def test_same_message_twice_is_recognised(case, tmp_path):
    p = write(tmp_path, "jis.eml", m.iso2022jp())
    mail_import.import_files(case.id, [p])
    (res,) = mail_import.import_files(case.id, [p])
    assert res.messages[0].status == "duplicate" and "Message-ID" in res.messages[0].message
    assert Event.select().where(Event.case == case.id).count() == 1


def test_bad_files_fail_alone_with_a_message_and_leave_nothing(case, tmp_path, data_dir):
    """Only what is no mail at all (or over the size limit) is refused; a cut-off mail comes in
    with what arrived and says so."""
    settings.save(data_dir, {"import_limit_mb": 1})
    files = [
        write(tmp_path, "notes.eml", "買い物リスト\n牛乳\n".encode()),
        write(tmp_path, "cut.eml", m.truncated()),
        write(tmp_path, "big.eml", m.multipart_with_attachments(message_id="<big@example>", extra=b"\0" * (2 << 20))),
        write(tmp_path, "good.eml", m.utf8_qp()),
        tmp_path / "missing.eml",
        write(tmp_path, "empty.eml", b""),
    ]
    results = mail_import.import_files(case.id, files)
    text = {r.path.rsplit("/", 1)[-1]: "\n".join(r.lines()) for r in results}
    assert "not an e-mail message (it has no mail headers)" in text["notes.eml"]
    assert "imported as event" in text["cut.eml"] and "may be cut off; what arrived was imported" in text["cut.eml"]
    assert "over the import limit of 1 MB" in text["big.eml"]
    assert "imported as event" in text["good.eml"]
    assert "no such file" in text["missing.eml"]
    assert "empty" in text["empty.eml"]
    assert [r.ok for r in results] == [False, True, False, True, False, False]
    assert Event.select().count() == 2
    assert Attachment.select().count() == len(attachments.list_attachments(
        Event.get(Event.message_id == "<cut@example>").id)) + 1  # + the good mail's original


def test_mbox_imports_each_message_and_notes_the_damaged_one(case, tmp_path):
    box = write(tmp_path, "Inbox", m.mbox(m.iso2022jp(), b"From: x\n\n" + b"\xff" * 10 + b"\nFrom broken",
                                            m.multipart_with_attachments(), b"\x00\x01 not a mail\n"))
    (res,) = mail_import.import_files(case.id, [box])
    assert res.count("imported") == 3, res.lines()
    assert Event.select().count() == 3
    assert res.lines()[:4] == ["Inbox: 3 imported, 0 already there, 1 failed.",
                               "  message 2 note: the sender 'x' is not a mail address.",
                               "  message 2 note: no Date header; the import time was used.",
                               "  message 4: not imported: not an e-mail message (it has no mail headers)."]


def test_cli_import_reports_per_file_without_qt(case, tmp_path, data_dir):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    close_database()
    good, bad = write(tmp_path, "a.eml", m.iso2022jp()), write(tmp_path, "b.eml", b"hello")
    r = ck("--lang", "en", "import", str(case.id), str(good), str(bad), data_dir=data_dir)
    assert r.returncode == 1, r.stderr
    assert "a.eml: imported as event" in r.stdout and "b.eml: not imported: not an e-mail message" in r.stdout
    r = ck("--lang", "ja", "import", str(case.id), str(good), "--json", data_dir=data_dir)
    (msg,) = json.loads(r.stdout)[0]["messages"]
    assert msg["status"] == "duplicate" and "取り込み済み" in msg["message"]
    r = ck("import", "999", str(good), data_dir=data_dir)
    assert r.returncode == 2 and "No case with id 999" in r.stderr


def test_results_read_in_japanese(case, tmp_path):
    files = [write(tmp_path, "w.eml", m.wrong_label()), write(tmp_path, "x.eml", b"hello"),
             write(tmp_path, "box.mbox", m.mbox(m.iso2022jp(), m.shift_jis()))]
    lines = [line for r in mail_import.import_files(case.id, files) for line in r.lines("ja")]
    assert lines[0].startswith("w.eml: 記録 ") and "受信" in lines[0]
    assert "Shift_JIS として読みました" in lines[1]
    assert lines[2] == "x.eml: 取り込みませんでした: メールではありません（メールのヘッダーがありません）。"
    assert lines[3] == "box.mbox: 取り込み 2 件、取り込み済み 0 件、失敗 0 件。"


def test_cli_mail_rule_and_limit(case, tmp_path, data_dir):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    billing = next(d for d in desks.list_desks(case.id) if d.name.startswith("Billing"))
    close_database()
    r = ck("mail-rule", "add", str(billing.id), "Digital@Oracle-Cloud.example", data_dir=data_dir)
    assert r.returncode == 0 and "digital@oracle-cloud.example" in r.stdout, r.stderr
    r = ck("mail-rule", "list", str(billing.id), data_dir=data_dir)
    assert r.stdout.split() == ["1", "digital@oracle-cloud.example"]
    html, big = write(tmp_path, "h.eml", m.html_only()), write(tmp_path, "big.eml", m.multipart_with_attachments(
        message_id="<big2@example>", extra=b"\0" * 300_000))
    r = ck("--lang", "en", "import", str(case.id), str(html), str(big), "--limit-mb", "0.2", data_dir=data_dir)
    assert r.returncode == 1 and "from Billing (Japan)" in r.stdout and "over the import limit" in r.stdout
    r = ck("mail-rule", "remove", "1", data_dir=data_dir)
    assert r.returncode == 0 and ck("mail-rule", "list", str(billing.id), data_dir=data_dir).stdout == ""


def test_stopping_a_long_import_keeps_what_is_in(case, tmp_path):
    box = write(tmp_path, "Inbox", m.mbox(*[m.simple(body=f"body {i}", charset="utf-8", subject=f"s{i}",
                                                      message_id=f"<s{i}@x>") for i in range(5)]))
    later = write(tmp_path, "later.eml", m.utf8_qp())
    seen = []
    results = mail_import.import_files(case.id, [box, later], progress=lambda n: seen.append(n) or n < 2)
    assert seen == [1, 2] and len(results) == 1
    assert results[0].count("imported") == 2 and Event.select().count() == 2
    assert "stopped by you after 2 message(s)" in "\n".join(results[0].lines())
