"""Entry point of the `casekeeper` command: a sub-command goes to db.cli (no Qt);
no sub-command opens the window."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from casekeeper.db import cli

    args = cli.parse(argv)
    if args.command is not None:
        sys.exit(cli.run(args))
    if args.install_desktop or args.uninstall_desktop:
        from casekeeper.gui.desktop_install import main as desktop_main

        sys.exit(desktop_main(args))
    from casekeeper.gui.app import run

    sys.exit(run(args))


if __name__ == "__main__":
    main()
