"""The shipped resources (demo case, playbooks, translations, icons, desktop files).

They are package data of `casekeeper.resources` (the repository's resources/) and of
`casekeeper` itself (packaging/casekeeper/: the .desktop entry and AppStream metainfo),
read with importlib.resources, so they are found the same way from a checkout, an
installed wheel and the PyInstaller bundle."""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = "casekeeper.resources"
_kept = ExitStack()
atexit.register(_kept.close)


def resource(*parts: str, package: str = _PACKAGE) -> Traversable:
    """A shipped resource, e.g. resource("demo", "demo.en.toml")."""
    return files(package).joinpath(*parts)


def resource_file(*parts: str, package: str = _PACKAGE) -> Path:
    """The resource as a file on disk (for APIs that want a path, such as Qt's);
    valid until the process ends."""
    return _kept.enter_context(as_file(resource(*parts, package=package)))


def listing(*parts: str, suffix: str = "", package: str = _PACKAGE) -> list[str]:
    """Names of the files in a resource folder that end with `suffix`, sorted."""
    folder = resource(*parts, package=package)
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(suffix) and entry.is_file())
