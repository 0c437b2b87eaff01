"""Mail as providers and phones really send it (issue 12): each failure class seen in a set of
real-world messages, rebuilt here by hand, imported through the real importer into a real
database; every test asserts the exact text that is stored."""
import base64
import json
from datetime import datetime, timezone

import pytest

import evidence_mail_samples as m
from casekeeper.db import attachments, cases, chain, desks, mail_import, mail_originals, serialize
from casekeeper.db.models import Attachment, Event


@pytest.fixture
def case(db, clock):
    c = cases.create_case("OCI account suspended", provider="OCI")
    desks.create_desk(c.id, "Support mail", kind="email", address="support@oracle-cloud.example")
    return c


def imported(case, raw: bytes):
    """Import one message; return (event, result). The message must come in whole."""
    res = mail_import.import_message(case.id, raw)
    assert res.status == "imported", res.msg
    return Event.get_by_id(res.event_id), res


def text_of(event) -> str:
    """The message text (the entry's body after its header block)."""
    return event.body.split("\n\n", 1)[1]


def names(event) -> list[str]:
    return [a.name for a in attachments.list_attachments(event.id)]


def stored(event, name: str) -> bytes:
    (att,) = [a for a in attachments.list_attachments(event.id) if a.name == name]
    return attachments.file_of(att).read_bytes()


def notes(event) -> list[str]:
    return [n.text("en") for n in mail_originals.notes(mail_originals.get(event.id))]


# ---------------------------------------------------------------- ISO-2022-JP and Shift_JIS beyond JIS X 0208

def test_iso2022jp_with_nec_special_characters_reads_whole(case):
    subject = "①お支払い㈱Ⅲ期分"
    body = "請求金額：①基本料金 ②オプション\r\n株式会社は㈱、第Ⅲ期、№12、㍉\r\n"
    raw = m.raw_mail(m.basic_headers(subject=m.word(m.cp50220(subject), "iso-2022-jp")), m.cp50220(body),
                     ctype="text/plain; charset=ISO-2022-JP", cte="7bit")
    e, res = imported(case, raw)
    assert e.summary == "①お支払い㈱Ⅲ期分"
    assert text_of(e) == "請求金額：①基本料金 ②オプション\n株式会社は㈱、第Ⅲ期、№12、㍉"
    assert res.warnings == []


def test_au_emoji_in_iso2022jp_subject_and_body(case):
    """au (KDDI) writes its emoji in JIS rows 0x75.. of ISO-2022-JP: ☀ is au F660, ☁ F665, 🌀 F641
    (Unicode's EmojiSources table)."""
    au = {"☀": 0xF660, "☁": 0xF665, "🌀": 0xF641}
    raw = m.raw_mail(m.basic_headers(sender="Taro <taro@ezweb.ne.jp>",
                                     subject=m.word(m.cp50220("今日は☀のち☁", kddi_emoji=au), "ISO-2022-JP")),
                     m.cp50220("台風🌀が来ます。①気をつけて\r\n", kddi_emoji=au),
                     ctype="text/plain; charset=iso-2022-jp", cte="7bit")
    e, _ = imported(case, raw)
    assert e.summary == "今日は☀のち☁"
    assert text_of(e) == "台風🌀が来ます。①気をつけて"


def test_docomo_emoji_in_shift_jis_subject_and_body(case):
    """docomo's Shift_JIS emoji: F89F ☀, F8A0 ☁, F991 ❤, in an encoded-word subject and a base64 body."""
    subject = "晴れ".encode("cp932") + bytes.fromhex("F89F") + "ですね".encode("cp932")
    body = "明日は".encode("cp932") + bytes.fromhex("F8A0") + "かも。またね".encode("cp932") + \
        bytes.fromhex("F991") + "\r\n".encode()
    raw = m.raw_mail(m.basic_headers(sender="hanako@docomo.ne.jp", subject=m.word(subject, "Shift_JIS")),
                     base64.encodebytes(body), ctype="text/plain; charset=Shift_JIS", cte="base64")
    e, _ = imported(case, raw)
    assert e.summary == "晴れ☀ですね"
    assert text_of(e) == "明日は☁かも。またね❤"


