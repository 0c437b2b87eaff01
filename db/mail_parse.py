"""One e-mail message (bytes) -> plain data for a timeline event. No database.

Uses the stdlib `email` package in its compat32 form (raw header text; imported here, so
only when mail is imported): headers and bodies are decoded by db.mail_headers and
db.mail_charset, the MIME tree is walked as a mail client shows it, and every part that
is not the text is kept as an attachment (named from its type when it has no name).

A damaged part never costs the message: it is kept as received and said in a note.
Only what is not a mail at all (empty, no mail headers) or over the size limit is
refused, with a MailError whose one-line reason is a db.labels.Msg."""
from __future__ import annotations

import binascii
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime

from . import mail_headers as mh
from .errors import InvalidInput
from .labels import Msg
from .mail_charset import carrier_of, decode_text, label_key
from .mail_text import html_to_text

MB = 1024 * 1024
MAX_MESSAGE_ID = 998  # the longest line RFC 5322 allows; longer ones are kept as their hash

# A file is a mail when its header block has one of these.
MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "sender",
                "reply-to", "mime-version", "in-reply-to", "references", "delivered-to", "x-mailer",
                "dkim-signature", "content-type"}


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
        sender = f"{self.from_name} <{self.from_addr}>" if self.from_name and self.from_addr else \
            (self.from_addr or self.from_name)
        lines = ["From: " + sender]
        if self.to:
            lines.append("To: " + ", ".join(self.to))
        if self.cc:
            lines.append("Cc: " + ", ".join(self.cc))
        if self.date_header:
            lines.append("Date: " + self.date_header)
        lines.append("Subject: " + self.subject)
        return "\n".join(lines)

    @property
    def from_domain(self) -> str:
        return self.from_addr.rpartition("@")[2]


def parse_message(raw: bytes, *, limit_bytes: int) -> ParsedMail:
    """Parse one message. Raises MailError only when it is not a mail or is over the limit."""
    if not raw.strip():
        raise MailError("mail.empty")
    if len(raw) > limit_bytes * 1.4 + 64 * 1024:
        raise MailError("mail.too_big", size=f"{len(raw) / MB:.0f}", limit=f"{limit_bytes / MB:.0f}")
    try:
        return _parse(raw)
    except MailError:
        raise
    except RecursionError as exc:
        raise MailError("mail.unreadable", error="nesting too deep") from exc
    except Exception as exc:  # the email package can trip on hostile input in many ways
        raise MailError("mail.unreadable", error=type(exc).__name__) from exc


# ------------------------------------------------------------------ header access

def _headers(msg) -> dict[str, list[str]]:
    """Raw header values by lower-case name, as they arrived (8-bit bytes as surrogate escapes)."""
    found: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        found.setdefault(key.strip().lower(), []).append(value if isinstance(value, str) else str(value))
    return found


def _first(headers: dict, name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _split_params(raw: str) -> tuple[str, dict[str, str]]:
    """A part's parameters are asked for several times: short header values are cached
    (the result is shared: read it, never change it)."""
    return _split_params_cached(raw) if len(raw) < 2048 else _split_params_now(raw)


@lru_cache(maxsize=256)
def _split_params_cached(raw: str) -> tuple[str, dict[str, str]]:
    return _split_params_now(raw)


def _split_params_now(raw: str) -> tuple[str, dict[str, str]]:
    """'type/sub; a=1; b="x;y"' -> ('type/sub', {'a': '1', 'b': 'x;y'}), quotes honoured."""
    parts, buf, quoted, i = [], [], False, 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\" and quoted and i + 1 < len(raw):
            buf.append(raw[i + 1])
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(buf))
            buf = []
            i += 1
            continue
        buf.append(ch)
        i += 1
    parts.append("".join(buf))
    params: dict[str, str] = {}
    for p in parts[1:]:
        key, eq, value = p.partition("=")
        if eq:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            params.setdefault(key.strip().lower(), value)
    return parts[0].strip(), params


