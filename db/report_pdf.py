"""The case report as PDF, typeset by Typst (the `typst` package: the compiler in a
wheel, no Qt, no other program). What it says comes from db/report_data.py, the same
as the Markdown report; resources/report/report.typ lays it out.

Why Typst and not Qt's QPdfWriter (docs/pdf-reports.md): Qt writes each font's
ToUnicode map by inverting the font's cmap, so a glyph shared by two code points
extracts as the lower one (Noto Sans CJK: 用 -> U+2F64 KANGXI RADICAL USE) and the
digits of Noto Sans CJK extracted as nothing; it also writes no /Lang and no tags.
Typst maps each glyph run back to the text it was shaped from, writes /Lang and the
title, tags the structure (headings, lists, tables, figures with alt text), and
breaks Japanese lines properly.

The report data goes in as JSON through sys.inputs, so no user text is ever read as
Typst markup. The compile root is the attachment store, so only stored pictures can be
read. Fonts: db/report_fonts.py."""
from __future__ import annotations

import json
from datetime import tzinfo
from pathlib import Path

from . import attachments, cases, clock, export, report_data, report_fonts
from .errors import InvalidInput
from .labels import Msg


def _template() -> bytes:
    from importlib.resources import files

    return (files("casekeeper.resources") / "report" / "report.typ").read_bytes()


def _without_pictures(report: dict) -> dict | None:
    """The report with every picture left out (listed only), or None when it has none."""
    if not any(a.get("image") for e in report["timeline"] for a in e.get("attachments", ())):
        return None
    timeline = [{**e, "attachments": [{k: v for k, v in a.items() if k not in ("image", "image_format")}
                                      for a in e["attachments"]]} if e.get("attachments") else e
                for e in report["timeline"]]
    return {**report, "timeline": timeline}


def render_data(report: dict, *, root: Path | None = None) -> bytes:
    """PDF bytes of a report built by db.report_data.build. A picture Typst cannot decode
    (a damaged file) does not cost the report: it is made again with the pictures listed only."""
    import typst

    dirs = list(report_fonts.font_dirs())
    while True:
        try:
            return typst.compile(
                _template(), root=str(root or attachments.store_dir()), font_paths=dirs, ignore_system_fonts=True,
                sys_inputs={"data": json.dumps(report, ensure_ascii=False), "font": report_fonts.FAMILY},
                timestamp=clock.now().replace(microsecond=0), pdf_tags=True)
        except typst.TypstError as exc:
            plain = _without_pictures(report)
            if plain is None:
                raise InvalidInput(Msg("report.pdf_failed", error=getattr(exc, "message", str(exc)))) from exc
            report = plain


def render(case_id: int, lang: str = "en", zone: tzinfo | None = None) -> bytes:
    """The report of a case as PDF bytes (times in `zone`, default the user's)."""
    cases.get_case(case_id)
    return render_data(report_data.build(case_id, lang, zone))


def export_pdf(case_id: int, path, lang: str = "en", zone: tzinfo | None = None) -> Path:
    """Write the case report as a PDF to `path` (atomically)."""
    pdf = render(case_id, lang, zone)
    return export.write_atomic(path, lambda fh: fh.write(pdf))
