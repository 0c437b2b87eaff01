"""The tab titles of the workspace views, here so that their Japanese lives in the
workspace translation file (gui/main_window.py CASE_VIEWS uses the same texts)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLES = [
    QT_TRANSLATE_NOOP("CaseViews", "Desks"),
    QT_TRANSLATE_NOOP("CaseViews", "Identifiers"),
    QT_TRANSLATE_NOOP("CaseViews", "Checklists"),
    QT_TRANSLATE_NOOP("CaseViews", "Resources"),
]
