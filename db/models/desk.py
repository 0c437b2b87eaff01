import peewee as pw

from .base import BaseModel, JsonField, UtcDateTimeField
from .case import Case

KINDS = ("chat", "email", "phone", "web_form", "portal", "social", "other")


class Desk(BaseModel):
    case = pw.ForeignKeyField(Case, backref="desks", on_delete="CASCADE")
    name = pw.TextField()
    kind = pw.TextField(default="other")
    address = pw.TextField(default="")
    language = pw.TextField(default="")
    timezone = pw.TextField(default="UTC")
    hours = JsonField(default=list)        # ["always"] or ["Mon-Fri 09:00-17:00", ...]
    holidays = pw.TextField(default="")    # country code for `holidays`
    closures = JsonField(default=list)     # [{"from": "12-29", "to": "01-03", "label": ...}]
    reply_window_days = pw.IntegerField(default=0)
    reply_window_business = pw.BooleanField(default=False)
    follow_up_days = pw.IntegerField(default=0)
    referred_by = pw.ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    notes = pw.TextField(default="")
    private = pw.BooleanField(default=False)   # m0012: the address is not public (masked in write-ups)
    subject_rule = pw.TextField(default="")    # m0014: "{Company name} / {Invoice number}" (db/compose.py)
    templates = JsonField(default=dict)        # m0014: {"en": {"reply": "..."}, "ja": {...}}
    position = pw.IntegerField(default=0)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "desks"
