"""Import e-mail into a case: .eml files and mbox files (Thunderbird's export).

Every message becomes one received or sent event (with its attachments), in its
own transaction: a message that fails leaves nothing behind, and the other
messages and files still import. The same Message-ID in the same case is
recognised and not imported twice. Results are per file, in words."""
from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from . import attachments, cases, clock, events, labels, settings
from .labels import Msg
from .mail_desks import desk_for_address
from .mail_parse import MB, MailError, ParsedMail, parse_message, recipients
from .models import Event, database
from .timeutil import storable

DEFAULT_LIMIT_MB = 25
MAX_RECIPIENTS_MATCHED = 200   # bound: the first 200 recipients are matched to desks (one query each)
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
    msg: Msg
    event_id: int | None = None
    warnings: list[Msg] = field(default_factory=list)

    @property
    def message(self) -> str:
        return str(self.msg)


@dataclass
class FileResult:
    path: str
    messages: list[MessageResult] = field(default_factory=list)
    error: Msg | None = None

    def count(self, status: str) -> int:
        return sum(1 for m in self.messages if m.status == status)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.count("failed")

    def lines(self, lang: str = "en") -> list[str]:
        """What happened, in words: one line for the file, then one per problem or note."""
        name = Path(self.path).name
        t = lambda key, **kw: Msg(key, **kw).text(lang)  # noqa: E731
        if self.error and not self.messages:
            return [t("mail.file_failed", name=name, error=self.error)]
        stopped = [t("mail.note", text=self.error)] if self.error else []
        if len(self.messages) == 1:
            m = self.messages[0]
            return [t("mail.file_one", name=name, text=m.msg)] + [t("mail.note", text=w) for w in m.warnings] + stopped
        out = [t("mail.file_counts", name=name, imported=self.count("imported"),
                 duplicates=self.count("duplicate"), failed=self.count("failed"))]
        for n, m in enumerate(self.messages, 1):
            if m.status == "failed":
                out.append(t("mail.message_n", n=n, text=m.msg))
            out += [t("mail.message_note", n=n, text=w) for w in m.warnings]
        return out + stopped

    def as_dict(self, lang: str = "en") -> dict:
        return {"file": self.path, "error": self.error.text(lang) if self.error else None,
                "messages": [{"status": m.status, "message": m.msg.text(lang), "event_id": m.event_id,
                              "warnings": [w.text(lang) for w in m.warnings]} for m in self.messages]}


def _store(case_id: int, mail: ParsedMail, lang: str) -> MessageResult:
    """One message -> one event with its attachments, atomically. A received mail from a desk
    with a reply rule gets its reply-window deadline from db.events (db.deadlines)."""
    existing = Event.get_or_none((Event.case == case_id) & (Event.message_id == mail.message_id))
    if existing is not None:
        return MessageResult("duplicate", Msg("mail.duplicate", event=existing.id), existing.id)
    desk = desk_for_address(case_id, mail.from_addr)
    kind = "received"
    if desk is None:
        mine = {a.lower() for a in settings.load(attachments.data_dir()).get("my_addresses", [])}
        for addr in recipients(mail, MAX_RECIPIENTS_MATCHED):
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
            warnings.append(Msg("mail.unsafe_name", name=repr(a.name), clean=repr(clean)))
    at, moved = storable(mail.date)   # the storage door: a date past year 9999 or before year 1 is clamped
    if moved is not None:
        warnings.append(moved)
    at = at or clock.now()
    summary = mail.subject or labels.text(lang, "no_subject")
    body = mail.header_block() + "\n\n" + mail.text
    try:
        with database.atomic():
            event = events.create_event(case_id, kind, summary[:500], occurred_at=at, desk=desk.id if desk else None,
                                        body=body, message_id=mail.message_id)
            if stored:
                attachments.add_stored(event, stored, keep_revision=False)
    except pw.IntegrityError:
        return MessageResult("duplicate", Msg("mail.duplicate", event="?"))
    details = [Msg("mail." + kind)]
    if desk:
        details.append(Msg("mail.from_desk" if kind == "received" else "mail.to_desk", desk=desk.name))
    if stored:
        details.append(Msg("mail.attachments", count=len(stored)))
    return MessageResult("imported", Msg("mail.imported", event=event.id, details=_Join(details)), event.id, warnings)


class _Join(Msg):
    """Several texts joined with the language's comma."""

    def __init__(self, parts: list[Msg]):
        super().__init__("", parts=parts)

    def text(self, lang: str = "en") -> str:
        return ("、" if lang == "ja" else ", ").join(p.text(lang) for p in self.values["parts"])


def import_message(case_id: int, raw: bytes, *, limit: int | None = None, lang: str = "en") -> MessageResult:
    """Import one message given as bytes. Never raises for bad mail: the result says why."""
    cases.get_case(case_id)
    try:
        mail = parse_message(raw, limit_bytes=limit or limit_bytes())
        return _store(case_id, mail, lang)
    except MailError as exc:
        return MessageResult("failed", Msg("mail.not_imported", reason=exc.msg))


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() in (".mbox", ".mbx"):
        return True
    with open(path, "rb") as fh:
        return fh.read(5) == b"From "


class _Progress:
    """Counts messages across files; `report(done)` returning False asks to stop (between messages)."""

    def __init__(self, report=None):
        self.report, self.done, self.stopped = report, 0, False

    def step(self) -> bool:
        self.done += 1
        if self.report is not None and self.report(self.done) is False:
            self.stopped = True
        return not self.stopped


def import_file(case_id: int, path: str | Path, *, limit: int | None = None, lang: str = "en",
                progress: _Progress | None = None) -> FileResult:
    path = Path(path)
    result = FileResult(str(path))
    limit = limit or limit_bytes()
    progress = progress or _Progress()
    try:
        if not path.is_file():
            result.error = Msg("mail.no_file" if not path.exists() else "mail.not_file")
            return result
        if _is_mbox(path):
            import mailbox

            box = mailbox.mbox(str(path), create=False)
            try:
                for key in box.iterkeys():
                    result.messages.append(import_message(case_id, box.get_bytes(key), limit=limit, lang=lang))
                    if not progress.step():
                        result.error = Msg("mail.stopped", count=len(result.messages))
                        break
            finally:
                box.close()
            if not result.messages:
                result.error = Msg("mail.empty_mbox")
            return result
        size = path.stat().st_size
        if size > limit * 1.4 + 64 * 1024:
            reason = Msg("mail.too_big", size=f"{size / MB:.0f}", limit=f"{limit / MB:.0f}")
            result.messages.append(MessageResult("failed", Msg("mail.not_imported", reason=reason)))
        else:
            result.messages.append(import_message(case_id, path.read_bytes(), limit=limit, lang=lang))
        progress.step()
    except OSError as exc:
        from .connection import storage_error

        known = storage_error(exc, attachments.store_dir())   # a full disk says so, not "cannot read"
        result.error = known.msg if known is not None else Msg("mail.cannot_read", error=exc.strerror or str(exc))
    return result


def import_files(case_id: int, paths: list, *, limit: int | None = None, lang: str = "en",
                 progress=None) -> list[FileResult]:
    """Import every file; one bad file never stops the others. `progress(messages_done)` is
    called after each message; returning False stops before the next one (what is in stays in)."""
    cases.get_case(case_id)
    counter, results = _Progress(progress), []
    for p in paths:
        if counter.stopped:
            break
        results.append(import_file(case_id, p, limit=limit, lang=lang, progress=counter))
    return results
