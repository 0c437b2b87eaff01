"""Checks on user input shared by the action modules."""
from __future__ import annotations

from .errors import InvalidInput


def choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"Unknown {what} {value!r}; expected one of: {', '.join(allowed)}.")
    return value


def required_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"The {what} cannot be empty.")
    return text


def only_fields(fields: dict, allowed: set[str], what: str) -> dict:
    unknown = set(fields) - allowed
    if unknown:
        raise InvalidInput(f"Unknown {what} field(s): {', '.join(sorted(unknown))}.")
    return fields


def whole_number(value, what: str, low: int = 0, high: int = 3650) -> int:
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        raise InvalidInput(f"The {what} must be a whole number, not {value!r}.") from None
    if not low <= number <= high:
        raise InvalidInput(f"The {what} must be between {low} and {high}.")
    return number


def desk_of_case(desk, case_id: int) -> int | None:
    """A desk (row or id) that must belong to the case, as its id; None or "" for no desk."""
    from .models import Desk

    if desk in (None, ""):
        return None
    desk_id = desk.id if isinstance(desk, Desk) else int(desk)
    if not Desk.select().where((Desk.id == desk_id) & (Desk.case == case_id)).exists():
        raise InvalidInput(f"Desk {desk_id} does not belong to this case.")
    return desk_id
