"""`make bench`: the speed figures of Casekeeper, as medians of alternated runs.

    python tools/bench.py [--runs N] [--big] [--display :N] [--json]
    make bench ARGS="--runs 9 --big"

Data: .bench/data (1,000 cases, 200,000 events, one case with 50,000), built once by
tools/bench_data.py; with --big also .bench/big (10,000 cases, 1,000,000 events),
built once (a few minutes) and cached. Both are brought to this branch's schema in place.

1. Ready, watched from outside (tools/bench_ready.py, an X client on a private Xvfb; the
   app reports nothing about itself): from process start until the main window is mapped,
   its start page (Today) is filled in (the title says "Today" only then) and the GUI thread
   has answered every ping within 100 ms since. Runs alternate with the floor, a bare
   PySide6 QMainWindow watched the same way; each run is watched for 5 s, the longest
   stall of the GUI thread in those 5 s is reported (the worst run), and the peak RSS.
   Each app run starts on a fresh copy of the database, so it is the first start of the day
   (the daily backup runs during the watch); the data dir's holiday cache is there, as on
   any start after the first.
2. Opening the 50,000-event case: click to the first paint of its timeline (tools/bench_gui.py).
3. Search: a Japanese and an English word (db), and typing two-character words in the
   search box of the window (a common one, and one found nowhere, which reads every entry
   up to the time budget): the longest GUI stall while typing and the time to the answer.
4. The Today/due query over all cases.
5. Export of the 50,000-event case to Markdown and to PDF (the command line, a fresh copy).
6. Importing a 2,000-message mbox (about 48 MB): messages per second and peak RSS (tools/bench_mail.py).

Byte-compiled as an installed app: the app, the floor and the tools run with
PYTHONPYCACHEPREFIX set to a private folder (outside the repository) and without
PYTHONDONTWRITEBYTECODE; one unmeasured run of each fills it first.
Load matters on a shared machine: the load average is printed with the figures.
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
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
sys.path.insert(0, str(ROOT / "tools"))

from bench_ready import STALL_MS, Watch  # noqa: E402

SIZES = {  # name: (cases, events, folder)
    "1k": (1_000, 200_000, ".bench/data"),
    "10k": (10_000, 1_000_000, ".bench/big"),
}
LABEL = {"1k": "1,000 cases / 200,000 events", "10k": "10,000 cases / 1,000,000 events"}
TARGETS = {"ready_ratio": {"1k": 1.5, "10k": 2.0}, "stall_ms": STALL_MS, "timeline_ms": 100, "search_ms": 50,
           "type_answer_ms": 300, "due_ms": {"1k": 10, "10k": 50}, "rss_mb": {"1k": 150, "10k": 200},
           "export_md_s": 3, "export_pdf_s": 15, "mail_per_s": 150, "mail_rss_mb": 200}
JA_QUERY, EN_QUERY = "請求書", "invoice"
SHORT_QUERIES = ("停止", "腹痛")   # a two-character word found everywhere, and one found nowhere (a full scan)
WATCH_S = 5.0


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


# ---------------------------------------------------------------- environment

class Env:
    """The display and the byte-code cache every child process runs with."""

    def __init__(self, display: str | None):
        self.pycache = Path(tempfile.mkdtemp(prefix="casekeeper-bench-pyc-"))
        self.xvfb = None
        if display is None:
            self.xvfb, display = start_xvfb()
        self.display = display

    def vars(self, **extra) -> dict:
        e = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")}
        e.update(DISPLAY=self.display, PYTHONPYCACHEPREFIX=str(self.pycache), **extra)
        e.pop("WAYLAND_DISPLAY", None)
        return e

    def close(self) -> None:
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(10)
        shutil.rmtree(self.pycache, ignore_errors=True)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server (Xvfb picks a free display number and tells it on a pipe)."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("make bench needs Xvfb (Debian package xvfb), or --display :N of a running X server")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


# ---------------------------------------------------------------- data

def _applied(db_file: Path) -> set[int]:
    import sqlite3

    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT version FROM schema_version")}
    except sqlite3.DatabaseError:
        return set()
    finally:
        conn.close()


def ensure_data(size: str) -> Path:
    """The bench data dir of that size: built once, migrated in place to this branch's schema
    (rebuilt only when it has a migration this branch does not know), with a holiday cache."""
    from casekeeper.db import migrations

    cases, events, folder = SIZES[size]
    path = ROOT / folder
    db_file = path / "casekeeper.sqlite3"
    known = {n for n, _ in migrations.steps()}
    applied = _applied(db_file) if db_file.exists() else set()
    # migrating in place works when what is missing is newer than all applied (a step numbered
    # below the newest applied one would be skipped): else, and for unknown steps, build anew
    missing = known - applied
    if not applied or not applied <= known or (missing and min(missing) < max(applied)):
        shutil.rmtree(path, ignore_errors=True)
        print(f"building the bench data in {path} ({LABEL[size]}; once) ...", flush=True)
        subprocess.run([PY, str(ROOT / "tools" / "bench_data.py"), str(path), "--cases", str(cases), "--events",
                        str(events)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    from casekeeper.db import clock, today
    from casekeeper.db.connection import close_database, open_path
    from casekeeper.db.models import database

    if _applied(db_file) != known:
        print(f"bringing {path} to this branch's schema ...", flush=True)
    database.initialize(open_path(db_file))     # migrates in place
    try:
        from casekeeper.db import holiday_cache

        holiday_cache.use_dir(path / "cache")
        today.gather(clock.now(), "en")                          # the holiday cache of a second start
    finally:
        close_database()
    return path


def fresh_copy(src: Path, dest: Path) -> Path:
    """A private copy of the data dir (the database and its cache) for one run of the app."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copyfile(src / "casekeeper.sqlite3", dest / "casekeeper.sqlite3")
    if (src / "cache").is_dir():
        shutil.copytree(src / "cache", dest / "cache")
    return dest