def _param(raw: str | None, name: str, hint, carrier) -> str | None:
    """A parameter of a Content-Type/-Disposition value as text: RFC 2231 (charset'lang'%XX,
    continuations name*0*=...) and RFC 2047 encoded words, quoted or not, raw 8-bit too."""
    if not raw:
        return None
    _main, params = _split_params(raw if "\n" not in raw else mh._FOLD.sub(b"", mh.to_bytes(raw)).decode(
        "utf-8", "surrogateescape"))
    sections = {}
    for key, value in params.items():
        m = re.fullmatch(re.escape(name) + r"(?:\*(\d+))?(\*)?", key)
        if m and (m.group(1) is not None or m.group(2)):
            sections[int(m.group(1) or 0)] = (value, bool(m.group(2)))
    if sections:
        from urllib.parse import unquote_to_bytes

        data, charset = bytearray(), None
        for n in sorted(sections):
            value, encoded = sections[n]
            if encoded:
                if n == min(sections) and value.count("'") >= 2:
                    charset, _lang, value = value.split("'", 2)
                data += unquote_to_bytes(value.encode("utf-8", "surrogateescape"))
            else:
                data += value.encode("utf-8", "surrogateescape")
        if charset:
            return decode_text(bytes(data), charset, hint=hint, carrier=carrier)[0]
        return mh.decode(bytes(data), hint=hint, carrier=carrier)
    value = params.get(name)
    return mh.decode(value, hint=hint, carrier=carrier) if value is not None else None


def _h(part, name: str) -> str | None:
    """A part's header as it arrived (the stdlib would turn 8-bit text into a lossy Header)."""
    for key, value in part.raw_items():
        if key.strip().lower() == name:
            return value if isinstance(value, str) else str(value)
    return None


def _disposition(part) -> str:
    return _split_params(_h(part, "content-disposition") or "")[0].lower()


def _ctype(part) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


# ------------------------------------------------------------------ payloads

def _payload_bytes(part) -> bytes:
    """The payload as it arrived (get_payload() would read 8-bit text through its label, lossily)."""
    payload = getattr(part, "_payload", None)
    if isinstance(payload, list):
        return b""
    if isinstance(payload, bytes):
        return payload
    return (payload or "").encode("utf-8", "surrogateescape")


_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")


def _decoded(part) -> tuple[bytes, bool]:
    """(bytes, intact): the transfer encoding undone. Base64 that is damaged (characters
    outside the alphabet, a cut-off end) reads as far as it goes and says so."""
    cte = (_h(part, "content-transfer-encoding") or "").strip().lower()
    raw = _payload_bytes(part)
    if cte == "base64":
        compact = raw.translate(None, b" \t\r\n")
        try:
            return binascii.a2b_base64(compact + b"=" * (-len(compact) % 4), strict_mode=True), True
        except binascii.Error:
            pass
        clean = _B64_JUNK.sub(b"", compact).rstrip(b"=")
        clean = clean[: len(clean) - len(clean) % 4] if len(clean) % 4 == 1 else clean
        try:
            return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4)), False
        except binascii.Error:
            return b"", False
    if cte == "quoted-printable":
        return binascii.a2b_qp(raw), True
    if cte in ("x-uuencode", "uuencode", "x-uue", "uue"):
        try:
            data = part.get_payload(decode=True)
            return (data if isinstance(data, bytes) else raw), True
        except Exception:  # noqa: BLE001
            return raw, False
    return raw, True


# ------------------------------------------------------------------ the MIME tree as a client shows it

_DEFAULT_NAMES = {
    "application/pkcs7-signature": "smime.p7s", "application/x-pkcs7-signature": "smime.p7s",
    "application/pkcs7-mime": "smime.p7m", "application/x-pkcs7-mime": "smime.p7m",
    "application/pgp-signature": "signature.asc", "application/pgp-encrypted": "pgp-version.txt",
}
_EXTENSIONS = {"text/plain": ".txt", "text/html": ".html", "image/jpeg": ".jpg", "image/pjpeg": ".jpg",
               "audio/amr": ".amr", "audio/3gpp": ".3gp", "video/3gpp": ".3gp", "audio/mpeg": ".mp3",
               "message/rfc822": ".eml", "message/global": ".eml", "message/delivery-status": ".txt",
               "message/disposition-notification": ".txt", "text/rfc822-headers": ".txt",
               "application/octet-stream": ".bin", "text/calendar": ".ics", "text/x-vcard": ".vcf",
               "text/vcard": ".vcf", "image/gif": ".gif", "image/png": ".png"}
_DISPLAYED = ("text/plain", "text/html", "text/enriched")
_SMIME = ("application/pkcs7-mime", "application/x-pkcs7-mime")


