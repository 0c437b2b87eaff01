import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk


class Identifier(BaseModel):
    case = pw.ForeignKeyField(Case, backref="identifiers", on_delete="CASCADE")
    name = pw.TextField()
    value = pw.TextField(default="")       # empty: still missing
    where_found = pw.TextField(default="")
    notes = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "identifiers"


class DeskIdentifier(BaseModel):
    """Desk D asks for identifier I."""

    desk = pw.ForeignKeyField(Desk, backref="asks_for", on_delete="CASCADE")
    identifier = pw.ForeignKeyField(Identifier, backref="needed_by", on_delete="CASCADE")

    class Meta:
        table_name = "desk_identifiers"
        primary_key = pw.CompositeKey("desk", "identifier")
