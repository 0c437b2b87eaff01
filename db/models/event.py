import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk

KINDS = ("sent", "received", "call", "chat", "observation", "note")


# How a call ended (db/calls.py).
OUTCOMES = ("reached", "voicemail", "no_answer", "referred", "missed")


class Event(BaseModel):
    case = pw.ForeignKeyField(Case, backref="events", on_delete="CASCADE")
    desk = pw.ForeignKeyField(Desk, null=True, backref="events", on_delete="SET NULL")
    kind = pw.TextField(default="note")
    occurred_at = UtcDateTimeField()
    summary = pw.TextField(default="")
    body = pw.TextField(default="")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    # m0005 (evidence): Message-ID of imported mail. (Its seal_prev/seal_hash columns went in m0012:
    # the chain lives in chain_links, db/chain.py.)
    message_id = pw.TextField(null=True)
    # m0011: the deadline this entry starts (received: the reply you owe; sent: when to chase):
    # N calendar/business days of the desk, or a moment; 0 days and no moment: none.
    reply_days = pw.IntegerField(default=0)
    reply_business = pw.BooleanField(default=False)
    reply_by = UtcDateTimeField(null=True)
    # m0014: a call's length in seconds and how it ended (OUTCOMES); None for other entries.
    duration_s = pw.IntegerField(null=True)
    outcome = pw.TextField(null=True)

    class Meta:
        table_name = "events"
