"""Desks of a case: the provider's contact points."""
from __future__ import annotations

from . import cases, clock, deadlines, desk_calendar, hours
from .errors import InvalidInput, NotFound
from .fields import BOOL, LIST, NUMBER, TABLE, TEXTS, Field, Fields
from .labels import Msg
from .models import Desk, DeskIdentifier, Identifier, database
from .models.desk import KINDS
from .validate import desk_of_case, existing

# What a person sets on a desk (db/fields.py): the actions, the JSON, playbooks and the desk dialog read it.
FIELDS = Fields(
    Desk, "field.desk",
    Field("name", label="field.desk_name", required=True),
    Field("kind", label="field.desk_kind", choices=KINDS),
    Field("address"),
    Field("language"),
    Field("timezone"),
    Field("hours", TEXTS),                  # clean_hours
    Field("holidays"),                      # these two: desk_calendar's checks
    Field("closures", LIST),
    Field("reply_window_days", NUMBER, "field.reply_window_days"),
    Field("reply_window_business", BOOL),
    Field("follow_up_days", NUMBER, "field.follow_up_days"),
    Field("referred_by", ref=True),         # a desk of the same case
    Field("notes"),
    Field("private", BOOL),                 # m0012: the address is not public (masked in write-ups)
    Field("subject_rule"),                  # m0014: "{Company name} / {Invoice number}" (db/compose.py)
    Field("templates", TABLE),              # m0014: {"en": {"reply": "..."}, "ja": {...}}: clean_templates
    internal=("position",),
)


def get_desk(desk_id: int) -> Desk:
    return existing(Desk, desk_id, "error.no_desk")


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
    FIELDS.clean(fields)
    if "hours" in fields:
        fields["hours"] = clean_hours(fields["hours"])
    if "timezone" in fields:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(fields["timezone"])
        except Exception as exc:
            raise InvalidInput(Msg("error.unknown_zone", name=fields["timezone"])) from exc
    if "holidays" in fields:
        fields["holidays"] = desk_calendar.validate_country(fields["holidays"] or "")
    if "closures" in fields:
        fields["closures"] = desk_calendar.validate_closures(fields["closures"])
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
        cases.change_part(desk, fields)
        if asks_for is not None:
            _set_asks_for(desk, asks_for)
        deadlines.after_desk_change(desk.id)
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
