"""Files carried by events. The bytes live once under data_dir/attachments,
named by their SHA-256 (written to a temp file, then renamed into place); the
database keeps name, size, hash and type per event."""
from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from . import cases, chain, clock
from .errors import InvalidInput, NotFound
from .labels import Msg
from .models import Attachment, Event, database
from .paths import subdir
from .timeutil import to_utc
from .validate import existing

_CHUNK = 1 << 20
_UNSAFE = re.compile(r'[<>:"|?*]')
MAX_NAME = 180


def data_dir() -> Path:
    """The data dir of the open database (it sits next to the database file)."""
    return Path(database.obj.database).resolve().parent


def store_dir() -> Path:
    return subdir(data_dir(), "attachments")


def blob_path(sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise InvalidInput(Msg("storage.not_sha256", value=sha256))
    return store_dir() / sha256[:2] / sha256


def safe_name(raw: str | None) -> tuple[str, bool]:
    """A file name with no folder part, no `..`, no control characters.
    Returns (name, changed)."""
    text = raw or ""
    name = text.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    name = _UNSAFE.sub("_", name).strip().lstrip(".").strip()
    if not name:
        name = "attachment"
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) < 16 else name[:MAX_NAME]
    return name, name != text


def _finish(tmp: Path, digest: str, store: Path | None = None) -> Path:
    final = blob_path(digest) if store is None else store / digest[:2] / digest
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists() and final.stat().st_size == tmp.stat().st_size:
        tmp.unlink()
    else:
        os.replace(tmp, final)
    return final


def _temp(store: Path | None = None) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=".incoming-", dir=store or store_dir())
    return fd, Path(name)


def store_bytes(data: bytes) -> tuple[str, int]:
    """Put bytes in the store; returns (sha256, size)."""
    digest = hashlib.sha256(data).hexdigest()
    _write_blob(digest, data)
    return digest, len(data)


