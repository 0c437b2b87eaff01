"""The command line speaks the user's language: every line it prints for people, its --help
and argparse's own words are English or Japanese (`--lang`, else the locale), while --json
stays the same in both (codes, not words). The real entry point in subprocesses, as a user runs it."""
import argparse
import os
import subprocess
import sys

import pytest

from casekeeper.db.cli import words
from tests.test_cli import RUNNER   # the real entry point, and proof that Qt was never imported

NOW = "2026-03-05T00:00:00+00:00"           # one deadline overdue, one later
DESKS_NOW = "2026-03-02T01:00:00+00:00"     # a Monday morning in Japan: the demo's desks are open
ENGLISH = {"LANG": "C.UTF-8"}
JAPANESE = {"LANG": "ja_JP.UTF-8"}
# English that must not be left in the Japanese output (the program's words, not the user's data).
ENGLISH_LEFT = ["Desks (", "Identifiers (", "Timeline (", "(missing)", "Added the", "Backed up", "already made",
                "Overdue", "Later:", "case 2", "Wrote", "usage:", "options:", "positional arguments",
                "show this help", "machine-readable", "closes", "No deadlines", " open ", "overdue", "custom"]


def ck(locale: dict, *args, data_dir):
    """`casekeeper ARGS` under `locale` alone (no LANGUAGE / LC_* of the test run's own)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(locale, CASEKEEPER_DATA_DIR=str(data_dir), COLUMNS="100")
    r = subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    return r.stdout + r.stderr


def fill(locale: dict, data_dir) -> str:
    """The demo (in the locale's language) and a case of our own with two deadlines; what `demo` said."""
    said = ck(locale, "demo", data_dir=data_dir)
    ck(locale, "new", "Server down", "--provider", "OCI", data_dir=data_dir)
    ck(locale, "deadline", "add", "2", "--title", "Send the invoice", "--due", "2026-03-01T00:00Z", data_dir=data_dir)
    ck(locale, "deadline", "add", "2", "--title", "Call billing", "--due", "2026-04-01T00:00Z", data_dir=data_dir)
    return said


def commands(tmp_path):
    """name -> (argv, Japanese words it must show, English words it must show)."""
    return {
        "cases": (["cases"], ["終了", "対応中"], ["Closed", "Open"]),
        "show": (["show", "1"], ["窓口（7）:", "識別番号（", "タイムライン（記録", "（未入手）"],
                 ["Desks (7):", "Identifiers (", "Timeline (", "(missing)"]),
        "due": (["due", "--now", NOW], ["期限切れ", "未完了", "任意", "ケース 2: Send the invoice"],
                ["overdue", "open", "custom", "case 2: Send the invoice"]),
        "deadline list": (["deadline", "list", "2", "--now", NOW], ["期限切れ:", "それ以降:", "ケース 2: Call billing"],
                          ["Overdue:", "Later:", "case 2: Call billing"]),
        "desks": (["desks", "1", "--now", DESKS_NOW], ["受付中", "まで"], ["open, closes"]),
        "ics": (["ics", "2", "-o", str(tmp_path / "due.ics"), "--now", NOW], ["2 件の予定を", "に書き出しました"],
                ["Wrote 2 events to"]),
        "help": (["--help"], ["使い方: casekeeper", "位置引数:", "オプション:", "ケースを一覧表示します", "窓口"],
                 ["usage: casekeeper", "positional arguments:", "options:", "list the cases"]),
        "show help": (["show", "--help"], ["使い方: casekeeper show", "このヘルプを表示して終了します", "機械処理向けの出力"],
                      ["usage: casekeeper show", "show this help message and exit", "machine-readable output"]),
        "backup": (["backup"], ["バックアップを作成しました"], ["Backed up to"]),
        "backup if due": (["backup", "--if-due"], ["今日のバックアップはすでに作成済みです。"],
                          ["A backup was already made today."]),
        "restore list": (["restore", "--list"], ["手動"], ["manual"]),
    }


def test_a_japanese_locale_gets_japanese_words_and_no_english_sentence(tmp_path):
    data = tmp_path / "ja"
    said = fill(JAPANESE, data)
    assert said.strip() == "デモのケースをケース 1 として追加しました。"
    shown = {}
    for name, (argv, japanese, _english) in commands(tmp_path).items():
        shown[name] = out = ck(JAPANESE, *argv, data_dir=data)
        for word in japanese:
            assert word in out, (name, word, out)
        left = [w for w in ENGLISH_LEFT if w in out]
        assert left == [], (name, left, out)
    assert any("\u3040" <= ch <= "\u30ff" for ch in shown["show"].splitlines()[0])   # the demo itself is Japanese


def test_an_english_locale_and_lang_en_get_english(tmp_path):
    data = tmp_path / "en"
    assert fill(ENGLISH, data).strip() == "Added the demo case as case 1."
    for name, (argv, _japanese, english) in commands(tmp_path).items():
        out = ck(ENGLISH, *argv, data_dir=data)
        for word in english:
            assert word in out, (name, word, out)
        assert not any("\u3040" <= ch <= "\u30ff" for ch in out if name != "show"), (name, out)
        if not name.startswith("backup"):   # a second backup says something else: the same words are checked above
            assert ck(JAPANESE, "--lang", "en", *argv, data_dir=data) == out, name   # --lang wins over the locale


def test_lang_ja_wins_over_an_english_locale(tmp_path):
    data = tmp_path / "data"
    fill(ENGLISH, data)
    for argv in (["cases"], ["due", "--now", NOW], ["show", "--help"], ["--help"]):
        out = ck(ENGLISH, "--lang", "ja", *argv, data_dir=data)
        assert out == ck(JAPANESE, *argv, data_dir=data), argv
        assert "使い方" in out or "期限切れ" in out or "対応中" in out, out
    assert "使い方" in ck(ENGLISH, "--lang=ja", "--help", data_dir=data)


def test_json_is_the_same_in_both_languages(tmp_path):
    data = tmp_path / "data"
    fill(ENGLISH, data)
    ck(ENGLISH, "backup", data_dir=data)
    for argv in (["cases"], ["show", "2"], ["due", "--now", NOW], ["deadline", "list", "--now", NOW],
                 ["desks", "1", "--now", DESKS_NOW], ["restore", "--list"], ["search", "invoice"]):
        english = ck(ENGLISH, *argv, "--json", data_dir=data)
        assert english.lstrip()[0] in "[{", english
        assert ck(JAPANESE, *argv, "--json", data_dir=data) == english, argv
    assert '"status": "open"' in ck(JAPANESE, "cases", "--json", data_dir=data)   # codes, not words


def test_argparse_mistakes_are_told_in_japanese(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    r = subprocess.run([sys.executable, "-c", RUNNER, "show"], capture_output=True, text=True, timeout=60,
                       env={**env, **JAPANESE, "CASEKEEPER_DATA_DIR": str(tmp_path)})
    assert r.returncode == 2
    assert "使い方: casekeeper show" in r.stderr and "エラー: 次の引数が必要です: CASE_ID" in r.stderr, r.stderr


def test_argparse_is_left_as_it_was_after_a_japanese_parse():
    from casekeeper.db import cli

    before = argparse._
    assert cli.parse(["--lang", "ja", "cases"]).command == "cases"
    assert argparse._ is before and argparse.ArgumentParser().format_help().startswith("usage:")


@pytest.mark.parametrize("columns", [20, 37, 60])
def test_japanese_help_wraps_by_terminal_columns(columns):
    text = "窓口の受付時間帯も（CASE_ID が必要。最大 366）、すべてのケースの未完了の期限を近い順に表示します。" * 3
    lines = words.wrap(text, columns)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")   # nothing lost
    assert all(words.width(line) <= columns for line in lines), lines
    assert not any(line[0] in "、。）" or line[-1] == "（" for line in lines), lines