def test_iso2022jp_with_raw_half_width_kana_and_a_damaged_character(case):
    """Some mailers put half-width kana in ISO-2022-JP as raw Shift_JIS bytes; a broken code
    (0x7F pair) spoils that one character only, and says so."""
    body = m.cp50220("ご注文") + " ｶﾞｲﾄﾞ ".encode("cp932") + m.cp50220("確認") + b"\x1b$B\x7f\x7f\x1b(B" + \
        m.cp50220("完了\r\n")
    e, res = imported(case, m.raw_mail(m.basic_headers(), body, ctype="text/plain; charset=iso-2022-jp", cte="7bit"))
    assert text_of(e) == "ご注文 ｶﾞｲﾄﾞ 確認・完了"
    assert [w.text("en") for w in res.warnings] == [
        "the text in charset 'iso-2022-jp' is damaged; unreadable bytes were replaced"]


def test_softbank_emoji_in_the_ibm_kanji_row_is_an_emoji_not_a_kanji(case):
    subject = "Thanks".encode() + bytes.fromhex("FBD7")   # SoftBank ™, where CP932 has an IBM kanji
    raw = m.raw_mail(m.basic_headers(sender="jiro@i.softbank.jp", subject=m.word(subject, "shift_jis")), "ok")
    e, _ = imported(case, raw)
    assert e.summary == "Thanks™"


# ---------------------------------------------------------------- headers get the codecs bodies get

def test_raw_latin1_headers_are_read_in_the_message_charset(case):
    raw = m.raw_mail(m.basic_headers(sender="Jo\xe3o <joao@example.pt>".encode("latin-1"),
                                     subject="Forma\xe7\xe3o e certifica\xe7\xe3o".encode("latin-1")),
                     "Ol\xe1, a forma\xe7\xe3o come\xe7a amanh\xe3.\r\n".encode("latin-1"),
                     ctype="text/plain; charset=iso-8859-1")
    e, res = imported(case, raw)
    assert e.summary == "Formação e certificação"
    assert e.body.startswith("From: João <joao@example.pt>\n")
    assert text_of(e) == "Olá, a formação começa amanhã."
    assert res.warnings == []


def test_raw_latin1_header_without_any_label_is_not_read_as_shift_jis(case):
    raw = m.raw_mail(m.basic_headers(subject="Forma\xe7\xe3o".encode("latin-1")), "plain ascii\r\n",
                     ctype="text/plain")
    e, _ = imported(case, raw)
    assert e.summary == "Formação"


def test_8bit_bytes_inside_an_encoded_word_are_decoded(case):
    raw = m.raw_mail(m.basic_headers(subject=b"=?utf-8?Q?Forma\xc3\xa7\xc3\xa3o_do_contrato?="), "x")
    e, _ = imported(case, raw)
    assert e.summary == "Formação do contrato"


def test_gbk_and_big5_headers_beyond_their_base_sets(case):
    """Labelled gb2312 but using GBK-only hanzi (喆 镕), labelled big5 but using an HKSCS character (𡃁)."""
    gbk = m.word("朱镕基与张喆的订单".encode("gbk"), "gb2312")
    raw = m.raw_mail(m.basic_headers(subject=gbk, message_id="<gbk@x>"), "x")
    e, _ = imported(case, raw)
    assert e.summary == "朱镕基与张喆的订单"
    big5 = m.word("客服回覆𡃁".encode("big5hkscs"), "big5")
    e, _ = imported(case, m.raw_mail(m.basic_headers(subject=big5, message_id="<big5@x>"), "x"))
    assert e.summary == "客服回覆𡃁"


def test_iso2022jp_word_split_in_the_middle_of_a_character(case):
    """Mailers cut long subjects into several encoded words, sometimes inside a character."""
    data = m.cp50220("【重要】アカウント停止のお知らせ")
    cut = 9  # inside the two bytes of a kanji
    subject = m.word(data[:cut], "ISO-2022-JP") + "\r\n " + m.word(data[cut:], "ISO-2022-JP")
    e, _ = imported(case, m.raw_mail(m.basic_headers(subject=subject), "x"))
    assert e.summary == "【重要】アカウント停止のお知らせ"


