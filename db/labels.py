"""Texts the db layer writes for people (errors, reports, generated titles), in
every language the app ships. The window translates its own strings with Qt; db
has no Qt, so its texts live in per-area tables under db/texts/ (each module a
`TEXT = {"en": {...}, "ja": {...}}`), merged here on first use.

A text is kept as a `Msg` (key + values) until the language is known:
`Msg("error.no_desk", id=7).text("ja")`. Templates use `{name}` placeholders
(str.format, so `{name!r}` quotes in English); values that are Msg are rendered
in the same language, anything else (titles, paths: user data) is inserted unchanged.
"""
from __future__ import annotations

import importlib
import os

LANGUAGES = ("en", "ja")
# The per-area tables, in casekeeper.db.texts. A key lives in exactly one of them.
TEXT_MODULES = ("report", "mail", "mail_evidence", "errors", "storage", "secrets", "hours", "cli", "deadlines",
                "integrity", "writeup", "safety", "contact", "cli_output", "cli_help")
_LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_tables: dict[str, dict[str, str]] | None = None


def env_language() -> str | None:
    """The language the locale environment asks for ('en' or 'ja'; an unsupported one
    gives 'en'), or None when no locale variable is set (the caller may ask the OS)."""
    for var in _LOCALE_VARS:
        value = os.environ.get(var)
        if value:
            lang = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return lang if lang in LANGUAGES else "en"
    return None


def language(setting: str | None = None) -> str:
    """'en' or 'ja': an explicit setting wins, else the locale (as the window does)."""
    if setting in LANGUAGES:
        return setting
    return env_language() or "en"


def tables() -> dict[str, dict[str, str]]:
    """All texts, {lang: {key: template}}, merged from the area modules (loaded once)."""
    global _tables
    if _tables is None:
        merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
        for name in TEXT_MODULES:
            table = importlib.import_module(f"{__package__}.texts.{name}").TEXT
            for lang in LANGUAGES:
                twice = merged[lang].keys() & table.get(lang, {}).keys()
                assert not twice, f"texts.{name} repeats keys of another area: {sorted(twice)}"
                merged[lang].update(table.get(lang, {}))
        _tables = merged
    return _tables


def placeholders(template: str) -> set[str]:
    """The names of the `{name}` placeholders of a template."""
    import string

    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template)
            if field is not None}


def text(lang: str, key: str, **values) -> str:
    """The text `key` in `lang` (English when that language lacks it; the key itself when
    no language has it), its placeholders filled with `values`."""
    all_texts = tables()
    template = all_texts.get(lang, {}).get(key)
    if template is None:
        template = all_texts["en"].get(key, key)
    return template.format(**values)


class Msg:
    """A text for a person, kept as a key and values until the language is known."""

    def __init__(self, key: str, **values):
        self.key, self.values = key, values

    def text(self, lang: str = "en") -> str:
        values = {k: (v.text(lang) if isinstance(v, Msg) else v) for k, v in self.values.items()}
        return text(lang, self.key, **values)

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.values!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Msg) and (self.key, self.values) == (other.key, other.values)

    __hash__ = None

    def __contains__(self, part: str) -> bool:
        return part in str(self)


class Plain(Msg):
    """Text that is the same in every language (a message from another program, a
    name): carried where a Msg is expected, inserted unchanged."""

    def __init__(self, value: str):
        super().__init__("", value=str(value))

    def text(self, lang: str = "en") -> str:
        return self.values["value"]


class Join(Msg):
    """Several texts in a row, rendered in the same language, joined by `sep`
    (a Msg key for a separator that differs per language, or a plain string)."""

    def __init__(self, parts, sep: str = "sep.list"):
        super().__init__("", parts=list(parts), sep=sep)

    def text(self, lang: str = "en") -> str:
        sep = self.values["sep"]
        sep = text(lang, sep) if sep in tables()["en"] else sep
        return sep.join(p.text(lang) if isinstance(p, Msg) else str(p) for p in self.values["parts"])