# ---------------------------------------------------------------- 1. ready

def app_cmd(data: Path) -> list[str]:
    return [PY, "-m", "casekeeper.gui.main", "--data-dir", str(data), "--lang", "en"]


def bench_ready(env: Env, size: str, data: Path, work: Path, runs: int) -> dict:
    watch = Watch(env.display)
    floor_cmd = [PY, str(ROOT / "tools" / "bench_floor.py")]
    floor, app = [], []
    for n in range(runs):
        floor.append(watch.run(floor_cmd, WATCH_S, "", env=env.vars(), cwd=str(ROOT)))
        copy = fresh_copy(data, work / f"ready-{size}")
        app.append(watch.run(app_cmd(copy), WATCH_S, "Today", env=env.vars(), cwd=str(ROOT)))
        shutil.rmtree(copy, ignore_errors=True)
        if app[-1]["ready_s"] is None:
            raise SystemExit(f"the app was not ready within {WATCH_S} s: {app[-1]}")

    def med(runs_, key):
        return statistics.median(r[key] for r in runs_)

    out = {"floor_map_s": med(floor, "map_s"), "floor_ready_s": med(floor, "ready_s"),
           "app_map_s": med(app, "map_s"), "app_ready_s": med(app, "ready_s"),
           "app_filled_s": med(app, "filled_s"),
           "pair_ratios": [a["ready_s"] / f["ready_s"] for a, f in zip(app, floor)],
           "stall_ms": max(r["stall_ms"] for r in app), "floor_stall_ms": max(r["stall_ms"] for r in floor),
           "rss_mb": med(app, "rss_mb"), "floor_rss_mb": med(floor, "rss_mb"), "runs": {"floor": floor, "app": app}}
    out["ratio"] = out["app_ready_s"] / out["floor_ready_s"]
    out["map_ratio"] = out["app_map_s"] / out["floor_map_s"]
    return out


def print_ready(size: str, r: dict) -> None:
    target = TARGETS["ready_ratio"][size]
    print(f"1. ready, {LABEL[size]} (load {load()}):\n"
          f"   floor: map {r['floor_map_s'] * 1000:.0f} ms, ready {r['floor_ready_s'] * 1000:.0f} ms; "
          f"app: map {r['app_map_s'] * 1000:.0f} ms ({r['map_ratio']:.2f}x), Today filled "
          f"{r['app_filled_s'] * 1000:.0f} ms, ready {r['app_ready_s'] * 1000:.0f} ms\n"
          f"   ready ratio {r['ratio']:.2f} (pairs: median {statistics.median(r['pair_ratios']):.2f}) "
          f"(target <= {target}) {verdict(r['ratio'] <= target)}; "
          f"longest GUI stall in the first {WATCH_S:.0f} s: {r['stall_ms']:.0f} ms, worst run "
          f"(floor {r['floor_stall_ms']:.0f} ms) (target <= {STALL_MS}) {verdict(r['stall_ms'] <= STALL_MS)}; "
          f"peak RSS {r['rss_mb']:.0f} MB (floor {r['floor_rss_mb']:.0f} MB) "
          f"(target < {TARGETS['rss_mb'][size]}) {verdict(r['rss_mb'] < TARGETS['rss_mb'][size])}", flush=True)


# ---------------------------------------------------------------- 2./3. inside the window

