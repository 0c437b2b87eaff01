"""Import e-mail into a case: .eml files and mbox files (Thunderbird's export).

Every message becomes one received or sent event with its attachments and its original
(the bytes as received, `original.eml`), the notes the parser made and its DKIM check
(db.mail_originals). A message is all or nothing: one that fails leaves nothing behind,
and the other messages and files still import. A mailbox commits in batches (each
message a savepoint inside), and only committed messages are reported. The same
Message-ID in the same case is recognised and not imported twice. Results are per
file, in words."""
from __future__ import annotations

import mimetypes
import time
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from . import attachments, cases, clock, deadlines, dkim_check, events, labels, mail_originals, settings
from .labels import Msg
from .mail_desks import matcher as desk_matcher
from .mail_parse import MB, MailError, ParsedMail, parse_message, recipients
from .models import database
from .timeutil import storable

MAX_RECIPIENTS_MATCHED = 200   # bound: the first 200 recipients are matched to desks
SETTING = "import_limit_mb"
DEFAULT_LIMIT_MB = settings.default(SETTING)


def limit_bytes(data_dir: Path | None = None) -> int:
    """The size limit for one message or attachment (setting `import_limit_mb`)."""
    return int(settings.get(data_dir or attachments.data_dir(), SETTING) * MB)


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


class _Context:
    """What one import run reads once: the case's desks and rules, my addresses, the size
    limit, and the DKIM key lookups (each name asked once; offline noticed once)."""

    def __init__(self, case_id: int, limit: int, lang: str, lookup: dkim_check.Lookup | None = None):
        self.case_id, self.limit, self.lang = case_id, limit, lang
        self.desk_for = desk_matcher(case_id)
        self.mine = {a.lower() for a in settings.get(attachments.data_dir(), "my_addresses")}
        self.lookup = lookup or dkim_check.Lookup()
        self.store = attachments.store_bytes   # a mailbox: a BlobWriter's store, flushed before each commit


def _store(ctx: _Context, raw: bytes, mail: ParsedMail) -> MessageResult:
    """One message -> one event with its attachments and its original, atomically (a savepoint
    inside a batch). A received mail from a desk with a reply rule gets its reply-window
    deadline from db.events (db.deadlines)."""
    case_id = ctx.case_id
    existing = database.execute_sql("SELECT id FROM events WHERE case_id = ? AND message_id = ?",
                                    (case_id, mail.message_id)).fetchone()
    if existing is not None:
        return MessageResult("duplicate", Msg("mail.duplicate", event=existing[0]), existing[0])
    desk = ctx.desk_for(mail.from_addr)
    kind = "received"
    if desk is None:
        for addr in recipients(mail, MAX_RECIPIENTS_MATCHED):
            desk = ctx.desk_for(addr)
            if desk is not None:
                break
        kind = "sent" if desk is not None or mail.from_addr in ctx.mine else "received"
    dkim = dkim_check.check(raw, lookup=ctx.lookup)
    stored = [(a.name, *ctx.store(a.data), a.mime or mimetypes.guess_type(a.name)[0] or "")
              for a in mail.attachments]
    stored.append((mail_originals.ORIGINAL_NAME, *ctx.store(raw), mail_originals.ORIGINAL_MIME))
    warnings = list(mail.warnings)
    for a in mail.attachments:
        clean, changed = attachments.safe_name(a.name)
        if changed:
            warnings.append(Msg("mail.unsafe_name", name=repr(a.name), clean=repr(clean)))
    at, moved = storable(mail.date)   # the storage door: a date past year 9999 or before year 1 is clamped
    if moved is not None:
        warnings.append(moved)
    at = at or clock.now()
    summary = mail.subject or labels.text(ctx.lang, "no_subject")
    body = mail.header_block() + "\n\n" + mail.text
    try:
        with database.atomic():
            event = events.create_event(case_id, kind, summary[:500], occurred_at=at, desk=desk.id if desk else None,
                                        body=body, message_id=mail.message_id, files=stored)
            (original_id,) = database.execute_sql(
                "SELECT max(id) FROM attachments WHERE event_id = ? AND sha256 = ?", (event.id, stored[-1][1])).fetchone()
            mail_originals.record(event.id, original_id, warnings, dkim, mail.from_domain)
    except pw.IntegrityError:
        return MessageResult("duplicate", Msg("mail.duplicate", event="?"))
    details = [Msg("mail." + kind)]
    if desk:
        details.append(Msg("mail.from_desk" if kind == "received" else "mail.to_desk", desk=desk.name))
    if mail.attachments:
        details.append(Msg("mail.attachments", count=len(mail.attachments)))
    if dkim.status != "none":
        details.append(dkim.msg(mail.from_domain))
    return MessageResult("imported", Msg("mail.imported", event=event.id, details=_Join(details)), event.id, warnings)


class _Join(Msg):
    """Several texts joined with the language's comma."""

    def __init__(self, parts: list[Msg]):
        super().__init__("", parts=parts)

    def text(self, lang: str = "en") -> str:
        return ("、" if lang == "ja" else ", ").join(p.text(lang) for p in self.values["parts"])


