"""Header fields of a mail as text: RFC 2047 encoded words (quoted or not, split across
words, with stray 8-bit bytes), raw 8-bit headers, RFC 2231 parameters, addresses and
RFC 5322 dates (comments, obsolete zone names, two-digit years).

Headers come from the stdlib parser in its compat32 form (raw text, 8-bit bytes kept as
surrogate escapes), so nothing here is quadratic in the length of a header and every
charset goes through db.mail_charset like the bodies do."""
from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime, timedelta, timezone

from .labels import Msg
from .mail_charset import codec_for, decode_text

_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_WORD = re.compile(rb"=\?([^?\s]*)\?([BbQq])\?([^?]*)\?=")
_GAP = re.compile(rb"[ \t\r\n]*")
_Q_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def to_bytes(value) -> bytes:
    """A header value as the parser kept it (str with surrogate escapes, or a Header) -> bytes."""
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        value = str(value)
    return value.encode("utf-8", "surrogateescape")


def _b(text: bytes) -> bytes:
    data = re.sub(rb"[^A-Za-z0-9+/]", b"", text)
    data = data[: len(data) - len(data) % 4 if len(data) % 4 == 1 else len(data)]
    try:
        return base64.b64decode(data + b"=" * (-len(data) % 4))
    except binascii.Error:
        return b""


def _q(text: bytes) -> bytes:
    return _Q_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), text.replace(b"_", b" "))


def decode(value, *, hint: str | None = None, carrier: str | None = None, fold: bool = True) -> str:
    """A header value as text. Encoded words next to each other (only white space between)
    are joined, and those in the same charset are decoded together, so a character split
    over two words survives; raw 8-bit text is read with the message's charset (`hint`)
    before any guess. White space is collapsed to single spaces unless `fold` is False."""
    data = _FOLD.sub(b"", to_bytes(value))
    if b"=?" not in data:
        text = _plain(data, hint, carrier)
        return " ".join(text.split()) if fold else text
    out: list[str] = []
    pending_charset, pending = None, bytearray()

    def flush():
        nonlocal pending_charset
        if pending_charset is not None:
            out.append(decode_text(bytes(pending), pending_charset, hint=hint, carrier=carrier)[0])
            pending.clear()
            pending_charset = None

    pos = 0
    last_word_end = None
    for m in _WORD.finditer(data):
        gap = data[pos:m.start()]
        if gap and not (last_word_end == pos and _GAP.fullmatch(gap)):
            flush()
            out.append(_plain(gap, hint, carrier))
        charset = m.group(1).split(b"*", 1)[0].decode("ascii", "replace")
        payload = _b(m.group(3)) if m.group(2) in b"Bb" else _q(m.group(3))
        if pending_charset is not None and charset.lower() != pending_charset.lower():
            flush()
        pending_charset = charset
        pending += payload
        pos = last_word_end = m.end()
    flush()
    if pos < len(data):
        out.append(_plain(data[pos:], hint, carrier))
    text = "".join(out)
    return " ".join(text.split()) if fold else text


def _plain(data: bytes, hint, carrier) -> str:
    if data.isascii():
        return data.decode("ascii")
    return decode_text(data, None, hint=hint, carrier=carrier)[0]


# ------------------------------------------------------------------ parameters (file names)

def param(part, name: str, header: str = "content-type", *, hint=None, carrier=None) -> str | None:
    """A MIME parameter as text: RFC 2231 (charset'lang'%XX, continuations) and RFC 2047
    encoded words inside it, quoted or not, and raw 8-bit bytes."""
    try:
        value = part.get_param(name, header=header)
    except Exception:  # noqa: BLE001 - a damaged header has no usable parameter
        return None
    if value is None:
        return None
    if isinstance(value, tuple):  # RFC 2231: (charset, language, text with bytes as latin-1)
        charset, _lang, text = value
        raw = text.encode("latin-1", "surrogateescape") if isinstance(text, str) else bytes(text)
        if charset:
            return decode_text(raw, charset, hint=hint, carrier=carrier)[0]
        return decode(raw, hint=hint, carrier=carrier)
    return decode(value.strip().strip('"'), hint=hint, carrier=carrier)


# ------------------------------------------------------------------ addresses

_ADDR_SPEC = re.compile(r"[^\s<>\"(),;:@]+@[^\s<>\"(),;:@]+\.[^\s<>\"(),;:@]+")