def bench_gui(env: Env, data: Path, work: Path, runs: int, size: str) -> dict:
    """Timeline first paint, typing in the search box, peak RSS (tools/bench_gui.py)."""
    copy = fresh_copy(data, work / f"gui-{size}")
    try:
        r = subprocess.run([PY, str(ROOT / "tools" / "bench_gui.py"), str(copy), "--runs", str(runs),
                            "--type", ",".join(SHORT_QUERIES)], cwd=ROOT, env=env.vars(), capture_output=True, text=True,
                           timeout=600)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    if r.returncode != 0:
        raise RuntimeError(f"bench_gui failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- 3./4. queries

def bench_queries(data: Path, runs: int) -> dict:
    """Search and the due query, through the db layer (what the window's worker calls)."""
    from casekeeper.db import clock, deadlines, search
    from casekeeper.db.connection import close_database, open_path
    from casekeeper.db.models import database

    database.initialize(open_path(data / "casekeeper.sqlite3"))
    try:
        out = {}
        for key, query in (("search_ja", JA_QUERY), ("search_en", EN_QUERY)):
            out[key + "_hits"] = len(search.search(query, limit=100))
            out[key + "_ms"] = _median_ms(lambda: search.search(query, limit=100), runs)
        now = clock.now()
        out["due_items"] = len(deadlines.due(now))
        out["due_ms"] = _median_ms(lambda: deadlines.due(now), runs)
        out["today_due_items"] = len(deadlines.due(now, 7))           # what the Today page asks for
        out["today_due_ms"] = _median_ms(lambda: deadlines.due(now, 7), runs)
    finally:
        close_database()
    return out


def _median_ms(func, runs: int) -> float:
    times = []
    for _ in range(max(runs, 5)):
        t = time.perf_counter()
        func()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


# ---------------------------------------------------------------- 5. export

def bench_export(env: Env, data: Path, work: Path, runs: int) -> dict:
    """`casekeeper export 1 --format md|pdf` (case 1 has 50,000 events), on a fresh copy each
    time: the figure includes the process start, as a user's export from the command line."""
    out = {}
    for fmt, count in (("md", runs), ("pdf", max(1, min(runs, 3)))):
        times = []
        for _ in range(count):
            copy = fresh_copy(data, work / "export")
            links_before = _sealed(copy)
            target = work / f"report.{fmt}"
            started = time.perf_counter()
            r = subprocess.run([PY, "-m", "casekeeper.gui.main", "--data-dir", str(copy), "export", "1", "--format",
                                fmt, "-o", str(target)], cwd=ROOT, env=env.vars(QT_QPA_PLATFORM="offscreen"),
                               capture_output=True, text=True, timeout=600)
            times.append(time.perf_counter() - started)
            if r.returncode != 0:
                raise RuntimeError(f"export {fmt} failed: {r.stderr[-2000:]}")
            out[f"export_{fmt}_bytes"] = target.stat().st_size
            out[f"export_{fmt}_sealed"] = _sealed(copy) - links_before
        out[f"export_{fmt}_s"] = statistics.median(times)
    shutil.rmtree(work / "export", ignore_errors=True)
    return out


def _sealed(data: Path) -> int:
    """How many links the timeline chain of case 1 has after the export (an export must not seal)."""
    import sqlite3

    conn = sqlite3.connect(data / "casekeeper.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM chain_links WHERE case_id = 1").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- 6. mail

def bench_mail(env: Env, work: Path) -> dict:
    """Import the 2,000-message mbox (built once under .bench/) into a fresh data dir, in a
    process of its own (tools/bench_mail.py), so its peak RSS is the import's."""
    mbox = ROOT / ".bench" / "mail-2000.mbox"
    if not mbox.exists() or not mbox.with_suffix(".key.json").exists():
        print("building the 2,000-message mbox (once) ...", flush=True)
        subprocess.run([PY, "tools/bench_mail.py", "build", str(mbox)], cwd=ROOT, env=env.vars(), check=True)
    data = work / "mail"
    shutil.rmtree(data, ignore_errors=True)
    r = subprocess.run([PY, "tools/bench_mail.py", "run", str(mbox), str(data)], cwd=ROOT, env=env.vars(),
                       capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise RuntimeError(f"bench_mail failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (medians are printed); ready runs "
                                                            "alternate app and floor")
    parser.add_argument("--big", action="store_true", help="also 10,000 cases / 1,000,000 events (built once, cached)")
    parser.add_argument("--only", default="", help="comma-separated: ready,gui,queries,export,mail (default: all)")
    parser.add_argument("--display", help="an X display to use (default: a private Xvfb)")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(","))) or {"ready", "gui", "queries", "export", "mail"}
    started = time.perf_counter()
    sizes = ["1k", "10k"] if args.big else ["1k"]
    data = {size: ensure_data(size) for size in sizes}
    env = Env(args.display)
    work = ROOT / ".bench" / "work"
    results: dict = {}
    try:
        print(f"casekeeper bench: {time.strftime('%Y-%m-%d %H:%M')}, {platform.platform()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}, X display {env.display} (Xvfb 1366x768), {args.runs} runs; "
              f"byte-compiled: PYTHONPYCACHEPREFIX={env.pycache} (filled by one unmeasured run of each); "
              f"load {load()}", flush=True)
        watch = Watch(env.display)                     # the unmeasured runs that fill the byte-code cache
        watch.run([PY, str(ROOT / "tools" / "bench_floor.py")], 3, "", env=env.vars(), cwd=str(ROOT))
        copy = fresh_copy(data["1k"], work / "warm")
        watch.run(app_cmd(copy), 4, "Today", env=env.vars(), cwd=str(ROOT))
        shutil.rmtree(copy, ignore_errors=True)
        for size in sizes:
            if "ready" in only:
                results[f"ready_{size}"] = r = bench_ready(env, size, data[size], work, args.runs)
                print_ready(size, r)
        for size in sizes:
            if "gui" in only:
                results[f"gui_{size}"] = g = bench_gui(env, data[size], work, args.runs, size)
                print(f"2. {LABEL[size]}: open the {g['events']:,}-event case, click to first timeline paint: "
                      f"{g['timeline_ms']:.0f} ms (target < {TARGETS['timeline_ms']}) "
                      f"{verdict(g['timeline_ms'] < TARGETS['timeline_ms'])}; peak RSS then {g['rss_mb']:.0f} MB "
                      f"(load {load()})", flush=True)
                for t in g["typed"]:
                    print(f"3. {LABEL[size]}: typing '{t['word']}' in the search box: longest GUI stall "
                          f"{t['type_stall_ms']:.0f} ms (target <= {STALL_MS}) "
                          f"{verdict(t['type_stall_ms'] <= STALL_MS)}; answer {t['type_answer_ms']:.0f} ms after the "
                          f"last key, {t['type_hits']} hits"
                          f"{'' if t['type_complete'] else ' (newest entries; the panel asks for one more character)'} "
                          f"(target <= {TARGETS['type_answer_ms']}) "
                          f"{verdict(t['type_answer_ms'] <= TARGETS['type_answer_ms'])}", flush=True)
        for size in sizes:
            if "queries" in only:
                results[f"queries_{size}"] = q = bench_queries(data[size], args.runs)
                worst = max(q["search_ja_ms"], q["search_en_ms"])
                print(f"3. {LABEL[size]}: search over all events: '{JA_QUERY}' {q['search_ja_ms']:.1f} ms "
                      f"({q['search_ja_hits']} hits), '{EN_QUERY}' {q['search_en_ms']:.1f} ms "
                      f"({q['search_en_hits']} hits) (target < {TARGETS['search_ms']}) "
                      f"{verdict(worst < TARGETS['search_ms'])}", flush=True)
                target = TARGETS["due_ms"][size]
                print(f"4. {LABEL[size]}: due query over all cases: {q['due_ms']:.1f} ms ({q['due_items']} items), "
                      f"Today's (next 7 days): {q['today_due_ms']:.1f} ms ({q['today_due_items']} items) "
                      f"(target < {target}) {verdict(q['due_ms'] < target)} (load {load()})", flush=True)
        if "export" in only:
            results["export"] = x = bench_export(env, data["1k"], work, args.runs)
            print(f"5. export of the 50,000-event case: md {x['export_md_s']:.1f} s "
                  f"(target < {TARGETS['export_md_s']}) {verdict(x['export_md_s'] < TARGETS['export_md_s'])}, "
                  f"pdf {x['export_pdf_s']:.1f} s (target < {TARGETS['export_pdf_s']}) "
                  f"{verdict(x['export_pdf_s'] < TARGETS['export_pdf_s'])}; events sealed by the export: "
                  f"{x['export_md_sealed'] + x['export_pdf_sealed']} links added (must be 0) (load {load()})", flush=True)
        if "mail" in only:
            results["mail"] = mail = bench_mail(env, work)
            print(f"6. mbox import: {mail['imported']:,} messages ({mail['mb']:.0f} MB) at {mail['per_s']:.0f} "
                  f"messages/s, peak RSS {mail['rss_mb']:.0f} MB (target >= {TARGETS['mail_per_s']}/s, < "
                  f"{TARGETS['mail_rss_mb']} MB) "
                  f"{verdict(mail['per_s'] >= TARGETS['mail_per_s'] and mail['rss_mb'] < TARGETS['mail_rss_mb'])} "
                  f"(load {load()})", flush=True)
    finally:
        env.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
