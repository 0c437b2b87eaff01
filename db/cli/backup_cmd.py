"""backup, restore."""
from __future__ import annotations

from ..paths import prepare_data_dir, resolve_data_dir
from ..timeutil import iso, local
from .common import print_json
from .words import h, of, pad


def register(sub) -> None:
    p = sub.add_parser("backup", help=h("cli.help.backup"))
    p.add_argument("--if-due", action="store_true", help=h("cli.help.if_due"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=h("cli.help.restore"))
    p.add_argument("backup", nargs="?", metavar="BACKUP", help=h("cli.help.restore_backup"))
    p.add_argument("--list", action="store_true", help=h("cli.help.restore_list"))
    p.add_argument("--json", action="store_true", help=h("cli.help.json_with_list"))
    p.set_defaults(func=cmd_restore)


def _data_dir(args):
    return prepare_data_dir(resolve_data_dir(args.data_dir))


def cmd_backup(args) -> int:
    from .. import backups

    data_dir = _data_dir(args)
    t = of(args)
    made = backups.daily_backup(data_dir) if args.if_due else backups.make_backup(data_dir, "manual")
    if made is None:
        print(t("cli.out.backup_already"))
    elif made.reused:
        print(t("cli.out.backup_reused", path=made.path))
    else:
        print(t("cli.out.backed_up", path=made.path))
    return 0


def cmd_restore(args) -> int:
    from .. import backups

    data_dir = _data_dir(args)
    t = of(args)
    if args.list:
        rows = backups.list_backups(data_dir)
        if args.json:
            print_json([{"name": b.name, "kind": b.kind, "made_at": iso(b.made_at), "size": b.size,
                         "path": str(b.path)} for b in rows])
        elif not rows:
            print(t("cli.out.no_backups", path=backups.backup_dir(data_dir)))
        for b in [] if args.json else rows:
            print(f"{local(b.made_at):%Y-%m-%d %H:%M}  {pad(_kind(t, b.kind), 18)} {b.size / 1e6:8.1f} MB  {b.name}")
        return 0
    done = backups.restore(data_dir, args.backup)
    print(t("cli.out.restored", name=done.backup.name, at=f"{local(done.backup.made_at):%Y-%m-%d %H:%M}"))
    if done.previous_damaged:
        print(t("cli.out.damaged_moved", path=done.previous))
    elif done.previous is not None:
        print(t("cli.out.replaced_kept", path=done.previous))
    return 0


def _kind(t, kind: str) -> str:
    """A backup's kind in words: daily, manual, pre-restore, pre-migration-vN, other."""
    if kind.startswith("pre-migration-v"):
        return t("cli.out.backup_kind.pre-migration", version=kind.removeprefix("pre-migration-v"))
    return t(KINDS.get(kind, "cli.out.backup_kind.other"))


KINDS = {"daily": "cli.out.backup_kind.daily", "manual": "cli.out.backup_kind.manual",
         "pre-restore": "cli.out.backup_kind.pre-restore"}
