"""When a desk is open, reasoned about in the desk's own time zone.

A desk's calendar is its weekly hours (db.hours), a public-holiday calendar by
country (the `holidays` package, imported lazily on first use) and closures
(recurring `MM-DD` or one-off `YYYY-MM-DD` ranges, both ends inclusive). It
answers: open now? closes at? next opens at? why closed? and does business-day
arithmetic. All moments going in and out are timezone-aware; results are UTC.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from . import hours as hours_mod
from .errors import InvalidInput
from .labels import LANGUAGES, Msg, text
from .timeutil import to_utc

HORIZON_DAYS = 400          # how far ahead "next opens" and "closes at" look
CLOSING_SOON = timedelta(minutes=30)    # "closes in 17 min": shown as a warning
MAX_SPAN_DAYS = 3660        # business_days_between counts at most the last ten years
_MD = re.compile(r"^(\d{2})-(\d{2})$")
_YMD = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YEAR_END_CLOSURE = {"from": "12-29", "to": "01-03", "label": "Year-end and New Year holidays"}
# Labels of the year-end closure as the app writes them (any language, older versions, bench data):
# shown as closure.year_end in the language of the reader. Labels the user typed are shown as typed.
_GENERATED_YEAR_END = {"Year-end and New Year holidays", "Year-end holidays", "年末年始休業", "年末年始"}


def closure_name(closure, lang: str = "en") -> str:
    """The name of a closure (a stored dict or a Closure) for a reader of `lang`: its Japanese
    label (`label_ja`) for Japanese, its label otherwise, else the other one; see closure_label."""
    get = closure.get if isinstance(closure, dict) else lambda k, d="": getattr(closure, k, d)
    label, label_ja = (get("label", "") or "").strip(), (get("label_ja", "") or "").strip()
    if lang == "ja" and label_ja:
        return label_ja
    return closure_label(label or label_ja, lang)


def closure_label(label: str, lang: str = "en") -> str:
    """A closure's name for people in `lang`: the generated year-end label translated,
    a user's own label unchanged, no label -> "Closed"."""
    label = (label or "").strip()
    if not label:
        return text(lang, "closure.closed")
    if label in _GENERATED_YEAR_END or label in {text(x, "closure.year_end") for x in LANGUAGES}:
        return text(lang, "closure.year_end")
    return label


# ---------------------------------------------------------------- closures

@dataclass(frozen=True)
class Closure:
    start: tuple[int, int] | date      # (month, day) when recurring
    end: tuple[int, int] | date
    label: str
    label_ja: str = ""                 # the name for Japanese readers, when it was given

    def covers(self, d: date) -> bool:
        if isinstance(self.start, date):
            return self.start <= d <= self.end
        md = (d.month, d.day)
        if self.start <= self.end:
            return self.start <= md <= self.end
        return md >= self.start or md <= self.end   # wraps over the new year


def _closure_end(text: str, what: str):
    text = str(text).strip()
    m = _MD.match(text)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        try:
            date(2024, month, day)  # a leap year: 02-29 is a valid recurring day
        except ValueError:
            raise InvalidInput(Msg("closure.bad_day", what=Msg(what), text=text)) from None
        return (month, day)
    if _YMD.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidInput(Msg("closure.bad_date", what=Msg(what), text=text)) from None
    raise InvalidInput(Msg("closure.bad_form", what=Msg(what), text=text))


def parse_closures(items) -> list[Closure]:
    out = []
    for item in items or []:
        if not isinstance(item, dict) or "from" not in item:
            raise InvalidInput(Msg("closure.needs_from"))
        start = _closure_end(item["from"], "closure.start")
        end = _closure_end(item.get("to") or item["from"], "closure.end")
        if type(start) is not type(end):
            raise InvalidInput(Msg("closure.mixed_ends", start=item["from"], end=item.get("to")))
        if isinstance(start, date) and end < start:
            raise InvalidInput(Msg("closure.backwards", start=item["from"], end=item["to"]))
        out.append(Closure(start, end, str(item.get("label") or "").strip(), str(item.get("label_ja") or "").strip()))
    return out


def validate_closures(items) -> list[dict]:
    """The cleaned list to store (raises InvalidInput)."""
    parse_closures(items)
    out = []
    for i in items or []:
        item = {"from": str(i["from"]).strip(), "to": str(i.get("to") or i["from"]).strip(),
                "label": str(i.get("label") or "").strip()}
        if str(i.get("label_ja") or "").strip():
            item["label_ja"] = str(i["label_ja"]).strip()
        out.append(item)
    return out


# ---------------------------------------------------------------- public holidays

