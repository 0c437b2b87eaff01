"""Reports out: Markdown, the evidence bundle, and the PDF (checked with pdftotext)."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import evidence_mail_samples as m
from logins_support import secret_service  # noqa: F401
from casekeeper.db import chain, demo, export, mail_import, report_md
from casekeeper.db.errors import InvalidInput

ROOT = Path(__file__).resolve().parent.parent
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def demo_case(db, tmp_path):
    case = demo.add_demo_case("ja")
    eml = tmp_path / "multi.eml"
    eml.write_bytes(m.multipart_with_attachments())
    (res,) = mail_import.import_files(case.id, [eml])
    assert res.ok, res.lines()
    return case


def test_markdown_report_has_every_part_in_japanese(demo_case):
    text = report_md.render(demo_case.id, "ja", TOKYO)
    for heading in ("# ケース報告書: OCI アカウント停止", "## 概要", "## 窓口", "## 識別番号", "## タイムライン",
                    "## リソース", "## チェックリスト", "## 結果", "## 改ざん検知"):
        assert heading in text, heading
    assert "### 2026-03-09 07:50 · 観察" in text  # the first event, in the user's zone
    assert "· 受信 ·" in text and "· 送信 ·" in text  # the window's words
    assert "| CSI 番号 |" in text and "サポートポータル" in text  # which desk asks for which
    assert "請求書 2026年3月.pdf" in text and "SHA-256" in text
    assert "- [x] " in text
    assert "検証済み" in text


def test_markdown_report_in_english_uses_english_labels(demo_case):
    text = report_md.render(demo_case.id, "en", ZoneInfo("UTC"))
    assert "## Timeline" in text and "· Received ·" in text and "### 2026-03-08 22:50" in text
    assert "They answered" not in text and "We wrote" not in text
    assert "## タイムライン" not in text


def test_markdown_escapes_user_text(db):
    from casekeeper.db import cases, events

    c = cases.create_case("# not a heading <script>")
    events.create_event(c.id, "note", "[link](http://x) *bold*", body="# line\n<b>raw</b>")
    text = report_md.render(c.id, "en")
    assert "\\# not a heading \\<script\\>" in text and "\\[link\\]" in text
    assert "> \\# line\\\n> \\<b\\>raw\\</b\\>\n" in text  # each line kept, with a hard break between


def test_bundle_manifest_lets_a_third_party_check_every_file(demo_case, tmp_path):
    out = export.export_bundle(demo_case.id, tmp_path / "case.zip", "en")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert "report.md" in names and "report.pdf" in names and any(n.endswith("請求書 2026年3月.pdf") for n in names)
        listed = {f["path"] for f in manifest["files"]}
        assert listed == set(names) - {"manifest.json"}
        for f in manifest["files"]:
            assert hashlib.sha256(zf.read(f["path"])).hexdigest() == f["sha256"]
        assert zf.read("report.pdf").startswith(b"%PDF")
    tl = manifest["timeline_chain"]
    assert tl["verified"] is True and tl["head"] == chain.verify_case(demo_case.id).head
    assert tl["links"] == len(chain.links(demo_case.id)) and tl["file"] in names   # recomputed: test_chain_bundle.py
    assert not list(tmp_path.glob("*.part"))


def test_export_to_missing_folder_says_so_and_writes_nothing(demo_case, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        export.export_markdown(demo_case.id, tmp_path / "no" / "r.md")
    assert not (tmp_path / "no").exists()


def test_cli_md_and_bundle_without_qt(demo_case, data_dir, tmp_path):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    close_database()
    r = ck("--lang", "ja", "export", str(demo_case.id), "--format", "md", "-o", str(tmp_path / "r.md"),
           data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# ケース報告書")
    r = ck("export", str(demo_case.id), "--format", "bundle", "-o", str(tmp_path / "b.zip"), data_dir=data_dir)
    assert r.returncode == 0 and zipfile.is_zipfile(tmp_path / "b.zip"), r.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_cli_pdf_has_japanese_text_page_numbers_and_local_dates(demo_case, data_dir, tmp_path):
    from casekeeper.db.connection import close_database

    close_database()
    pdf = tmp_path / "report.pdf"
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir), "TZ": "Asia/Tokyo",
           "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "casekeeper.gui.main", "--lang", "ja", "export", str(demo_case.id),
                        "--format", "pdf", "-o", str(pdf)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    text = text.decode("utf-8")  # exactly as extracted: no normalisation hides a wrong text layer
    assert "ケース報告書: OCI アカウント停止" in text
    assert "2026-03-09 07:50" in text  # Tokyo time
    assert "\nTo: me@example.jp\n" in text  # the mail's lines stay lines
    pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    import re

    footers = re.findall(rf"^(\d+) ?/ ?{pages}$", text, re.M)
    assert pages >= 2 and footers == [str(n) for n in range(1, pages + 1)]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "CJK" in fonts
    assert "PySide6" not in r.stderr


def test_login_secrets_never_reach_reports_bundles_or_search(data_dir, tmp_path, secret_service):
    from test_cli import ck

    secret = "CK-EVIDENCE-LEAK-秘密-9d2f"
    assert ck("demo", data_dir=data_dir).returncode == 0
    r = ck("login", "set", "1", "Support portal", "--user", "probe@example.com", data_dir=data_dir,
           input=secret + "\n")
    assert r.returncode == 0, r.stderr
    outputs = []
    for fmt, name in (("md", "r.md"), ("bundle", "r.zip")):
        r = ck("export", "1", "--format", fmt, "-o", str(tmp_path / name), data_dir=data_dir)
        assert r.returncode == 0, r.stderr
    outputs.append((tmp_path / "r.md").read_bytes())
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        outputs += [zf.read(n) for n in zf.namelist()]
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "casekeeper.gui.main", "export", "1", "--format", "pdf", "-o",
                        str(tmp_path / "r.pdf")], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    if shutil.which("pdftotext"):
        outputs.append(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True).stdout)
    r = ck("search", secret[:12], "--json", data_dir=data_dir)
    assert json.loads(r.stdout) == []
    assert all(secret.encode() not in blob and "9d2f".encode() not in blob for blob in outputs)