@pytest.mark.parametrize("label, codec, text", [
    (None, "latin-1", "Formação de professores: reunião às 14h."),
    ("windows-874", "cp874", "สวัสดีครับ ได้รับคำขอของคุณแล้ว"),
    ("iso-8859-8-i", "iso8859_8", "שלום, קיבלנו את הבקשה שלך"),
])
def test_bodies_in_labels_python_does_not_know_or_without_label(case, label, codec, text):
    ctype = f"text/plain; charset={label}" if label else "text/plain"
    e, res = imported(case, m.raw_mail(m.basic_headers(), (text + "\r\n").encode(codec), ctype=ctype))
    assert text_of(e) == text
    assert res.warnings == []


# ---------------------------------------------------------------- readable mail is never refused whole

def decomail(close_inner: bool) -> bytes:
    """A carrier 'decomail': text + HTML alternatives inside related with an inline GIF; the
    inner closing boundary is missing, as carriers often send it."""
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
    alternative = m.multipart("alt", [
        m.part("text/plain; charset=Shift_JIS", base64.encodebytes("デコメです。画像つき\r\n".encode("cp932")),
               cte="base64"),
        m.part("text/html; charset=Shift_JIS", "<html><body>デコメ<img src='cid:pic'></body></html>".encode("cp932"),
               cte="8bit")], subtype="alternative", close=close_inner)
    related = m.multipart("rel", [alternative, m.part("image/gif", base64.encodebytes(gif), cte="base64",
                                                      headers="Content-ID: <pic>\r\n")],
                          subtype="related", close=close_inner)
    return m.with_headers(m.multipart("mix", [related]), m.basic_headers(sender="hanako@docomo.ne.jp")), gif


def test_missing_inner_closing_boundary_decomail(case):
    raw, gif = decomail(close_inner=False)
    e, res = imported(case, raw)
    assert text_of(e) == "デコメです。画像つき"
    assert names(e) == ["image-1.gif", "original.eml"]
    assert stored(e, "image-1.gif") == gif
    assert res.warnings == []


def test_unquoted_slash_in_a_boundary(case):
    mime = m.multipart("----=_Part_4/17", [m.part("text/plain; charset=utf-8", "境界に / があっても読めます。")],
                       quote=False)
    e, _ = imported(case, m.with_headers(mime, m.basic_headers()))
    assert text_of(e) == "境界に / があっても読めます。"


def test_one_bad_base64_attachment_is_kept_as_received_with_a_note(case):
    good = b"%PDF-1.4 the invoice"
    bad_b64 = b"JVBERi0xLjQgY29udHJhY3Q!!!\r\nbroken*\r\n"
    mime = m.multipart("b", [
        m.part("text/plain; charset=utf-8", "請求書と契約書を添付します。"),
        m.part("application/pdf", base64.encodebytes(good), cte="base64",
               headers='Content-Disposition: attachment; filename="invoice.pdf"\r\n'),
        m.part("application/pdf", bad_b64, cte="base64",
               headers='Content-Disposition: attachment; filename="contract.pdf"\r\n')])
    e, res = imported(case, m.with_headers(mime, m.basic_headers()))
    assert text_of(e) == "請求書と契約書を添付します。"
    assert names(e) == ["invoice.pdf", "contract.pdf.base64", "original.eml"]
    assert stored(e, "invoice.pdf") == good
    assert stored(e, "contract.pdf.base64") == bad_b64
    note = "attachment 'contract.pdf' could not be decoded and was kept as received ('contract.pdf.base64')"
    assert notes(e) == [note] and [w.text("en") for w in res.warnings] == [note]
    assert mail_originals.notes(mail_originals.get(e.id))[0].text("ja") == \
        "添付ファイル 'contract.pdf' はデコードできなかったため、受信したままの形で保存しました（'contract.pdf.base64'）"
    assert chain.verify_case(case.id).ok


