"""Weekly opening hours of a desk: parse, check and word the strings of docs/playbooks.md.

`["always"]` (or an empty list: no hours known) means always open. Otherwise each string is
`DAYS HH:MM-HH:MM[,HH:MM-HH:MM...]` with DAYS a day (`Mon`), a range
(`Mon-Fri`, may wrap: `Sat-Mon`) or a comma list (`Sat,Sun`). `24:00` may end
a slot. Times are wall-clock times in the desk's zone.

What the app shows in Japanese is accepted too: day names 月 火 水 木 金 土 日 (also 月曜,
月曜日; 平日 = Mon-Fri, 毎日 = every day), full-width digits, colons and commas, the range
marks ～ 〜 ー －, the list marks 、 ・, and 常時 / 24時間 for always. `validate` stores the
canonical English form; `display` / `display_lines` word it in a language.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput
from .labels import Msg, text

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = {name.lower(): n for n, name in enumerate(DAY_NAMES)}
_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LINE = re.compile(r"^\s*(?P<days>[A-Za-z,\-\s]+?)\s*(?P<slots>\d.*)$")
_SLOT = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
ALWAYS = "always"
_ALWAYS_WORDS = {"always", "always open", "24/7", "常時", "常時受付", "24時間", "24時間受付", "年中無休"}

# Text keys of the day names ("hours.day.mon" -> Mon / 月), listed so the text tests find them.
DAY_KEYS = ("hours.day.mon", "hours.day.tue", "hours.day.wed", "hours.day.thu", "hours.day.fri",
            "hours.day.sat", "hours.day.sun")
_JA_DAYS = "月火水木金土日"
_JA_DAY = re.compile(r"([月火水木金土日])(?:曜日|曜)?")
_JA_WORDS = {"平日": " Mon-Fri ", "毎日": " Mon-Sun "}
_DASHES = re.compile(r"[~〜ー‐‑‒–—―−]")
_LISTS = re.compile(r"[、・;]")


@dataclass(frozen=True)
class Weekly:
    """Open minutes per weekday (0 = Monday): sorted, non-overlapping (start, end)
    pairs in minutes from midnight, end up to 1440."""

    always: bool
    days: tuple[tuple[tuple[int, int], ...], ...]

    def slots(self, weekday: int) -> tuple[tuple[int, int], ...]:
        return ((0, 1440),) if self.always else self.days[weekday]

    def is_business_weekday(self, weekday: int) -> bool:
        """A day the desk works. An always-open desk counts Mon-Fri as business days."""
        if self.always:
            return weekday < 5
        return bool(self.days[weekday])


def _normal(line: str) -> str:
    """One line with Japanese and full-width forms turned into the ASCII notation."""
    s = unicodedata.normalize("NFKC", str(line))    # ０-９ ： ， － ～ -> ASCII
    for word, days in _JA_WORDS.items():
        s = s.replace(word, days)
    s = _JA_DAY.sub(lambda m: " " + DAY_NAMES[_JA_DAYS.index(m.group(1))] + " ", s)
    s = _LISTS.sub(",", _DASHES.sub("-", s))
    s = " ".join(s.split())
    if s.lower() in _ALWAYS_WORDS:
        return ALWAYS
    s = re.sub(r"\s*([,\-])\s*", r"\1", s)
    return re.sub(r"(?<=[A-Za-z])\s+(?=[A-Za-z])", ",", s)    # "土 日" (after the names above): a list


def _day(word: str) -> int | None:
    w = word.strip().lower()
    if w in _DAY:
        return _DAY[w]
    return _FULL.index(w) if w in _FULL else None


def _days(days_text: str, line: str) -> tuple[list[int], str]:
    """The weekdays of a DAYS part, and that part in canonical form ("Mon-Fri,Sun")."""
    found: list[int] = []
    canonical = []
    for part in days_text.replace(" ", "").split(","):
        nums = [_day(e) for e in part.split("-")]
        if None in nums or len(nums) > 2:
            raise InvalidInput(Msg("hours.unknown_day", line=line, part=part))
        canonical.append("-".join(DAY_NAMES[n] for n in nums))
        if len(nums) == 1:
            found.append(nums[0])
        else:
            a, b = nums
            found += [(a + i) % 7 for i in range((b - a) % 7 + 1)]
    return found, ",".join(canonical)


def _minutes(h: str, m: str, line: str, slot: str) -> int:
    hh, mm = int(h), int(m)
    if mm > 59 or hh > 24 or (hh == 24 and mm):
        raise InvalidInput(Msg("hours.bad_time", line=line, slot=slot))
    return hh * 60 + mm


def _parse_line(line: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """(canonical text, weekdays, slots in minutes) of one non-"always" line; errors name `line`."""
    m = _LINE.match(_normal(line))
    if not m:
        raise InvalidInput(Msg("hours.bad_line", line=line))
    weekdays, days_text = _days(m.group("days"), line)
    slots = []
    for slot in m.group("slots").replace(" ", "").split(","):
        sm = _SLOT.match(slot)
        if not sm:
            raise InvalidInput(Msg("hours.not_range", line=line, slot=slot))
        start = _minutes(sm.group(1), sm.group(2), line, slot)
        end = _minutes(sm.group(3), sm.group(4), line, slot)
        if end <= start:
            raise InvalidInput(Msg("hours.backwards", line=line, slot=slot))
        slots.append((start, end, slot))
    canonical = days_text + " " + ",".join(f"{_hhmm(a)}-{_hhmm(b)}" for a, b, _ in slots)
    return canonical, weekdays, slots


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _cleaned(lines) -> list[str]:
    if lines is None:
        return []
    if isinstance(lines, str):
        raise InvalidInput(Msg("hours.not_list"))
    return [" ".join(str(x).split()) for x in lines if str(x).strip()]


def parse(lines: list[str] | tuple[str, ...] | None) -> Weekly:
    """Parse the `hours` list of a desk. Raises InvalidInput with the faulty string."""
    cleaned = _cleaned(lines)
    if not cleaned:  # no hours known: no restriction, like "always"
        return Weekly(True, tuple(() for _ in range(7)))
    if any(_normal(x) == ALWAYS for x in cleaned):
        if len(cleaned) > 1:
            raise InvalidInput(Msg("hours.always_alone"))
        return Weekly(True, tuple(() for _ in range(7)))
    days: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    for line in cleaned:
        _, weekdays, slots = _parse_line(line)
        for start, end, slot in slots:
            for wd in weekdays:
                for a, b in days[wd]:
                    if start < b and a < end:
                        raise InvalidInput(Msg("hours.overlap", line=line, slot=slot, day=Msg(DAY_KEYS[wd])))
                days[wd].append((start, end))
    return Weekly(False, tuple(tuple(sorted(d)) for d in days))


def validate(lines) -> list[str]:
    """The list to store, each line in the canonical English form ("Mon-Fri 09:00-17:00",
    "always"), whatever notation was typed (raises InvalidInput on a bad string)."""
    parse(lines)
    return [ALWAYS if _normal(x) == ALWAYS else _parse_line(x)[0] for x in _cleaned(lines)]


def display_lines(lines, lang: str = "en") -> list[str]:
    """Each stored line worded in `lang` ("月-金 09:00-12:00、13:00-17:00", "常時"); `parse`
    reads them back. A line that does not parse (old data) is shown as it is."""
    out = []
    for line in _cleaned(lines):
        if _normal(line) == ALWAYS:
            out.append(text(lang, "hours.always"))
            continue
        try:
            canonical, _, _ = _parse_line(line)
        except InvalidInput:
            out.append(line)
            continue
        days_part, slots_part = canonical.split(" ", 1)
        if lang != "ja":
            out.append(days_part + " " + slots_part.replace(",", ", "))
            continue
        days_ja = "・".join("-".join(text(lang, DAY_KEYS[_DAY[d.lower()]]) for d in part.split("-"))
                           for part in days_part.split(","))
        out.append(days_ja + " " + slots_part.replace(",", "、"))
    return out


def display(lines, lang: str = "en") -> str:
    """The opening hours in one line for people: "Mon-Fri 09:00-17:00; Sat 10:00-12:00",
    "Always open" / "常時", or "Not set" / "未設定" when none are known."""
    shown = display_lines(lines, lang)
    return text(lang, "hours.list_sep").join(shown) if shown else text(lang, "hours.not_set")

