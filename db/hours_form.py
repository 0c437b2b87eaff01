"""A desk's calendar as the structured hours editor holds it, and its text form.

HoursForm is what the editor shows: "always open", rules (a set of weekdays, one or more time
ranges, optionally a lunch break cut out of them), the public-holiday calendar and closures
with a label in English and in Japanese. It goes to and comes from the desk's stored fields
(`hours`, `holidays`, `closures`) through db.hours and db.desk_calendar, so the editor keeps
their notation and their checks:

    form = HoursForm.from_desk_fields(desk.hours, desk.holidays, desk.closures)
    desks.update_desk(desk_id, **form.desk_fields())     # hours.validate & co. run here too

The text form, for people who would rather type, is the stored hours lines in the reader's
language (db.hours.display_lines, read back by db.hours.parse) plus two kinds of lines:

    holidays: JP                                       (祝日: JP)
    closed 12-29..01-03 Year-end holidays | 年末年始休業   (休業 ..., "English | Japanese" label)

to_text(form, lang) writes it, from_text(text) reads it (both languages' words, full-width
digits); structured -> text -> structured gives the same form. A line's two time ranges with a
lunch-time gap between them (30 to 120 minutes, around noon) are read as one range with a lunch
break, which is how the editor writes a lunch break.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import desk_calendar, hours
from .errors import InvalidInput
from .labels import LANGUAGES, Msg, text

DAYS = range(7)
LUNCH_GAP = (30, 120)            # minutes between two ranges read as a lunch break...
LUNCH_WINDOW = (11 * 60, 15 * 60)  # ...when the break lies between these times
_TIME = re.compile(r"^(\d{1,2}):?(\d{2})$")
_ONE_DIGIT_HOUR = re.compile(r"(?<![\d:])(\d:\d{2})")
_DATE = r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}"
_CLOSURE = re.compile(rf"^(?P<from>{_DATE})(?:\s*(?:\.\.|~|〜|to|-)\s*(?P<to>{_DATE}))?(?:\s+(?P<label>.*))?$")


@dataclass(frozen=True)
class Rule:
    """One line of opening hours: on `days` (0 = Monday), open in `ranges` (minutes from
    midnight, end up to 1440), minus the `lunch` break when there is one."""

    days: tuple[int, ...]
    ranges: tuple[tuple[int, int], ...]
    lunch: tuple[int, int] | None = None


@dataclass(frozen=True)
class ClosureItem:
    start: str                  # MM-DD (every year) or YYYY-MM-DD (once)
    end: str
    label: str = ""             # English (or the only label)
    label_ja: str = ""


@dataclass(frozen=True)
class HoursForm:
    always: bool = False
    rules: tuple[Rule, ...] = ()
    holidays: str = ""
    closures: tuple[ClosureItem, ...] = ()

    # --- the desk's fields
    @classmethod
    def from_desk_fields(cls, hours_lines, holidays: str = "", closures=None) -> HoursForm:
        always, rules = rules_from_hours(hours_lines)
        items = tuple(_closure_item(c) for c in closures or [])
        return cls(always, rules, (holidays or "").strip().upper(), items)

    def desk_fields(self) -> dict:
        """hours, holidays and closures as desks.create_desk / update_desk take them (checked)."""
        return {"hours": self.hours_lines(), "holidays": desk_calendar.validate_country(self.holidays),
                "closures": desk_calendar.validate_closures(
                    [{"from": c.start, "to": c.end or c.start, "label": c.label, "label_ja": c.label_ja}
                     for c in self.closures])}

    def hours_lines(self) -> list[str]:
        """The stored `hours` lines: ["always"], [] (not known) or one canonical line per rule."""
        if self.always:
            return [hours.ALWAYS]
        return hours.validate([_rule_line(rule) for rule in self.rules])


def _closure_item(stored: dict) -> ClosureItem:
    """A stored closure; the year-end closure the app generates gets its name in both languages."""
    label, label_ja = str(stored.get("label") or "").strip(), str(stored.get("label_ja") or "").strip()
    year_end = text("en", "closure.year_end")
    if label and not label_ja and desk_calendar.closure_label(label, "en") == year_end:
        label, label_ja = year_end, text("ja", "closure.year_end")
    return ClosureItem(str(stored.get("from", "")), str(stored.get("to") or stored.get("from", "")), label, label_ja)


# ---------------------------------------------------------------- rules <-> hours lines


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def days_text(days) -> str:
    """Canonical English days: runs of three or more as a range ("Mon-Fri"), others listed."""
    days = sorted(set(days))
    parts, run = [], []
    for d in days + [None]:
        if run and (d is None or d != run[-1] + 1):
            names = [hours.DAY_NAMES[x] for x in run]
            parts.append(f"{names[0]}-{names[-1]}" if len(run) >= 3 else ",".join(names))
            run = []
        if d is not None:
            run.append(d)
    return ",".join(parts)


def rule_slots(rule: Rule) -> list[tuple[int, int]]:
    """The open slots of a rule: its ranges with the lunch break cut out."""
    slots = sorted(rule.ranges)
    if rule.lunch is None:
        return slots
    start, end = rule.lunch
    out, cut = [], False
    for a, b in slots:
        if not cut and a < start and end < b:
            out += [(a, start), (end, b)]
            cut = True
        else:
            out.append((a, b))
    if not cut:
        raise InvalidInput(Msg("hours.form.lunch_outside", lunch=f"{_hhmm(start)}-{_hhmm(end)}",
                               days=days_text(rule.days) or "-"))
    return out


def _rule_line(rule: Rule) -> str:
    slots = ",".join(f"{_hhmm(a)}-{_hhmm(b)}" for a, b in sorted(rule.ranges))
    if not rule.days:
        raise InvalidInput(Msg("hours.form.no_days", slots=slots or "-"))
    if not rule.ranges:
        raise InvalidInput(Msg("hours.form.no_ranges", days=days_text(rule.days)))
    return days_text(rule.days) + " " + ",".join(f"{_hhmm(a)}-{_hhmm(b)}" for a, b in rule_slots(rule))


def _with_lunch(days: tuple[int, ...], slots: list[tuple[int, int]]) -> Rule:
    for (a1, b1), (a2, b2) in zip(slots, slots[1:]):
        gap = a2 - b1
        if LUNCH_GAP[0] <= gap <= LUNCH_GAP[1] and LUNCH_WINDOW[0] <= b1 and a2 <= LUNCH_WINDOW[1]:
            i = slots.index((a1, b1))
            ranges = slots[:i] + [(a1, b2)] + slots[i + 2:]
            return Rule(days, tuple(ranges), (b1, a2))
    return Rule(days, tuple(slots))


def rules_from_hours(lines) -> tuple[bool, tuple[Rule, ...]]:
    """(always, rules) of stored or typed hours lines (any notation db.hours reads). Raises
    InvalidInput as db.hours does. No lines: not always, no rules (hours not known)."""
    cleaned = hours.validate(lines or [])
    if cleaned == [hours.ALWAYS]:
        return True, ()
    rules = []
    for line in cleaned:
        weekly = hours.parse([line])
        days = tuple(d for d in DAYS if weekly.days[d])
        if days:
            rules.append(_with_lunch(days, list(weekly.days[days[0]])))
    return False, tuple(rules)


def parse_time(value: str, *, end: bool = False) -> int:
    """"09:00" / "9:00" / "0900" / full-width digits -> minutes; 24:00 only as an end."""
    m = _TIME.match(unicodedata.normalize("NFKC", value or "").strip())
    if m:
        hh, mm = int(m.group(1)), int(m.group(2))
        if mm < 60 and (hh < 24 or (end and hh == 24 and mm == 0)):
            return hh * 60 + mm
    raise InvalidInput(Msg("hours.form.bad_time", text=value))


def time_text(minutes: int) -> str:
    return _hhmm(minutes)


# ---------------------------------------------------------------- the text form


def _words(key: str) -> set[str]:
    return {text(lang, key).lower() for lang in LANGUAGES}


def to_text(form: HoursForm, lang: str = "en") -> str:
    """The form as lines of text in `lang` (see the module docstring)."""
    lines = hours.display_lines(form.hours_lines(), lang)
    if form.holidays:
        lines.append(f"{text(lang, 'hours.form.holidays_word')}: {form.holidays}")
    closed = text(lang, "hours.form.closed_word")
    for c in form.closures:
        span = c.start if not c.end or c.end == c.start else f"{c.start}..{c.end}"
        label = f"{c.label} | {c.label_ja}".strip() if c.label_ja else c.label     # "| 日本語": only Japanese
        lines.append(f"{closed} {span} {label}".rstrip())
    return "\n".join(lines)


def _keyword(line: str, key: str) -> str | None:
    """The rest of `line` when it starts with one of the words of `key` (any language), else None."""
    lowered = line.lower()
    for word in sorted(_words(key), key=len, reverse=True):
        if lowered.startswith(word):
            rest = line[len(word):]
            if not rest or rest[0] in " :\t" or not word.isascii():
                return rest.lstrip(" :\t")
    return None


def from_text(value: str) -> HoursForm:
    """Read the text form back (raises InvalidInput naming the line it could not read)."""
    hour_lines, holidays, closures = [], "", []
    for raw in (value or "").splitlines():
        line = " ".join(unicodedata.normalize("NFKC", raw).split())
        if not line or line.startswith("#"):
            continue
        rest = _keyword(line, "hours.form.holidays_word")
        if rest is not None:
            if not re.fullmatch(r"[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?", rest):
                raise InvalidInput(Msg("hours.form.bad_holidays", line=raw.strip()))
            holidays = desk_calendar.validate_country(rest)
            continue
        rest = _keyword(line, "hours.form.closed_word")
        if rest is not None:
            closures.append(_closure(rest, raw.strip()))
            continue
        hour_lines.append(_ONE_DIGIT_HOUR.sub(r"0\1", line))     # 9:00 -> 09:00, as typed by many
    always, rules = rules_from_hours(hour_lines)
    form = HoursForm(always, rules, holidays, tuple(closures))
    desk_calendar.validate_closures([{"from": c.start, "to": c.end, "label": c.label} for c in form.closures])
    return form


def _closure(rest: str, line: str) -> ClosureItem:
    m = _CLOSURE.match(rest)
    if not m:
        raise InvalidInput(Msg("hours.form.bad_closure", line=line))
    label = m.group("label") or ""
    en, bar, ja = label.partition("|")
    return ClosureItem(m.group("from"), m.group("to") or m.group("from"), en.strip(), ja.strip() if bar else "")