@pytest.mark.parametrize("detached", [True, False], ids=["multipart-signed", "opaque-p7m"])
def test_smime_signed_mail(case, detached):
    mime = m.smime_signed("署名付きのお知らせです。\r\nアカウントは停止されました。\r\n", detached=detached)
    e, res = imported(case, m.with_headers(mime, m.basic_headers(subject="S/MIME")))
    assert text_of(e) == "署名付きのお知らせです。\nアカウントは停止されました。"
    assert names(e) == (["smime.p7s"] if detached else ["smime.p7m"]) + ["original.eml"]
    assert res.warnings == []


@pytest.mark.parametrize("first", [b"", b"\r\n"], ids=["no-headers-no-body", "blank-line"])
def test_a_legal_empty_body_part(case, first):
    mime = b'Content-Type: multipart/mixed; boundary="e"\r\n\r\n--e\r\n' + first + \
        b"--e\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "空のパートのあとの本文".encode() + b"\r\n--e--\r\n"
    e, res = imported(case, m.with_headers(mime, m.basic_headers()))
    assert text_of(e) == "空のパートのあとの本文"
    assert res.warnings == []


def test_a_cut_off_message_keeps_what_arrived_and_says_so(case):
    mime = m.multipart("c", [m.part("text/plain; charset=utf-8", "途中で切れたメール")], close=False)
    e, res = imported(case, m.with_headers(mime, m.basic_headers()))
    assert text_of(e) == "途中で切れたメール"
    assert notes(e) == ["the message ends before its last MIME boundary, so it may be cut off; "
                        "what arrived was imported"]


def test_only_what_is_no_mail_is_refused(case):
    for raw in (b"", b"   \r\n", "買い物リスト\n牛乳\n".encode(), b"\x00\x01\x02 binary"):
        res = mail_import.import_message(case.id, raw)
        assert res.status == "failed"
    assert Event.select().count() == 0 and Attachment.select().count() == 0


# ---------------------------------------------------------------- dates as RFC 5322 says

@pytest.mark.parametrize("header, utc, note", [
    ("Wed, 20 Sep 1995 00:19:00 (EDT) -0400", datetime(1995, 9, 20, 4, 19), None),
    ("Wed, 20 Sep 1995 00:19:00 EDT", datetime(1995, 9, 20, 4, 19), None),
    ("20 Sep 95 00:19 PST", datetime(1995, 9, 20, 8, 19), None),
    ("Mon, 9 Mar 2026 10:15:00 +0900 (JST)", datetime(2026, 3, 9, 1, 15), None),
    ("Mon (Monday), 9 (nine) Mar 2026 10:15:00 (local (nested)) +0900", datetime(2026, 3, 9, 1, 15), None),
    ("Mon, 9 Mar 49 10:15:00 GMT", datetime(2049, 3, 9, 10, 15), None),
    ("Tue, 9 Mar 2026 10:15:00 A", datetime(2026, 3, 9, 10, 15),
     "the Date 'Tue, 9 Mar 2026 10:15:00 A' has the unknown time zone A; it was read as UTC, as RFC 5322 says"),
])
def test_dates_with_comments_and_obsolete_zones(case, header, utc, note):
    e, res = imported(case, m.raw_mail(m.basic_headers(date=header, message_id=f"<{header}>"), "x"))
    assert e.occurred_at == utc.replace(tzinfo=timezone.utc)
    assert [w.text("en") for w in res.warnings] == ([note] if note else [])


# ---------------------------------------------------------------- every part stored, names decoded

def test_unnamed_parts_are_stored_named_from_their_type(case):
    png, amr, sig = b"\x89PNG\r\n\x1a\ninline", b"#!AMR\n voice", b"-----BEGIN PGP SIGNATURE-----\n"
    mime = m.multipart("p", [
        m.part("text/plain; charset=utf-8", "写真と音声です"),
        m.part("image/png", base64.encodebytes(png), cte="base64", headers="Content-ID: <a@b>\r\n"),
        m.part("audio/amr", base64.encodebytes(amr), cte="base64"),
        m.part("application/pgp-signature", sig)])
    e, _ = imported(case, m.with_headers(mime, m.basic_headers()))
    assert names(e) == ["image-1.png", "audio-2.amr", "signature.asc", "original.eml"]
    assert [stored(e, n) for n in names(e)[:3]] == [png, amr, sig]


