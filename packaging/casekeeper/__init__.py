"""Casekeeper, installed as one import package.

The repository keeps its own layout; the build maps it (pyproject.toml, setup.py):
    casekeeper            <- packaging/casekeeper/  (this file; the .desktop entry and AppStream metainfo)
    casekeeper.db         <- db/         everything below the window, no Qt
    casekeeper.gui        <- gui/        everything Qt
    casekeeper.resources  <- resources/  demo case, playbooks, icons, translations (.qm built from .ts)
"""
APP_ID = "io.github.casekeeper.Casekeeper"   # AppStream component id = desktop entry id = icon name
