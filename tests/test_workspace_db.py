"""db additions for the workspace views: opening-hours check, checklist progress."""
from __future__ import annotations

import pytest

from casekeeper.db import cases, checklists, desks
from casekeeper.db.errors import InvalidInput


def test_opening_hours_are_checked_and_tidied(db, clock):
    case = cases.create_case("c")
    desk = desks.create_desk(case.id, "Phone", hours=["Mon-Fri  09:00-12:00,13:00-17:00", "Sat,Sun 10:00-24:00", " "])
    assert desk.hours == ["Mon-Fri 09:00-12:00,13:00-17:00", "Sat,Sun 10:00-24:00"]
    assert desks.update_desk(desk.id, hours=["always"]).hours == ["always"]
    for bad in (["weekdays 9-5"], ["Mon 9:00-17:00"], ["Mon-Fri 09:00-25:00"], ["always", "Mon 09:00-10:00"]):
        with pytest.raises(InvalidInput, match="not understood"):
            desks.update_desk(desk.id, hours=bad)
    assert desks.get_desk(desk.id).hours == ["always"]


def test_checklist_progress_counts_done_items(db, clock):
    case = cases.create_case("c")
    a = checklists.create_checklist(case.id, "A", ["one", "two", "three"])
    b = checklists.create_checklist(case.id, "B")
    checklists.set_done(checklists.list_items(a.id)[1].id, True)
    assert checklists.progress(case.id) == {a.id: (1, 3), b.id: (0, 0)}
