"""Desks of a case: the provider's contact points."""
from __future__ import annotations

from . import cases, clock, deadlines, desk_calendar, hours
from .errors import InvalidInput, NotFound
from .labels import Msg
from .models import Desk, DeskIdentifier, Identifier, database
from .models.desk import KINDS
from .validate import choice, desk_of_case, only_fields, required_text, whole_number

EDITABLE = {
    "name", "kind", "address", "language", "timezone", "hours", "holidays", "closures",
    "reply_window_days", "reply_window_business", "follow_up_days", "referred_by", "notes", "position",
    "private", "subject_rule", "templates",
}


def get_desk(desk_id: int) -> Desk:
    desk = Desk.get_or_none(Desk.id == desk_id)
    if desk is None:
        raise NotFound(Msg("error.no_desk", id=desk_id))
    return desk


def list_desks(case_id: int) -> list[Desk]:
    return list(Desk.select().where(Desk.case == case_id).order_by(Desk.position, Desk.id))


def find_desk(case_id: int, text: str) -> Desk:
    """A desk of the case by its id or its exact name (case-insensitive)."""
    text = str(text).strip()
    found = None
    if text.isdigit():
        found = Desk.get_or_none((Desk.id == int(text)) & (Desk.case == case_id))
    if found is None:
        found = next((d for d in list_desks(case_id) if d.name.casefold() == text.casefold()), None)
    if found is None:
        raise NotFound(Msg("error.no_desk_named", name=text))
    return found


def _clean(fields: dict, case_id: int) -> dict:
    only_fields(fields, EDITABLE, "field.desk")
    if "name" in fields:
        fields["name"] = required_text(fields["name"], "field.desk_name")
    if "kind" in fields:
        choice(fields["kind"], KINDS, "field.desk_kind")
    if "hours" in fields:
        fields["hours"] = clean_hours(fields["hours"])
    if "timezone" in fields:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(fields["timezone"])
        except Exception as exc:
            raise InvalidInput(Msg("error.unknown_zone", name=fields["timezone"])) from exc
    _clean_calendar(fields)
    if "private" in fields:
        fields["private"] = bool(fields["private"])
    if "subject_rule" in fields:
        fields["subject_rule"] = " ".join(str(fields["subject_rule"] or "").split())
    if "templates" in fields:
        fields["templates"] = clean_templates(fields["templates"])
    if "referred_by" in fields:
        fields["referred_by"] = desk_of_case(fields["referred_by"], case_id)
    return fields


def clean_templates(value) -> dict[str, dict[str, str]]:
    """Message templates per language: {"en": {"reply": "text"}, "ja": {...}} (db/compose.py);
    empty texts are dropped."""
    from .labels import LANGUAGES

    if not value:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise InvalidInput(Msg("error.bad_templates"))
    out: dict[str, dict[str, str]] = {}
    for lang, by_name in value.items():
        if lang not in LANGUAGES:
            raise InvalidInput(Msg("error.template_language", language=lang, known=", ".join(LANGUAGES)))
        kept = {str(name).strip(): str(body) for name, body in by_name.items()
                if str(name).strip() and str(body).strip()}
        if kept:
            out[lang] = kept
    return out


def clean_hours(value: list[str] | None) -> list[str]:
    """["always"], or weekly slots such as "Mon-Fri 09:00-12:00,13:00-17:00" (docs/playbooks.md, db.hours)."""
    return hours.validate(value)


def _clean_calendar(fields: dict) -> None:
    """Holiday calendar, closures and reply rules (docs/playbooks.md); hours: clean_hours."""
    if "holidays" in fields:
        fields["holidays"] = desk_calendar.validate_country(fields["holidays"] or "")
    if "closures" in fields:
        fields["closures"] = desk_calendar.validate_closures(fields["closures"])
    for key, what in (("reply_window_days", "field.reply_window_days"), ("follow_up_days", "field.follow_up_days")):
        if key in fields:
            fields[key] = whole_number(fields[key], what)


def create_desk(case_id: int, name: str, asks_for: list[int] | None = None, **fields) -> Desk:
    """A Japanese-language desk given no calendar gets the JP defaults (holidays, year-end closure)."""
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        defaults = desk_calendar.default_calendar_fields(fields.get("language", ""))
        fields = {**{k: v for k, v in defaults.items() if k not in fields}, **fields}
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
            raise InvalidInput(Msg("error.desk_refers_itself"))
        for key, value in fields.items():
            setattr(desk, key, value)
        desk.updated_at = clock.now()
        desk.save()
        if asks_for is not None:
            _set_asks_for(desk, asks_for)
        deadlines.after_desk_change(desk.id)
        cases.touch(desk.case_id)
        return desk


def delete_desk(desk_id: int) -> None:
    """Its entries stay, without a desk: a change to each of them (a link in the timeline chain)."""
    from . import chain
    from .models import Event

    with database.atomic():
        desk = get_desk(desk_id)
        ids = [e.id for e in Event.select(Event.id).where(Event.desk == desk_id)]
        change = chain.before_changes(desk.case_id, ids) if ids else None
        desk.delete_instance()
        if change is not None:
            chain.after_change(change)
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
        raise InvalidInput(Msg("error.identifiers_not_in_case", ids=", ".join(map(str, sorted(ids - valid)))))
    DeskIdentifier.delete().where(DeskIdentifier.desk == desk.id).execute()
    for i in sorted(ids):
        DeskIdentifier.create(desk=desk.id, identifier=i)
