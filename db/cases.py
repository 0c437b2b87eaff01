"""Cases: create, list, change, delete. One transaction per user action."""
from __future__ import annotations

from datetime import datetime

from . import clock
from .errors import InvalidInput
from .fields import TIME, Field, Fields
from .labels import Msg
from .models import Case, Checklist, ChecklistItem, Deadline, Desk, Event, Identifier, Resource, database
from .models.case import STATUSES
from .validate import existing

# What a person sets on a case (db/fields.py): the actions, the JSON, playbooks and the case dialog read it.
FIELDS = Fields(
    Case, "field.case",
    Field("title", label="field.case_title", required=True),
    Field("provider"),
    Field("status", label="field.case_status", choices=STATUSES),
    Field("opened_at", TIME),
    Field("account"),
    Field("summary"),
    Field("outcome"),
    Field("closed_at", TIME),
)


def get_case(case_id: int) -> Case:
    return existing(Case, case_id, "error.no_case")


def list_cases() -> list[Case]:
    """All cases, most recent activity first."""
    return list(Case.select().order_by(Case.updated_at.desc(), Case.id.desc()))


class CaseRow:
    """One row of the case list: id, title, provider, status, updated_at (read as stored;
    the time is converted when first asked for: a list of 10,000 shows a few dozen)."""

    __slots__ = ("id", "title", "provider", "status", "_updated", "_updated_at")

    def __init__(self, id, title, provider, status, updated):   # noqa: A002
        self.id, self.title, self.provider, self.status, self._updated = id, title, provider, status, updated
        self._updated_at = None

    @property
    def updated_at(self) -> datetime | None:
        if self._updated_at is None and self._updated is not None:
            self._updated_at = Case.updated_at.python_value(self._updated)
        return self._updated_at


def case_list_rows() -> list[CaseRow]:
    """Light rows for the case list, most recent activity first (no model objects, one
    plain read: fast with many cases)."""
    rows = database.execute_sql("SELECT id, title, provider, status, updated_at FROM cases "
                                "ORDER BY updated_at DESC, id DESC")
    return [CaseRow(*r) for r in rows]


def _check_dates(opened_at: datetime, closed_at: datetime | None) -> None:
    if closed_at is not None and closed_at < opened_at:
        raise InvalidInput(Msg("error.closed_before_opened"))


def create_case(title: str, *, opened_at: datetime | None = None, **fields) -> Case:
    now = clock.now()
    fields = FIELDS.clean({"title": title, **fields})
    _check_dates(opened_at or now, fields.get("closed_at"))
    with database.atomic():
        return Case.create(opened_at=opened_at or now, created_at=now, updated_at=now, **fields)


def update_case(case_id: int, **fields) -> Case:
    fields = FIELDS.clean(fields)
    with database.atomic():
        case = get_case(case_id)
        if fields.get("status") in ("resolved", "closed") and case.closed_at is None and "closed_at" not in fields:
            fields["closed_at"] = clock.now()
        elif fields.get("status") in ("open", "waiting_provider", "waiting_me") and "closed_at" not in fields:
            fields["closed_at"] = None
        for key, value in fields.items():
            setattr(case, key, value)
        _check_dates(case.opened_at, case.closed_at)
        case.updated_at = clock.now()
        case.save()
        return case


def delete_case(case_id: int) -> None:
    with database.atomic():
        get_case(case_id)
        Case.delete().where(Case.id == case_id).execute()


def touch(case_id: int) -> None:
    """Record activity on a case (call inside the action's transaction)."""
    Case.update(updated_at=clock.now()).where(Case.id == case_id).execute()


def change_part(row, fields: dict):
    """Write checked `fields` to a record of a case (a desk, identifier, resource), stamp it
    and record the activity on its case; inside the action's transaction."""
    for key, value in fields.items():
        setattr(row, key, value)
    row.updated_at = clock.now()
    row.save()
    touch(row.case_id)
    return row


def delete_part(get, row_id: int) -> None:
    """The action that deletes one record of a case: `get(row_id)` finds it (or raises NotFound)."""
    with database.atomic():
        row = get(row_id)
        row.delete_instance()
        touch(row.case_id)


def case_counts(case_id: int) -> dict:
    open_items = (
        ChecklistItem.select()
        .join(Checklist)
        .where((Checklist.case == case_id) & ChecklistItem.done_at.is_null())
        .count()
    )
    missing = Identifier.select().where((Identifier.case == case_id) & (Identifier.value == "")).count()
    return {
        "events": Event.select().where(Event.case == case_id).count(),
        "desks": Desk.select().where(Desk.case == case_id).count(),
        "identifiers": Identifier.select().where(Identifier.case == case_id).count(),
        "missing_identifiers": missing,
        "open_items": open_items,
        "resources": Resource.select().where(Resource.case == case_id).count(),
        "open_deadlines": Deadline.select().where((Deadline.case == case_id) & (Deadline.state == "open")).count(),
    }


def last_event_at(case_id: int):
    """When the latest timeline entry happened (None: nothing logged)."""
    latest = Event.select(Event.occurred_at).where(Event.case == case_id).order_by(Event.occurred_at.desc()).first()
    return latest.occurred_at if latest else None