@pytest.mark.parametrize("disposition, name", [
    ("attachment; filename==?utf-8?B?5aWR57SE5pu4LnBkZg==?=", "契約書.pdf"),
    (f'attachment; filename="{m.word(m.cp50220("契約書.pdf"), "ISO-2022-JP")}"', "契約書.pdf"),
    ("attachment; filename*=UTF-8''%E5%A5%91%E7%B4%84%E6%9B%B8.pdf", "契約書.pdf"),
    ("attachment; filename*0*=UTF-8''%E5%A5%91%E7%B4%84; filename*1*=%E6%9B%B8.pdf", "契約書.pdf"),
    ("attachment; filename*0*=UTF-8''%E5%A5%91%E7%B4%84; filename*1=%25.pdf", "契約%25.pdf"),  # literal section
    ("attachment; filename*0*=iso-2022-jp''%1B%24B7%40Ls%1B%28B; filename*1=.pdf", "契約.pdf"),
])
def test_attachment_names_quoted_or_not(case, disposition, name):
    mime = m.multipart("n", [m.part("text/plain", "x"),
                             m.part("application/pdf", b"%PDF", headers=f"Content-Disposition: {disposition}\r\n")])
    e, _ = imported(case, m.with_headers(mime, m.basic_headers(message_id=f"<{disposition}>")))
    assert names(e)[0] == name


def test_raw_latin1_file_name(case):
    """The name arrives as raw Latin-1 bytes (no encoding at all), the text says iso-8859-1."""
    name = "Relat\xf3rio de forma\xe7\xe3o.pdf"
    mime = m.multipart("n", [m.part("text/plain; charset=iso-8859-1", "Segue o relat\xf3rio.".encode("latin-1")),
                             m.part("application/pdf", b"%PDF", headers="Content-Disposition: attachment; "
                                    'filename="' + name + '"\r\n')])
    raw = m.with_headers(mime, m.basic_headers()).replace(name.encode("utf-8"), name.encode("latin-1"))
    assert name.encode("latin-1") in raw
    e, _ = imported(case, raw)
    assert names(e)[0] == "Relatório de formação.pdf"
    assert text_of(e) == "Segue o relatório."


def test_show_json_lists_each_entry_s_attachments(case, data_dir):
    raw = m.multipart_with_attachments()
    imported(case, raw)
    data = serialize.case_dict(case.id)
    (event,) = data["events"]
    assert [(a["name"], a["size"], a["type"]) for a in event["attachments"]] == [
        ("請求書 2026年3月.pdf", 16, "application/pdf"), ("screen.png", 23, "image/png"),
        ("original.eml", len(raw), "message/rfc822")]
    assert all(len(a["sha256"]) == 64 for a in event["attachments"])
    assert event["mail"]["original"]["name"] == "original.eml"
    assert event["mail"]["dkim"]["status"] == "none" and event["mail"]["dkim"]["text"] == "DKIM: not signed"
    json.dumps(data)  # all of it is plain JSON


def test_cli_show_json_has_the_attachments(case, data_dir, tmp_path):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    raw = m.multipart_with_attachments()
    (tmp_path / "a.eml").write_bytes(raw)
    mail_import.import_files(case.id, [tmp_path / "a.eml"])
    close_database()
    r = ck("show", str(case.id), "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    (event,) = json.loads(r.stdout)["events"]
    assert [a["name"] for a in event["attachments"]] == ["請求書 2026年3月.pdf", "screen.png", "original.eml"]
    assert event["attachments"][2]["size"] == len(raw)


# ---------------------------------------------------------------- the original, in the store and the bundle

def test_every_message_keeps_its_original_bytes(case, data_dir, tmp_path):
    raw = m.iso2022jp()
    e, _ = imported(case, raw)
    assert mail_originals.original_path(e.id).read_bytes() == raw
    out = mail_originals.save_original(e.id, tmp_path / "saved.eml")
    assert out.read_bytes() == raw
    assert mail_originals.suggested_name(e.id) == "【請求窓口】お支払い状況のご確認.eml"