def import_message(case_id: int, raw: bytes, *, limit: int | None = None, lang: str = "en",
                   lookup: dkim_check.Lookup | None = None) -> MessageResult:
    """Import one message given as bytes, in its own transaction. Never raises for bad mail:
    the result says why."""
    cases.get_case(case_id)
    return _import_one(_Context(case_id, limit or limit_bytes(), lang, lookup), raw)


def _import_one(ctx: _Context, raw: bytes) -> MessageResult:
    try:
        mail = parse_message(raw, limit_bytes=ctx.limit)
    except MailError as exc:
        return MessageResult("failed", Msg("mail.not_imported", reason=exc.msg))
    return _store(ctx, raw, mail)


def mbox_messages(path: Path):
    """The messages of an mbox file, one at a time (bytes, without the "From " separator line).
    A message starts at a "From " line at the start of the file or after an empty line; the
    empty line before the next separator belongs to no message (as the stdlib's mailbox reads it)."""
    with open(path, "rb") as fh:
        lines: list[bytes] | None = None
        blank_before = True
        for line in fh:
            if blank_before and line.startswith(b"From "):
                if lines is not None:
                    yield _without_separator(lines)
                lines = []
            elif lines is not None:
                lines.append(line)
            blank_before = line in (b"\n", b"\r\n")
        if lines is not None:
            yield _without_separator(lines)


def _without_separator(lines: list[bytes]) -> bytes:
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines.pop()
    return b"".join(lines)


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


BATCH_MESSAGES = 250    # a mailbox commits after this many messages ...
BATCH_SECONDS = 2.0     # ... or this much time, whichever comes first


def import_file(case_id: int, path: str | Path, *, limit: int | None = None, lang: str = "en",
                progress: _Progress | None = None, on_commit=None,
                lookup: dkim_check.Lookup | None = None) -> FileResult:
    path = Path(path)
    result = FileResult(str(path))
    ctx = _Context(case_id, limit or limit_bytes(), lang, lookup)
    progress = progress or _Progress()
    try:
        if not path.is_file():
            result.error = Msg("mail.no_file" if not path.exists() else "mail.not_file")
            return result
        if _is_mbox(path):
            _import_mbox(ctx, path, result, progress, on_commit)
            return result
        size = path.stat().st_size
        if size > ctx.limit * 1.4 + 64 * 1024:
            reason = Msg("mail.too_big", size=f"{size / MB:.0f}", limit=f"{ctx.limit / MB:.0f}")
            result.messages.append(MessageResult("failed", Msg("mail.not_imported", reason=reason)))
        else:
            result.messages.append(_import_one(ctx, path.read_bytes()))
        progress.step()
    except OSError as exc:
        from .connection import storage_error

        known = storage_error(exc, attachments.store_dir())   # a full disk says so, not "cannot read"
        result.error = known.msg if known is not None else Msg("mail.cannot_read", error=exc.strerror or str(exc))
    return result


def _import_mbox(ctx: _Context, path: Path, result: FileResult, progress: _Progress, on_commit) -> None:
    """Every message of a mailbox, committed in batches (one transaction per BATCH_MESSAGES
    or BATCH_SECONDS) for speed; each message is all-or-nothing inside its batch (a savepoint),
    and a message is reported only once its batch is committed, so what is reported
    imported survives a crash."""
    pending: list[MessageResult] = []
    blobs = attachments.BlobWriter()
    ctx.store = blobs.store
    try:
        with database.atomic() as txn:
            with deadlines.batched():
                started = time.monotonic()
                for raw in mbox_messages(path):
                    pending.append(_import_one(ctx, raw))
                    go_on = progress.step()
                    if not go_on:
                        result.error = Msg("mail.stopped", count=len(result.messages) + len(pending))
                        break
                    if len(pending) >= BATCH_MESSAGES or time.monotonic() - started >= BATCH_SECONDS:
                        deadlines.flush_batched()
                        blobs.flush()
                        txn.commit()
                        result.messages += pending
                        pending = []
                        started = time.monotonic()
                        if on_commit is not None:
                            on_commit(result.count("imported"))
            blobs.flush()
        result.messages += pending
    except (pw.DatabaseError, OSError) as exc:  # the last batch could not be saved: it is not in
        if pending:
            result.error = Msg("mail.not_saved", count=len(pending), error=str(exc) or type(exc).__name__)
        elif isinstance(exc, OSError):
            raise
        else:
            result.error = Msg("mail.not_saved", count=0, error=str(exc) or type(exc).__name__)
    finally:
        blobs.close()
    if not result.messages and result.error is None:
        result.error = Msg("mail.empty_mbox")


def import_files(case_id: int, paths: list, *, limit: int | None = None, lang: str = "en",
                 progress=None, on_commit=None) -> list[FileResult]:
    """Import every file; one bad file never stops the others. `progress(messages_done)` is
    called after each message; returning False stops before the next one (what is in stays in).
    `on_commit(path, imported)` is told each time part of a mailbox is safely in."""
    cases.get_case(case_id)
    counter, results = _Progress(progress), []
    lookup = dkim_check.Lookup()
    for p in paths:
        if counter.stopped:
            break
        told = (lambda n, p=p: on_commit(str(p), n)) if on_commit is not None else None
        results.append(import_file(case_id, p, limit=limit, lang=lang, progress=counter, on_commit=told,
                                   lookup=lookup))
    return results
