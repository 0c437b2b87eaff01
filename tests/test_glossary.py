"""One word per concept in Japanese (resources/translations/glossary.toml): the window's
translations and db/'s own texts never use a word the glossary rules out, never translate one
English source two ways, and name a concept with its word."""
from __future__ import annotations

import importlib
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TERMS = tomllib.loads((TRANSLATIONS / "glossary.toml").read_text(encoding="utf-8"))["term"]
_MNEMONIC = re.compile(r"\(&.\)|&(?=[^&])")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def plain(text: str) -> str:
    """The words of a text: no access-key marks, no placeholders (a {desk} is not a desk)."""
    return _PLACEHOLDER.sub(" ", _MNEMONIC.sub("", text or "").replace("&&", "&"))


def ts_messages():
    """(file, context, source, disambiguation, Japanese) of every finished translation."""
    for ts in sorted(TRANSLATIONS.glob("*_ja.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
                for form in forms:
                    yield ts.name, name, message.findtext("source"), message.findtext("comment") or "", form


def db_texts():
    """(module, key, English, Japanese) of db/'s own texts."""
    from casekeeper.db import labels

    for module in labels.TEXT_MODULES:
        table = importlib.import_module(f"casekeeper.db.texts.{module}").TEXT
        for key, ja in table.get("ja", {}).items():
            yield f"db/texts/{module}.py", key, table["en"].get(key, ""), ja


def all_texts():
    for file, context, source, _comment, ja in ts_messages():
        yield f"{file} [{context}] {source!r}", plain(source), plain(ja)
    for file, key, en, ja in db_texts():
        yield f"{file} {key}", plain(en), plain(ja)


def test_no_japanese_text_uses_a_word_the_glossary_rules_out():
    bad = []
    for term in TERMS:
        for word in term["not"]:
            pattern = re.compile(word)
            bad += [f"{where}: {word} (say {term['ja']})" for where, _en, ja in all_texts() if pattern.search(ja)]
    assert bad == []


def test_a_concept_named_in_english_has_its_word_in_japanese():
    bad = []
    for term in TERMS:
        if not term.get("required"):
            continue
        english = re.compile(rf"\b(?:{term['en']})\b", re.IGNORECASE)
        bad += [f"{where}: {ja!r} lacks {term['ja']}" for where, en, ja in all_texts()
                if english.search(en) and term["ja"] not in ja]
    assert bad == []


def test_one_english_source_has_one_japanese_translation():
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for file, context, source, comment, ja in ts_messages():
        seen[(source, comment)].add(ja)
        where[(source, comment)].add(f"{file} [{context}]")
    twice = {f"{source!r} ({comment})" if comment else repr(source): (sorted(seen[(source, comment)]),
                                                                       sorted(where[(source, comment)]))
             for source, comment in seen if len(seen[(source, comment)]) > 1}
    assert twice == {}


def test_the_glossary_itself_is_sound():
    assert len({t["ja"] for t in TERMS}) == len(TERMS)
    for term in TERMS:
        re.compile(term["en"])
        for word in term["not"]:
            assert not re.search(word, term["ja"]), f"{term['ja']} rules itself out"


def test_every_translated_text_has_a_context_the_window_asks_in():
    """A text lupdate found outside a known context (e.g. through a helper that wraps
    translate()) is never looked up at run time: the window would stay English there."""
    lost = [f"{ts.name}: {m.findtext('source')!r}" for ts in sorted(TRANSLATIONS.glob("*_ja.ts"))
            for context in ET.parse(ts).getroot().iter("context") if not (context.findtext("name") or "").strip()
            for m in context.iter("message")]
    assert lost == []


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_the_japanese_demo_and_playbooks_use_the_glossary_words_too():
    """What the demo case and the playbooks put on screen (checklist titles, desk notes) speaks
    the window's words: この事業者から移行する, not このプロバイダから…"""
    files = sorted((ROOT / "resources" / "demo").glob("*.ja.toml")) + sorted((ROOT / "resources" / "playbooks").glob("*.toml"))
    assert files
    bad = []
    for path in files:
        for text in _strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            for term in TERMS:
                bad += [f"{path.name}: {word} in {text[:40]!r}" for word in term["not"] if re.search(word, text)]
    assert bad == []
