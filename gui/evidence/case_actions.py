"""The evidence actions on the open case: import mail, export a report, verify the timeline."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QProgressDialog, QVBoxLayout, QWidget,
)

from casekeeper.db import cases

from .. import i18n
from ..common import arg, run_action

translate = QCoreApplication.translate




class _WaitCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


class ImportResultsDialog(QDialog):
    """What happened to each file, in the UI language."""

    def __init__(self, results, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Evidence", "Mail import"))
        imported = sum(r.count("imported") for r in results)
        failed = sum(r.count("failed") + (1 if r.error else 0) for r in results)
        head = QLabel(arg(translate("Evidence", "Imported: %1. Not imported: %2. "
                                              "Files that failed did not change the case."),
                          imported, failed))
        head.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        lang = i18n.current()
        self.text.setPlainText("\n".join(line for r in results for line in r.lines(lang)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)


def import_mail(parent: QWidget, case_id: int, paths: list[str], status=None) -> list[int]:
    """Import mail files into a case; returns the new event ids. Problems are shown in a dialog."""
    dialog = QProgressDialog(translate("Evidence", "Importing mail…"), translate("Evidence", "Stop"), 0, 0, parent)
    dialog.setWindowTitle(translate("Evidence", "Mail import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(done: int) -> bool:
        dialog.setLabelText(arg(translate("Evidence", "Importing mail… %1 message(s) so far."), done))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    from casekeeper.db import mail_import   # the mail parser loads when mail is first imported, not at start-up

    with _WaitCursor():
        results = run_action(parent, mail_import.import_files, case_id, paths, lang=i18n.current(),
                             progress=progress)
    dialog.close()
    if results is None:
        return []
    new_ids = [m.event_id for r in results for m in r.messages if m.status == "imported"]
    quiet = all(r.ok for r in results) and not any(m.warnings for r in results for m in r.messages)
    if quiet and status is not None:
        dup = sum(r.count("duplicate") for r in results)
        status(arg(translate("Evidence", "Imported %1 message(s); %2 were already in the case."), len(new_ids), dup))
    else:
        ImportResultsDialog(results, parent).exec()
    return new_ids


def choose_mail(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("Evidence", "Import mail"), str(Path.home()),
        translate("Evidence", "Mail files (*.eml *.mbox *.mbx);;All files (*)"))
    return paths


def export_case(parent: QWidget, case_id: int, status=None, fmt: str | None = None, path: str | None = None):
    """Ask where (and which format) unless given; write the report. Returns the path or None."""
    from casekeeper.db import export_formats

    lang = i18n.current()
    if path is None:
        title = cases.get_case(case_id).title
        default = export_formats.by_name(export_formats.DEFAULT)
        offered = export_formats.in_dialog()
        filters = [f.filter_in(lang) for f in offered]
        chosen, selected = QFileDialog.getSaveFileName(parent, translate("Evidence", "Export case"),
                                                       str(Path.home() / f"{title}{default.suffix}"),
                                                       ";;".join(filters), default.filter_in(lang))
        if not chosen:
            return None
        found = export_formats.for_path(chosen)
        if found is None:
            found = offered[filters.index(selected)] if selected in filters else default
            chosen += found.suffix
        fmt, path = found.name, chosen

    from ..background import run_off_gui

    label = arg(translate("Evidence", "Exporting the case to %1…"), Path(path).name)
    done = run_off_gui(parent, label, export_formats.by_name(fmt).write, case_id, path, lang)
    if done is not None and status is not None:
        status(arg(translate("Evidence", "Exported to %1"), str(done)))
    return done


def verify_case(parent: QWidget, case_id: int) -> bool | None:
    """File > Verify timeline: the dialog of the integrity area (gui/integrity/verify_dialog.py)."""
    from ..integrity.verify_dialog import verify_case as run

    return run(parent, case_id)
