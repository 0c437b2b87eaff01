"""Checks on user input shared by the action modules.

`what` names the field for the message: a text key such as "field.desk_name"
(db/texts/errors.py), so the message reads naturally in every language."""
from __future__ import annotations

from .errors import InvalidInput, NotFound
from .labels import Msg


def existing(model, row_id: int, missing: str):
    """The row of `model` with that id; NotFound with the text key `missing` ("error.no_desk",
    placeholder {id}) when there is none."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(Msg(missing, id=row_id))
    return row


def choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise InvalidInput(Msg("error.unknown_choice", what=Msg(what), value=value, allowed=", ".join(allowed)))
    return value


def required_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(Msg("error.empty", what=Msg(what)))
    return text


def only_fields(fields: dict, allowed: set[str], what: str) -> dict:
    unknown = set(fields) - allowed
    if unknown:
        raise InvalidInput(Msg("error.unknown_fields", what=Msg(what), fields=", ".join(sorted(unknown))))
    return fields


def whole_number(value, what: str, low: int = 0, high: int = 3650) -> int:
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        raise InvalidInput(Msg("error.not_whole_number", what=Msg(what), value=value)) from None
    if not low <= number <= high:
        raise InvalidInput(Msg("error.out_of_range", what=Msg(what), low=low, high=high))
    return number


def desk_of_case(desk, case_id: int) -> int | None:
    """A desk (row or id) that must belong to the case, as its id; None or "" for no desk."""
    from .models import Desk

    if desk in (None, ""):
        return None
    desk_id = desk.id if isinstance(desk, Desk) else int(desk)
    if not Desk.select().where((Desk.id == desk_id) & (Desk.case == case_id)).exists():
        raise InvalidInput(Msg("error.desk_not_in_case", id=desk_id))
    return desk_id
