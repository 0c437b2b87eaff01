import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case


class Checklist(BaseModel):
    case = pw.ForeignKeyField(Case, backref="checklists", on_delete="CASCADE")
    title = pw.TextField()
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "checklists"


class ChecklistItem(BaseModel):
    checklist = pw.ForeignKeyField(Checklist, backref="items", on_delete="CASCADE")
    text = pw.TextField()
    done_at = UtcDateTimeField(null=True)
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "checklist_items"
