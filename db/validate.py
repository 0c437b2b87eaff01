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
