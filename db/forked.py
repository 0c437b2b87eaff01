"""Work done by a forked child process, on the machine's other core.

Python runs one thread at a time, so a second thread only takes turns with the first; a child
process really runs beside it. `start(fn, *args)` forks; the child runs `fn(*args)`, writes
what it returns pickled to an unlinked temporary file and ends (os._exit: nothing of the
parent's is cleaned up twice). The parent waits on a pipe whose write end only the child
holds: end of file on `Forked.fd` means the child is done; `Forked.result()` reads the file.
A child that fails gives `None`: the caller then does the work itself.

Forking is only safe while no other thread exists (a lock another thread holds stays locked
in the child), so `start` returns None where threads run (the window's background work, Qt), and where fork is not the way
(only Linux and the BSDs fork here). A child that reads the database connects on its own
(`connection.reconnect_in_child`): a SQLite connection must not be used across a fork."""
from __future__ import annotations

import os
import pickle
import sys
import tempfile
import threading
from typing import Any, Callable

FORK_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def possible() -> bool:
    """Fork is the way here and this process runs one thread only (Qt's and other libraries'
    threads count too: on Linux they are read from /proc)."""
    if not sys.platform.startswith(FORK_PLATFORMS) or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return threading.active_count() == 1


class Forked:
    """The parent's side of a child at work."""

    def __init__(self, pid: int, fd: int, file):
        self.pid, self.fd, self._file = pid, fd, file

    def done(self) -> bool:
        """The child has ended (its answer can be read without waiting)."""
        import select

        try:
            return bool(select.select([self.fd], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    def size(self) -> int:
        """Bytes of the answer written so far."""
        try:
            return os.fstat(self._file.fileno()).st_size if self._file is not None else 0
        except OSError:
            return 0

    def result(self) -> Any:
        """What the child's function returned, or None when it failed. Blocks until the child
        is done (at once when `fd` is at end of file); closes everything."""
        if self._file is None:
            return None
        try:
            while os.read(self.fd, 4096):
                pass
            status = os.waitpid(self.pid, 0)[1]
            if os.waitstatus_to_exitcode(status) != 0:
                return None
            self._file.seek(0)
            return pickle.load(self._file)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Give up on the child's answer (the child ends on its own and is reaped here or at exit)."""
        if self._file is None:
            return
        for done in (lambda: os.close(self.fd), self._file.close):
            try:
                done()
            except OSError:
                pass
        self._file = None
        try:
            os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            pass


def start(fn: Callable, *args) -> Forked | None:
    """`fn(*args)` in a forked child (see the module text), or None where that is not done."""
    if not possible():
        return None
    try:
        file = tempfile.TemporaryFile(prefix="casekeeper-")
        read_end, write_end = os.pipe()
    except OSError:
        return None
    pid = os.fork()
    if pid == 0:                             # the child: never returns
        os.close(read_end)
        code = 1
        try:
            pickle.dump(fn(*args), file, protocol=pickle.HIGHEST_PROTOCOL)
            file.flush()
            code = 0
        except BaseException:                # nothing to report: the parent does the work itself
            pass
        finally:
            os._exit(code)
    os.close(write_end)
    return Forked(pid, read_end, file)
