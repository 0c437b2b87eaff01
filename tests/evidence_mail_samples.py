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


# ---------------------------------------------------------------- mail as providers and phones send it

def cp50220(text: str, *, kddi_emoji: dict[str, int] | None = None) -> bytes:
    """ISO-2022-JP as Microsoft (CP50220) and the carriers write it: each non-ASCII character's
    CP932 code turned into its JIS X 0208 code; `kddi_emoji` {char: au Shift_JIS code} are
    written in au's rows (JIS 0x75.., Shift_JIS lead byte minus 8)."""
    out, two_byte = bytearray(), False
    for ch in text:
        if ord(ch) < 0x80:
            if two_byte:
                out += b"\x1b(B"
                two_byte = False
            out += ch.encode("ascii")
            continue
        if not two_byte:
            out += b"\x1b$B"
            two_byte = True
        if kddi_emoji and ch in kddi_emoji:
            code = kddi_emoji[ch]
            s1, s2 = (code >> 8) - 8, code & 0xFF
        else:
            s1, s2 = ch.encode("cp932")
        j1 = (s1 - (0x70 if s1 < 0xA0 else 0xB0)) * 2
        if s2 < 0x9F:
            j1, j2 = j1 - 1, s2 - (0x1F if s2 < 0x7F else 0x20)
        else:
            j2 = s2 - 0x7E
        out += bytes((j1, j2))
    if two_byte:
        out += b"\x1b(B"
    return bytes(out)


def word(data: bytes, charset: str) -> str:
    """An RFC 2047 B encoded word of raw bytes."""
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def raw_mail(headers: list[tuple[str, bytes | str]], body: bytes | str, *, ctype: str = "text/plain; charset=utf-8",
             cte: str = "8bit") -> bytes:
    """A message from raw parts, bytes as given (for 8-bit headers and deliberate damage)."""
    out = b""
    for name, value in headers:
        out += name.encode() + b": " + (value if isinstance(value, bytes) else value.encode()) + b"\r\n"
    out += f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
    return out + (body if isinstance(body, bytes) else body.encode())


def basic_headers(sender="Support <support@oracle-cloud.example>", subject: bytes | str = "Hello",
                  message_id="<w@example>", date="Mon, 09 Mar 2026 10:15:00 +0900") -> list:
    return [("From", sender), ("To", "me@example.jp"), ("Subject", subject), ("Date", date),
            ("Message-ID", message_id)]


def multipart(boundary: str, parts: list[bytes], *, subtype="mixed", close=True, quote=True, extra="") -> bytes:
    b = f'"{boundary}"' if quote else boundary
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    if close:
        body += b"--" + boundary.encode() + b"--\r\n"
    return f"Content-Type: multipart/{subtype}; boundary={b}{extra}\r\n\r\n".encode() + body


def part(ctype: str, payload: bytes | str, *, cte="7bit", headers: str = "") -> bytes:
    data = payload if isinstance(payload, bytes) else payload.encode()
    return f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n{headers}\r\n".encode() + data


def with_headers(mime: bytes, headers: list) -> bytes:
    head = b""
    for name, value in headers:
        head += name.encode() + b": " + (value if isinstance(value, bytes) else value.encode()) + b"\r\n"
    return head + b"MIME-Version: 1.0\r\n" + mime


_KEY = {}


def dkim_key():
    """A fresh 2048-bit RSA key for the test session: (private PEM, DNS TXT record)."""
    if not _KEY:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
        der = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        _KEY["pem"], _KEY["txt"] = pem, "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()
    return _KEY["pem"], _KEY["txt"]


def dkim_signed(raw: bytes, domain="oracle-cloud.example", selector="s2026") -> bytes:
    import dkim

    pem, _txt = dkim_key()
    return dkim.sign(raw, selector.encode(), domain.encode(), pem,
                     include_headers=[b"from", b"to", b"subject", b"date", b"message-id"]) + raw


def smime_signed(text: str, *, detached: bool = True) -> bytes:
    """An S/MIME signed message body (multipart/signed, or opaque application/pkcs7-mime),
    signed by a throw-away self-signed certificate, as mail clients produce it."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.EMAIL_ADDRESS, "support@oracle-cloud.example")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .sign(key, hashes.SHA256()))
    content = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text).encode()
    builder = pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
    if detached:
        out = builder.sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
        out = out.replace(b"\r\n", b"\n").replace(b"MIME-Version: 1.0\n", b"")
        return out.replace(b"\n", b"\r\n")
    blob = builder.sign(serialization.Encoding.DER, [])
    return (b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\r\n'
            b'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7m"\r\n\r\n'
            + base64.encodebytes(blob).replace(b"\n", b"\r\n"))
