"""`casekeeper SUBCOMMAND`: a thin layer over db. Never imports Qt.

Each command module in COMMAND_MODULES has `register(subparsers)`, which adds
its sub-commands with `set_defaults(func=...)`; `func(args)` returns the exit
code. Expected failures (CasekeeperError) print one line and exit 2, also for a bad
argument value (the argument types in cli/common.py raise InvalidInput), a full disk
or a file the system will not let us read or write (OSError).

What the commands print goes through a filter (CleanOutput): control characters (ANSI
escapes, carriage returns, bidi overrides) in titles or mail text never reach the
terminal raw, and text that is no UTF-8 is shown with replacement characters.
"""
from __future__ import annotations

import argparse
import importlib
import re
import sys

from ..errors import CasekeeperError

COMMAND_MODULES = [
    "casekeeper.db.cli.cases_cmd",
    "casekeeper.db.cli.deadlines_cmd",
    "casekeeper.db.cli.deadline_cmd",
    "casekeeper.db.cli.logins_cmd",
    "casekeeper.db.cli.evidence_cmd",
    "casekeeper.db.cli.integrity_cmd",
    "casekeeper.db.cli.contact_cmd",
    "casekeeper.db.cli.backup_cmd",
]


def _add_options(parser: argparse.ArgumentParser, h=lambda key: None) -> None:
    """The window's options. `h`: a help-text lookup (words.h); the window's own start needs none."""
    parser.add_argument("--data-dir", metavar="DIR", help=h("cli.help.data_dir"))
    parser.add_argument("--lang", metavar="LANG", help=h("cli.help.lang"))
    parser.add_argument("--tray", action="store_true", help=h("cli.help.tray"))
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true", help=h("cli.help.install_desktop"))
    desktop.add_argument("--uninstall-desktop", action="store_true", help=h("cli.help.uninstall_desktop"))


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The full parser, its help texts in `lang` (default: the locale's language)."""
    from . import words
    from ..labels import language

    with words.speaking(lang or language()):
        parser = words.Parser(prog="casekeeper", description=words.h("cli.help.program"))
        _add_options(parser, words.h)
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    return parser


class _NotJustOptions(Exception):
    pass


class _OptionsOnly(argparse.ArgumentParser):
    """The top-level options alone: anything else (a command, -h, a mistake) is left to the full parser."""

    def error(self, message):
        raise _NotJustOptions(message)


def _window_options(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only set options for the window (the app's start), else None."""
    parser = _OptionsOnly(prog="casekeeper", add_help=False)
    _add_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotJustOptions:
        return None
    if rest:
        return None
    args.command = None
    return args


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The parsed command line. Opening the window (no command) does not import the
    command modules: start-up does not pay for them. A bad argument value ends the
    process with one line (exit 2). Help and argparse's messages are in the language
    of `--lang`, else the locale's."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = _window_options(argv)
        if args is None:
            from . import words

            lang = words.argv_language(argv)
            with words.speaking(lang):
                args = build_parser(lang).parse_args(argv)
        if args.command is not None:
            from .common import check_text_arguments

            check_text_arguments(args)
        return args
    except CasekeeperError as exc:
        from . import words

        _say(exc, words.argv_language(argv))
        raise SystemExit(2) from None


def _say(exc: CasekeeperError, lang: str | None) -> None:
    from ..labels import language

    print(f"casekeeper: {clean(exc.text(language(lang)))}", file=sys.stderr)


# Terminal escape sequences whole (CSI, OSC, two-character ESC sequences, C1 CSI), then any
# C0/C1 control but tab and newline, DEL, and the bidi embeddings/overrides/isolates.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
                      r"|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Text safe to print on a terminal: no escape sequences or other control characters,
    no undecodable bytes."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", _ESCAPES.sub("", text)))


class CleanOutput:
    """A text stream that passes everything through clean()."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def run(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanOutput(out), CleanOutput(err)
    try:
        return int(args.func(args) or 0)
    except CasekeeperError as exc:   # one line, in the locale's language (or --lang)
        _say(exc, getattr(args, "lang", None))
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:   # a file the system will not let us read or write, a full disk
        from ..connection import storage_error
        from ..errors import CasekeeperError as Known
        from ..labels import Msg

        known = storage_error(exc, exc.filename or "")
        text = Msg("storage.file_error", path=exc.filename, error=exc.strerror or exc) if exc.filename \
            else Msg("storage.os_error", error=exc.strerror or exc)
        _say(known or Known(text), getattr(args, "lang", None))
        return 2
    finally:
        sys.stdout, sys.stderr = out, err


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.command is None:
        from . import words
        from ..labels import language

        lang = language(args.lang)
        with words.speaking(lang):
            build_parser(lang).print_help()
        return 0
    return run(args)
