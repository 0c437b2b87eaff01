""""What is next" for a case: the open checklist items, the identifiers still
missing and the open deadlines, each list short and in the order to act on."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import peewee as pw

from .models import Checklist, ChecklistItem, Deadline, Desk, Identifier


@dataclass
class NextSteps:
    open_items: list[tuple[str, str]] = field(default_factory=list)   # (item text, checklist title)
    open_items_total: int = 0
    missing_identifiers: list[str] = field(default_factory=list)      # names, all of them
    deadlines: list[tuple[datetime, str, str]] = field(default_factory=list)  # (due_at, title, desk name)
    deadlines_total: int = 0


def next_steps(case_id: int, limit: int = 5) -> NextSteps:
    items = (
        ChecklistItem.select(ChecklistItem.text, Checklist.title)
        .join(Checklist)
        .where((Checklist.case == case_id) & ChecklistItem.done_at.is_null())
        .order_by(Checklist.position, Checklist.id, ChecklistItem.position, ChecklistItem.id)
    )
    missing = (
        Identifier.select(Identifier.name)
        .where((Identifier.case == case_id) & (Identifier.value == ""))
        .order_by(Identifier.position, Identifier.id)
    )
    deadlines = (
        Deadline.select(Deadline.due_at, Deadline.title, Desk.name)
        .join(Desk, join_type=pw.JOIN.LEFT_OUTER, on=(Deadline.desk == Desk.id))
        .where((Deadline.case == case_id) & (Deadline.state == "open"))
        .order_by(Deadline.due_at, Deadline.id)
    )
    return NextSteps(
        open_items=list(items.limit(limit).tuples()),
        open_items_total=items.count(),
        missing_identifiers=[name for (name,) in missing.tuples()],
        deadlines=[(due, title, desk or "")
                   for due, title, desk in deadlines.limit(limit).tuples()],
        deadlines_total=deadlines.count(),
    )
