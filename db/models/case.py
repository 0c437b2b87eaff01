import peewee as pw

from .base import BaseModel, UtcDateTimeField

STATUSES = ("open", "waiting_provider", "waiting_me", "resolved", "closed")


class Case(BaseModel):
    title = pw.TextField()
    provider = pw.TextField(default="")
    account = pw.TextField(default="")
    status = pw.TextField(default="open")
    summary = pw.TextField(default="")
    outcome = pw.TextField(default="")
    opened_at = UtcDateTimeField()
    closed_at = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()  # last activity

    class Meta:
        table_name = "cases"
