"""backup, restore."""
from __future__ import annotations

from ..paths import prepare_data_dir, resolve_data_dir
from ..timeutil import iso, local
from .common import print_json


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a backup of the database now (kept in DATA_DIR/backups)")
    p.add_argument("--if-due", action="store_true", help="only if no backup was made today (what the app does on start)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="put a backup back in place (the current file is kept)")
    p.add_argument("backup", nargs="?", metavar="BACKUP", help="backup file name or path (default: the newest)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument("--json", action="store_true", help="machine-readable output (with --list)")
    p.set_defaults(func=cmd_restore)


def _data_dir(args):
    return prepare_data_dir(resolve_data_dir(args.data_dir))


def cmd_backup(args) -> int:
    from .. import backups

    data_dir = _data_dir(args)
    made = backups.daily_backup(data_dir) if args.if_due else backups.make_backup(data_dir, "manual")
    if made is None:
        print("A backup was already made today.")
    elif made.reused:
        print(f"Nothing changed since the backup {made.path}; no new one was made.")
    else:
        print(f"Backed up to {made.path}")
    return 0


def cmd_restore(args) -> int:
    from .. import backups

    data_dir = _data_dir(args)
    if args.list:
        rows = backups.list_backups(data_dir)
        if args.json:
            print_json([{"name": b.name, "kind": b.kind, "made_at": iso(b.made_at), "size": b.size,
                         "path": str(b.path)} for b in rows])
        elif not rows:
            print(f"No backups in {backups.backup_dir(data_dir)}.")
        for b in [] if args.json else rows:
            print(f"{local(b.made_at):%Y-%m-%d %H:%M}  {b.kind:<18} {b.size / 1e6:8.1f} MB  {b.name}")
        return 0
    done = backups.restore(data_dir, args.backup)
    print(f"Restored {done.backup.name} (made {local(done.backup.made_at):%Y-%m-%d %H:%M}).")
    if done.previous_damaged:
        print(f"The damaged database was moved aside to {done.previous}")
    elif done.previous is not None:
        print(f"The database it replaced was backed up to {done.previous}")
    return 0
