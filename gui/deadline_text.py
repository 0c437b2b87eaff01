"""Words for deadlines and desk hours, in the UI language.

`desk_status_text(desk)` is what the Desks view shows in its status column:
"Open now, closes 17:00" / "Closed (New Year's Day), opens Mon 4 Jan 09:00 JST
(your time: ...)". Times of the desk are shown in the desk's zone, with the
user's own time added when the zones differ.
"""
from __future__ import annotations

from datetime import datetime

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
    "passed": QT_TRANSLATE_NOOP("Deadlines", "Deadline passed"),
}


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
    """A DueItem's title; the default titles of rule deadlines in the UI language."""
    if item.title and not _is_default(item):
        return item.title
    if item.kind == "reply_window":
        return arg(QCoreApplication.translate("Deadlines", "Reply to %1"), item.desk_name) if item.desk_name else QCoreApplication.translate("Deadlines", "Reply")
    if item.kind == "follow_up":
        return arg(QCoreApplication.translate("Deadlines", "Chase %1"), item.desk_name) if item.desk_name else QCoreApplication.translate("Deadlines", "Follow up")
    if item.kind == "inactivity":
        return QCoreApplication.translate("Deadlines", "Account closes for inactivity")
    return item.title or QCoreApplication.translate("Deadlines", "Deadline")


def _is_default(item) -> bool:
    from casekeeper.db.deadlines import default_title

    return item.title == default_title(item.kind, item.desk_name)


def when(value: datetime, zone=None, *, weekday: bool = True) -> str:
    """A moment as "Mon 4 Jan 09:00" (UI language), in `zone` (default: the user's)."""
    moment = value.astimezone(zone) if zone is not None else local(value)
    wall = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    fmt = QCoreApplication.translate("Deadlines", "ddd d MMM HH:mm") if weekday else QCoreApplication.translate("Deadlines", "d MMM yyyy HH:mm")
    return QLocale().toString(wall, fmt)


def relative(value: datetime, now: datetime | None = None) -> str:
    """"in 3 days" / "2 hours ago"."""
    now = now or clock.now()
    seconds = (value - now).total_seconds()
    span = abs(seconds)
    if span < 3600:
        n, unit = max(1, int(span // 60)), QCoreApplication.translate("Deadlines", "min")
    elif span < 2 * 86400:
        n, unit = int(span // 3600), QCoreApplication.translate("Deadlines", "h")
    else:
        n, unit = int(span // 86400), QCoreApplication.translate("Deadlines", "days")
    return arg(QCoreApplication.translate("Deadlines", "in %1 %2") if seconds >= 0 else QCoreApplication.translate("Deadlines", "%1 %2 ago"), n, unit)


def _same_offset(value: datetime, zone) -> bool:
    return value.astimezone(zone).utcoffset() == local(value).utcoffset()


def desk_time(value: datetime, zone) -> str:
    """The desk's local time with its zone abbreviation, plus the user's time if different."""
    text = f"{when(value, zone)} {value.astimezone(zone).strftime('%Z')}"
    if not _same_offset(value, zone):
        text += " " + arg(QCoreApplication.translate("Deadlines", "(your time: %1)"), when(value))
    return text


def status_text(st: desk_calendar.DeskStatus, zone, now: datetime) -> str:
    if st.open_now:
        if st.always_open and st.closes_at is None:
            return QCoreApplication.translate("Deadlines", "Open (always)")
        if st.closes_at is None:
            return QCoreApplication.translate("Deadlines", "Open now")
        closes = st.closes_at.astimezone(zone)
        same_day = closes.date() == now.astimezone(zone).date()
        at = (closes.strftime("%H:%M") if same_day else when(st.closes_at, zone)) + " " + closes.strftime("%Z")
        text = arg(QCoreApplication.translate("Deadlines", "Open now, closes %1"), at)
        if not _same_offset(st.closes_at, zone):
            text += " " + arg(QCoreApplication.translate("Deadlines", "(your time: %1)"), when(st.closes_at))
        return text
    head = arg(QCoreApplication.translate("Deadlines", "Closed (%1)"), st.reason) if st.reason else QCoreApplication.translate("Deadlines", "Closed")
    if st.next_open is None:
        return head
    return arg(QCoreApplication.translate("Deadlines", "%1, opens %2"), head, desk_time(st.next_open, zone))


def desk_status_header() -> str:
    return QCoreApplication.translate("Deadlines", "Open now?")


def desk_status_label() -> str:
    return QCoreApplication.translate("Deadlines", "Now:")


def desk_status_text(desk, now: datetime | None = None) -> str:
    """For the Desks view: the open/closed line of one desk row, right now."""
    return desk_status(desk, now)[0]


def desk_status(desk, now: datetime | None = None) -> tuple[str, bool]:
    """(the open/closed line, open right now?) of one desk."""
    now = now or clock.now()
    cal = desk_calendar.for_desk(desk, language())
    st = cal.status(now)
    return status_text(st, cal.zone, now), st.open_now


def desk_is_open(desk, now: datetime | None = None) -> bool:
    return desk_calendar.for_desk(desk, language()).status(now or clock.now()).open_now
