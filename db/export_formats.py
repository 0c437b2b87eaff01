"""The export formats of a case, in one list: the CLI's --format choices, the window's
file dialog (labels, file name endings) and which function writes each.

A writer is "module:function" called as function(case_id, path, lang) -> Path. None of
them needs Qt: the PDF report is typeset by Typst (db/report_pdf.py)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportFormat:
    name: str                     # the --format value
    suffix: str                   # the file name ending
    label: dict[str, str]         # what the file dialog calls it, per language (without the pattern)
    writer: str                   # "module:function"
    dialog: bool = True           # offered by the window's Export dialog (the write-up has its own)

    def label_in(self, lang: str) -> str:
        return self.label.get(lang, self.label["en"])

    def filter_in(self, lang: str) -> str:
        """A Qt file dialog filter: 'PDF report (*.pdf)'."""
        return f"{self.label_in(lang)} (*{self.suffix})"

    def write(self, case_id: int, path, lang: str = "en") -> Path:
        return call(self.writer, case_id, path, lang)


FORMATS = [
    ExportFormat("md", ".md", {"en": "Markdown report", "ja": "Markdown の報告書"},
                 "casekeeper.db.export:export_markdown"),
    ExportFormat("pdf", ".pdf", {"en": "PDF report", "ja": "PDF の報告書"},
                 "casekeeper.db.report_pdf:export_pdf"),
    ExportFormat("bundle", ".zip", {"en": "Evidence bundle", "ja": "証拠一式"},
                 "casekeeper.db.export:export_bundle"),
    # Markdown, or HTML when the file name ends in .html; the window: File > Publish write-up…
    ExportFormat("writeup", ".md", {"en": "Write-up to publish", "ja": "公開用の記事"},
                 "casekeeper.db.writeup:export_writeup", dialog=False),
]
DEFAULT = "pdf"   # what the window's export dialog offers first


def call(writer: str, *args):
    module, _, function = writer.partition(":")
    return getattr(importlib.import_module(module), function)(*args)


def names() -> list[str]:
    return [f.name for f in FORMATS]


def by_name(name: str) -> ExportFormat:
    return next(f for f in FORMATS if f.name == name)


def in_dialog() -> list[ExportFormat]:
    """The formats the window's Export dialog offers."""
    return [f for f in FORMATS if f.dialog]


def for_path(path: str) -> ExportFormat | None:
    """The format of the Export dialog that a file name's ending asks for, if any."""
    lower = str(path).lower()
    return next((f for f in in_dialog() if lower.endswith(f.suffix)), None)
