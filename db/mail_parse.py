"""One e-mail message (bytes) -> plain data for a timeline event. No database.

Uses the stdlib `email` package with policy.default (imported here, so only
when mail is imported). Anything the parser cannot make sense of becomes a
MailError with a one-line reason."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .errors import InvalidInput
from .labels import Msg
from .mail_text import decode_8bit_header, decode_bytes, html_to_text

MB = 1024 * 1024


class MailError(InvalidInput):
    """This message cannot be imported; `msg` says why (in any report language)."""

    def __init__(self, key: str, **values):
        self.msg = Msg(key, **values)
        super().__init__(str(self.msg))


@dataclass
class MailAttachment:
    name: str
    data: bytes
    mime: str


@dataclass
class ParsedMail:
    message_id: str
    date: datetime | None
    from_addr: str
    from_name: str
    to: list[str]
    cc: list[str]
    subject: str
    text: str
    date_header: str = ""
    attachments: list[MailAttachment] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)

    def header_block(self) -> str:
        lines = [f"From: {self.from_name} <{self.from_addr}>" if self.from_name else f"From: {self.from_addr}"]
        if self.to:
            lines.append("To: " + ", ".join(self.to))
        if self.cc:
            lines.append("Cc: " + ", ".join(self.cc))
        if self.date_header:
            lines.append("Date: " + self.date_header)
        lines.append("Subject: " + self.subject)
        return "\n".join(lines)


def _raw_header(msg, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.lower() == name:
            return value
    return None


def header(msg, name: str) -> str:
    """A header as text: encoded words decoded; raw 8-bit (Shift_JIS, UTF-8) recovered."""
    raw = _raw_header(msg, name)
    if raw is None:
        return ""
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        return " ".join(decode_8bit_header(raw).split())
    try:
        value = str(msg[name] or "")
    except Exception:
        from email.header import decode_header, make_header

        try:
            value = str(make_header(decode_header(raw)))
        except Exception:
            value = raw
    return " ".join(value.split())


# Bound (issue 16): the email package's structured address parser takes seconds per
# thousand addresses; a header with more than this many '@' is read with the plain,
# linear getaddresses instead (every address is still kept).
MAX_STRUCTURED_ADDRESSES = 500


def _addresses(msg, name: str) -> list[tuple[str, str]]:
    """[(display name, address)] of an address header, tolerant of damage."""
    raw = _raw_header(msg, name) or ""
    if raw.count("@") > MAX_STRUCTURED_ADDRESSES:
        return _plain_addresses(decode_8bit_header(raw) if any("\udc80" <= ch <= "\udcff" for ch in raw) else raw)
    try:
        h = msg[name]
        if h is not None and getattr(h, "addresses", None) is not None:
            found = [(a.display_name or "", (a.addr_spec or "").strip("<>")) for a in h.addresses]
            if any("@" in addr for _, addr in found):
                return [(n, a.lower()) for n, a in found if "@" in a]
    except Exception:
        pass
    return _plain_addresses(header(msg, name))


def _plain_addresses(text: str) -> list[tuple[str, str]]:
    from email.utils import getaddresses

    return [(n, a.lower()) for n, a in getaddresses([text]) if "@" in a] if text else []


def _fmt(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{n} <{a}>" if n else a for n, a in pairs]


def _date(msg, warnings: list[str]) -> datetime | None:
    if _raw_header(msg, "date") is None:
        warnings.append(Msg("mail.no_date"))
        return None
    try:
        value = msg["date"].datetime
    except Exception:
        value = None
    if value is None:
        from email.utils import parsedate_to_datetime

        try:
            value = parsedate_to_datetime(header(msg, "date"))
        except Exception:
            warnings.append(Msg("mail.bad_date", value=repr(header(msg, "date"))))
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = _year_as_written(value, _raw_header(msg, "date"))
    return value   # made UTC (and kept within years 1..9999) at the storage door: timeutil.storable


def _year_as_written(value: datetime, raw: str | None) -> datetime:
    """The email package reads a 4-digit year below 100 ("0001") as 19xx/20xx (issue 16): keep
    the year as written; timeutil.storable then keeps it within the calendar."""
    import re

    m = re.search(r"\b(\d{4})\s+\d{1,2}:\d{2}", raw or "")
    if m is None or int(m.group(1)) >= 1000 or value.year == int(m.group(1)):
        return value
    year = max(1, int(m.group(1)))
    try:
        return value.replace(year=year)
    except ValueError:   # 29 February of a year without one
        return value.replace(year=year, day=28)


def _part_text(part, warnings: list[Msg]) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        payload = part.get_payload()
        data = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
    label = None
    try:
        label = part.get_param("charset")
        label = str(label) if label else None
    except Exception:
        pass
    text, warning = decode_bytes(data, label)
    if warning:
        warnings.append(warning)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").strip()


def _filename(part) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = part.get_param("name") if hasattr(part, "get_param") else None
    if not name:
        return None
    name = str(name)
    if "=?" in name:  # RFC 2047 inside a parameter: not standard, but what most mailers send
        from email.header import decode_header, make_header

        try:
            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    if any("\udc80" <= ch <= "\udcff" for ch in name):
        name = decode_8bit_header(name)
    return name


_TRUNCATED = ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect", "MultipartInvariantViolationDefect")
_BAD_B64 = ("InvalidBase64PaddingDefect", "InvalidBase64CharactersDefect", "InvalidBase64LengthDefect")


def _defects(part) -> set[str]:
    return {type(d).__name__ for d in getattr(part, "defects", [])}


def parse_message(raw: bytes, *, limit_bytes: int) -> ParsedMail:
    """Parse one message. Raises MailError when it is not a usable mail."""
    if not raw.strip():
        raise MailError("mail.empty")
    if len(raw) > limit_bytes * 1.4 + 64 * 1024:
        raise MailError("mail.too_big", size=f"{len(raw) / MB:.0f}", limit=f"{limit_bytes / MB:.0f}")
    try:
        return _parse(raw, limit_bytes)
    except MailError:
        raise
    except Exception as exc:  # the email package can trip on hostile input in many ways
        raise MailError("mail.unreadable", error=type(exc).__name__) from exc


def _parse(raw: bytes, limit_bytes: int) -> ParsedMail:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if _raw_header(msg, "from") is None:
        raise MailError("mail.no_from")
    senders = _addresses(msg, "from")
    if not senders:
        raise MailError("mail.bad_sender", sender=repr(_text(header(msg, "from")[:80])))
    warnings: list[Msg] = []
    parts = list(msg.walk())
    for part in parts:
        if _defects(part) & set(_TRUNCATED):
            raise MailError("mail.truncated")
    try:
        body_part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        body_part = None
    text = _part_text(body_part, warnings) if body_part is not None else ""
    attachments: list[MailAttachment] = []
    for part in parts:
        if part is body_part or part.is_multipart():
            continue
        name = _filename(part)
        disposition = part.get_content_disposition()
        if name is None and disposition != "attachment":
            if part.get_content_maintype() == "text" and body_part is None and not text:
                text = _part_text(part, warnings)
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
        if data is None:
            data = part.as_bytes() if part.get_content_type() == "message/rfc822" else b""
        shown = name or f"attachment-{len(attachments) + 1}"
        if _defects(part) & set(_BAD_B64):
            raise MailError("mail.bad_base64", name=repr(_text(shown)))
        if len(data) > limit_bytes:
            raise MailError("mail.attachment_too_big", name=repr(_text(shown)), size=f"{len(data) / MB:.1f}",
                            limit=f"{limit_bytes / MB:.0f}")
        attachments.append(MailAttachment(shown, data, part.get_content_type()))
    message_id = header(msg, "message-id").strip()
    if not message_id:
        message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    name, addr = senders[0]
    return _clean(ParsedMail(
        message_id=message_id, date=_date(msg, warnings), from_addr=addr, from_name=name,
        to=_fmt(_addresses(msg, "to")), cc=_fmt(_addresses(msg, "cc")), subject=header(msg, "subject"),
        text=text, date_header=header(msg, "date"), attachments=attachments, warnings=warnings,
    ))


def _text(value: str) -> str:
    """No surrogates (raw 8-bit the parser could not decode) and no NULs reach the database."""
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        value = decode_8bit_header(value) if all(ord(ch) < 128 or "\udc80" <= ch <= "\udcff" for ch in value) \
            else value.encode("utf-8", "replace").decode("utf-8")
    return value.replace("\x00", "")


def _clean(mail: ParsedMail) -> ParsedMail:
    for name in ("message_id", "from_addr", "from_name", "subject", "text", "date_header"):
        setattr(mail, name, _text(getattr(mail, name)))
    mail.to, mail.cc = [_text(a) for a in mail.to], [_text(a) for a in mail.cc]
    for att in mail.attachments:
        att.name, att.mime = _text(att.name), _text(att.mime)
    return mail


def recipients(mail: ParsedMail, limit: int | None = None) -> list[str]:
    """The To and Cc addresses; with `limit`, only the first ones are read (bounded work)."""
    from email.utils import getaddresses

    return [a.lower() for _, a in getaddresses((mail.to + mail.cc)[:limit]) if a]