def _holiday_language(language: str) -> str:
    return "ja" if language.lower().startswith("ja") else "en_US"


@lru_cache(maxsize=32)
def _holiday_table(country: str, language: str):
    import holidays  # lazy: only when a desk with a holiday calendar is asked about

    code, _, subdiv = country.partition("-")
    try:
        table = holidays.country_holidays(code, subdiv=subdiv or None)
    except NotImplementedError:
        raise InvalidInput(Msg("closure.unknown_country", code=country)) from None
    langs = getattr(table, "supported_languages", ()) or ()
    lang = _holiday_language(language)
    if lang not in langs and lang == "en_US" and "en_US" not in langs:
        lang = table.default_language
    if lang in langs and lang != table.default_language:
        table = holidays.country_holidays(code, subdiv=subdiv or None, language=lang)
    return table


# Country codes the `holidays` package knows (checked against it by the tests), so
# that saving a desk does not have to import the package.
COUNTRIES = frozenset("""
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
    EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
    HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
    LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
    TR TT TV TW TZ UA UG UK UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
""".split())
_CODE = re.compile(r"^([A-Z]{2})(-[A-Z0-9]{1,3})?$")


def validate_country(code: str) -> str:
    """A holiday calendar: a country code (JP, US), optionally with a subdivision (US-CA), or ""."""
    code = (code or "").strip().upper()
    m = _CODE.match(code)
    if code and (m is None or m.group(1) not in COUNTRIES):
        raise InvalidInput(Msg("closure.unknown_country", code=code))
    return code


def holidays_in(country: str, year: int, language: str = "en") -> dict[date, str]:
    """The public holidays of one year (date -> name in `language`). Read from the holiday
    cache (db/holiday_cache.py) when it has them: importing `holidays` costs more than a
    hundred ms, on every start that needs a business day otherwise."""
    from . import holiday_cache

    return holiday_cache.year_of(country, _holiday_language(language), year, _year_from_package)


def _year_from_package(country: str, language: str, year: int) -> dict[date, str]:
    table = _holiday_table(country, "ja" if language == "ja" else "en")
    date(year, 1, 1) in table            # noqa: B015  (fills in that year)
    return {d: name for d, name in table.items() if d.year == year}


def holiday_name(country: str, d: date, language: str = "en") -> str | None:
    if not country:
        return None
    return holidays_in(country, d.year, language).get(d)


# ---------------------------------------------------------------- the calendar

@dataclass(frozen=True)
class DeskStatus:
    open_now: bool
    closes_at: datetime | None      # UTC; None when closed or open beyond the horizon
    next_open: datetime | None      # UTC; None when open now or never within the horizon
    reason: str                     # why closed today (holiday / closure name), "" otherwise
    always_open: bool
    zone: str

    def closing_soon(self, now: datetime) -> bool:
        """Open, and closing within CLOSING_SOON of `now` (shown as a warning)."""
        return self.open_now and self.closes_at is not None and self.closes_at - to_utc(now) <= CLOSING_SOON

    def changes_at(self, now: datetime) -> datetime | None:
        """The next moment after `now` at which this status stops being true: the desk
        opens, closes, or comes within CLOSING_SOON of closing. None: not within the horizon."""
        now = to_utc(now)
        if self.open_now:
            if self.closes_at is None:
                return None
            soon = self.closes_at - CLOSING_SOON
            return soon if soon > now else self.closes_at
        return self.next_open


def wall_to_utc(naive: datetime, zone: tzinfo) -> datetime:
    """The moment a wall-clock time names in `zone`, in UTC. A time that a DST change
    skips names the moment of the change (the first that exists after it); a repeated
    time, its first occurrence."""
    first = naive.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    lo = naive.replace(tzinfo=zone, fold=1).astimezone(timezone.utc)    # before the change
    hi = first                                                        # after it
    after = hi.astimezone(zone).utcoffset()
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    whole = hi.replace(microsecond=0)          # zone changes fall on whole seconds
    return whole if whole.astimezone(zone).utcoffset() == after else whole + timedelta(seconds=1)


