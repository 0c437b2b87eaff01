"""What the Today page shows, read in one go: plain values the window applies in one cheap
step. The window runs `gather` off its GUI thread (gui/db_worker.py, its own connection),
so nothing here may touch Qt or keep model objects that lazily query later.

A section is a name and a function (now, language, case_id) -> value; a new section of
the page adds an entry to SECTIONS and reads `data[name]` when it is applied.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import deadlines
from .models import Case

WITHIN_DAYS = 7


@dataclass(frozen=True)
class CaseClocks:
    case_id: int
    title: str
    closed: bool
    clocks: deadlines.Clocks


def case_clocks(now: datetime, language: str, case_id: int | None) -> CaseClocks | None:
    """The two clocks of the case shown on top (None: no case, or it is gone)."""
    if case_id is None:
        return None
    row = Case.select(Case.title, Case.status).where(Case.id == case_id).tuples().first()
    if row is None:
        return None
    title, status = row
    return CaseClocks(case_id, title, status in deadlines.CLOSED_CASE, deadlines.case_clocks(case_id, now))


SECTIONS = {
    "clocks": case_clocks,
    "due": lambda now, language, case_id: deadlines.due(now, WITHIN_DAYS),
    "waiting": lambda now, language, case_id: deadlines.waiting_on_provider(now),
    "desks": lambda now, language, case_id: deadlines.desks_open_now(now, language),
}


ONE_CASE = ("clocks",)                                   # the sections that depend on the case shown
ALL_CASES = tuple(name for name in SECTIONS if name not in ONE_CASE)


def gather(now: datetime, language: str, case_id: int | None, only: tuple[str, ...] | None = None) -> dict:
    """Every section of the Today page at `now` (names of desks' holidays in `language`),
    or those named in `only`."""
    return {name: read(now, language, case_id) for name, read in SECTIONS.items() if only is None or name in only}
