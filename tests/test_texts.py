"""The db layer's texts for people: every key in English and Japanese with the same
placeholders, every key the code names exists, and errors carry them."""
import ast
import re
from pathlib import Path

import pytest

from casekeeper.db import labels
from casekeeper.db.errors import CasekeeperError, InvalidInput, NotFound
from casekeeper.db.labels import Msg

ROOT = Path(__file__).resolve().parent.parent


def test_every_key_has_english_and_japanese_with_the_same_placeholders():
    tables = labels.tables()
    assert set(tables["en"]) == set(tables["ja"]), set(tables["en"]) ^ set(tables["ja"])
    for key, en in tables["en"].items():
        ja = tables["ja"][key]
        assert key.startswith("sep.") or (en.strip() and ja.strip()), key
        assert labels.placeholders(en) == labels.placeholders(ja), key


def test_no_area_module_repeats_a_key_or_grows_huge():
    seen = {}
    for name in labels.TEXT_MODULES:
        path = ROOT / "db" / "texts" / f"{name}.py"
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path
        module = __import__(f"casekeeper.db.texts.{name}", fromlist=["TEXT"])
        for key in module.TEXT["en"]:
            assert key not in seen, f"{key} is in texts.{seen.get(key)} and texts.{name}"
            seen[key] = name


KEY_PREFIXES = ("error", "field", "hours", "closure", "storage", "backup", "secret", "cli", "playbook", "sep")


def _named_keys():
    """String literals in db/ that look like text keys ("error.no_desk", "field.desk_name")."""
    pattern = re.compile(rf"^({'|'.join(KEY_PREFIXES)})\.[a-z0-9_.]+$")
    for path in (ROOT / "db").rglob("*.py"):
        if "texts" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and pattern.match(node.value):
                yield path.relative_to(ROOT), node.lineno, node.value


def test_every_key_the_code_names_exists():
    keys = set(labels.tables()["en"])
    named = list(_named_keys())
    assert len(named) > 80   # the scan does find the raise sites
    missing = [f"{p}:{line} {key}" for p, line, key in named if key not in keys]
    assert missing == []


def _raise_sites_with_literal_text():
    """`raise SomeError("English words")` or f-strings in db/: texts that could not be translated."""
    for path in (ROOT / "db").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                first = node.exc.args[0]
                if isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant) and isinstance(first.value, str)
                                                        and " " in first.value):
                    yield f"{path.relative_to(ROOT)}:{node.lineno}"


def test_db_raises_no_english_literals():
    assert list(_raise_sites_with_literal_text()) == []


def test_an_error_is_english_in_str_and_japanese_when_asked():
    exc = NotFound(Msg("error.no_desk", id=99999))
    assert str(exc) == "No desk with id 99999."
    assert exc.text("en") == str(exc)
    ja = exc.text("ja")
    assert "99999" in ja and "窓口" in ja and "No desk" not in ja


def test_values_that_are_messages_render_in_the_same_language_and_user_data_stays():
    exc = InvalidInput(Msg("error.empty", what=Msg("field.desk_name")))
    assert str(exc) == "The desk name cannot be empty."
    assert "窓口名" in exc.text("ja")
    title = "{not a placeholder} 「引用」"
    assert title in Msg("error.unknown_choice", what=Msg("field.desk_kind"), value=title,
                        allowed="chat, email").text("ja")


def test_plain_text_from_another_program_passes_unchanged():
    exc = CasekeeperError("disk I/O error")
    assert str(exc) == exc.text("ja") == "disk I/O error"


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "ja_JP.UTF-8"}, "ja"), ({"LANG": "C"}, "en"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "ja:en", "LANG": "C"}, "ja"), ({"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}, "en"), ({}, None),
])
def test_the_locale_is_read_in_one_place(monkeypatch, env, expected):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert labels.env_language() == expected
    assert labels.language() == (expected or "en")
    assert labels.language("ja") == "ja"
