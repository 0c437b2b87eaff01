"""What a contact card shows of a desk (issue 14), read in one go: the desk, what it asks
for with the values the case has, the login kept for it, and the last contacts with it.
Its status right now (open, closes in, opens next) is the window's live part
(gui/deadline_text.py desk_status_view)."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import desks
from .models import Event, Identifier, Login

LAST_CONTACTS = 3


@dataclass
class CardData:
    desk: object
    needs: list[Identifier] = field(default_factory=list)
    logins: list[Login] = field(default_factory=list)
    last: list[Event] = field(default_factory=list)

    @property
    def missing(self) -> list[Identifier]:
        return [i for i in self.needs if not i.value]

    @property
    def ready(self) -> bool:
        return not self.missing


def card(desk_id: int) -> CardData:
    desk = desks.get_desk(desk_id)
    logins = list(Login.select().where(Login.desk == desk_id).order_by(Login.id))
    last = list(Event.select().where(Event.desk == desk_id)
                .order_by(Event.occurred_at.desc(), Event.id.desc()).limit(LAST_CONTACTS))
    return CardData(desk, desks.asks_for(desk_id), logins, last)
