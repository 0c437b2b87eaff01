"""Integrity and mail-matching tables of the evidence area (m0005; the chain since m0012)."""
import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk


class ChainLink(BaseModel):
    """One link of a case's timeline chain (m0012, db/chain.py): an entry created, edited,
    deleted or sealed, or a sealing step. Appended, never rewritten."""

    case = pw.ForeignKeyField(Case, backref="chain_links", on_delete="CASCADE")
    seq = pw.IntegerField()
    event_id = pw.IntegerField(null=True)
    action = pw.TextField()
    at = UtcDateTimeField()
    content = pw.TextField()    # canonical JSON: what the hash covers
    prev = pw.TextField()
    hash = pw.TextField()

    class Meta:
        table_name = "chain_links"


class ChainHead(BaseModel):
    """The newest link of a case's chain (its seq and hash), so links cut off the end show."""

    case = pw.ForeignKeyField(Case, primary_key=True, on_delete="CASCADE")
    head_hash = pw.TextField()
    event_count = pw.IntegerField()     # entries of the case when the link was added
    sealed_at = UtcDateTimeField()      # the time of that link
    seq = pw.IntegerField(default=0)    # m0012

    class Meta:
        table_name = "chain_heads"


class DeskMailRule(BaseModel):
    """Mail from (or to) `pattern` belongs to this desk: 'name@host' or '@host'."""

    desk = pw.ForeignKeyField(Desk, backref="mail_rules", on_delete="CASCADE")
    pattern = pw.TextField()

    class Meta:
        table_name = "desk_mail_rules"
