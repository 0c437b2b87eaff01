"""The fonts of the PDF report (db/report_pdf.py): Noto Sans CJK JP for all text, Latin and
Japanese alike (one family: digits, kana and kanji share a design), and Noto Sans Mono CJK JP
for hashes. On Debian both come from the package fonts-noto-cjk
(/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc).

Where they are found, in this order:
1. the folder named by $CASEKEEPER_FONT_DIR (a bundle or a packager may set it);
2. the package's own resources/fonts folder, when a bundle ships the files there;
3. fontconfig: `fc-match` for each family; only an exact family match counts, so a
   substitute font (which would lack Japanese) is never used silently.
Typst reads fonts by folder, so the answer is the folders that hold the files.
No font: ReportFontMissing with a message that says what to install."""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from .errors import CasekeeperError
from .labels import Msg

FAMILY = "Noto Sans CJK JP"
MONO = "Noto Sans Mono CJK JP"
# The files a bundle must carry (any one of these names per style; the .ttc holds both families).
FILES = ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")
_FONT_SUFFIXES = (".ttc", ".otf", ".ttf")


class ReportFontMissing(CasekeeperError):
    """No font for the PDF report's text was found."""


def _has_fonts(folder: Path) -> bool:
    return folder.is_dir() and any(p.suffix.lower() in _FONT_SUFFIXES for p in folder.iterdir())


def _bundled() -> Path | None:
    try:
        from importlib.resources import files

        folder = Path(str(files("casekeeper.resources") / "fonts"))
    except (ModuleNotFoundError, TypeError):
        return None
    return folder if _has_fonts(folder) else None


def fc_match(family: str, style: str = "Regular") -> Path | None:
    """The file fontconfig gives for `family`, or None when fontconfig is missing or only
    offers another family."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{family}\n%{file}", f"{family}:style={style}"],
                             capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    names, _, file = out.partition("\n")
    if family not in [n.strip() for n in names.split(",")] or not file:
        return None
    path = Path(file.strip())
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def font_dirs() -> tuple[str, ...]:
    """Folders with the report's fonts; raises ReportFontMissing when there are none."""
    override = os.environ.get("CASEKEEPER_FONT_DIR")
    if override:
        if _has_fonts(Path(override)):
            return (override,)
        raise ReportFontMissing(Msg("report.font_dir_empty", path=override))
    bundled = _bundled()
    if bundled is not None:
        return (str(bundled),)
    found = [fc_match(FAMILY, style) for style in ("Regular", "Bold")] + [fc_match(MONO)]
    if found[0] is None:
        raise ReportFontMissing(Msg("report.no_font", family=FAMILY))
    return tuple(dict.fromkeys(str(p.parent) for p in found if p is not None))
