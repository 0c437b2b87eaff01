import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .deadline import Deadline

class DeadlineReminder(BaseModel):
    """Reminder `stage` of a deadline was shown (for the due date it had then)."""

    deadline = pw.ForeignKeyField(Deadline, backref="reminders", on_delete="CASCADE")
    stage = pw.TextField()
    due_at = UtcDateTimeField()
    fired_at = UtcDateTimeField()

    class Meta:
        table_name = "deadline_reminders"
        primary_key = pw.CompositeKey("deadline", "stage")
