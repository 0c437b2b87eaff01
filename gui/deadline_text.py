"""Words for deadlines and desk hours, in the UI language.

`desk_status_view(desk)` is a desk's status right now for any view (the Desks tab,
Today, a contact card): "Open now, closes 17:00", "Closing soon: closes in 17 min
(17:00)", "Closed (New Year's Day), opens Mon 4 Jan 00:00 (09:00 JST at the desk)",
with its tone and the moment it next changes. Times are the user's, with the
desk's own beside them where its zone differs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QT_TRANSLATE_NOOP

from casekeeper.db import clock, desk_calendar
from casekeeper.db.timeutil import local
from casekeeper.gui import i18n
from casekeeper.gui.common import arg

CTX = "Deadlines"
KIND_LABELS = {
    "reply_window": QT_TRANSLATE_NOOP("Deadlines", "Reply window"),
    "follow_up": QT_TRANSLATE_NOOP("Deadlines", "Follow-up"),
    "inactivity": QT_TRANSLATE_NOOP("Deadlines", "Inactivity"),
    "custom": QT_TRANSLATE_NOOP("Deadlines", "Custom"),
}
STAGE_LABELS = {
    "3d": QT_TRANSLATE_NOOP("Deadlines", "Due within 3 days"),
    "1d": QT_TRANSLATE_NOOP("Deadlines", "Due within a day"),
    "1h": QT_TRANSLATE_NOOP("Deadlines", "Due within an hour"),
    "passed": QT_TRANSLATE_NOOP("Deadlines", "Deadline passed"),
}


def stage_label(stage: str) -> str:
    """The headline of a reminder at offset `stage` (3d, 1d, 12h, 30m, passed)."""
    if stage in STAGE_LABELS:
        return tr(STAGE_LABELS[stage])
    n, unit = stage[:-1], stage[-1:]
    text = {"d": QCoreApplication.translate("Deadlines", "Due within %1 days"),
            "h": QCoreApplication.translate("Deadlines", "Due within %1 hours"),
            "m": QCoreApplication.translate("Deadlines", "Due within %1 minutes")}.get(unit)
    return arg(text, n) if text and n.isdigit() else tr(STAGE_LABELS["passed"])


def offset_label(stage: str) -> str:
    """An offset for the reminder settings: "3 days before", "when it passes"."""
    if stage == "passed":
        return QCoreApplication.translate("Deadlines", "When it passes")
    n, unit = stage[:-1], stage[-1:]
    text = {"d": QCoreApplication.translate("Deadlines", "%1 days before"),
            "h": QCoreApplication.translate("Deadlines", "%1 hours before"),
            "m": QCoreApplication.translate("Deadlines", "%1 minutes before")}[unit]
    if n == "1":
        text = {"d": QCoreApplication.translate("Deadlines", "1 day before"),
                "h": QCoreApplication.translate("Deadlines", "1 hour before"),
                "m": QCoreApplication.translate("Deadlines", "1 minute before")}[unit]
    return arg(text, n)


def tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("Deadlines", ...); literal texts call
    QCoreApplication.translate("Deadlines", ...) so lupdate sees their context."""
    return QCoreApplication.translate(CTX, text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def language() -> str:
    """The UI language ('en' or 'ja'), for texts db words (holiday and closure names)."""
    return i18n.current()


def deadline_title(item) -> str:
    """A deadline's title in the UI language: its own, or the default one (a DeadlineRow,
    a DueItem, or anything with title/kind/desk_name)."""
    from casekeeper.db.deadlines import default_title, display_title

    own = getattr(item, "own_title", None)
    if own is None:       # a DueItem: its title is the English default when it has none of its own
        own = "" if item.title == default_title(item.kind, item.desk_name) else item.title
    return display_title(own, item.kind, item.desk_name, language())


def when(value: datetime, zone=None, *, weekday: bool = True) -> str:
    """A moment as "Mon 4 Jan 09:00" (UI language), in `zone` (default: the user's)."""
    moment = value.astimezone(zone) if zone is not None else local(value)
    wall = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    fmt = QCoreApplication.translate("Deadlines", "ddd d MMM HH:mm") if weekday else QCoreApplication.translate("Deadlines", "d MMM yyyy HH:mm")
    return QLocale().toString(wall, fmt)


def _span_unit(span: float) -> int:
    """The unit (seconds) relative() counts `span` seconds in."""
    return 60 if span < 3600 else 3600 if span < 2 * 86400 else 86400


def relative(value: datetime, now: datetime | None = None) -> str:
    """"in 3 days" / "2 h ago" / "in 17 min"."""
    now = now or clock.now()
    seconds = (value - now).total_seconds()
    span = abs(seconds)
    unit = _span_unit(span)
    n = max(1, int(span // unit)) if unit == 60 else int(span // unit)
    word = {60: QCoreApplication.translate("Deadlines", "min"), 3600: QCoreApplication.translate("Deadlines", "h"),
            86400: QCoreApplication.translate("Deadlines", "days")}[unit]
    return arg(QCoreApplication.translate("Deadlines", "in %1 %2") if seconds >= 0 else QCoreApplication.translate("Deadlines", "%1 %2 ago"), n, word)


def when_relative(value: datetime, now: datetime | None = None) -> str:
    """"Thu 26 Mar 16:45 (in 2 days)"."""
    return arg(QCoreApplication.translate("Deadlines", "%1 (%2)"), when(value), relative(value, now))


def relative_changes_at(value: datetime, now: datetime) -> datetime:
    """The next moment after `now` at which relative(value) reads differently."""
    seconds = (value - now).total_seconds()
    if seconds > 0:          # counting down: just after the span drops below its whole units
        unit = _span_unit(seconds)
        return value - timedelta(seconds=int(seconds // unit) * unit) + timedelta(seconds=1)
    span = -seconds          # counting up: when the next whole unit is reached
    unit = _span_unit(span)
    return value + timedelta(seconds=(int(span // unit) + 1) * unit)


def _same_offset(value: datetime, zone) -> bool:
    return value.astimezone(zone).utcoffset() == local(value).utcoffset()


def _short(value: datetime, now: datetime, zone=None, *, week: bool = False) -> str:
    """HH:MM on the same day as `now` (in that zone), else the weekday and date too; with
    `week`, the weekday alone for a moment within the coming six days."""
    moment = value.astimezone(zone) if zone is not None else local(value)
    today = now.astimezone(zone).date() if zone is not None else local(now).date()
    if moment.date() == today:
        return moment.strftime("%H:%M")
    if week and 0 < (moment.date() - today).days < 7:
        wall = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
        return QLocale().toString(wall, QCoreApplication.translate("Deadlines", "ddd HH:mm"))
    return when(value, zone)


def desk_time(value: datetime, zone, now: datetime | None = None, *, short: bool = False) -> str:
    """A desk's moment for a person: in the user's time (just HH:MM today), with the desk's
    time and its zone's abbreviation beside it where the desk's zone differs:
    "Mon 23 Mar 00:00 (09:00 JST at the desk)". `short` (for a table cell): the weekday
    alone within the coming week and the desk's time bare: "Mon 00:00 (09:00 JST)"."""
    now = now or clock.now()
    text = _short(value, now, week=short)
    if not _same_offset(value, zone):
        at_desk = value.astimezone(zone)
        desk = at_desk.strftime("%H:%M") if at_desk.date() == local(value).date() else when(value, zone)
        desk = f"{desk} {at_desk.strftime('%Z')}"
        template = QCoreApplication.translate("Deadlines", "(%1)", "the desk's time, short") if short \
            else QCoreApplication.translate("Deadlines", "(%1 at the desk)")
        text += " " + arg(template, desk)
    return text


@dataclass(frozen=True)
class StatusView:
    """A desk's status for people: its words, its tone (open, closing, closed, always) and
    the next moment they change (a desk opens or closes, the countdown moves on)."""
    text: str
    tone: str
    changes_at: datetime | None
    short: str = ""      # for a table cell: the desk's time short (desk_time), no closing reason


def status_view(st: desk_calendar.DeskStatus, zone, now: datetime) -> StatusView:
    changes = st.changes_at(now)
    if st.open_now and st.closes_at is None:
        text = QCoreApplication.translate("Deadlines", "Open (always)") if st.always_open else \
            QCoreApplication.translate("Deadlines", "Open now")
        return StatusView(text, "always" if st.always_open else "open", None, text)
    if st.open_now and st.closing_soon(now):
        minutes = max(1, int((st.closes_at - now).total_seconds() // 60))
        text, short = (arg(QCoreApplication.translate("Deadlines", "Closes in %1 min (%2)"), minutes,
                           desk_time(st.closes_at, zone, now, short=brief)) for brief in (False, True))
        return StatusView(text, "closing", relative_changes_at(st.closes_at, now), short)
    if st.open_now:
        text, short = (arg(QCoreApplication.translate("Deadlines", "Open now, closes %1"),
                           desk_time(st.closes_at, zone, now, short=brief)) for brief in (False, True))
        return StatusView(text, "open", changes, short)
    closed = QCoreApplication.translate("Deadlines", "Closed", "desk status")
    head = arg(QCoreApplication.translate("Deadlines", "Closed (%1)"), st.reason) if st.reason else closed
    if st.next_open is None:
        return StatusView(head, "closed", changes, head)
    text = arg(QCoreApplication.translate("Deadlines", "%1, opens %2"), head, desk_time(st.next_open, zone, now))
    short = arg(QCoreApplication.translate("Deadlines", "%1, opens %2", "short, a table cell"), closed,   # reason: on hover
                desk_time(st.next_open, zone, now, short=True))
    return StatusView(text, "closed", changes, short)


TONE_COLOURS = {"open": "#2e7d32", "always": "#2e7d32", "closing": "#b26a00", "closed": "#757575"}


def desk_status_header() -> str:
    return QCoreApplication.translate("Deadlines", "Open now?")


def desk_status_label() -> str:
    return QCoreApplication.translate("Deadlines", "Now:")


def desk_status_view(desk, now: datetime | None = None) -> StatusView:
    """The one helper for a desk's status right now (the Desks tab, Today, a contact card):
    words in the UI language, tone, and when to look again."""
    now = now or clock.now()
    cal = desk_calendar.for_desk(desk, language())
    return status_view(cal.status(now), cal.zone, now)


def desk_status(desk, now: datetime | None = None) -> tuple[str, bool]:
    """(the open/closed line, open right now?) of one desk."""
    view = desk_status_view(desk, now)
    return view.text, view.tone != "closed"

