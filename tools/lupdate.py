"""Refresh the translation sources.

Each feature area has its own `resources/translations/AREA_ja.ts` and a
`resources/translations/AREA.sources` file listing the source globs (one a
line) whose tr() strings belong to it, so areas never edit each other's files.
Run `make lupdate` (all areas) or `python tools/lupdate.py AREA ...`.
Existing translations are kept; new strings arrive unfinished.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TR = ROOT / "resources" / "translations"
LANGS = ["ja"]


def sources(area: str) -> list[str]:
    files: list[str] = []
    for line in (TR / f"{area}.sources").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            files += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(line))
    return files


def update(area: str) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for lang in LANGS:
        ts = TR / f"{area}_{lang}.ts"
        cmd = [str(lupdate), "-no-obsolete", "-locations", "none", "-target-language", lang,
               *sources(area), "-ts", str(ts.relative_to(ROOT))]
        subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str]) -> None:
    areas = argv or sorted(p.stem for p in TR.glob("*.sources"))
    for area in areas:
        update(area)


if __name__ == "__main__":
    main(sys.argv[1:])
