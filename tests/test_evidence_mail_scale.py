"""Mail import at scale: memory in proportion to the message (a 1 MB header), and a mailbox
import killed with SIGKILL keeps every message it had reported imported, whole."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path


import evidence_mail_samples as m
from casekeeper.db import cases, chain, desks, mail_import, mail_originals
from casekeeper.db.models import Attachment, Event

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import json, resource, sys, tracemalloc
from casekeeper.db.mail_parse import parse_message
raw = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
mail = parse_message(raw, limit_bytes=50 << 20)
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rss_growth_mb": (after - before) / 1024, "traced_peak_mb": peak / 2**20,
                  "subject_len": len(mail.subject), "subject_head": mail.subject[:12], "to": len(mail.to)}))
"""


def long_header_mail(tmp_path, size: int) -> Path:
    """A Subject of encoded words (ISO-2022-JP and UTF-8) and a To of many addresses, `size` bytes each."""
    word = m.word(m.cp50220("請求書の件"), "ISO-2022-JP")
    words, n = [], 0
    while n < size:
        words.append(word)
        n += len(word) + 3
    subject = "\r\n ".join(words)
    to = ", ".join(f"user{i} <user{i}@example.jp>" for i in range(size // 30))
    raw = m.raw_mail([("From", "support@oracle-cloud.example"), ("To", to), ("Subject", subject),
                      ("Date", "Mon, 09 Mar 2026 10:15:00 +0900"), ("Message-ID", "<long@x>")], "body")
    path = tmp_path / "long.eml"
    path.write_bytes(raw)
    return path, len(words)


def measure(path: Path) -> dict:
    r = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=ROOT,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_1mb_header_is_parsed_in_memory_proportional_to_it(tmp_path):
    path, count = long_header_mail(tmp_path, 1 << 20)
    got = measure(path)
    assert got["subject_len"] == count * len("請求書の件") and got["subject_head"] == "請求書の件請求書の件請求"
    assert got["to"] > 30_000
    assert got["rss_growth_mb"] < 100 and got["traced_peak_mb"] < 100, got


def test_memory_grows_linearly_not_quadratically(tmp_path):
    small = measure(long_header_mail(tmp_path, 128 << 10)[0])["traced_peak_mb"]
    big = measure(long_header_mail(tmp_path, 1 << 20)[0])["traced_peak_mb"]
    assert big < small * 8 * 2, (small, big)  # 8x the input: far less than the 64x of quadratic growth


def test_a_long_encoded_word_header_is_stored_exactly(db, clock, tmp_path):
    c = cases.create_case("x")
    path, count = long_header_mail(tmp_path, 200 << 10)
    res = mail_import.import_message(c.id, path.read_bytes())
    assert res.status == "imported"
    event = Event.get_by_id(res.event_id)
    assert event.summary == ("請求書の件" * count)[:500]
    assert "Subject: " + "請求書の件" * count in event.body


def _mbox(path: Path, n: int) -> None:
    with open(path, "wb") as out:
        for i in range(n):
            raw = m.simple(body=f"メッセージ {i}\n" * 20, charset="utf-8", subject=m.encoded_word(f"件名 {i}"),
                           message_id=f"<kill-{i}@x>", sender="Support <support@oracle-cloud.example>")
            out.write(m.mbox(raw))


def test_sigkill_during_a_mailbox_import_keeps_every_reported_message(data_dir, tmp_path):
    from casekeeper.db.connection import close_database, open_database

    open_database(data_dir)
    c = cases.create_case("Mailbox")
    desks.create_desk(c.id, "Support", kind="email", address="support@oracle-cloud.example", reply_window_days=10)
    close_database()
    box = tmp_path / "Inbox.mbox"
    _mbox(box, 1500)
    proc = subprocess.Popen([sys.executable, "-m", "casekeeper", "--data-dir", str(data_dir), "--lang", "en",
                             "import", str(c.id), str(box)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    reported = 0
    try:
        for line in proc.stderr:  # "Inbox.mbox: 250 message(s) imported so far…", after each commit
            if "so far" in line:
                reported = int(line.split(": ", 1)[1].split()[0])
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    assert reported > 0, "the import never reported a commit"
    open_database(data_dir)
    try:
        events = list(Event.select().where(Event.case == c.id))
        assert reported <= len(events) < 1500
        for e in events:  # whole: the text, the original and the DKIM row, or nothing
            row = mail_originals.get(e.id)
            assert row is not None and row.attachment_id is not None
            assert mail_originals.original_path(e.id).read_bytes().startswith(b"From: Support")
        assert Attachment.select().count() == len(events)
        assert chain.verify_case(c.id).ok
        # the rest comes in on a second run, nothing twice
        (res,) = mail_import.import_files(c.id, [box])
        assert res.count("duplicate") == len(events) and res.count("imported") == 1500 - len(events)
        assert Event.select().where(Event.case == c.id).count() == 1500
    finally:
        close_database()
