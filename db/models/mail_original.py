"""The original of an imported mail, the import's notes and its DKIM check (m0010)."""
import peewee as pw

from .attachment import Attachment
from .base import BaseModel, UtcDateTimeField
from .event import Event


class MailOriginal(BaseModel):
    event = pw.ForeignKeyField(Event, primary_key=True, backref="mail_original", on_delete="CASCADE")
    attachment = pw.ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    sender_domain = pw.TextField(default="")
    notes = pw.TextField(default="[]")            # JSON: [{"key": ..., "values": {...}}] (db.labels.Msg)
    dkim_status = pw.TextField(default="none")    # valid | invalid | none | offline
    dkim_domain = pw.TextField(default="")
    dkim_selector = pw.TextField(default="")
    dkim_key = pw.TextField(default="")           # the DNS TXT record the check used
    dkim_reason = pw.TextField(default="")
    dkim_detail = pw.TextField(default="")
    dkim_checked_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "mail_originals"
