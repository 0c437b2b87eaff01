"""Developer commands (listed under their own heading in `casekeeper --help`): bench-data."""
from __future__ import annotations

from pathlib import Path

from .common import number


def register(sub) -> None:
    p = sub.add_parser("bench-data", description="build a synthetic data dir for `make bench`")
    p.add_argument("dir", metavar="DIR", help="data dir to create (must hold no cases)")
    p.add_argument("--cases", type=number("--cases", 1, 100_000, whole=True), default=1000,
                   help="number of cases (default 1000)")
    p.add_argument("--events", type=number("--events", 0, 10_000_000, whole=True), default=200_000,
                   help="number of timeline events in all (default 200000; one case gets 50000)")
    p.add_argument("--seed", type=number("--seed", 0, 2**32, whole=True), default=6, help="random seed (default 6)")
    p.set_defaults(func=cmd_bench_data)


def cmd_bench_data(args) -> int:
    from ..bench_data import build

    built = build(Path(args.dir).expanduser(), cases=args.cases, events=args.events, seed=args.seed)
    print(f"Built {built.cases} cases and {built.events} events in {built.data_dir} "
          f"({built.seconds:.1f} s); the large case is case {built.big_case_id}.")
    return 0
