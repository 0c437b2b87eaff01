"""The PDF report's text layer is the text: what pdftotext extracts from the demo case's PDF,
in English and in Japanese, holds every identifier value, every date and every entry's text
exactly (only whitespace and line breaks may differ, and the page numbers are left out).
Plus: title and language in the PDF, a tagged structure, screenshots as images, no Qt."""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from zoneinfo import ZoneInfo

import pytest

from casekeeper.db import attachments, demo, events, report_data, report_md, report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TOKYO = ZoneInfo("Asia/Tokyo")
STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def png_bytes(width: int = 64, height: int = 40) -> bytes:
    """A small real PNG (red, with a blue band), written without any imaging library."""
    rows = b"".join(b"\x00" + b"".join(b"\x20\x40\xc0" if 10 <= y < 20 else b"\xd0\x20\x20" for _ in range(width))
                    for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def extracted(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    text = re.sub(r"^\d+ ?/ ?\d+$", "", text, flags=re.M)  # the page footers
    return squash(text)


@pytest.fixture(params=["en", "ja"])
def rendered(request, db, tmp_path):
    lang = request.param
    case = demo.add_demo_case(lang)
    first = events.get_event(events.event_ids(case.id)[0])
    shot = tmp_path / "console-banner.png"
    shot.write_bytes(png_bytes())
    attachments.attach_file(first.id, shot)
    content = report_data.build(case.id, lang, TOKYO)
    pdf = report_pdf.render_data(content)
    (tmp_path / "r.pdf").write_bytes(pdf)
    return lang, content, pdf, extracted(pdf, tmp_path), tmp_path / "r.pdf"


def test_every_identifier_date_and_entry_text_extracts_exactly(rendered):
    lang, content, _pdf, text, _path = rendered
    values = [i["value"] for i in content["identifiers"] if i["value"]]
    assert len(values) >= 5
    for value in values:
        assert squash(value) in text, value
    markdown = report_md.render_data(content)
    stamps = set(STAMP.findall(markdown))
    assert len(stamps) > 20
    for stamp in stamps:
        assert squash(stamp) in text, stamp
    for entry in content["timeline"]:
        for part in ("head", "desk_time", "summary", "body"):
            if entry.get(part):
                assert squash(entry[part]) in text, (part, entry[part])
    for line in content["deadlines"]:
        assert squash(line) in text, line
    assert squash(content["title"]) in text and squash(content["integrity"]) in text
    assert not re.search("[\u2e80-\u2fdf\ufb00-\ufb06]", text)  # no radicals for kanji, no ligature characters
    if lang == "ja":
        for word in ("停止", "受付時間", "月-金", "識別番号", "窓口時刻", "年末年始休業", "受信"):
            assert word in text, word
        assert "Mon-Fri" not in text and "always" not in text


def test_title_language_and_tags(rendered):
    lang, content, pdf, _text, path = rendered
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert f"Title:           {content['title']}" in info
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert f"/Lang({lang})".encode() in pdf


def test_screenshots_on_entries_are_images_in_the_pdf(rendered):
    _lang, content, _pdf, _text, path = rendered
    assert any(a.get("image") for e in content["timeline"] for a in e.get("attachments", []))
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^\s*\d+\s+\d+\s+image\s+64\s+40\s", listing, re.M), listing


def test_cli_pdf_export_needs_no_qt(db, data_dir, tmp_path):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    demo.add_demo_case("ja")
    close_database()
    r = ck("--lang", "ja", "export", "1", "--format", "pdf", "-o", str(tmp_path / "r.pdf"), data_dir=data_dir)
    assert r.returncode == 0, r.stderr   # the runner fails if PySide6 was imported
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_no_font_is_a_clear_error(db, data_dir, tmp_path):
    from casekeeper.db.connection import close_database

    demo.add_demo_case("en")
    close_database()
    empty = tmp_path / "fonts"
    empty.mkdir()
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir), "CASEKEEPER_FONT_DIR": str(empty), "LANG": "C"}
    r = subprocess.run([sys.executable, "-m", "casekeeper", "export", "1", "--format", "pdf", "-o",
                        str(tmp_path / "r.pdf")], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "holds no font files" in r.stderr and str(empty) in r.stderr
    assert not (tmp_path / "r.pdf").exists()
