"""Desks of a case: the provider's contact points."""
from __future__ import annotations

import re

from . import cases, clock
from .errors import InvalidInput, NotFound
from .models import Desk, DeskIdentifier, Identifier, database
from .models.desk import KINDS
from .validate import choice, only_fields, required_text

_DAY = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_DAYS = rf"{_DAY}(-{_DAY})?(,{_DAY}(-{_DAY})?)*"
_TIME = r"(([01]\d|2[0-3]):[0-5]\d|24:00)"
_SLOT = rf"{_TIME}-{_TIME}"
HOURS_PATTERN = re.compile(rf"{_DAYS} {_SLOT}(,{_SLOT})*")

EDITABLE = {
    "name", "kind", "address", "language", "timezone", "hours", "holidays", "closures",
    "reply_window_days", "reply_window_business", "follow_up_days", "referred_by", "notes", "position",
}


def get_desk(desk_id: int) -> Desk:
    desk = Desk.get_or_none(Desk.id == desk_id)
    if desk is None:
        raise NotFound(f"No desk with id {desk_id}.")
    return desk


def list_desks(case_id: int) -> list[Desk]:
    return list(Desk.select().where(Desk.case == case_id).order_by(Desk.position, Desk.id))


def _clean(fields: dict, case_id: int) -> dict:
    only_fields(fields, EDITABLE, "desk")
    if "name" in fields:
        fields["name"] = required_text(fields["name"], "desk name")
    if "kind" in fields:
        choice(fields["kind"], KINDS, "desk kind")
    if "hours" in fields:
        fields["hours"] = clean_hours(fields["hours"])
    if "timezone" in fields:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(fields["timezone"])
        except Exception as exc:
            raise InvalidInput(f"Unknown time zone {fields['timezone']!r} (use an IANA name such as Asia/Tokyo).") from exc
    ref = fields.get("referred_by")
    if ref not in (None, ""):
        ref_id = ref.id if isinstance(ref, Desk) else int(ref)
        if not Desk.select().where((Desk.id == ref_id) & (Desk.case == case_id)).exists():
            raise InvalidInput(f"Desk {ref_id} is not a desk of this case.")
        fields["referred_by"] = ref_id
    elif "referred_by" in fields:
        fields["referred_by"] = None
    return fields


def clean_hours(hours: list[str] | None) -> list[str]:
    """["always"], or weekly slots such as "Mon-Fri 09:00-12:00,13:00-17:00" (docs/playbooks.md)."""
    slots = [" ".join(str(h).split()) for h in (hours or []) if str(h).strip()]
    if slots == ["always"]:
        return slots
    for slot in slots:
        if not HOURS_PATTERN.fullmatch(slot):
            raise InvalidInput(f"Opening hours {slot!r} not understood; write e.g. \"Mon-Fri 09:00-17:00\" or \"always\".")
    return slots


def create_desk(case_id: int, name: str, asks_for: list[int] | None = None, **fields) -> Desk:
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"name": name, **fields}, case_id)
        fields.setdefault("position", Desk.select().where(Desk.case == case_id).count())
        desk = Desk.create(case=case_id, created_at=now, updated_at=now, **fields)
        if asks_for:
            _set_asks_for(desk, asks_for)
        cases.touch(case_id)
        return desk


def update_desk(desk_id: int, asks_for: list[int] | None = None, **fields) -> Desk:
    with database.atomic():
        desk = get_desk(desk_id)
        fields = _clean(fields, desk.case_id)
        if fields.get("referred_by") == desk.id:
            raise InvalidInput("A desk cannot refer to itself.")
        for key, value in fields.items():
            setattr(desk, key, value)
        desk.updated_at = clock.now()
        desk.save()
        if asks_for is not None:
            _set_asks_for(desk, asks_for)
        cases.touch(desk.case_id)
        return desk


def delete_desk(desk_id: int) -> None:
    with database.atomic():
        desk = get_desk(desk_id)
        desk.delete_instance()
        cases.touch(desk.case_id)


def asks_for(desk_id: int) -> list[Identifier]:
    return list(
        Identifier.select().join(DeskIdentifier).where(DeskIdentifier.desk == desk_id)
        .order_by(Identifier.position, Identifier.id)
    )


def _set_asks_for(desk: Desk, identifier_ids: list[int]) -> None:
    ids = {int(i) for i in identifier_ids}
    valid = {i.id for i in Identifier.select(Identifier.id).where((Identifier.case == desk.case_id) & (Identifier.id.in_(ids)))}
    if ids - valid:
        raise InvalidInput(f"Identifier(s) {sorted(ids - valid)} do not belong to this case.")
    DeskIdentifier.delete().where(DeskIdentifier.desk == desk.id).execute()
    for i in sorted(ids):
        DeskIdentifier.create(desk=desk.id, identifier=i)
