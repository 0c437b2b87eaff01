"""Checklists of a case and their items: tick (with the time), reorder, edit."""
from __future__ import annotations

from datetime import datetime

from . import cases, clock
from .models import Checklist, ChecklistItem, database
from .validate import existing, required_text


def get_checklist(checklist_id: int) -> Checklist:
    return existing(Checklist, checklist_id, "error.no_checklist")


def get_item(item_id: int) -> ChecklistItem:
    return existing(ChecklistItem, item_id, "error.no_checklist_item")


def list_checklists(case_id: int) -> list[Checklist]:
    return list(Checklist.select().where(Checklist.case == case_id).order_by(Checklist.position, Checklist.id))


def list_items(checklist_id: int) -> list[ChecklistItem]:
    return list(
        ChecklistItem.select().where(ChecklistItem.checklist == checklist_id)
        .order_by(ChecklistItem.position, ChecklistItem.id)
    )


def create_checklist(case_id: int, title: str, items: list[str] | None = None) -> Checklist:
    with database.atomic():
        cases.get_case(case_id)
        cl = Checklist.create(
            case=case_id, title=required_text(title, "field.checklist_title"),
            position=Checklist.select().where(Checklist.case == case_id).count(),
        )
        for n, text in enumerate(items or []):
            ChecklistItem.create(checklist=cl.id, text=required_text(text, "field.item_text"), position=n)
        cases.touch(case_id)
        return cl


def rename_checklist(checklist_id: int, title: str) -> Checklist:
    with database.atomic():
        cl = get_checklist(checklist_id)
        cl.title = required_text(title, "field.checklist_title")
        cl.save()
        cases.touch(cl.case_id)
        return cl


def delete_checklist(checklist_id: int) -> None:
    cases.delete_part(get_checklist, checklist_id)


def add_item(checklist_id: int, text: str) -> ChecklistItem:
    with database.atomic():
        cl = get_checklist(checklist_id)
        item = ChecklistItem.create(
            checklist=cl.id, text=required_text(text, "field.item_text"),
            position=ChecklistItem.select().where(ChecklistItem.checklist == cl.id).count(),
        )
        cases.touch(cl.case_id)
        return item


def edit_item(item_id: int, text: str) -> ChecklistItem:
    with database.atomic():
        item = get_item(item_id)
        item.text = required_text(text, "field.item_text")
        item.save()
        cases.touch(item.checklist.case_id)
        return item


def set_done(item_id: int, done: bool, at: datetime | None = None) -> ChecklistItem:
    with database.atomic():
        item = get_item(item_id)
        item.done_at = (at or clock.now()) if done else None
        item.save()
        cases.touch(item.checklist.case_id)
        return item


def remove_item(item_id: int) -> None:
    with database.atomic():
        item = get_item(item_id)
        checklist_id, case_id = item.checklist_id, item.checklist.case_id
        item.delete_instance()
        _renumber([i.id for i in list_items(checklist_id)])
        cases.touch(case_id)


def move_item(item_id: int, new_index: int) -> None:
    """Put the item at `new_index` (0-based, clamped) within its checklist."""
    with database.atomic():
        item = get_item(item_id)
        ids = [i.id for i in list_items(item.checklist_id)]
        ids.remove(item.id)
        ids.insert(max(0, min(new_index, len(ids))), item.id)
        _renumber(ids)
        cases.touch(item.checklist.case_id)


def _renumber(ids: list[int]) -> None:
    for n, i in enumerate(ids):
        ChecklistItem.update(position=n).where(ChecklistItem.id == i).execute()


def progress(case_id: int) -> dict[int, tuple[int, int]]:
    """checklist id -> (items done, items in all), for every checklist of the case."""
    import peewee as pw

    result = {c.id: (0, 0) for c in list_checklists(case_id)}
    query = (
        ChecklistItem.select(ChecklistItem.checklist, pw.fn.COUNT(ChecklistItem.done_at), pw.fn.COUNT(ChecklistItem.id))
        .join(Checklist).where(Checklist.case == case_id).group_by(ChecklistItem.checklist).tuples()
    )
    for checklist_id, done, total in query:
        result[checklist_id] = (done, total)
    return result
