"""One field list per record (db/fields.py): a playbook, the JSON of a case and the add/edit
dialogs carry every declared field of a case, desk, identifier, resource and login, and agree."""
from datetime import datetime, timezone

import pytest

from casekeeper.db import cases, desks, identifiers, logins, playbook, resources, serialize
from casekeeper.db.errors import InvalidInput

OPENED = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
CLOSED = datetime(2026, 4, 30, 18, 0, tzinfo=timezone.utc)

# every declared field with a value that is not its default
CASE = {"title": "Every field", "provider": "OCI", "status": "closed", "opened_at": OPENED, "account": "tenancy-1",
        "summary": "What happened", "outcome": "How it ended", "closed_at": CLOSED}
DESK = {"name": "Billing", "kind": "email", "address": "billing@example.jp", "language": "ja", "timezone": "Asia/Tokyo",
        "hours": ["Mon-Fri 09:00-17:00"], "holidays": "JP", "closures": [{"from": "12-29", "to": "01-03", "label": "Year end"}],
        "reply_window_days": 10, "reply_window_business": True, "follow_up_days": 3, "referred_by": "chat",
        "notes": "Answers fast", "private": True, "subject_rule": "{Company name} / {Invoice number}",
        "templates": {"ja": {"message": "お世話になっております。"}}}
IDENT = {"name": "Invoice number", "value": "INV-1", "where_found": "Invoice mail", "notes": "In the subject"}
RESOURCE = {"name": "web-1", "kind": "dns", "state": "stopped", "moved": True, "notes": "Zone moved"}


def test_the_lists_name_model_columns_and_cover_json_and_playbooks():
    for module in (cases, desks, identifiers, resources, logins):
        columns = module.FIELDS.model._meta.fields
        assert set(module.FIELDS.names) <= set(columns), module.__name__
    assert set(CASE) == set(cases.FIELDS.names) and set(DESK) == set(desks.FIELDS.names)
    assert set(IDENT) == set(identifiers.FIELDS.names) and set(RESOURCE) == set(resources.FIELDS.names)
    assert set(playbook.SCHEMA["desks"]) == {"key", "asks_for", *desks.FIELDS.names}
    assert set(playbook.SCHEMA["case"]) == set(cases.FIELDS.names)


def test_a_playbook_with_every_field_comes_back_in_the_json(db, clock):
    data = {"format": 1, "case": CASE,
            "identifiers": [{"key": "inv", **IDENT}],
            "desks": [{"key": "chat", "name": "Chat"}, {"key": "billing", **DESK, "asks_for": ["inv"]}],
            "resources": [RESOURCE]}
    case = playbook.create_case_from(data)
    got = serialize.case_dict(case.id)
    assert {k: got[k] for k in CASE} == {**CASE, "opened_at": OPENED.isoformat(), "closed_at": CLOSED.isoformat()}
    chat, billing = got["desks"]
    assert {k: billing[k] for k in DESK} == {**DESK, "referred_by": chat["id"]}
    [ident] = got["identifiers"]
    assert {k: ident[k] for k in IDENT} == IDENT and billing["asks_for"] == [ident["id"]]
    [res] = got["resources"]
    assert {k: res[k] for k in RESOURCE} == RESOURCE


def test_a_playbook_field_of_the_wrong_type_is_refused(db):
    data = {"format": 1, "desks": [{"key": "chat", "name": "Chat", "private": "yes"}]}
    with pytest.raises(InvalidInput, match="private"):
        playbook.create_case_from(data)


def test_each_dialog_shows_and_gives_back_every_field(db, clock, qtbot):
    from casekeeper.gui.dialogs.case_dialog import CaseDialog
    from casekeeper.gui.dialogs.desk_dialog import DeskDialog
    from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog
    from casekeeper.gui.dialogs.login_dialog import LoginDialog
    from casekeeper.gui.dialogs.resource_dialog import ResourceDialog

    case = cases.create_case(CASE["title"], **{k: v for k, v in CASE.items() if k != "title"})
    chat = desks.create_desk(case.id, "Chat")
    desk = desks.create_desk(case.id, **{**DESK, "referred_by": chat.id})
    ident = identifiers.create_identifier(case.id, **IDENT)
    res = resources.create_resource(case.id, **RESOURCE)
    login = logins.create_login(case.id, "Portal", username="taro", url="https://portal.example", desk=desk.id,
                                notes="SSO")

    dialog = CaseDialog(None, case.id)
    qtbot.addWidget(dialog)
    assert dialog.values() == cases.FIELDS.values(case)
    for module, dialog, record in ((desks, DeskDialog(None, case.id, desk.id), desk),
                                   (identifiers, IdentifierDialog(None, case.id, ident.id), ident),
                                   (resources, ResourceDialog(None, case.id, res.id), res),
                                   (logins, LoginDialog(None, case.id, login.id, keyring_usable=False), login)):
        qtbot.addWidget(dialog)
        before = module.FIELDS.values(record)
        saved = dialog.save()                      # OK without a change: every field as it was
        assert module.FIELDS.values(saved) == before, module.__name__