def addresses(value, *, hint=None, carrier=None) -> list[tuple[str, str]]:
    """[(display name, address)] of an address header, names decoded, addresses lower-cased."""
    if value is None:
        return []
    from email.utils import getaddresses

    raw = _FOLD.sub(b"", to_bytes(value)).decode("utf-8", "surrogateescape")
    found = []
    try:
        pairs = getaddresses([raw])
    except Exception:  # noqa: BLE001 - hostile input: fall back to the plain search below
        pairs = []
    for name, addr in pairs:
        addr = decode(addr, hint=hint).strip("<>").strip()
        if "@" in addr and " " not in addr:
            found.append((decode(name, hint=hint, carrier=carrier), addr.lower()))
    if not found:
        text = decode(value, hint=hint, carrier=carrier)
        m = _ADDR_SPEC.search(text)
        if m:
            name = text[: m.start()].strip().strip('"<').strip()
            found.append((name, m.group(0).lower()))
    return found


# ------------------------------------------------------------------ dates

_ZONES = {  # RFC 5322 4.3 obsolete zones; JST (+0900) is out-of-band knowledge most Japanese mail relies on
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "JST": 9,
}
_MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_TIME = re.compile(r"^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?$")
_OFFSET = re.compile(r"^(?:(?:GMT|UTC|UT)?([+-])(\d{2}):?(\d{2}))$", re.I)


def strip_comments(text: str) -> str:
    """RFC 5322 CFWS: (comments (may nest)) removed; quoted pairs inside them kept out too."""
    out, depth, i = [], 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and depth:
            i += 2
            continue
        if ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
        i += 1
    return "".join(out)


def parse_date(value) -> tuple[datetime | None, Msg | None]:
    """An RFC 5322 date (with the obsolete forms) -> aware UTC datetime, and a note when
    something had to be assumed. (None, note) when it cannot be read."""
    text = decode(value)
    shown = repr(text[:80])
    tokens = strip_comments(text).replace(",", " ").split()
    tokens = [t.rstrip(".") for t in tokens if t.rstrip(".").lower()[:3] not in
              ("mon", "tue", "wed", "thu", "fri", "sat", "sun") or t[:1].isdigit()]
    day = month = year = None
    clock_parts = None
    zone: int | None = None
    zone_note = None
    for tok in tokens:
        low = tok.lower()
        if month is None and low[:3] in _MONTHS and (len(low) == 3 or low.isalpha()):
            month = _MONTHS[low[:3]]
        elif clock_parts is None and _TIME.match(tok):
            clock_parts = [int(x) if x else 0 for x in _TIME.match(tok).groups()]
        elif tok.isdigit() and day is None and len(tok) <= 2 and (month is None or year is None):
            day = int(tok)
        elif tok.isdigit() and year is None and len(tok) in (2, 3, 4):
            n = int(tok)
            year = n + (2000 if n < 50 else 1900) if len(tok) == 2 else n + 1900 if len(tok) == 3 else n
        elif zone is None and _OFFSET.match(tok):
            sign, hh, mm = _OFFSET.match(tok).groups()
            zone = (1 if sign == "+" else -1) * (int(hh) * 60 + int(mm))
        elif zone is None and tok.upper() in _ZONES:
            zone = _ZONES[tok.upper()] * 60
        elif zone is None and tok.isalpha() and len(tok) <= 5 and clock_parts is not None:
            zone, zone_note = 0, tok  # military letters and unknown names: -0000, as RFC 5322 says
    if None in (day, month, year) or clock_parts is None:
        return None, Msg("mail.bad_date", value=shown)
    hour, minute, second = clock_parts
    try:
        local = datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return None, Msg("mail.bad_date", value=shown)
    try:
        if second == 60:
            local += timedelta(seconds=1)  # a leap second
        at = (local - timedelta(minutes=zone or 0)).replace(tzinfo=timezone.utc)
    except OverflowError:   # past year 9999 or before year 1 in UTC: kept with its offset, and
        at = local.replace(tzinfo=timezone(timedelta(minutes=zone or 0)))   # clamped with a note by timeutil.storable
    if zone is None:
        return at, Msg("mail.date_no_zone", value=shown)
    if zone_note:
        return at, Msg("mail.date_unknown_zone", value=shown, zone=zone_note)
    return at, None


def charset_of(value) -> str | None:
    """The charset label a header field would use, if it is an encoded word (for hints)."""
    m = _WORD.search(to_bytes(value))
    if m and codec_for(m.group(1).decode("ascii", "replace")):
        return m.group(1).decode("ascii", "replace")
    return None
