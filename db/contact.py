"""What a contact card shows of a desk (issue 14), read in one go: the desk, what it asks
for with the values the case has, the login kept for it, and the last contacts with it.
Its status right now (open, closes in, opens next) is the window's live part
(gui/deadline_text.py desk_status_view)."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import desks
from .identifiers import DeskCard
from .models import Event, Login

LAST_CONTACTS = 3


@dataclass
class CardData(DeskCard):
    """A desk's 'have these ready' card (needs, missing, ready), with its logins and last contacts."""
    logins: list[Login] = field(default_factory=list)
    last: list[Event] = field(default_factory=list)


def card(desk_id: int) -> CardData:
    desk = desks.get_desk(desk_id)
    logins = list(Login.select().where(Login.desk == desk_id).order_by(Login.id))
    last = list(Event.select().where(Event.desk == desk_id)
                .order_by(Event.occurred_at.desc(), Event.id.desc()).limit(LAST_CONTACTS))
    return CardData(desk, desks.asks_for(desk_id), logins, last)
