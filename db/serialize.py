"""A case as plain data (for `show --json` and the exports). Times: ISO 8601 with offset."""
from __future__ import annotations

from . import cases, checklists, desks, events, identifiers, resources
from .timeutil import iso


def case_summary(case) -> dict:
    return {
        "id": case.id,
        "title": case.title,
        "provider": case.provider,
        "status": case.status,
        "opened_at": iso(case.opened_at),
        "updated_at": iso(case.updated_at),
    }


def desk_dict(d) -> dict:
    return {
        "id": d.id, "name": d.name, "kind": d.kind, "address": d.address, "language": d.language,
        "timezone": d.timezone, "hours": d.hours, "holidays": d.holidays, "closures": d.closures,
        "reply_window_days": d.reply_window_days, "reply_window_business": d.reply_window_business,
        "follow_up_days": d.follow_up_days, "referred_by": d.referred_by_id, "notes": d.notes,
        "private": d.private, "subject_rule": d.subject_rule, "templates": d.templates,
        "asks_for": [i.id for i in desks.asks_for(d.id)],
    }


def attachment_dict(a) -> dict:
    return {"id": a.id, "name": a.name, "size": a.size, "sha256": a.sha256, "type": a.mime or ""}


def case_dict(case_id: int, lang: str = "en") -> dict:
    """The whole case. Each event lists its attachments (name, size, SHA-256, type) and, for
    imported mail, its original, the import's notes and the DKIM check (`mail`). `lang`: the
    language of generated texts (the titles of deadlines that have none)."""
    from . import attachments, deadline_lists, mail_originals

    case = cases.get_case(case_id)
    needed = identifiers.needed_by(case_id)
    files: dict[int, list[dict]] = {}
    for a in attachments.case_attachments(case_id):
        files.setdefault(a.event_id, []).append(attachment_dict(a))
    mail = mail_originals.for_case(case_id)
    data = case_summary(case)
    data.update(
        account=case.account, summary=case.summary, outcome=case.outcome, closed_at=iso(case.closed_at),
        desks=[desk_dict(d) for d in desks.list_desks(case_id)],
        identifiers=[
            {"id": i.id, "name": i.name, "value": i.value, "where_found": i.where_found, "notes": i.notes,
             "needed_by": needed.get(i.id, [])}
            for i in identifiers.list_identifiers(case_id)
        ],
        events=[   # light rows (no Event objects): a case may have 50,000 entries
            {"id": e_id, "occurred_at": iso(at), "desk_id": desk_id, "kind": kind,
             "summary": summary, "body": body, "attachments": files.get(e_id, []),
             "mail": mail_originals.as_dict(mail[e_id], lang, files.get(e_id, [])) if e_id in mail else None}
            for e_id, at, desk_id, kind, summary, body in events.Event.select(
                events.Event.id, events.Event.occurred_at, events.Event.desk, events.Event.kind,
                events.Event.summary, events.Event.body).where(events.Event.case == case_id).order_by(
                events.Event.occurred_at, events.Event.id).tuples()
        ],
        checklists=[
            {"id": c.id, "title": c.title,
             "items": [{"id": it.id, "text": it.text, "done": it.done_at is not None, "done_at": iso(it.done_at)}
                       for it in checklists.list_items(c.id)]}
            for c in checklists.list_checklists(case_id)
        ],
        resources=[
            {"id": r.id, "name": r.name, "kind": r.kind, "state": r.state, "moved": r.moved, "notes": r.notes}
            for r in resources.list_resources(case_id)
        ],
        deadlines=[d.as_json() for d in deadline_lists.rows(case_id, lang=lang)],
    )
    return data
