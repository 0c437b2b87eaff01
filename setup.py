"""Build steps pyproject.toml cannot declare: the package list of the repository's
db/ and gui/ trees under `casekeeper`, and the .qm translations compiled from the
.ts files when the wheel is built (they are never committed)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


def packages() -> list[str]:
    found = ["casekeeper", "casekeeper.resources"]
    for top in ("db", "gui"):
        for init in sorted((HERE / top).rglob("__init__.py")):
            found.append(".".join(("casekeeper", *init.parent.relative_to(HERE).parts)))
    # The data folders (demo/, icons/, playbooks/, translations/): listed, so setuptools takes
    # their files as package data of a known package rather than warning about them.
    found += [f"casekeeper.resources.{d.name}" for d in sorted((HERE / "resources").iterdir())
              if d.is_dir() and not d.name.startswith((".", "_"))]
    return found


def compile_translations(target: Path) -> list[str]:
    """Every resources/translations/*.ts as .qm in `target`, with Qt's lrelease (PySide6)."""
    target.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        subprocess.run([sys.executable, "-c",
                        "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
                        "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(str(qm))
    return outputs


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        if self.editable_mode:   # the checkout is the package: .qm beside the .ts (gitignored)
            compile_translations(TRANSLATIONS)
        else:
            compile_translations(Path(self.build_lib) / "casekeeper" / "resources" / "translations")

    def get_outputs(self, include_bytecode=1):
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            folder = Path(self.build_lib) / "casekeeper" / "resources" / "translations"
            outputs += [str(folder / (ts.stem + ".qm")) for ts in sorted(TRANSLATIONS.glob("*.ts"))]
        return outputs


setup(packages=packages(), cmdclass={"build_py": BuildWithTranslations})
