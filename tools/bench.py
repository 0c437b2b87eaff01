"""`make bench`: the figures of the scale issue (medians of several runs) and the mail import rate.

    python tools/bench.py [--data DIR] [--runs N]

Builds the synthetic data dir once (`casekeeper bench-data`, 1,000 cases, 200,000
events) under .bench/ unless --data is given, then prints one line each:
  1. start-up: process start to main window painted, app vs bare PySide6 (the floor), ratio;
  2. opening the 50,000-event case: click to first paint of the timeline;
  3. search: a Japanese and an English query over all events;
  4. the Today/due query over all cases;
  5. peak RSS of the app with that database open (and the large case shown);
  6. importing a 2,000-message mbox (about 48 MB): messages per second and peak RSS (tools/bench_mail.py).
db/ and gui/ are byte-compiled first, as an installed app is (--source-only: not).
Uses the display in $DISPLAY when there is one, else Qt's offscreen platform.
Runs on a copy of the data dir, so backups and settings written by the app do not pile up.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TARGETS = {"ratio": 1.5, "timeline_ms": 100, "search_ms": 50, "due_ms": 10, "rss_mb": 200, "mail_per_s": 150,
           "mail_rss_mb": 200}
JA_QUERY, EN_QUERY = "請求書", "invoice"


def env() -> dict:
    e = {**os.environ}
    if not e.get("DISPLAY") and not e.get("WAYLAND_DISPLAY"):
        e["QT_QPA_PLATFORM"] = "offscreen"
    return e


def _current(path: Path) -> bool:
    """The bench database exists and has exactly this branch's migrations applied."""
    import sqlite3

    from casekeeper.db import migrations

    db_file = path / "casekeeper.sqlite3"
    if not db_file.exists():
        return False
    conn = sqlite3.connect(db_file)
    try:
        applied = {r[0] for r in conn.execute("SELECT version FROM schema_version")}
    except sqlite3.DatabaseError:
        applied = set()
    finally:
        conn.close()
    return applied == {n for n, _ in migrations.steps()}


def ensure_data(path: Path) -> Path:
    if not _current(path):
        shutil.rmtree(path, ignore_errors=True)
        print(f"building the bench data in {path} (once per schema) ...", flush=True)
        subprocess.run([PY, "-m", "casekeeper.gui.main", "bench-data", str(path), "--cases", "1000", "--events", "200000"],
                       cwd=ROOT, env=env(), check=True, stdout=subprocess.DEVNULL)
    return path


