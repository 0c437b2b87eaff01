"""Mail files the evidence tests build themselves (no fixtures from elsewhere)."""
from __future__ import annotations

import base64
from email.header import Header
from email.message import EmailMessage


def encoded_word(text: str, charset: str = "utf-8") -> str:
    return Header(text, charset).encode()


def simple(*, body: str, charset: str, subject: str, sender="Billing <billing-jp@oracle-cloud.example>",
           to="me@example.jp", message_id="<m1@example>", date="Mon, 09 Mar 2026 10:15:00 +0900",
           body_codec: str | None = None, cte: str = "7bit", label: str | None = None) -> bytes:
    """A single-part text mail with the body encoded in `body_codec` but labelled `label`."""
    data = body.encode(body_codec or charset)
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        import quopri

        payload = quopri.encodestring(data)
    else:
        payload = data
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset={label or charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n")
    return head.encode("ascii") + payload


def iso2022jp() -> bytes:
    return simple(body="お支払いは正常に処理されております。\nアカウント停止の理由は別窓口でご確認ください。\n",
                  charset="ISO-2022-JP", body_codec="iso2022_jp",
                  subject=encoded_word("【請求窓口】お支払い状況のご確認", "iso-2022-jp"), message_id="<jis@example>")


def shift_jis() -> bytes:
    return simple(body="ご返信は本メールに10日以内に直接お願いします。\n注文ID（Order ID）をご用意ください。\n",
                  charset="Shift_JIS", body_codec="cp932", cte="base64",
                  subject=encoded_word("ケースのエスカレーションについて", "shift_jis"), message_id="<sjis@example>",
                  sender="Support <support@oracle-cloud.example>")


def utf8_qp() -> bytes:
    return simple(body="Your account stays suspended. The decision is final. — サポート\n", charset="utf-8",
                  cte="quoted-printable", subject="Re: Account suspended", message_id="<utf8@example>",
                  sender="support@oracle-cloud.example")


def wrong_label() -> bytes:
    """Labelled UTF-8 but the bytes are Shift_JIS, as some mailers send."""
    return simple(body="請求書番号をご確認ください。\n", charset="utf-8", body_codec="cp932", cte="8bit",
                  subject="Invoice", message_id="<wrong@example>")


def multipart_with_attachments(*, name="請求書 2026年3月.pdf", message_id="<multi@example>", extra=b"") -> bytes:
    msg = EmailMessage()
    msg["From"] = "=?UTF-8?B?" + base64.b64encode("請求窓口".encode()).decode() + "?= <billing-jp@oracle-cloud.example>"
    msg["To"] = "me@example.jp"
    msg["Subject"] = "ご請求書の送付"
    msg["Date"] = "Tue, 10 Mar 2026 09:00:00 +0900"
    msg["Message-ID"] = message_id
    msg.set_content("請求書を添付します。\n")
    msg.add_alternative("<html><body><p>請求書を<b>添付</b>します。</p><img src='https://tracker.example/p.gif'>"
                        "<script>alert(1)</script></body></html>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 invoice" + extra, maintype="application", subtype="pdf", filename=name)
    msg.add_attachment(b"\x89PNG\r\n\x1a\nfake screenshot", maintype="image", subtype="png", filename="screen.png")
    return msg.as_bytes()


def rfc2047_attachment_name() -> bytes:
    """An attachment whose name is an RFC 2047 encoded word inside the parameter (what most mailers do)."""
    raw = multipart_with_attachments(name="placeholder.pdf", message_id="<enc-name@example>")
    word = encoded_word("契約書.pdf", "iso-2022-jp")
    return raw.replace(b'filename="placeholder.pdf"', f'filename="{word}"'.encode())


def traversal_name() -> bytes:
    return multipart_with_attachments(name="../../etc/passwd", message_id="<evil@example>")


def html_only() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Oracle Digital <digital@oracle-cloud.example>"
    msg["To"] = "me@example.jp"
    msg["Subject"] = "お問い合わせありがとうございます"
    msg["Date"] = "Wed, 11 Mar 2026 13:00:00 +0900"
    msg["Message-ID"] = "<html@example>"
    msg.set_content("<html><head><style>p{color:red}</style></head><body><p>契約番号をお知らせください。</p>"
                    "<img src='https://tracker.example/open.gif' alt='logo'></body></html>", subtype="html")
    return msg.as_bytes()


def truncated() -> bytes:
    raw = multipart_with_attachments(message_id="<cut@example>", extra=b"x" * 4000)
    return raw[: int(len(raw) * 0.6)]


def sent_by_me() -> bytes:
    return simple(body="Please tell me what activity was outside the terms.\n", charset="utf-8",
                  subject="Question about the termination", sender="Me <me@example.jp>",
                  to="Support <support@oracle-cloud.example>", message_id="<sent@example>")


def mbox(*messages: bytes) -> bytes:
    out = b""
    for raw in messages:
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        body = b"\n".join((b">" + ln) if ln.startswith(b"From ") else ln for ln in lines)
        out += b"From - Mon Mar  9 10:15:00 2026\n" + body + b"\n\n"
    return out
