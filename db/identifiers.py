"""Identifiers: the numbers desks ask for, and which desk wants which.

This is the headline feature: `readiness(case_id)` answers "what must I have
ready before I contact this desk, and what am I still missing?"."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import cases, clock
from .errors import InvalidInput
from .fields import Field, Fields
from .labels import Msg
from .models import Desk, DeskIdentifier, Identifier, database
from .validate import existing

# What a person sets on an identifier (db/fields.py): the actions, the JSON, playbooks and the dialog read it.
FIELDS = Fields(
    Identifier, "field.identifier",
    Field("name", label="field.identifier_name", required=True),
    Field("value"),                 # stored stripped; empty: still missing
    Field("where_found"),
    Field("notes"),
    internal=("position",),
)


def get_identifier(identifier_id: int) -> Identifier:
    return existing(Identifier, identifier_id, "error.no_identifier")


def list_identifiers(case_id: int) -> list[Identifier]:
    return list(Identifier.select().where(Identifier.case == case_id).order_by(Identifier.position, Identifier.id))


def needed_by(case_id: int) -> dict[int, list[int]]:
    """identifier id -> ids of the desks that ask for it."""
    result: dict[int, list[int]] = {}
    query = (
        DeskIdentifier.select(DeskIdentifier.identifier, DeskIdentifier.desk)
        .join(Desk)
        .where(Desk.case == case_id)
        .order_by(Desk.position, Desk.id)
        .tuples()
    )
    for ident_id, desk_id in query:
        result.setdefault(ident_id, []).append(desk_id)
    return result


def _clean(fields: dict) -> dict:
    FIELDS.clean(fields)
    if "value" in fields:
        fields["value"] = (fields["value"] or "").strip()
    return fields


def create_identifier(case_id: int, name: str, needed_by_desks: list[int] | None = None, **fields) -> Identifier:
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"name": name, **fields})
        fields.setdefault("position", Identifier.select().where(Identifier.case == case_id).count())
        ident = Identifier.create(case=case_id, created_at=now, updated_at=now, **fields)
        if needed_by_desks:
            _set_needed_by(ident, needed_by_desks)
        cases.touch(case_id)
        return ident


def update_identifier(identifier_id: int, needed_by_desks: list[int] | None = None, **fields) -> Identifier:
    with database.atomic():
        ident = cases.change_part(get_identifier(identifier_id), _clean(fields))
        if needed_by_desks is not None:
            _set_needed_by(ident, needed_by_desks)
        return ident


def delete_identifier(identifier_id: int) -> None:
    cases.delete_part(get_identifier, identifier_id)


def _set_needed_by(ident: Identifier, desk_ids: list[int]) -> None:
    ids = {int(d) for d in desk_ids}
    valid = {d.id for d in Desk.select(Desk.id).where((Desk.case == ident.case_id) & (Desk.id.in_(ids)))}
    if ids - valid:
        raise InvalidInput(Msg("error.desks_not_in_case", ids=", ".join(map(str, sorted(ids - valid)))))
    DeskIdentifier.delete().where(DeskIdentifier.identifier == ident.id).execute()
    for d in sorted(ids):
        DeskIdentifier.create(desk=d, identifier=ident.id)


@dataclass
class DeskCard:
    """'Have these ready' for one desk."""

    desk: Desk
    needs: list[Identifier] = field(default_factory=list)

    @property
    def missing(self) -> list[Identifier]:
        return [i for i in self.needs if not i.value]

    @property
    def ready(self) -> bool:
        return not self.missing


def readiness(case_id: int) -> list[DeskCard]:
    """One card per desk of the case (in desk order), listing what it asks for."""
    idents = {i.id: i for i in list_identifiers(case_id)}
    desks = list(Desk.select().where(Desk.case == case_id).order_by(Desk.position, Desk.id))
    cards = {d.id: DeskCard(d) for d in desks}
    for ident_id, desk_ids in needed_by(case_id).items():
        for desk_id in desk_ids:
            cards[desk_id].needs.append(idents[ident_id])
    for card in cards.values():
        card.needs.sort(key=lambda i: (i.position, i.id))
    return [cards[d.id] for d in desks]
