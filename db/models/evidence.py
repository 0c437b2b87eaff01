"""Integrity and mail-matching tables of the evidence area (m0005)."""
import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk


class EventRevision(BaseModel):
    """What an event said before it was edited (action 'edit') or deleted ('delete')."""

    case = pw.ForeignKeyField(Case, backref="event_revisions", on_delete="CASCADE")
    event_id = pw.IntegerField()
    action = pw.TextField(default="edit")
    changed_at = UtcDateTimeField()
    kind = pw.TextField()
    desk_id = pw.IntegerField(null=True)
    occurred_at = UtcDateTimeField()
    summary = pw.TextField(default="")
    body = pw.TextField(default="")
    seal_hash = pw.TextField(null=True)

    class Meta:
        table_name = "event_revisions"


class ChainHead(BaseModel):
    """The newest link of a case's hash chain, so a removed last event shows too."""

    case = pw.ForeignKeyField(Case, primary_key=True, on_delete="CASCADE")
    head_hash = pw.TextField()
    event_count = pw.IntegerField()
    sealed_at = UtcDateTimeField()

    class Meta:
        table_name = "chain_heads"


class DeskMailRule(BaseModel):
    """Mail from (or to) `pattern` belongs to this desk: 'name@host' or '@host'."""

    desk = pw.ForeignKeyField(Desk, backref="mail_rules", on_delete="CASCADE")
    pattern = pw.TextField()

    class Meta:
        table_name = "desk_mail_rules"
