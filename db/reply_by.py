"""The reply-by of a timeline entry: the deadline a received message starts (the
reply you owe) or a sent one starts (when to chase them).

It is N calendar days or N business days counted in the desk's calendar (a
deadline without desk: in the user's zone), or a moment typed in, or none. A new
entry takes its desk's rule unless told otherwise; the rule then belongs to the
entry (a later change of the desk's rule is offered for entries already logged:
db.deadlines.apply_desk_rule).

`suggest(text, ...)` finds a reply window in the text itself ("within 10 days",
"10日以内", "10営業日以内にご返信", "by 15 December"): a suggestion for the user to
accept, never applied on its own.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from .errors import InvalidInput
from .labels import Msg, text as label
from .timeutil import to_utc
from .validate import whole_number

# Which logged event starts which deadline.
STARTED_BY = {"received": "reply_window", "sent": "follow_up"}


@dataclass(frozen=True)
class ReplyBy:
    days: int = 0
    business: bool = False
    at: datetime | None = None      # a moment typed in (UTC); then days is 0

    @property
    def is_none(self) -> bool:
        return not self.days and self.at is None

    def words(self, lang: str = "en", zone: tzinfo | None = None) -> str:
        """"within 10 business days" / "by 2026-03-20 10:15" / "none", in `lang`."""
        if self.at is not None:
            return label(lang, "reply.at", at=self.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
        if self.days:
            return label(lang, "reply.business_days" if self.business else "reply.days", days=self.days)
        return label(lang, "reply.none")

    def as_json(self) -> dict | None:
        if self.is_none:
            return None
        if self.at is not None:
            return {"at": to_utc(self.at).isoformat(timespec="seconds")}
        return {"days": self.days, "business": self.business}


NONE = ReplyBy()
_WITHIN = re.compile(r"^\s*(\d+)\s*(d|bd|days?|business\s*days?)?\s*$", re.IGNORECASE)


def parse_within(text: str) -> ReplyBy:
    """`10d` / `10` (calendar days), `3bd` (business days), `0` or `none` (no reply-by)."""
    raw = str(text or "").strip()
    if raw.lower() in ("", "none", "0"):
        return NONE
    m = _WITHIN.match(raw)
    if not m:
        raise InvalidInput(Msg("error.reply_within", text=raw))
    days = whole_number(m.group(1), "field.reply_days")
    unit = (m.group(2) or "d").lower().replace(" ", "")
    return ReplyBy(days, unit.startswith("b")) if days else NONE


def clean(reply: ReplyBy, event_kind: str) -> ReplyBy:
    """Checked and in UTC; only received and sent entries start a deadline."""
    if reply.days and reply.at is not None:
        raise InvalidInput(Msg("error.reply_both"))
    if not reply.is_none and event_kind not in STARTED_BY:
        raise InvalidInput(Msg("error.reply_not_this_kind", kind=event_kind))
    if reply.at is not None:
        if not isinstance(reply.at, datetime):
            raise InvalidInput(Msg("error.not_datetime", text=reply.at))
        return ReplyBy(at=to_utc(reply.at))
    return ReplyBy(whole_number(reply.days, "field.reply_days"), bool(reply.business)) if reply.days else NONE


def desk_rule(desk, event_kind: str) -> ReplyBy:
    """The rule of `desk` for a new entry of `event_kind` (received: its reply window;
    sent: its follow-up, in business days). No desk, or no rule: none."""
    if desk is None:
        return NONE
    if event_kind == "received" and desk.reply_window_days:
        return ReplyBy(desk.reply_window_days, bool(desk.reply_window_business))
    if event_kind == "sent" and desk.follow_up_days:
        return ReplyBy(desk.follow_up_days, True)
    return NONE


def of_event(event) -> ReplyBy:
    if event.reply_by is not None:
        return ReplyBy(at=event.reply_by)
    return ReplyBy(event.reply_days or 0, bool(event.reply_business)) if event.reply_days else NONE


# ---------------------------------------------------------------- suggestions from the text

@dataclass(frozen=True)
class Suggestion:
    reply: ReplyBy
    phrase: str         # the words of the text it comes from


_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
               "twenty": 20, "thirty": 30}
_MONTHS = {name: n for n, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}
_NUM = r"(\d{1,3}|" + "|".join(_EN_NUMBERS) + r")"
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_KANJI = "〇一二三四五六七八九十"
_PATTERNS = [
    ("business", re.compile(rf"\bwithin\s+{_NUM}\s+(?:business|working)\s+days?\b", re.IGNORECASE)),
    ("days", re.compile(rf"\bwithin\s+{_NUM}\s+(?:calendar\s+)?days?\b", re.IGNORECASE)),
    ("business", re.compile(rf"(\d{{1,3}}|[{_KANJI}]+)\s*営業日以内")),
    ("days", re.compile(rf"(\d{{1,3}}|[{_KANJI}]+)\s*日以内")),
    ("dm", re.compile(rf"\bby\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?", re.IGNORECASE)),
    ("md", re.compile(rf"\bby\s+{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", re.IGNORECASE)),
    ("ja_date", re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[(（][^)）]{1,3}[)）])?\s*(?:まで|迄)")),
]


def _number(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _EN_NUMBERS:
        return _EN_NUMBERS[word]
    digits = [_KANJI.index(c) for c in word]     # 十 = 10, 十四 = 14, 二十 = 20, 三十一 = 31
    if 10 in digits:
        at = digits.index(10)
        tens = digits[at - 1] if at > 0 else 1
        ones = digits[at + 1] if at + 1 < len(digits) else 0
        return tens * 10 + ones
    value = 0
    for d in digits:
        value = value * 10 + d
    return value


def _day_end(year: int | None, month: int, day: int, after: datetime, zone: tzinfo) -> datetime | None:
    """The end of that day (23:59) in `zone`; without a year, the first such day on or after `after`."""
    local_after = after.astimezone(zone)
    for y in ([year] if year else [local_after.year, local_after.year + 1]):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if year or d >= local_after.date():
            from .desk_calendar import wall_to_utc

            return wall_to_utc(datetime.combine(d, time(23, 59)), zone)
    return None


def suggest(text: str, at: datetime, zone: tzinfo) -> Suggestion | None:
    """The first reply window the text names, or None. `at`: the entry's time (a date
    without a year is the next one from then); `zone`: the desk's (or the user's)."""
    if not text:
        return None
    norm = unicodedata.normalize("NFKC", text)      # full-width digits and brackets
    found = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(norm):
            found.append((m.start(), kind, m))
            break
    for _, kind, m in sorted(found, key=lambda f: f[0]):
        phrase = " ".join(m.group(0).split()).rstrip(".")
        if kind in ("business", "days"):
            days = _number(m.group(1))
            if 0 < days <= 3650:
                return Suggestion(ReplyBy(days, kind == "business"), phrase)
            continue
        if kind == "dm":
            day, month, year = m.group(1), m.group(2), m.group(3)
        elif kind == "md":
            month, day, year = m.group(1), m.group(2), m.group(3)
        else:
            year, month, day = m.group(1), m.group(2), m.group(3)
        month_n = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        due = _day_end(int(year) if year else None, month_n, int(day), at, zone)
        if due is not None:
            return Suggestion(ReplyBy(at=due), phrase)
    return None
