"""Reading the database off the GUI thread.

One worker thread with its own SQLite connection (peewee keeps a connection per thread:
the worker connects the shared `database` itself, with the same pragmas; WAL lets it read
while the GUI thread writes). A job is a db function and its arguments; its result (plain
values, never lazily-loading model objects) comes back on the GUI thread through a queued
signal, to a callback, in the order the jobs were submitted.

    ticket = worker().submit(db_function, arg1, arg2, done=callback, failed=on_error)

`Latest` keeps only the newest of a series of jobs (a page refreshed again, a search
typed further): the result of a job that was superseded is dropped, never applied, and a
superseded job that has not started yet is skipped.
"""
from __future__ import annotations

import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class DbWorker(QObject):
    _finished = Signal(int, object, object)     # ticket, result, exception (from the worker thread)

    def __init__(self):
        super().__init__()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._next = 0
        self._lock = threading.Lock()
        self.cancelled: set[int] = set()
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="casekeeper-db-worker", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable, *args, done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> int:
        with self._lock:
            self._next += 1
            ticket = self._next
        self._callbacks[ticket] = (done, failed)
        self._jobs.put((ticket, fn, args))
        return ticket

    def cancel(self, ticket: int) -> None:
        """The result of `ticket` is dropped (and the job skipped if it has not started)."""
        self._callbacks.pop(ticket, None)
        with self._lock:
            self.cancelled.add(ticket)

    def _run(self) -> None:
        from casekeeper.db.models import database

        connected_to = None
        while True:
            ticket, fn, args = self._jobs.get()
            with self._lock:
                if ticket in self.cancelled:
                    self.cancelled.discard(ticket)
                    continue
            result = error = None
            try:
                db = database.obj
                if db is not connected_to:          # first job, or the database was opened anew
                    if connected_to is not None and not connected_to.is_closed():
                        connected_to.close()        # this thread's connection to the old one
                    connected_to = db
                if db is not None:
                    db.connect(reuse_if_open=True)
                result = fn(*args)
            except BaseException as exc:            # handed to the GUI thread, raised or shown there
                error = exc
            try:
                self._finished.emit(ticket, result, error)
            except RuntimeError:            # the app is going away (its QObject was deleted)
                return

    def _deliver(self, ticket: int, result, error) -> None:
        with self._lock:
            self.cancelled.discard(ticket)
        done, failed = self._callbacks.pop(ticket, (None, None))
        if done is None:
            return                                  # cancelled: dropped
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            raise error


_worker: DbWorker | None = None


def worker() -> DbWorker:
    """The app's db worker (started on first use, lives as long as the process)."""
    global _worker
    if _worker is None:
        _worker = DbWorker()
    return _worker


class Latest:
    """The newest of a series of jobs: submitting again drops the previous one's result."""

    def __init__(self):
        self.ticket: int | None = None

    def submit(self, fn: Callable, *args, done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> int:
        self.drop()          # only the newest job's callbacks can still run: they end the series

        def finish(result):
            self.ticket = None
            done(result)

        def fail(exc):
            self.ticket = None
            if failed is None:
                raise exc
            failed(exc)

        self.ticket = worker().submit(fn, *args, done=finish, failed=fail)
        return self.ticket

    @property
    def busy(self) -> bool:
        return self.ticket is not None

    def drop(self) -> None:
        if self.ticket is not None:
            worker().cancel(self.ticket)
            self.ticket = None
