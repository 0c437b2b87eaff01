import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .event import Event


class Attachment(BaseModel):
    """A file carried by an event; the bytes live in data_dir/attachments by SHA-256."""

    event = pw.ForeignKeyField(Event, backref="attachments", on_delete="CASCADE")
    name = pw.TextField()
    size = pw.IntegerField()
    sha256 = pw.TextField()
    mime = pw.TextField(default="")
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "attachments"
