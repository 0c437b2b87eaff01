"""For tools/bench.py: import a 2,000-message mbox (about 48 MB) into a fresh data dir and
report messages per second and the peak RSS of the importing process.

    python tools/bench_mail.py build MBOX [--messages N]   # write the synthetic mbox (deterministic)
    python tools/bench_mail.py run MBOX DATA_DIR            # import it; prints one JSON line

The mbox mixes what real provider mail looks like: ISO-2022-JP and Shift_JIS text,
UTF-8 text + HTML alternatives, PDF and screenshot attachments (some inline, unnamed),
a long Received chain, and DKIM-signed messages whose key the run resolves through an
injected resolver (no network). `run` goes through db.mail_import.import_files, what the
window and the CLI call, in its own process, so ru_maxrss is the import's own peak.
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import sys
import time
from email.header import Header
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SELECTOR, DOMAIN = b"bench", b"mail.oracle-cloud.example"

JA = ["お問い合わせいただきありがとうございます。", "アカウントの停止について、社内で確認いたしました。",
      "ご請求書番号と注文IDをお知らせください。", "本メールに10日以内にご返信ください。",
      "お支払いは正常に処理されております。", "恐れ入りますが、理由については開示できかねます。",
      "サポートポータルからサービスリクエストを作成してください。", "担当部署へエスカレーションいたしました。"]
EN = ["Thank you for contacting Oracle Cloud support.", "Your account was suspended by an automated system.",
      "Please reply to this message within 10 days to keep the case open.",
      "The decision is final and the account cannot be restored.",
      "Include your CSI number and Order ID in every reply.", "We have escalated your request internally."]


def _received(rng: random.Random, n: int) -> str:
    hops = []
    for k in range(n):
        hops.append(f"Received: from mx{k}.relay{rng.randrange(99)}.example (mx{k}.relay.example "
                    f"[192.0.2.{rng.randrange(1, 250)}])\r\n\tby mail{k}.example.jp (Postfix) with ESMTPS id "
                    f"{rng.getrandbits(64):016X}\r\n\tfor <me@example.jp>; Mon, 9 Mar 2026 10:{k:02d}:00 +0900 (JST)\r\n")
    hops.append(f"X-Mailer-Trace: {rng.getrandbits(128):032x}\r\nX-Spam-Score: {rng.random():.3f}\r\n")
    return "".join(hops)


def _head(i: int, rng: random.Random, subject: str, sender: str) -> str:
    return (_received(rng, 8) + f"From: {sender}\r\nTo: me@example.jp\r\nSubject: {subject}\r\n"
            f"Date: Mon, {1 + i % 28:02d} Mar 2026 {i % 24:02d}:{i % 60:02d}:00 +0900\r\n"
            f"Message-ID: <bench-{i}@oracle-cloud.example>\r\nMIME-Version: 1.0\r\n")


def _ja_text(rng: random.Random, lines: int) -> str:
    return "\n".join(rng.choice(JA) for _ in range(lines)) + "\n"


def _en_text(rng: random.Random, lines: int) -> str:
    return "\n".join(rng.choice(EN) for _ in range(lines)) + "\n"


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def message(i: int, key_pem: bytes | None) -> bytes:
    rng = random.Random(i)
    kind = rng.choices(range(6), weights=(30, 15, 25, 10, 10, 10))[0]
    sender = "Support <support@oracle-cloud.example>"
    if kind == 0:  # ISO-2022-JP, the classic Japanese business mail
        subject = Header(f"【請求窓口】お支払い状況のご確認 {i}", "iso-2022-jp").encode()
        body = _ja_text(rng, 60).encode("iso2022_jp").replace(b"\n", b"\r\n")
        return (_head(i, rng, subject, sender) + "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
                "Content-Transfer-Encoding: 7bit\r\n\r\n").encode() + body
    if kind == 1:  # Shift_JIS in base64
        subject = Header(f"ケースのエスカレーションについて {i}", "shift_jis").encode()
        return (_head(i, rng, subject, sender) + "Content-Type: text/plain; charset=Shift_JIS\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(_ja_text(rng, 70).encode("cp932"))).encode()
    if kind == 2:  # UTF-8 text + HTML, quoted-printable
        import quopri

        text = _en_text(rng, 40) + _ja_text(rng, 40)
        html = "<html><body>" + "".join(f"<p style='color:#333'>{line}</p>" for line in text.splitlines()) + \
            "</body></html>"
        qp = lambda s: quopri.encodestring(s.encode()).decode().replace("\n", "\r\n")  # noqa: E731
        return (_head(i, rng, f"Re: Case {i}: account suspended", sender) +
                'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n'
                "--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + qp(text) + "\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(html) + "\r\n--alt--\r\n").encode()
    if kind in (3, 4):  # an invoice PDF, or an inline screenshot without a name
        size = rng.randrange(50_000, 85_000) if kind == 3 else rng.randrange(35_000, 60_000)
        blob = (b"%PDF-1.4\n" if kind == 3 else b"\x89PNG\r\n\x1a\n") + rng.randbytes(size)
        part = ('Content-Type: application/pdf; name="invoice-%d.pdf"\r\nContent-Disposition: attachment; '
                'filename="invoice-%d.pdf"\r\n' % (i, i)) if kind == 3 else \
            "Content-Type: image/png\r\nContent-ID: <shot%d@x>\r\nContent-Disposition: inline\r\n" % i
        return (_head(i, rng, f"Invoice {i}", "Billing <billing-jp@oracle-cloud.example>") +
                'Content-Type: multipart/mixed; boundary="mix"\r\n\r\n--mix\r\n'
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
                _ja_text(rng, 10) + "\r\n--mix\r\n" + part + "Content-Transfer-Encoding: base64\r\n\r\n" +
                _b64(blob) + "--mix--\r\n").encode()
    raw = (_head(i, rng, f"Your service request {i}", "Oracle <noreply@mail.oracle-cloud.example>") +
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
           _en_text(rng, 30).replace("\n", "\r\n")).encode()
    if key_pem is None:
        return raw
    import dkim

    return dkim.sign(raw, SELECTOR, DOMAIN, key_pem, include_headers=[b"from", b"to", b"subject", b"date",
                                                                          b"message-id"]) + raw


def test_key() -> tuple[bytes, str]:
    """A fresh RSA key: (private PEM, the DNS TXT record publishing its public half)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