def compile_sources() -> None:
    """Byte-compile db/ and gui/ as installing the app does (pip writes the .pyc files), so the
    start-up figure is an installed app's even where PYTHONDONTWRITEBYTECODE keeps Python from
    caching them itself (it still reads them); `--source-only` measures without them."""
    import compileall

    for package in ("db", "gui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def fresh_copy(src: Path, dest: Path) -> Path:
    """A private copy of the data dir (the database only) for one run of the app."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copy2(src / "casekeeper.sqlite3", dest / "casekeeper.sqlite3")
    return dest


def time_to_shown(cmd: list[str], extra_env: dict | None = None, timeout: float = 60) -> tuple[float, int]:
    """Seconds from spawning `cmd` to its `SHOWN <rss>` line, and the RSS it reported (kB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**env(), **(extra_env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    killer = threading.Timer(timeout, proc.kill)  # a window stuck on a dialog must not hang the bench
    killer.start()
    try:
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                elapsed = time.perf_counter() - started
                proc.wait(timeout)
                return elapsed, int(line.split()[1])
        raise RuntimeError(f"{cmd[1:3]} never reported SHOWN: {proc.stderr.read()[-2000:]}")
    finally:
        killer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def bench_startup(data: Path, work: Path, runs: int) -> dict:
    floor, app, rss = [], [], []
    time_to_shown([PY, "tools/bench_floor.py"])  # warm the OS file cache for both
    for n in range(runs):
        floor.append(time_to_shown([PY, "tools/bench_floor.py"])[0])
        # the app's first start of the day makes its backup after the window is shown;
        # a fresh copy each run keeps every run the same.
        copy = fresh_copy(data, work / "startup")
        t, kb = time_to_shown([PY, "-m", "casekeeper.gui.main", "--data-dir", str(copy), "--lang", "en"],
                              {"CASEKEEPER_BENCH": "1"})
        app.append(t)
        rss.append(kb)
    f, a = statistics.median(floor), statistics.median(app)
    return {"floor_s": f, "app_s": a, "ratio": a / f, "startup_rss_mb": statistics.median(rss) / 1024}


def bench_gui(data: Path, work: Path, runs: int) -> dict:
    """Timeline first paint and peak RSS, measured inside the app (tools/bench_gui.py)."""
    copy = fresh_copy(data, work / "gui")
    r = subprocess.run([PY, "tools/bench_gui.py", str(copy), "--runs", str(runs)], cwd=ROOT, env=env(),
                       capture_output=True, text=True, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(f"bench_gui failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def bench_queries(data: Path, runs: int) -> dict:
    """Search and the due query, through the db layer (what the window calls)."""
    from casekeeper.db import clock
    from casekeeper.db.connection import close_database, open_database

    db = open_database(data)
    try:
        search, how = _search_function(db)
        due, due_how = _due_function(db)
        out = {"search_how": how, "due_how": due_how}
        for key, query in (("search_ja", JA_QUERY), ("search_en", EN_QUERY)):
            hits = search(query)
            out[key + "_hits"] = len(hits)
            out[key + "_ms"] = _median_ms(lambda: search(query), runs)
        now = clock.now()
        out["due_items"] = len(due(now))
        out["due_ms"] = _median_ms(lambda: due(now), runs)
    finally:
        close_database()
    return out


def _search_function(db):
    try:
        from casekeeper.db import search as search_mod
    except ImportError:
        sql = ("SELECT id, case_id, summary FROM events WHERE summary LIKE ? OR body LIKE ? "
               "ORDER BY occurred_at DESC LIMIT 100")
        return (lambda q: db.execute_sql(sql, (f"%{q}%", f"%{q}%")).fetchall(),
                "LIKE over events (db.search not on this branch)")
    return (lambda q: search_mod.search(q, limit=100)), "casekeeper.db.search.search (FTS5), first 100 hits"


def _due_function(db):
    try:
        from casekeeper.db import deadlines
        if not hasattr(deadlines, "due"):
            raise ImportError
    except ImportError:
        sql = ("SELECT d.id, d.case_id, d.due_at FROM deadlines d JOIN cases c ON c.id = d.case_id "
               "WHERE d.state = 'open' AND c.status NOT IN ('resolved', 'closed') ORDER BY d.due_at")
        return (lambda now: db.execute_sql(sql).fetchall()), "SQL: open deadlines of open cases (db.deadlines.due not on this branch)"
    return (lambda now: deadlines.due(now)), "casekeeper.db.deadlines.due (all cases)"


def _median_ms(func, runs: int) -> float:
    times = []
    for _ in range(max(runs, 5)):
        t = time.perf_counter()
        func()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_mail(work: Path) -> dict:
    """Import the 2,000-message mbox (built once under .bench/) into a fresh data dir, in a
    process of its own (tools/bench_mail.py), so its peak RSS is the import's."""
    mbox = ROOT / ".bench" / "mail-2000.mbox"
    if not mbox.exists() or not mbox.with_suffix(".key.json").exists():
        print("building the 2,000-message mbox (once) ...", flush=True)
        subprocess.run([PY, "tools/bench_mail.py", "build", str(mbox)], cwd=ROOT, env=env(), check=True)
    data = work / "mail"
    shutil.rmtree(data, ignore_errors=True)
    r = subprocess.run([PY, "tools/bench_mail.py", "run", str(mbox), str(data)], cwd=ROOT, env=env(),
                       capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise RuntimeError(f"bench_mail failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / ".bench" / "data", help="bench data dir (built if missing)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (medians are printed)")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    parser.add_argument("--source-only", action="store_true",
                        help="do not byte-compile db/ and gui/ first (start-up then includes compiling them "
                             "when PYTHONDONTWRITEBYTECODE is set)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = ensure_data(args.data.resolve())
    if not args.source_only:
        compile_sources()
    work = ROOT / ".bench" / "work"
    platform_name = env().get("QT_QPA_PLATFORM") or "display " + env().get("DISPLAY", "")
    print(f"casekeeper bench: {time.strftime('%Y-%m-%d')}, {platform.platform()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, Qt platform: {platform_name}, {args.runs} runs"
          f"{', sources not byte-compiled' if args.source_only else ''}", flush=True)

    s = bench_startup(data, work, args.runs)
    print(f"1. start-up to main window shown: {s['app_s'] * 1000:.0f} ms; bare PySide6 floor {s['floor_s'] * 1000:.0f} ms; "
          f"ratio {s['ratio']:.2f} (target <= {TARGETS['ratio']}) {verdict(s['ratio'] <= TARGETS['ratio'])}", flush=True)
    g = bench_gui(data, work, args.runs)
    print(f"2. open the {g['events']:,}-event case, click to first timeline paint: {g['timeline_ms']:.0f} ms "
          f"(target < {TARGETS['timeline_ms']}) {verdict(g['timeline_ms'] < TARGETS['timeline_ms'])}", flush=True)
    q = bench_queries(data, args.runs)
    worst = max(q["search_ja_ms"], q["search_en_ms"])
    print(f"3. search over all events: '{JA_QUERY}' {q['search_ja_ms']:.1f} ms ({q['search_ja_hits']} hits), "
          f"'{EN_QUERY}' {q['search_en_ms']:.1f} ms ({q['search_en_hits']} hits) [{q['search_how']}] "
          f"(target < {TARGETS['search_ms']}) {verdict(worst < TARGETS['search_ms'])}", flush=True)
    print(f"4. Today/due query over all cases: {q['due_ms']:.1f} ms ({q['due_items']} items) [{q['due_how']}] "
          f"(target < {TARGETS['due_ms']}) {verdict(q['due_ms'] < TARGETS['due_ms'])}", flush=True)
    print(f"5. peak RSS with the database open and the large case shown: {g['rss_mb']:.0f} MB "
          f"(at start-up {s['startup_rss_mb']:.0f} MB) (target < {TARGETS['rss_mb']}) "
          f"{verdict(g['rss_mb'] < TARGETS['rss_mb'])}", flush=True)
    mail = bench_mail(work)
    print(f"6. mbox import: {mail['imported']:,} messages ({mail['mb']:.0f} MB) at {mail['per_s']:.0f} messages/s, "
          f"peak RSS {mail['rss_mb']:.0f} MB (target >= {TARGETS['mail_per_s']}/s, < {TARGETS['mail_rss_mb']} MB) "
          f"{verdict(mail['per_s'] >= TARGETS['mail_per_s'] and mail['rss_mb'] < TARGETS['mail_rss_mb'])}",
          flush=True)
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
    if args.json:
        print(json.dumps({**s, **g, **q, "mail": mail}, ensure_ascii=False))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
