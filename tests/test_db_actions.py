"""The db layer's user actions on a real SQLite file."""
from datetime import datetime, timezone

import pytest

from casekeeper.db import cases, checklists, desks, events, identifiers, resources
from casekeeper.db.errors import InvalidInput, NotFound


def test_case_lifecycle_orders_by_last_activity(db, clock):
    a = cases.create_case("First", provider="OCI")
    clock.set(datetime(2026, 3, 3, tzinfo=timezone.utc))
    b = cases.create_case("Second")
    assert [c.id for c in cases.list_cases()] == [b.id, a.id]
    clock.set(datetime(2026, 3, 4, tzinfo=timezone.utc))
    events.create_event(a.id, "note", "DNS still resolves")
    assert [c.id for c in cases.list_cases()] == [a.id, b.id]
    cases.update_case(a.id, status="closed")
    assert cases.get_case(a.id).closed_at == datetime(2026, 3, 4, tzinfo=timezone.utc)
    cases.delete_case(a.id)
    with pytest.raises(NotFound):
        cases.get_case(a.id)


def test_bad_input_is_refused_and_nothing_is_written(db, clock):
    with pytest.raises(InvalidInput):
        cases.create_case("   ")
    case = cases.create_case("Real")
    with pytest.raises(InvalidInput):
        cases.update_case(case.id, status="maybe")
    with pytest.raises(InvalidInput):
        desks.create_desk(case.id, "Phone", timezone="Mars/Olympus")
    assert desks.list_desks(case.id) == []
    with pytest.raises(InvalidInput):
        events.create_event(case.id, "shout", "x")
    assert events.event_rows(case.id) == []


def test_identifiers_readiness_flags_missing_numbers(db, clock):
    case = cases.create_case("OCI suspended")
    csi = identifiers.create_identifier(case.id, "CSI number", value="23456789")
    sr = identifiers.create_identifier(case.id, "SR number")
    phone = desks.create_desk(case.id, "Technical support phone", kind="phone", asks_for=[csi.id, sr.id])
    chat = desks.create_desk(case.id, "Live chat", kind="chat")
    cards = identifiers.readiness(case.id)
    assert [c.desk.id for c in cards] == [phone.id, chat.id]
    assert [i.name for i in cards[0].needs] == ["CSI number", "SR number"]
    assert [i.name for i in cards[0].missing] == ["SR number"]
    assert cards[1].ready and not cards[0].ready
    identifiers.update_identifier(sr.id, value=" 3-1234567 ")
    assert identifiers.readiness(case.id)[0].ready
    assert identifiers.needed_by(case.id) == {csi.id: [phone.id], sr.id: [phone.id]}
    other = cases.create_case("Other")
    with pytest.raises(InvalidInput):
        identifiers.update_identifier(csi.id, needed_by_desks=[desks.create_desk(other.id, "X").id])
    assert identifiers.needed_by(case.id)[csi.id] == [phone.id]


def test_timeline_filters_and_last_desk(db, clock):
    case = cases.create_case("c")
    mail = desks.create_desk(case.id, "Support email", kind="email")
    phone = desks.create_desk(case.id, "Phone", kind="phone")
    t = datetime(2026, 3, 2, 1, tzinfo=timezone.utc)
    events.create_event(case.id, "sent", "asked why", desk=mail.id, occurred_at=t.replace(hour=5))
    events.create_event(case.id, "observation", "VM down", occurred_at=t)
    events.create_event(case.id, "call", "called", desk=phone.id, occurred_at=t.replace(hour=3))
    rows = events.event_rows(case.id)
    assert [r[4] for r in rows] == ["VM down", "called", "asked why"]
    assert [r[4] for r in events.event_rows(case.id, desk_ids=[mail.id, None])] == ["VM down", "asked why"]
    assert [r[4] for r in events.event_rows(case.id, kinds=["call"])] == ["called"]
    assert events.last_used_desk(case.id) == phone.id


def test_checklist_tick_reorder_remove(db, clock):
    case = cases.create_case("c")
    cl = checklists.create_checklist(case.id, "Move off", ["Export data", "Move DNS", "Rebuild VM"])
    items = checklists.list_items(cl.id)
    checklists.set_done(items[1].id, True)
    assert checklists.get_item(items[1].id).done_at == clock.at
    checklists.move_item(items[2].id, 0)
    assert [i.text for i in checklists.list_items(cl.id)] == ["Rebuild VM", "Export data", "Move DNS"]
    checklists.remove_item(items[0].id)
    assert [(i.text, i.position) for i in checklists.list_items(cl.id)] == [("Rebuild VM", 0), ("Move DNS", 1)]
    checklists.set_done(items[1].id, False)
    assert checklists.get_item(items[1].id).done_at is None


def test_deleting_a_desk_keeps_its_events(db, clock):
    case = cases.create_case("c")
    desk = desks.create_desk(case.id, "Chat", kind="chat")
    ev = events.create_event(case.id, "chat", "bot", desk=desk.id)
    desks.delete_desk(desk.id)
    assert events.get_event(ev.id).desk_id is None


def test_resources_states(db, clock):
    case = cases.create_case("c")
    vm = resources.create_resource(case.id, "web-1", kind="vm", state="running")
    resources.update_resource(vm.id, state="stopped", moved=True)
    got = resources.list_resources(case.id)[0]
    assert (got.state, got.moved) == ("stopped", True)
    with pytest.raises(InvalidInput):
        resources.update_resource(vm.id, state="exploded")