def build(path: Path, count: int) -> None:
    pem, txt = test_key()
    tmp = path.with_suffix(".part")
    with open(tmp, "wb") as out:
        for i in range(count):
            raw = message(i, pem).replace(b"\r\n", b"\n")
            raw = b"\n".join((b">" + ln) if ln.startswith(b"From ") else ln for ln in raw.split(b"\n"))
            out.write(b"From bench@example Mon Mar  9 10:15:00 2026\n" + raw + b"\n\n")
    path.with_suffix(".key.json").write_text(json.dumps({
        f"{SELECTOR.decode()}._domainkey.{DOMAIN.decode()}": txt}))
    tmp.replace(path)


def run(path: Path, data: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from casekeeper.db import cases, desks, dkim_check, mail_import
    from casekeeper.db.connection import close_database, open_database

    keys = json.loads(path.with_suffix(".key.json").read_text())
    dkim_check.set_resolver(lambda name: keys.get(name.rstrip(".")))
    open_database(data)
    try:
        case = cases.create_case("Mail bench", provider="Oracle Cloud Infrastructure")
        desks.create_desk(case.id, "Support mail", kind="email", address="support@oracle-cloud.example",
                          reply_window_days=10)
        started = time.perf_counter()
        (result,) = mail_import.import_files(case.id, [path], lang="en")
        seconds = time.perf_counter() - started
    finally:
        close_database()
    imported = result.count("imported")
    return {"messages": len(result.messages), "imported": imported, "failed": result.count("failed"),
            "seconds": seconds, "per_s": imported / seconds, "mb": path.stat().st_size / 1e6,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("mbox", type=Path)
    b.add_argument("--messages", type=int, default=2000)
    r = sub.add_parser("run")
    r.add_argument("mbox", type=Path)
    r.add_argument("data", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "build":
        build(args.mbox, args.messages)
    else:
        print(json.dumps(run(args.mbox, args.data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