class BlobWriter:
    """Blobs for a batch of work (a mailbox import): `store(data)` hashes at once and leaves
    the writing (temp file, fsync, rename into place) to a worker thread, so the disk's
    waits overlap the parsing. `flush()` waits until every blob is in place (call it before
    the commit that refers to them); a failed write raises there. Use as a context manager."""

    MAX_PENDING = 32 * 1024 * 1024  # bytes handed over but not yet written

    def __init__(self):
        import queue
        import threading

        self._queue: queue.Queue = queue.Queue()
        self._cond = threading.Condition()
        self._pending_bytes = 0
        self._pending: set[str] = set()
        self._error: BaseException | None = None
        self._dir = store_dir()
        self._thread = threading.Thread(target=self._run, name="blob-writer", daemon=True)
        self._thread.start()

    def store(self, data: bytes) -> tuple[str, int]:
        digest = hashlib.sha256(data).hexdigest()
        with self._cond:
            if self._error is not None:
                raise self._error
            if digest in self._pending:
                return digest, len(data)
        if (self._dir / digest[:2] / digest).exists():
            return digest, len(data)
        with self._cond:
            while self._pending_bytes > self.MAX_PENDING and self._error is None:
                self._cond.wait()
            self._pending.add(digest)
            self._pending_bytes += len(data)
        self._queue.put((digest, data))
        return digest, len(data)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            digest, data = item
            try:
                if self._error is None:
                    _write_blob(digest, data, self._dir)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller in flush()/store()
                self._error = exc
            finally:
                with self._cond:
                    self._pending.discard(digest)
                    self._pending_bytes -= len(data)
                    self._cond.notify_all()

    def flush(self) -> None:
        with self._cond:
            while self._pending and self._error is None:
                self._cond.wait()
            if self._error is not None:
                raise self._error

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def __enter__(self) -> "BlobWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _write_blob(digest: str, data: bytes, store: Path | None = None) -> None:
    """Temp file, fsync, then renamed into place: a blob under its final name is always whole.
    `store`: the store folder when the caller knows it (saves looking it up per blob)."""
    if (blob_path(digest) if store is None else store / digest[:2] / digest).exists():
        return
    fd, tmp = _temp(store)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _finish(tmp, digest, store)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def store_file(path: Path) -> tuple[str, int]:
    """Copy a file into the store, hashing as it goes; returns (sha256, size)."""
    h, size = hashlib.sha256(), 0
    fd, tmp = _temp()
    try:
        with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(_CHUNK):
                h.update(chunk)
                size += len(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        _finish(tmp, h.hexdigest())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(Msg("storage.cannot_read", path=path, error=exc.strerror or exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return h.hexdigest(), size


def insert_rows(event_id: int, items: list[tuple[str, str, int, str]], now) -> list[int]:
    """Rows for already stored blobs [(name, sha256, size, mime)] of an event; returns their ids.
    The caller seals (db.events.create_event, add_stored)."""
    stamp = Attachment.created_at.db_value(now)
    ids = []
    for name, sha, size, mime in items:
        cursor = database.execute_sql(
            "INSERT INTO attachments (event_id, name, size, sha256, mime, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, safe_name(name)[0], size, sha, mime or "", stamp))
        ids.append(cursor.lastrowid)
    return ids


def add_stored(event: Event, items: list[tuple[str, str, int, str]], *, keep_revision: bool = True) -> list[Attachment]:
    """Attach already stored blobs [(name, sha256, size, mime)] to an event and re-seal it.
    Call inside a transaction. (Event revisions keep texts; the attachment rows carry their own time.)"""
    change = chain.before_change(event)
    ids = insert_rows(event.id, items, clock.now())
    chain.after_change(change, keep_revision=keep_revision)
    return list(Attachment.select().where(Attachment.id.in_(ids)).order_by(Attachment.id)) if ids else []


def attach_file(event_id: int, path: str | os.PathLike, name: str | None = None) -> Attachment:
    """Attach a file from disk to an event (drag a screenshot onto it)."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(Msg("storage.not_a_file", path=path))
    sha, size = store_file(path)  # content-addressed: a leftover blob after a failure is harmless
    with database.atomic():
        event = _event(event_id)
        shown = name or path.name
        mime = mimetypes.guess_type(shown)[0] or ""
        (row,) = add_stored(event, [(shown, sha, size, mime)], keep_revision=False)
        cases.touch(event.case_id)
        return row


def _event(event_id: int) -> Event:
    return existing(Event, event_id, "error.no_event")


def list_attachments(event_id: int) -> list[Attachment]:
    return list(Attachment.select().where(Attachment.event == event_id).order_by(Attachment.id))


def case_attachments(case_id: int) -> list[Attachment]:
    return list(Attachment.select().join(Event).where(Event.case == case_id).order_by(Event.occurred_at, Event.id,
                                                                                      Attachment.id))


def get_attachment(attachment_id: int) -> Attachment:
    return existing(Attachment, attachment_id, "error.no_attachment")


def remove_attachment(attachment_id: int) -> None:
    """Detach a file from its event (the stored bytes stay: another event may share them)."""
    with database.atomic():
        att = get_attachment(attachment_id)
        event = _event(att.event_id)
        change = chain.before_change(event)
        att.delete_instance()
        chain.after_change(change, keep_revision=False)
        cases.touch(event.case_id)


def file_of(attachment: Attachment) -> Path:
    """Where the bytes are; raises if the stored file is gone or altered in size."""
    path = blob_path(attachment.sha256)
    if not path.is_file():
        raise NotFound(Msg("storage.attachment_missing", name=attachment.name, sha=attachment.sha256[:12]))
    return path


def human_size(n: int) -> str:
    """1234567 -> '1.2 MB' (units are the same in every language)."""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def is_image(attachment: Attachment) -> bool:
    return (attachment.mime or mimetypes.guess_type(attachment.name)[0] or "").startswith("image/")


def screenshot_name(taken_at) -> str:
    """'screenshot-2026-03-02-084012.png': the moment taken, in the user's zone."""
    return f"screenshot-{to_utc(taken_at).astimezone():%Y-%m-%d-%H%M%S}.png"


def attach_screenshot(png: bytes, taken_at, *, event_id: int | None = None, case_id: int | None = None,
                      summary: str = "") -> Attachment:
    """A screenshot (PNG bytes), stored by its SHA-256 and attached to `event_id`, or (with
    `case_id`) to a new observation entry at the moment it was taken, titled `summary`."""
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InvalidInput(Msg("storage.not_png"))
    sha, size = store_bytes(png)
    with database.atomic():
        if event_id is None:
            from . import events

            event = events.create_event(case_id, "observation", summary, occurred_at=taken_at)
        else:
            event = _event(event_id)
        (row,) = add_stored(event, [(screenshot_name(taken_at), sha, size, "image/png")], keep_revision=False)
        cases.touch(event.case_id)
        return row
