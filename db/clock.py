"""The clock, injectable: everything that asks "what time is it" asks here."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

_now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)


def now() -> datetime:
    """Current time, timezone-aware, in UTC."""
    return _now().astimezone(timezone.utc)


def set_clock(func: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); None restores the real one."""
    global _now
    _now = func or (lambda: datetime.now(timezone.utc))
