"""The command line's words in the user's language: `--lang`, else the locale (labels.language).

- Output: `t = words.of(args)`, then `print(t("cli.out.backed_up", path=...))`; the texts are in
  db/texts/cli_output.py. `--json` output is never translated (codes, not words).
- Help: `help=h("cli.help.backup")` while the parser is built (db/texts/cli_help.py). The
  language is decided before the parser is built, from argv (`argv_language`).
- argparse's own words ("usage:", "options", "error: ...") come from `gettext` through the
  module globals `argparse._` and `argparse.ngettext`. Inside `speaking(lang)` (building and
  using the parser) they are swapped for lookups of the `cli.argparse.*` keys, whose English
  text is argparse's own message id; outside it argparse is left as it was. A message id we do
  not know (another Python version) stays English.
- Wrapping: `Parser` (and every sub-parser, argparse makes them of the parent's class) formats
  help with `HelpFormatter`, which wraps Japanese by terminal columns (a wide character takes
  two) and may break between wide characters, where argparse would only break at spaces.
"""
from __future__ import annotations

import argparse
import functools
import re
import unicodedata
from contextlib import contextmanager

from .. import labels

_current: str | None = None   # the language of the parser being built or used (speaking)


def argv_language(argv: list[str]) -> str:
    """The language a command line asks for: `--lang X` / `--lang=X`, else the locale."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return labels.language(lang)


def of(args):
    """A function `(key, **values) -> text` in the language of this run (--lang, else the locale)."""
    return in_language(labels.language(getattr(args, "lang", None)))


def in_language(lang: str):
    """A function `(key, **values) -> text` in `lang` (a command whose output follows a report's language)."""
    return lambda key, **values: labels.text(lang, key, **values)


def h(key: str, **values) -> str:
    """A help text (description, `help=`) in the language of the parser being built."""
    return labels.text(_current or labels.language(), key, **values)


@functools.cache
def _argparse_keys() -> dict[str, str]:
    """{argparse's message id: our key}."""
    english = labels.tables()["en"]
    return {english[key]: key for key in english if key.split(".")[:2] == ["cli", "argparse"]}


def _gettext(message: str) -> str:
    key = _argparse_keys().get(message)
    return labels.tables()[_current].get(key, message) if key and _current else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def speaking(lang: str):
    """Build and use the parser in `lang`: h() and argparse's own words. Restores both after."""
    global _current
    saved = _current, argparse._, argparse.ngettext
    _current = lang
    if lang != "en":
        argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        _current, argparse._, argparse.ngettext = saved


def width(text: str) -> int:
    """Columns a text takes on a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    """`text` padded with spaces to `columns` terminal columns (as f"{text:<N}" for ASCII)."""
    return text + " " * max(0, columns - width(text))


_TOKENS = re.compile(r"\s+|[^\s\u1100-\uffff]+|.")
_NO_BREAK_BEFORE = set("、。，．）」』】：:,.)ーッャュョァィゥェォっゃゅょ")
_NO_BREAK_AFTER = set("（「『【(")


def wrap(text: str, columns: int) -> list[str]:
    """`text` in lines of at most `columns` terminal columns (a longer word stays whole), broken at
    spaces and between wide characters; closing punctuation never starts a line and an opening
    bracket never ends one (the character before it, or the bracket, moves to the next line)."""
    lines, line = [], []
    for token in _TOKENS.findall(" ".join(text.split())):
        if "".join(line).strip() and width("".join(line) + token.rstrip()) > columns:
            keep, first = len(line), token   # break before `first`, moving back while that is not allowed
            while keep > 0 and (first[0] in _NO_BREAK_BEFORE or line[keep - 1][-1] in _NO_BREAK_AFTER):
                keep -= 1
                first = line[keep]
            if not "".join(line[:keep]).strip():   # nowhere to break: let it run over
                keep = len(line)
            lines.append("".join(line[:keep]).rstrip())
            line = [t for t in line[keep:] if t.strip()]
            if not token.strip():
                continue
        line.append(token)
    rest = "".join(line).strip()
    return [*lines, rest] if rest else lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping text with wide characters by columns (wrap())."""

    def _split_lines(self, text, columns):
        return wrap(text, columns) if width(text) > len(text) else super()._split_lines(text, columns)

    def _fill_text(self, text, columns, indent):
        if width(text) == len(text):
            return super()._fill_text(text, columns, indent)
        return "\n".join(indent + line for line in wrap(text, columns))


class Parser(argparse.ArgumentParser):
    """The command line's parser: HelpFormatter unless told otherwise; its sub-parsers are Parsers too."""

    def __init__(self, *args, formatter_class=HelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)
