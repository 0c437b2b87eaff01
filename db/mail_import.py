"""Import e-mail into a case: .eml files and mbox files (Thunderbird's export).

Every message becomes one received or sent event (with its attachments), in its
own transaction: a message that fails leaves nothing behind, and the other
messages and files still import. The same Message-ID in the same case is
recognised and not imported twice. Results are per file, in words."""
from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import peewee as pw

from . import attachments, cases, clock, events, labels, settings
from .errors import CasekeeperError
from .mail_desks import desk_for_address
from .mail_parse import MB, MailError, ParsedMail, parse_message, recipients
from .models import Deadline, Desk, Event, database

DEFAULT_LIMIT_MB = 25
SETTING = "import_limit_mb"


def limit_bytes(data_dir: Path | None = None) -> int:
    """The size limit for one message or attachment (setting `import_limit_mb`)."""
    values = settings.load(data_dir or attachments.data_dir())
    try:
        mb = float(values.get(SETTING, DEFAULT_LIMIT_MB))
    except (TypeError, ValueError):
        mb = DEFAULT_LIMIT_MB
    return int(max(mb, 0.001) * MB)


@dataclass
class MessageResult:
    status: str  # imported | duplicate | failed
    message: str
    event_id: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    path: str
    messages: list[MessageResult] = field(default_factory=list)
    error: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for m in self.messages if m.status == status)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.count("failed")

    def lines(self) -> list[str]:
        """What happened, in words: one line for the file, then one per problem."""
        name = Path(self.path).name
        if self.error:
            return [f"{name}: failed: {self.error}."]
        if len(self.messages) == 1:
            m = self.messages[0]
            out = [f"{name}: {m.message}."]
            out += [f"  note: {w}." for w in m.warnings]
            return out
        out = [f"{name}: {self.count('imported')} imported, {self.count('duplicate')} already there, "
               f"{self.count('failed')} failed."]
        for n, m in enumerate(self.messages, 1):
            if m.status == "failed":
                out.append(f"  message {n}: {m.message}.")
            out += [f"  message {n} note: {w}." for w in m.warnings]
        return out

    def as_dict(self) -> dict:
        return {"file": self.path, "error": self.error,
                "messages": [{"status": m.status, "message": m.message, "event_id": m.event_id,
                              "warnings": m.warnings} for m in self.messages]}


def _reply_due(desk: Desk, at: datetime) -> datetime:
    """The end of the reply window the desk gives, counted in its own zone."""
    if not desk.reply_window_business:
        return at + timedelta(days=desk.reply_window_days)
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(desk.timezone or "UTC")
    day, left = at.astimezone(zone), desk.reply_window_days
    closed = set()
    if desk.holidays:
        import holidays

        try:
            closed = holidays.country_holidays(desk.holidays, years=range(day.year, day.year + 2))
        except Exception:
            closed = set()
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day.date() not in closed:
            left -= 1
    return day


def _store(case_id: int, mail: ParsedMail, lang: str) -> MessageResult:
    """One message -> one event with its attachments (and a reply-window deadline), atomically."""
    existing = Event.get_or_none((Event.case == case_id) & (Event.message_id == mail.message_id))
    if existing is not None:
        return MessageResult("duplicate", f"already in the case as event {existing.id} (same Message-ID)",
                             existing.id)
    desk = desk_for_address(case_id, mail.from_addr)
    kind = "received"
    if desk is None:
        mine = {a.lower() for a in settings.load(attachments.data_dir()).get("my_addresses", [])}
        for addr in recipients(mail):
            desk = desk_for_address(case_id, addr)
            if desk is not None:
                break
        kind = "sent" if desk is not None or mail.from_addr in mine else "received"
    stored = [(a.name, *attachments.store_bytes(a.data), a.mime or mimetypes.guess_type(a.name)[0] or "")
              for a in mail.attachments]
    warnings = list(mail.warnings)
    for a in mail.attachments:
        clean, changed = attachments.safe_name(a.name)
        if changed:
            warnings.append(f"attachment name {a.name!r} was unsafe; stored as {clean!r}")
    at = mail.date or clock.now()
    summary = mail.subject or labels.text(lang, "no_subject")
    body = mail.header_block() + "\n\n" + mail.text
    try:
        with database.atomic():
            event = events.create_event(case_id, kind, summary[:500], occurred_at=at, desk=desk.id if desk else None,
                                        body=body, message_id=mail.message_id)
            if stored:
                attachments.add_stored(event, stored, keep_revision=False)
            if desk is not None and kind == "received" and desk.reply_window_days > 0:
                now = clock.now()
                Deadline.create(case=case_id, desk=desk.id, kind="reply_window", source_event=event.id,
                                title=labels.text(lang, "reply_window", desk=desk.name),
                                due_at=_reply_due(desk, at), created_at=now, updated_at=now)
    except pw.IntegrityError:
        return MessageResult("duplicate", "already in the case (same Message-ID)")
    who = f" {'from' if kind == 'received' else 'to'} {desk.name}" if desk else ""
    extra = f", {len(stored)} attachment(s)" if stored else ""
    return MessageResult("imported", f"imported as event {event.id} ({kind}{who}{extra})", event.id, warnings)


def import_message(case_id: int, raw: bytes, *, limit: int | None = None, lang: str = "en") -> MessageResult:
    """Import one message given as bytes. Never raises for bad mail: the result says why."""
    cases.get_case(case_id)
    try:
        mail = parse_message(raw, limit_bytes=limit or limit_bytes())
        return _store(case_id, mail, lang)
    except MailError as exc:
        return MessageResult("failed", f"not imported: {exc}")
    except CasekeeperError as exc:
        return MessageResult("failed", f"not imported: {exc}")


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() in (".mbox", ".mbx"):
        return True
    with open(path, "rb") as fh:
        return fh.read(5) == b"From "


def import_file(case_id: int, path: str | Path, *, limit: int | None = None, lang: str = "en") -> FileResult:
    path = Path(path)
    result = FileResult(str(path))
    limit = limit or limit_bytes()
    try:
        if not path.is_file():
            result.error = "no such file" if not path.exists() else "not a file"
            return result
        if _is_mbox(path):
            import mailbox

            box = mailbox.mbox(str(path), create=False)
            try:
                for key in box.iterkeys():
                    result.messages.append(import_message(case_id, box.get_bytes(key), limit=limit, lang=lang))
            finally:
                box.close()
            if not result.messages:
                result.error = "the mailbox holds no messages"
            return result
        size = path.stat().st_size
        if size > limit * 1.4 + 64 * 1024:
            result.messages.append(MessageResult(
                "failed", f"not imported: the message is {size / MB:.0f} MB, over the import limit of "
                          f"{limit / MB:.0f} MB; nothing was imported from it"))
            return result
        result.messages.append(import_message(case_id, path.read_bytes(), limit=limit, lang=lang))
    except OSError as exc:
        result.error = f"cannot read it ({exc.strerror or exc})"
    return result


def import_files(case_id: int, paths: list, *, limit: int | None = None, lang: str = "en") -> list[FileResult]:
    """Import every file; one bad file never stops the others."""
    cases.get_case(case_id)
    return [import_file(case_id, p, limit=limit, lang=lang) for p in paths]