class _Walk:
    def __init__(self, hint: str | None, carrier: str | None):
        self.hint, self.carrier = hint, carrier
        self.texts: list[str] = []
        self.attachments: list[MailAttachment] = []
        self.notes: list[Msg] = []
        self.unnamed = 0
        self.depth = 0

    def note(self, msg: Msg | None) -> None:
        if msg is not None and not any(n.key == msg.key and n.values == msg.values for n in self.notes):
            self.notes.append(msg)

    # --- structure
    def visit(self, part, inline: bool = True) -> None:
        self.depth += 1
        try:
            if self.depth > 60:
                self.note(Msg("mail.note_too_deep"))
                return
            self._visit(part, inline)
        finally:
            self.depth -= 1

    def _visit(self, part, inline: bool) -> None:
        ctype = _ctype(part)
        if part.is_multipart():
            children = [c for c in part.get_payload() if hasattr(c, "get_content_type")]
            sub = ctype.partition("/")[2]
            if ctype.startswith("message/"):
                self.attach(part)
            elif sub == "alternative" and children:
                chosen = _pick_alternative(children)
                self.visit(chosen, inline)
                for c in children:
                    if c is not chosen:
                        self.keep_files_only(c)
            elif sub == "related" and children:
                start = _param(_h(part, "content-type"), "start", None, None)
                root = next((c for c in children if start and (_h(c, "content-id") or "").strip() == start.strip()),
                            children[0])
                self.visit(root, inline)
                for c in children:
                    if c is not root:
                        self.visit(c, inline=False)
            elif sub == "signed" and children:
                self.visit(children[0], inline)
                for c in children[1:]:
                    self.visit(c, inline=False)
            elif sub == "encrypted":
                self.note(Msg("mail.note_encrypted"))
                for c in children:
                    self.visit(c, inline=False)
            else:
                for c in children:
                    self.visit(c, inline)
            return
        if ctype.startswith("multipart/"):  # its boundary never came: show what is there
            self.note(Msg("mail.note_no_parts"))
            self.add_text(part, "text/plain")
            return
        if ctype in _SMIME and self.open_smime(part, inline):
            return
        if inline and ctype in _DISPLAYED and not self.named(part) and _disposition(part) != "attachment":
            self.add_text(part, ctype)
        else:
            self.attach(part)

    def keep_files_only(self, part) -> None:
        """An alternative we do not show: its text is the same message; its files are kept."""
        if part.is_multipart():
            for c in part.get_payload():
                if hasattr(c, "get_content_type"):
                    self.keep_files_only(c)
        elif _ctype(part) not in _DISPLAYED or self.named(part):
            self.attach(part)

    # --- leaves
    def named(self, part) -> str | None:
        name = _param(_h(part, "content-disposition"), "filename", self.hint, self.carrier) or \
            _param(_h(part, "content-type"), "name", self.hint, self.carrier)
        return name.strip() if name and name.strip() else None

    def add_text(self, part, ctype: str) -> None:
        data, intact = _decoded(part)
        if not intact:
            self.note(Msg("mail.note_text_damaged"))
        label = _param(_h(part, "content-type"), "charset", None, None)
        text, warning = decode_text(data, label, hint=self.hint, carrier=self.carrier)
        self.note(warning)
        if ctype == "text/html":
            text = html_to_text(text)
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        if text:
            self.texts.append(text)

    def attach(self, part) -> None:
        ctype = _ctype(part)
        name = self.named(part)
        if ctype.startswith("message/") and part.is_multipart():
            inner = part.get_payload(0)
            try:
                data = inner.as_bytes()
            except Exception:  # noqa: BLE001 - a forwarded message we cannot re-serialise: its text
                data = _payload_bytes(inner)
            intact = True
            if not name:
                subject = mh.decode(_h(inner, "subject") if hasattr(inner, "raw_items") else None, hint=self.hint)
                name = (subject[:80] + ".eml") if subject else None
        else:
            data, intact = _decoded(part)
        shown = name or self.default_name(ctype)
        if not intact:
            shown_as = shown + ".base64"
            self.note(Msg("mail.note_kept_as_received", name=repr(shown), stored=repr(shown_as)))
            self.attachments.append(MailAttachment(shown_as, _payload_bytes(part), "text/plain"))
            return
        self.attachments.append(MailAttachment(shown, data, ctype))

    def default_name(self, ctype: str) -> str:
        if ctype in _DEFAULT_NAMES:
            return _DEFAULT_NAMES[ctype]
        self.unnamed += 1
        import mimetypes

        ext = _EXTENSIONS.get(ctype) or mimetypes.guess_extension(ctype) or ".bin"
        main = ctype.partition("/")[0]
        stem = {"message": "message", "image": "image", "audio": "audio", "video": "video",
                "text": "text"}.get(main, "attachment")
        return f"{stem}-{self.unnamed}{ext}"

    def open_smime(self, part, inline: bool) -> bool:
        """Opaque-signed S/MIME (the text inside a PKCS #7 blob): show the text, keep the blob."""
        from .mail_smime import signed_content

        data, intact = _decoded(part)
        content = signed_content(data) if intact else None
        if content is None:
            if "enveloped" in (_h(part, "content-type") or "").lower():
                self.note(Msg("mail.note_encrypted"))
            return False
        from email import policy
        from email.parser import BytesParser

        self.attachments.append(MailAttachment(self.named(part) or "smime.p7m", data, _ctype(part)))
        self.visit(BytesParser(policy=policy.compat32).parsebytes(content), inline)
        return True


