"""The "ready" figure of `make bench`, watched from outside the app, as an X client.

    python tools/bench_ready.py [--display :N] -- COMMAND ...     (one run, prints JSON)

The app reports nothing about itself. This watcher starts COMMAND and, on the X display:
  - map:    the first top-level window of that process (_NET_WM_PID) is mapped (MapNotify);
  - pings:  from then on it sends that window _NET_WM_PING client messages, one at a time,
            a few ms apart. Qt answers a ping from its GUI thread's event loop (it sends the
            message back to the root window), so the gap between two answers is how long
            the GUI thread was busy: the longest gap is the longest stall;
  - peak RSS: VmHWM of the process (/proc) at the end of the watch;
  - filled: the window title reaches its final text (--title-prefix, e.g. "Today": the main
            window shows "Today — Casekeeper" only once the Today page is filled in; the
            floor's title is set before it is shown).
ready = the first ping answer at or after the later of map and filled, after which the GUI
thread never again failed to answer for more than STALL_MS, until the end of the watch
(--seconds from process start). Times are seconds from spawning COMMAND.
"""
from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import time

STALL_MS = 100
PING_EVERY_S = 0.004      # pause between an answer and the next ping


class Watch:
    def __init__(self, display_name: str):
        from Xlib import X, display

        self.X = X
        self.d = display.Display(display_name)
        self.root = self.d.screen().root
        # MapNotify of top-level windows, and the ping answers Qt sends to the root window
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask | X.StructureNotifyMask)
        atom = lambda name: self.d.intern_atom(name)  # noqa: E731
        self.WM_PROTOCOLS, self.PING = atom("WM_PROTOCOLS"), atom("_NET_WM_PING")
        self.PID, self.NAME, self.UTF8 = atom("_NET_WM_PID"), atom("_NET_WM_NAME"), atom("UTF8_STRING")
        self.d.sync()

    def _pid_of(self, window) -> int | None:
        try:
            prop = window.get_full_property(self.PID, self.X.AnyPropertyType)
        except Exception:      # the window is gone already
            return None
        return int(prop.value[0]) if prop is not None and len(prop.value) else None

    def _title(self, window) -> str:
        try:
            prop = window.get_full_property(self.NAME, self.UTF8)
        except Exception:
            return ""
        if prop is None:
            return ""
        value = prop.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)

    def _ping(self, window, serial: int) -> None:
        from Xlib.protocol import event

        message = event.ClientMessage(window=window, client_type=self.WM_PROTOCOLS,
                                      data=(32, [self.PING, serial, window.id, 0, 0]))
        window.send_event(message, event_mask=0)
        self.d.flush()

    def run(self, cmd: list[str], seconds: float, title_prefix: str, env: dict | None = None,
            cwd: str | None = None) -> dict:
        X = self.X
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        now = lambda: time.perf_counter() - started  # noqa: E731
        window = None
        map_at = filled_at = None
        titles: list[tuple[float, str]] = []
        answers: list[float] = []
        serial, waiting_since, next_ping = 0, None, None
        fd = self.d.fileno()
        try:
            while now() < seconds:
                if window is not None and waiting_since is None and now() >= next_ping:
                    serial += 1
                    self._ping(window, serial)
                    waiting_since = now()
                timeout = 0.05 if window is None or waiting_since is not None else max(0.0, next_ping - now())
                if not self.d.pending_events():
                    select.select([fd], [], [], min(timeout, max(0.0, seconds - now())))
                while self.d.pending_events():
                    ev = self.d.next_event()
                    t = now()
                    if ev.type == X.MapNotify and window is None and self._pid_of(ev.window) == proc.pid:
                        window, map_at = ev.window, t
                        window.change_attributes(event_mask=X.PropertyChangeMask | X.StructureNotifyMask)
                        self.d.flush()
                        titles.append((t, self._title(window)))
                        next_ping = t
                    elif ev.type == X.ClientMessage and window is not None and ev.client_type == self.WM_PROTOCOLS:
                        fmt, data = ev.data
                        if data[0] == self.PING and data[1] == serial and waiting_since is not None:
                            answers.append(t)
                            waiting_since, next_ping = None, t + PING_EVERY_S
                    elif ev.type == X.PropertyNotify and window is not None and ev.atom == self.NAME:
                        titles.append((t, self._title(window)))
                if window is not None and filled_at is None and titles and titles[-1][1].startswith(title_prefix):
                    filled_at = titles[-1][0]
                if proc.poll() is not None:
                    break
        finally:
            code = proc.poll()
            peak_kb = _peak_rss_kb(proc.pid) if code is None else None
            if code is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            err = proc.stderr.read().decode("utf-8", "replace")[-2000:]
            proc.stderr.close()
        if code is not None:
            raise RuntimeError(f"{cmd[1:3]} ended early (exit {code}): {err}")
        if map_at is None:
            raise RuntimeError(f"{cmd[1:3]} mapped no window in {seconds} s: {err}")
        if waiting_since is not None:      # a ping still unanswered at the end counts as a stall so far
            answers.append(now())
        return {**summarise(map_at, filled_at, answers, titles, seconds),
                "rss_mb": peak_kb / 1024 if peak_kb else None}


def _peak_rss_kb(pid: int) -> int | None:
    """The process's peak resident memory so far (VmHWM), read from outside."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def summarise(map_at: float, filled_at: float | None, answers: list[float], titles, seconds: float) -> dict:
    """ready, map, the longest stall (ms) and when it began, from the answer times."""
    gaps = [(b - a, a) for a, b in zip([map_at, *answers], answers)]
    longest, longest_at = max(gaps) if gaps else (seconds - map_at, map_at)
    ready = None
    if filled_at is not None:
        start = max(map_at, filled_at)
        # the last answer that ends a stall over STALL_MS: ready can be no earlier than it
        last_stall_end = max((a + g for g, a in gaps if g * 1000 > STALL_MS), default=0.0)
        ready = next((a for a in answers if a >= start and a >= last_stall_end), None)
    return {"map_s": map_at, "filled_s": filled_at, "ready_s": ready, "stall_ms": longest * 1000,
            "stall_at_s": longest_at, "stalls_over": sum(1 for g, _ in gaps if g * 1000 > STALL_MS),
            "pings": len(answers), "titles": [[round(t, 3), s] for t, s in titles]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=os.environ.get("DISPLAY", ""))
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--title-prefix", default="")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    result = Watch(args.display).run(cmd, args.seconds, args.title_prefix, env={**os.environ, "DISPLAY": args.display})
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
