"""The original of every imported mail: its bytes as received are an attachment of the
entry (`original.eml`, in the store by SHA-256, sealed with the entry like any attachment,
and in the bundle), with what the import noticed about the message (notes) and its DKIM
check (db.dkim_check), including the public key used, so the check can be shown and
repeated later without the network."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import attachments, clock
from .dkim_check import DkimResult
from .errors import InvalidInput, NotFound
from .labels import Msg
from .models import Attachment, Event, MailOriginal, database

ORIGINAL_NAME = "original.eml"
ORIGINAL_MIME = "message/rfc822"


def msg_to_json(msg: Msg) -> dict:
    return {"key": msg.key, "values": {k: (msg_to_json(v) if isinstance(v, Msg) else v)
                                       for k, v in msg.values.items()}}


def msg_from_json(data) -> Msg:
    if not isinstance(data, dict) or "key" not in data:
        return Msg("none")
    values = {k: (msg_from_json(v) if isinstance(v, dict) and "key" in v else v)
              for k, v in (data.get("values") or {}).items()}
    return Msg(str(data["key"]), **values)


def record(event_id: int, attachment_id: int | None, notes: list[Msg], dkim: DkimResult,
           sender_domain: str = "") -> None:
    """Call inside the import's transaction, after the entry and its attachments exist.
    The DKIM check and notes are part of the entry's sealed state: a link in the timeline chain."""
    from . import chain

    change = chain.before_changes(Event.get_by_id(event_id).case_id, [event_id])
    database.execute_sql(
        "INSERT INTO mail_originals (event_id, attachment_id, sender_domain, notes, dkim_status, dkim_domain, "
        "dkim_selector, dkim_key, dkim_reason, dkim_detail, dkim_checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, attachment_id, sender_domain or "", json.dumps([msg_to_json(n) for n in notes], ensure_ascii=False),
         dkim.status, dkim.domain, dkim.selector, dkim.key, dkim.reason, dkim.detail,
         MailOriginal.dkim_checked_at.db_value(clock.now())))
    chain.after_change(change)


def _set_dkim(row: MailOriginal, dkim: DkimResult) -> None:
    row.dkim_status, row.dkim_domain, row.dkim_selector = dkim.status, dkim.domain, dkim.selector
    row.dkim_key, row.dkim_reason, row.dkim_detail = dkim.key, dkim.reason, dkim.detail
    row.dkim_checked_at = clock.now()


def get(event_id: int | None) -> MailOriginal | None:
    return MailOriginal.get_or_none(MailOriginal.event == event_id) if event_id is not None else None


def for_case(case_id: int) -> dict[int, MailOriginal]:
    """{event id: row} of a case's imported mail (one query)."""
    rows = MailOriginal.select().join(Event).where(Event.case == case_id)
    return {r.event_id: r for r in rows}


def notes(row: MailOriginal) -> list[Msg]:
    try:
        data = json.loads(row.notes or "[]")
    except ValueError:
        return []
    return [msg_from_json(n) for n in data] if isinstance(data, list) else []


def dkim(row: MailOriginal) -> DkimResult:
    return DkimResult(row.dkim_status, row.dkim_domain, row.dkim_selector, row.dkim_key, row.dkim_reason,
                      row.dkim_detail)


def dkim_msg(row: MailOriginal) -> Msg:
    return dkim(row).msg(row.sender_domain)


def dkim_key_msg(row: MailOriginal, at_text: str) -> Msg | None:
    """'key s._domainkey.d, checked …' when a key was used (`at_text`: the check time as shown)."""
    result = dkim(row)
    if not result.key or not result.key_name:
        return None
    return Msg("dkim.key", selector=result.selector, domain=result.domain, at=at_text)


def as_dict(row: MailOriginal, lang: str = "en", files: list[dict] | None = None) -> dict:
    """For `show --json`, the report and the bundle manifest. `files`: the entry's attachments
    as db.serialize lists them (else they are read)."""
    from .timeutil import iso

    if files is None:
        files = [{"id": a.id, "name": a.name, "size": a.size, "sha256": a.sha256}
                 for a in attachments.list_attachments(row.event_id)]
    att = next((f for f in files if f["id"] == row.attachment_id), None)
    return {
        "original": ({"attachment_id": att["id"], "name": att["name"], "size": att["size"], "sha256": att["sha256"]}
                     if att is not None else None),
        "dkim": {"status": row.dkim_status, "domain": row.dkim_domain, "selector": row.dkim_selector,
                 "key_record": row.dkim_key, "reason": row.dkim_reason, "detail": row.dkim_detail,
                 "checked_at": iso(row.dkim_checked_at), "text": dkim_msg(row).text(lang)},
        "notes": [{"code": n.key, "text": n.text(lang)} for n in notes(row)],
    }


# ------------------------------------------------------------------ the original file

def original(event_id: int) -> Attachment:
    row = get(event_id)
    if row is None or row.attachment_id is None:
        raise NotFound(Msg("mail.no_original", event=event_id))
    return attachments.get_attachment(row.attachment_id)


def original_path(event_id: int) -> Path:
    """The stored bytes (raises if missing or the entry has none)."""
    return attachments.file_of(original(event_id))


def suggested_name(event_id: int) -> str:
    """A file name for "Save original as…": the entry's subject, made safe, .eml."""
    event = Event.get_or_none(Event.id == event_id)
    stem = (event.summary if event else "") or "message"
    name, _ = attachments.safe_name(stem[:80].strip() + ".eml")
    return name


def save_original(event_id: int, dest: str | Path) -> Path:
    """Copy the original to `dest` (through a temp file, then renamed into place)."""
    from .export import write_atomic

    src = original_path(event_id)
    dest = Path(dest)
    if dest.resolve() == src.resolve():
        raise InvalidInput(Msg("mail.save_outside"))

    def write(fh):
        with open(src, "rb") as data:
            shutil.copyfileobj(data, fh)

    return write_atomic(dest, write)


# ------------------------------------------------------------------ DKIM again

def needs_recheck(row: MailOriginal | None) -> bool:
    """Only a check that could not be done (offline) is tried again: a result once
    obtained is evidence of that day and is never replaced."""
    return row is not None and row.dkim_status == "offline" and row.attachment_id is not None


def recheck_input(event_id: int) -> bytes:
    """The original's bytes, for a check run off the GUI thread (db.dkim_check.check)."""
    row = get(event_id)
    if not needs_recheck(row):
        raise InvalidInput(Msg("mail.recheck_only_offline"))
    return original_path(event_id).read_bytes()


def record_recheck(event_id: int, result: DkimResult) -> MailOriginal:
    """Keep a new result, unless it is offline again (then only the time moves on)."""
    with database.atomic():
        row = get(event_id)
        if not needs_recheck(row):
            raise InvalidInput(Msg("mail.recheck_only_offline"))
        from . import chain

        change = chain.before_changes(Event.get_by_id(event_id).case_id, [event_id])
        if result.status == "offline":
            row.dkim_checked_at = clock.now()
        else:
            _set_dkim(row, result)
        row.save()
        chain.after_change(change)   # a new check is a change to the entry: a link
        return row


def recheck(event_id: int, lookup=None) -> MailOriginal:
    """Check an offline result again now (the command line; the window runs the check in a thread)."""
    from .dkim_check import check

    return record_recheck(event_id, check(recheck_input(event_id), lookup=lookup))
