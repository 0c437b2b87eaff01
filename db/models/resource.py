import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case

KINDS = ("vm", "dns", "storage", "database", "network", "other")
STATES = ("running", "stopped", "unknown", "destroyed")


class Resource(BaseModel):
    case = pw.ForeignKeyField(Case, backref="resources", on_delete="CASCADE")
    name = pw.TextField()
    kind = pw.TextField(default="other")
    state = pw.TextField(default="unknown")
    moved = pw.BooleanField(default=False)
    notes = pw.TextField(default="")
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "resources"