@dataclass
class Calendar:
    zone: tzinfo            # the desk's ZoneInfo (a deadline without desk: the user's zone)
    weekly: hours_mod.Weekly
    country: str = ""
    closures: list[Closure] = field(default_factory=list)
    language: str = "en"

    # -- days
    def closed_reason(self, d: date) -> str | None:
        """Why the desk is closed all day `d` (closure label or holiday name), else None."""
        for c in self.closures:
            if c.covers(d):
                return closure_name(c, self.language)
        return holiday_name(self.country, d, self.language)

    def is_business_day(self, d: date) -> bool:
        return self.weekly.is_business_weekday(d.weekday()) and self.closed_reason(d) is None

    def day_intervals(self, d: date) -> list[tuple[datetime, datetime]]:
        """The opening intervals (UTC) of day `d`. "always" means always: holidays and
        closures of an always-open desk only count for its business days. A slot that a
        DST change skips wholly is no opening."""
        if not self.weekly.always and self.closed_reason(d) is not None:
            return []
        out = []
        for start, end in self.weekly.slots(d.weekday()):
            s, e = self._at(d, start), self._at(d, end)
            if e > s:
                out.append((s, e))
        return out

    def _at(self, d: date, minutes: int) -> datetime:
        if minutes >= 1440:
            d, minutes = d + timedelta(days=1), minutes - 1440
        return wall_to_utc(datetime.combine(d, time(minutes // 60, minutes % 60)), self.zone)

    def intervals(self, start_day: date, days: int):
        """Open intervals (UTC), adjacent ones merged, from `start_day` for `days` days.
        The last one may be cut at the end of the range."""
        current = None
        for n in range(days):
            for s, e in self.day_intervals(start_day + timedelta(days=n)):
                if current and s <= current[1]:
                    current = (current[0], max(current[1], e))
                else:
                    if current:
                        yield current
                    current = (s, e)
        if current:
            yield current

    @property
    def trivially_open(self) -> bool:
        """Always open ("always" means always, whatever the holiday calendar says)."""
        return self.weekly.always

    # -- moments
    def status(self, at: datetime) -> DeskStatus:
        at = to_utc(at)
        zone_name = getattr(self.zone, "key", str(self.zone))
        if self.trivially_open:
            return DeskStatus(True, None, None, "", True, zone_name)
        try:
            return self._status(at, zone_name)
        except (OverflowError, ValueError):   # a moment at the end of the calendar (year 1 or 9999)
            return DeskStatus(False, None, None, "", self.weekly.always, zone_name)

    def _status(self, at: datetime, zone_name: str) -> DeskStatus:
        today = at.astimezone(self.zone).date()
        first = today - timedelta(days=1)
        end_of_range = self._at(first + timedelta(days=HORIZON_DAYS), 0)
        for s, e in self.intervals(first, HORIZON_DAYS):
            if e <= at:
                continue
            if s <= at:
                return DeskStatus(True, e if e < end_of_range else None, None, "", self.weekly.always, zone_name)
            return DeskStatus(False, None, s, self.closed_reason(today) or "", self.weekly.always, zone_name)
        return DeskStatus(False, None, None, self.closed_reason(today) or "", self.weekly.always, zone_name)

    def add_calendar_days(self, at: datetime, days: int) -> datetime:
        """The same wall-clock time in the desk's zone, `days` days later (DST-proof)."""
        local = to_utc(at).astimezone(self.zone)
        return wall_to_utc(datetime.combine(local.date() + timedelta(days=days), local.time().replace(tzinfo=None)),
                           self.zone)

    def business_span(self, d: date) -> tuple[datetime, datetime] | None:
        """The business hours of day `d` (UTC): from its first opening to its last closing
        (an always-open desk: the whole day); None when `d` is no business day."""
        if not self.is_business_day(d):
            return None
        if self.weekly.always:
            return self._at(d, 0), self._at(d, 1440)
        day = self.day_intervals(d)
        return (day[0][0], day[-1][1]) if day else None

    def add_business_days(self, at: datetime, days: int) -> datetime:
        """N business days from `at`, so that the desk has been open N whole business days:
        - within a business day's hours (lunch breaks included): the same wall-clock time
          on the N-th business day after that day;
        - outside them (before opening, after closing, on a day off): counting starts at
          the next opening, and the N business days end when the desk closes on the N-th."""
        at = to_utc(at)
        if days <= 0:
            return at
        local = at.astimezone(self.zone)
        d = local.date()
        span = self.business_span(d)
        if span is not None and span[0] <= at < span[1]:
            counted = 0
            for _ in range(days * 10 + 800):
                d += timedelta(days=1)
                if self.is_business_day(d):
                    counted += 1
                    if counted >= days:
                        break
            return wall_to_utc(datetime.combine(d, local.time().replace(tzinfo=None)), self.zone)
        if span is None or at >= span[1]:
            d += timedelta(days=1)
        counted, last = 0, None
        for _ in range(days * 10 + 800):
            span = self.business_span(d)
            if span is not None:
                counted, last = counted + 1, span[1]
                if counted >= days:
                    return last
            d += timedelta(days=1)
        return last or at

    def business_days_between(self, start: datetime, end: datetime) -> int:
        """Business days after `start`'s day up to and including `end`'s day: the business
        weekdays, counted by whole weeks, less the holidays and closures among them."""
        d0 = to_utc(start).astimezone(self.zone).date()
        d1 = to_utc(end).astimezone(self.zone).date()
        d0 = max(d0, d1 - timedelta(days=MAX_SPAN_DAYS))   # bounded work for a message dated in year 1
        days = (d1 - d0).days
        if days <= 0:
            return 0
        open_weekday = [self.weekly.is_business_weekday(w) for w in range(7)]
        weeks, rest = divmod(days, 7)
        count = weeks * sum(open_weekday)
        count += sum(open_weekday[(d1 - timedelta(days=k)).weekday()] for k in range(rest))
        closed = self._closed_business_days(d0.year, d1.year)      # sorted ordinals
        return count - (bisect_right(closed, d1.toordinal()) - bisect_right(closed, d0.toordinal()))

    def _closed_business_days(self, first_year: int, last_year: int) -> list[int]:
        """Ordinals of the business weekdays closed all day in those years, sorted; kept on
        the calendar (calendars from cached() are shared, so each span is worked out once)."""
        memo = self.__dict__.setdefault("_closed_memo", {})
        key = (first_year, last_year)
        if key not in memo:
            days = self.closed_days(date(first_year, 1, 1), date(last_year, 12, 31))
            memo[key] = sorted(d.toordinal() for d in days if self.weekly.is_business_weekday(d.weekday()))
        return memo[key]

    def closed_days(self, first: date, last: date) -> set[date]:
        """The days from `first` to `last` (inclusive) closed all day: holidays and closures."""
        out: set[date] = set()
        if self.country:
            for year in range(first.year, last.year + 1):
                out.update(d for d in holidays_in(self.country, year, self.language) if first <= d <= last)
        for c in self.closures:
            if isinstance(c.start, date):
                lo, hi = max(first, c.start), min(last, c.end)
                out.update(lo + timedelta(days=n) for n in range((hi - lo).days + 1))
                continue
            for year in range(first.year - 1, last.year + 1):   # each year's occurrence (one may wrap into the next)
                lo = max(first, date(year, c.start[0], 1))
                end_year = year if c.start <= c.end else year + 1
                hi = min(last, date(end_year, c.end[0], 1) + timedelta(days=31))
                out.update(d for d in (lo + timedelta(days=n) for n in range((hi - lo).days + 1)) if c.covers(d))
        return out


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception:
        raise InvalidInput(Msg("error.unknown_zone", name=name)) from None


def calendar(*, timezone_name: str = "UTC", hours=None, holidays: str = "", closures=None,
             language: str = "en", zone_info: tzinfo | None = None) -> Calendar:
    """A calendar; `zone_info` (a tzinfo) instead of `timezone_name` for a zone that has
    no IANA name (the user's own, see user_calendar)."""
    return Calendar(zone_info or zone(timezone_name), hours_mod.parse(hours or []), (holidays or "").upper(),
                    parse_closures(closures), language)


@lru_cache(maxsize=256)
def cached(timezone_name: str, hours_json: str, country: str, closures_json: str, language: str = "en") -> Calendar:
    """The calendar of a desk from its stored columns (JSON text as stored): desks with the
    same hours, zone, holidays and closures share one, parsed once. Treat it as read-only."""
    return calendar(timezone_name=timezone_name, hours=json.loads(hours_json or "[]"), holidays=country,
                    closures=json.loads(closures_json or "[]"), language=language)


def user_calendar() -> Calendar:
    """The calendar of a deadline without a desk: days counted in the user's own zone,
    always open, business days Monday to Friday."""
    from .timeutil import user_zone

    return calendar(zone_info=user_zone())


def for_desk(desk, language: str = "en") -> Calendar:
    """The calendar of a Desk row (or anything with the same attributes)."""
    return calendar(timezone_name=desk.timezone, hours=desk.hours, holidays=desk.holidays,
                    closures=desk.closures, language=language)


def desk_status(desk, at: datetime, language: str = "en") -> DeskStatus:
    return for_desk(desk, language).status(at)


def default_calendar_fields(language: str) -> dict:
    """Defaults for a new desk: a Japanese-language desk follows the JP public
    holidays and the usual year-end closure (both editable)."""
    if (language or "").lower().startswith("ja"):
        closure = {**YEAR_END_CLOSURE, "label": text("ja", "closure.year_end")}   # shown translated: closure_label
        return {"timezone": "Asia/Tokyo", "holidays": "JP", "closures": [closure]}
    return {}
