"""Every deadline, with no horizon, as the Deadlines tab, the all-cases list, the
CLI (`deadline list`, `show --json`) and the reports show them: grouped as
overdue, today, this week (the next 7 days), later, and the history of those that
ended (answered, answered late, chased, done, dismissed) with when.

Light rows from one query (no model objects): a list of thousands stays fast."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

import peewee as pw

from .deadlines import CLOSED_CASE, display_title, outcome
from .labels import text as label
from .models import Case, Deadline, Desk, Event
from .timeutil import iso, user_zone

GROUPS = ("overdue", "today", "week", "later", "history")
WEEK_DAYS = 7


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    case_id: int
    case_title: str
    kind: str
    title: str                  # never empty: the deadline's own, or the default in the list's language
    own_title: str              # what the user typed ("" when none)
    due_at: datetime
    state: str                  # open | done | dismissed
    desk_id: int | None
    desk_name: str
    desk_zone: str
    notes: str
    snoozed_until: datetime | None
    ended_at: datetime | None
    outcome: str | None         # answered | answered_late | chased | done | dismissed; None while open
    answered_by: int | None     # the answering event
    source_event_id: int | None
    days: int
    business: bool

    @property
    def late(self) -> bool:
        return self.outcome == "answered_late"

    def group(self, now: datetime, zone: tzinfo | None = None) -> str:
        """overdue | today | week (the next 7 days) | later | history, days in `zone` (the user's)."""
        if self.state != "open":
            return "history"
        if self.due_at <= now:
            return "overdue"
        zone = zone or user_zone()
        days = (self.due_at.astimezone(zone).date() - now.astimezone(zone).date()).days
        return "today" if days <= 0 else "week" if days <= WEEK_DAYS else "later"

    def as_json(self, now: datetime | None = None) -> dict:
        data = {
            "id": self.id, "case_id": self.case_id, "kind": self.kind, "title": self.title,
            "due_at": iso(self.due_at), "state": self.state, "desk_id": self.desk_id, "notes": self.notes,
            "rule": {"days": self.days, "business": self.business} if self.days else None,
            "source_event_id": self.source_event_id, "snoozed_until": iso(self.snoozed_until),
            "ended_at": iso(self.ended_at), "outcome": self.outcome, "answered_by_event_id": self.answered_by,
            "late": self.late,
        }
        if now is not None:
            data["overdue"] = self.state == "open" and self.due_at <= now
        return data


def rows(case_id: int | None = None, *, lang: str = "en", deadline_id: int | None = None,
         include_closed_cases: bool | None = None) -> list[DeadlineRow]:
    """The deadlines of one case (all of them), or of every case still going (the
    all-cases list; `include_closed_cases=True` for every case), soonest first."""
    answer = Event.alias("answer")
    q = (Deadline.select(Deadline.id, Deadline.case, Case.title, Deadline.kind, Deadline.title, Deadline.due_at,
                         Deadline.state, Deadline.desk, Desk.name, Desk.timezone, Deadline.notes,
                         Deadline.snoozed_until, Deadline.ended_at, answer.occurred_at, answer.kind,
                         Deadline.satisfied_by_event,
                         Deadline.source_event, Deadline.days, Deadline.business)
         .join(Case).switch(Deadline).join(Desk, pw.JOIN.LEFT_OUTER)
         .switch(Deadline).join(answer, pw.JOIN.LEFT_OUTER, on=(Deadline.satisfied_by_event == answer.id)))
    if deadline_id is not None:
        q = q.where(Deadline.id == deadline_id)
    elif case_id is not None:
        q = q.where(Deadline.case == case_id)
    if include_closed_cases is None:
        include_closed_cases = case_id is not None or deadline_id is not None
    if not include_closed_cases:
        q = q.where(Case.status.not_in(list(CLOSED_CASE)))
    out = []
    for (d_id, d_case, case_title, kind, title, due_at, state, desk_id, desk_name, desk_zone, notes, snoozed,
         ended_at, answered_at, answered_kind, answered_by, src, days, business) in q.order_by(Deadline.due_at, Deadline.id).tuples():
        answered_at = Event.occurred_at.python_value(answered_at) if isinstance(answered_at, str) else answered_at
        out.append(DeadlineRow(
            d_id, d_case, case_title, kind, display_title(title, kind, desk_name or "", lang), title or "", due_at,
            state, desk_id, desk_name or "", desk_zone or "", notes or "", snoozed, ended_at,
            outcome(state, answered_at if answered_by else None, due_at, kind, answered_kind or ""), answered_by,
            src, days or 0,
            bool(business)))
    return out


def any_in_ended_cases() -> bool:
    """Whether a resolved or closed case has deadlines (the all-cases list leaves them out)."""
    return (Deadline.select(Deadline.id).join(Case).where(Case.status.in_(list(CLOSED_CASE)))
            .limit(1).exists())


def row(deadline_id: int, lang: str = "en") -> DeadlineRow:
    from .deadlines import get_deadline

    found = rows(deadline_id=deadline_id, lang=lang)
    if not found:
        get_deadline(deadline_id)       # raises NotFound
    return found[0]


def grouped(items: list[DeadlineRow], now: datetime, zone: tzinfo | None = None) -> dict[str, list[DeadlineRow]]:
    """{group: rows} in GROUPS order; the history newest ended first."""
    out: dict[str, list[DeadlineRow]] = {g: [] for g in GROUPS}
    for item in items:
        out[item.group(now, zone)].append(item)
    far = now + timedelta(days=36500)
    out["history"].sort(key=lambda r: r.ended_at or far, reverse=True)
    return out


def ended_words(item: DeadlineRow, lang: str, zone: tzinfo | None = None) -> str:
    """"answered late 2026-03-21 09:10" (in `zone`, default the user's); "" while open."""
    if item.outcome is None:
        return ""
    what = label(lang, "deadline.outcome." + item.outcome)
    if item.ended_at is None:
        return what
    return label(lang, "deadline.ended", outcome=what,
                 at=item.ended_at.astimezone(zone or user_zone()).strftime("%Y-%m-%d %H:%M"))
