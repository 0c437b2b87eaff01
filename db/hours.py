"""Weekly opening hours of a desk: parse and check the strings of docs/playbooks.md.

`["always"]` (or an empty list: no hours known) means always open. Otherwise each string is
`DAYS HH:MM-HH:MM[,HH:MM-HH:MM...]` with DAYS a day (`Mon`), a range
(`Mon-Fri`, may wrap: `Sat-Mon`) or a comma list (`Sat,Sun`). `24:00` may end
a slot. Times are wall-clock times in the desk's zone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from .errors import InvalidInput

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = {name.lower(): n for n, name in enumerate(DAY_NAMES)}
_LINE = re.compile(r"^\s*(?P<days>[A-Za-z,\-\s]+?)\s+(?P<slots>\d.*)$")
_SLOT = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
ALWAYS = "always"


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


_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(word: str) -> int | None:
    w = word.strip().lower()
    if w in _DAY:
        return _DAY[w]
    return _FULL.index(w) if w in _FULL else None


def _days(text: str, line: str) -> list[int]:
    found: list[int] = []
    for part in text.replace(" ", "").split(","):
        nums = [_day(e) for e in part.split("-")]
        if None in nums or len(nums) > 2:
            raise InvalidInput(
                f"Opening hours {line!r} not understood: unknown day {part!r} (use Mon, Tue, Wed, Thu, Fri, Sat, Sun, e.g. Mon-Fri)."
            )
        if len(nums) == 1:
            found.append(nums[0])
        else:
            a, b = nums
            found += [(a + i) % 7 for i in range((b - a) % 7 + 1)]
    return found


def _minutes(h: str, m: str, line: str, slot: str) -> int:
    hh, mm = int(h), int(m)
    if mm > 59 or hh > 24 or (hh == 24 and mm):
        raise InvalidInput(f"Opening hours {line!r} not understood: {slot!r} is not a valid time range "
                           "(HH:MM-HH:MM, 00:00 to 24:00).")
    return hh * 60 + mm


def parse(lines: list[str] | tuple[str, ...] | None) -> Weekly:
    """Parse the `hours` list of a desk. Raises InvalidInput with the faulty string."""
    if lines is None:
        lines = []
    if isinstance(lines, str):
        raise InvalidInput("Opening hours not understood: give a list of strings, e.g. [\"Mon-Fri 09:00-17:00\"].")
    cleaned = [" ".join(str(x).split()) for x in lines if str(x).strip()]
    if not cleaned:  # no hours known: no restriction, like "always"
        return Weekly(True, tuple(() for _ in range(7)))
    if any(x.lower() == ALWAYS for x in cleaned):
        if len(cleaned) > 1:
            raise InvalidInput("Opening hours not understood: \"always\" cannot be combined with other slots.")
        return Weekly(True, tuple(() for _ in range(7)))
    days: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    for line in cleaned:
        m = _LINE.match(line)
        if not m:
            raise InvalidInput(
                f"Opening hours {line!r} not understood: expected DAYS HH:MM-HH:MM, e.g. \"Mon-Fri 09:00-12:00,13:00-17:00\" or \"always\"."
            )
        weekdays = _days(m.group("days"), line)
        for slot in m.group("slots").replace(" ", "").split(","):
            sm = _SLOT.match(slot)
            if not sm:
                raise InvalidInput(f"Opening hours {line!r} not understood: {slot!r} is not a time range like 09:00-17:00.")
            start = _minutes(sm.group(1), sm.group(2), line, slot)
            end = _minutes(sm.group(3), sm.group(4), line, slot)
            if end <= start:
                raise InvalidInput(
                    f"Opening hours {line!r} not understood: {slot!r} ends before it starts "
                    "(a slot over midnight is two slots: ...-24:00 and 00:00-...)."
                )
            for wd in weekdays:
                for a, b in days[wd]:
                    if start < b and a < end:
                        raise InvalidInput(f"Opening hours {line!r} not understood: {slot!r} overlaps another slot "
                                           f"on {DAY_NAMES[wd]}.")
                days[wd].append((start, end))
    return Weekly(False, tuple(tuple(sorted(d)) for d in days))


def validate(lines) -> list[str]:
    """The cleaned list to store (raises InvalidInput on a bad string)."""
    if lines is None:
        return []
    parse(lines)
    return [" ".join(str(x).split()) for x in lines if str(x).strip()]


def minute_time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60) if minutes < 1440 else time(0, 0)
