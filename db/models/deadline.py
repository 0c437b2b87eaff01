import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk
from .event import Event

KINDS = ("reply_window", "follow_up", "inactivity", "custom")
STATES = ("open", "done", "dismissed")


class Deadline(BaseModel):
    case = pw.ForeignKeyField(Case, backref="deadlines", on_delete="CASCADE")
    desk = pw.ForeignKeyField(Desk, null=True, backref="deadlines", on_delete="SET NULL")
    kind = pw.TextField(default="custom")
    title = pw.TextField(default="")
    due_at = UtcDateTimeField()
    state = pw.TextField(default="open")
    source_event = pw.ForeignKeyField(Event, null=True, backref="deadlines", on_delete="CASCADE")
    notes = pw.TextField(default="")
    # m0003: the rule that computes due_at (days > 0): N days, calendar or business days
    # of the desk, from the source event's time or from `counted_from`.
    days = pw.IntegerField(default=0)
    business = pw.BooleanField(default=False)
    counted_from = UtcDateTimeField(null=True)
    satisfied_by_event = pw.ForeignKeyField(Event, null=True, backref="satisfies", on_delete="SET NULL")
    snoozed_until = UtcDateTimeField(null=True)
    # m0011: when it was answered, marked done or dismissed; its state set by hand stays so.
    ended_at = UtcDateTimeField(null=True)
    by_hand = pw.BooleanField(default=False)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "deadlines"