def _pick_alternative(children):
    """The plain text if there is one (at any depth), else the HTML, else the last part."""
    def has(part, ctype):
        if part.is_multipart():
            return any(has(c, ctype) for c in part.get_payload() if hasattr(c, "get_content_type"))
        return _ctype(part) == ctype

    for ctype in ("text/plain", "text/html"):
        for c in children:
            if not c.is_multipart() and _ctype(c) == ctype:
                return c
        for c in children:
            if c.is_multipart() and has(c, ctype):
                return c
    return children[-1]


# ------------------------------------------------------------------ the message

def _message_charset(msg, headers: dict) -> str | None:
    """The charset the message itself uses (its first labelled text part, else an encoded
    word's): what raw 8-bit headers and unlabelled parts are read as before any guess."""
    for part in msg.walk():
        label = _param(_h(part, "content-type"), "charset", None, None)
        if label and label_key(label) not in ("us-ascii", "ascii", "utf-8", "utf8"):
            return label
    for name in ("subject", "from", "to"):
        for value in headers.get(name, []):
            found = mh.charset_of(value)
            if found:
                return found
    return None


def _cut_off(msg, raw: bytes) -> bool:
    """A multipart message whose closing boundary never comes: it may have been cut off."""
    if not msg.is_multipart():
        return False
    boundary = msg.get_boundary()
    if not boundary:
        return False
    return raw.find(b"--" + boundary.encode("utf-8", "surrogateescape") + b"--") < 0


def _parse(raw: bytes) -> ParsedMail:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    headers = _headers(msg)
    if not MAIL_HEADERS & headers.keys():
        raise MailError("mail.no_headers")
    hint = _message_charset(msg, headers)
    from_raw = ", ".join(headers.get("from", [])) or _first(headers, "sender") or ""
    found = mh._ADDR_SPEC.search(mh.decode(from_raw))
    carrier = carrier_of(found.group(0) if found else None)
    notes: list[Msg] = []
    senders = mh.addresses(from_raw, hint=hint, carrier=carrier) if from_raw else []
    if not from_raw:
        notes.append(Msg("mail.note_no_sender"))
    elif not senders:
        notes.append(Msg("mail.note_bad_sender", sender=repr(mh.decode(from_raw, hint=hint)[:80])))

    walk = _Walk(hint, carrier)
    walk.visit(msg)
    if _cut_off(msg, raw):
        walk.note(Msg("mail.note_cut_off"))

    date_raw = _first(headers, "date")
    date, date_note = (None, Msg("mail.no_date")) if date_raw is None else mh.parse_date(date_raw)
    message_id = mh.decode(_first(headers, "message-id") or "").strip()
    if len(message_id) > MAX_MESSAGE_ID:
        message_id = "sha256:" + hashlib.sha256(message_id.encode("utf-8", "surrogatepass")).hexdigest()
    if not message_id:
        message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    name, addr = senders[0] if senders else (mh.decode(from_raw, hint=hint, carrier=carrier), "")
    to = [a for v in headers.get("to", []) for a in mh.addresses(v, hint=hint, carrier=carrier)]
    cc = [a for v in headers.get("cc", []) for a in mh.addresses(v, hint=hint, carrier=carrier)]
    return _clean(ParsedMail(
        message_id=message_id, date=date, from_addr=addr, from_name=name, to=_fmt(to), cc=_fmt(cc),
        subject=mh.decode(_first(headers, "subject"), hint=hint, carrier=carrier),
        text="\n\n".join(walk.texts), date_header=mh.decode(date_raw) if date_raw else "",
        attachments=walk.attachments,
        warnings=notes + ([date_note] if date_note else []) + walk.notes,
    ))


def _fmt(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{n} <{a}>" if n else a for n, a in pairs]


def _text(value: str) -> str:
    """No surrogates and no NULs reach the database."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes nothing could read
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value.replace("\x00", "") if "\x00" in value else value


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
