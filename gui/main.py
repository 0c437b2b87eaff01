"""Entry point of the `casekeeper` command: a sub-command goes to db.cli (no Qt);
no sub-command opens the window."""
from __future__ import annotations

import sys


def no_core_dumps() -> None:
    """No core file for this process: secrets (keyring answers, the passphrase of the encrypted
    secrets file) can be in its memory at any time. RLIMIT_CORE 0, soft and hard."""
    try:
        import resource
    except ImportError:   # not on this platform
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    no_core_dumps()
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
