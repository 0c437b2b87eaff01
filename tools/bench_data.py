"""A synthetic data dir for the benchmark: many cases, one huge timeline, mixed languages.

    python tools/bench_data.py DIR [--cases N] [--events N] [--seed N]

A developer's tool (tools/bench.py runs it; not part of the installed app).

`build(data_dir, cases=1000, events=200_000)` creates the database through the
normal open path (schema, pragmas) and bulk-inserts rows with executemany
inside one transaction. About a third of the text is Japanese. The first case
gets BIG_CASE_EVENTS events (a quarter of them, when fewer are asked for);
the rest are spread over the other cases. Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casekeeper.db import chain_verify, clock
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import InvalidInput
from casekeeper.db.labels import Msg
from casekeeper.db.models.base import _FMT

BIG_CASE_EVENTS = 50_000
BIG_CASE_TITLE = "Large case: suspended tenancy (50,000 events) / 大規模ケース"
JA_SHARE = 1 / 3

PROVIDERS = ["Oracle Cloud Infrastructure", "Amazon Web Services", "Google Cloud", "Microsoft Azure",
             "さくらのクラウド", "ConoHa", "Linode", "DigitalOcean", "Hetzner", "IIJ GIO"]
EN_TITLES = ["Account suspended without notice", "Invoice page errors after upgrade", "DNS zone locked",
             "Tenancy shows INACTIVE", "Support ID request refused", "Unexpected termination email",
             "Billing dispute over duplicate charge", "VM stopped by provider", "Support portal login fails"]
JA_TITLES = ["アカウントが予告なく停止された", "アップグレード後に請求書ページがエラー", "DNSゾーンの設定が開けない",
             "テナンシーがINACTIVEと表示される", "サポートIDの追加を拒否された", "突然の契約終了メール",
             "二重請求についての問い合わせ", "VMがプロバイダに停止された", "サポートポータルにログインできない"]
EN_SUMMARY = ["Asked the {desk} why the account was suspended", "Reply from the {desk}: decision is final",
              "Sent invoice number {n} to the {desk}", "Called the {desk}; asked for the SR number",
              "Chat with the {desk} closed without an answer", "Observed: DNS still resolves for zone {n}",
              "Note: moved nameservers at the registrar", "Requested the Order ID {n} from the {desk}",
              "Follow-up to the {desk} about case {n}", "Received auto-reply from the {desk}"]
JA_SUMMARY = ["{desk}に停止の理由を問い合わせた", "{desk}から回答：決定は覆らない", "{desk}に請求書番号{n}を送付",
              "{desk}に電話、SR番号を聞かれた", "{desk}とのチャットが回答なしで終了", "確認：ゾーン{n}のDNSはまだ応答する",
              "メモ：レジストラでネームサーバーを変更", "{desk}に注文ID {n}を伝えた", "{desk}へ案件{n}の催促",
              "{desk}から自動返信を受信"]
EN_BODY = ["The agent said the system suspended the account and it cannot be restored.",
           "I replied within the reply window and attached the invoice.",
           "They asked for the CSI number, which is shown in the console profile.",
           "The payments went through normally according to the billing desk.",
           "No reason was given; the case was escalated internally again.",
           "The support portal only worked with the interface set to English.",
           "I rebuilt the service at another provider and kept the old data.",
           "The phone line is closed on weekends and public holidays.",
           "They will contact me by email within three business days.",
           "The tenancy name and the Order ID are both required for this desk."]
JA_BODY = ["担当者によると、システムがアカウントを停止し、復旧はできないとのこと。",
           "返信期限内に請求書を添付して返信した。",
           "コンソールのプロフィールに表示されるCSI番号を求められた。",
           "請求窓口によると、カードの支払いは正常に処理されていた。",
           "理由の説明はなく、社内で再度エスカレーションされた。",
           "サポートポータルは英語表示にしたときだけ動いた。",
           "別のプロバイダでサービスを再構築し、古いデータは保管した。",
           "電話窓口は土日祝日と年末年始は休み。",
           "三営業日以内にメールで連絡するとのこと。",
           "この窓口ではテナンシー名と注文IDの両方が必要。"]
DESKS = [("Live chat", "ライブチャット", "chat", "https://support.example.com/chat"),
         ("Support email", "サポート窓口（メール）", "email", "support@example.com"),
         ("Billing desk", "請求窓口", "email", "billing@example.co.jp"),
         ("Technical support phone", "技術サポート電話", "phone", "0120-000-000"),
         ("Public inquiry form", "お問い合わせフォーム", "web_form", "https://example.co.jp/contact"),
         ("Support portal", "サポートポータル", "portal", "https://portal.example.com"),
         ("Sales inquiry", "営業窓口", "web_form", "https://example.co.jp/sales"),
         ("Social media", "SNS窓口", "social", "https://social.example.com/support")]
IDENTIFIERS = [("CSI number", "CSI番号"), ("Order ID", "注文ID"), ("SR number", "SR番号"),
               ("Invoice number", "請求書番号"), ("Support ID", "サポートID"), ("Tenancy name", "テナンシー名"),
               ("Contract number", "契約番号")]
CHECKLIST_ITEMS = [("Rebuild the server elsewhere", "別の環境でサーバーを再構築"),
                   ("Move nameservers at the registrar", "レジストラでネームサーバーを変更"),
                   ("Link the support account", "サポートアカウントを連携"),
                   ("Export the invoices", "請求書をエクスポート"),
                   ("Ask for the reason in writing", "停止理由を書面で求める"),
                   ("Cancel the card on file", "登録カードを解約"),
                   ("Save the chat transcripts", "チャット履歴を保存"),
                   ("Tell the users about the outage", "利用者に障害を告知")]
KINDS = ["sent", "received", "call", "chat", "observation", "note"]
STATUSES_OPEN = ["open", "waiting_provider", "waiting_me"]
STATUSES_DONE = ["resolved", "closed"]
ZONES = ["Asia/Tokyo", "America/Los_Angeles", "UTC", "Europe/Dublin"]


@dataclass
class Built:
    data_dir: Path
    cases: int
    events: int
    big_case_id: int
    seconds: float


_INSERT = {  # in foreign-key order
    "cases": "INSERT INTO cases (id, title, provider, account, status, summary, outcome, opened_at, closed_at, "
             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "desks": "INSERT INTO desks (id, case_id, name, kind, address, language, timezone, hours, holidays, closures, "
             "reply_window_days, reply_window_business, follow_up_days, referred_by_id, notes, position, "
             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "identifiers": "INSERT INTO identifiers (id, case_id, name, value, where_found, notes, position, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "desk_identifiers": "INSERT OR IGNORE INTO desk_identifiers (desk_id, identifier_id) VALUES (?,?)",
    "events": "INSERT INTO events (id, case_id, desk_id, kind, occurred_at, summary, body, created_at, updated_at) "
              "VALUES (?,?,?,?,?,?,?,?,?)",
    "checklists": "INSERT INTO checklists (id, case_id, title, position) VALUES (?,?,?,?)",
    "checklist_items": "INSERT INTO checklist_items (id, checklist_id, text, done_at, position) VALUES (?,?,?,?,?)",
    "resources": "INSERT INTO resources (case_id, name, kind, state, moved, notes, updated_at) VALUES (?,?,?,?,?,?,?)",
    "deadlines": "INSERT INTO deadlines (case_id, desk_id, kind, title, due_at, state, notes, created_at, updated_at) "
                 "VALUES (?,?,?,?,?,?,?,?,?)",
}


def _ts(value: datetime) -> str:
    return value.strftime(_FMT)


class _Text:
    def __init__(self, rnd: random.Random):
        self.rnd = rnd

    def ja(self) -> bool:
        return self.rnd.random() < JA_SHARE

    def summary(self, ja: bool, desk: str) -> str:
        tpl = self.rnd.choice(JA_SUMMARY if ja else EN_SUMMARY)
        return tpl.format(desk=desk, n=self.rnd.randint(10000, 99999))

    def body(self, ja: bool) -> str:
        pool = JA_BODY if ja else EN_BODY
        return ("" if ja else " ").join(self.rnd.sample(pool, self.rnd.randint(1, 4)))


def _event_counts(rnd: random.Random, cases: int, events: int) -> list[int]:
    big = min(BIG_CASE_EVENTS, events // 4) if cases > 1 else events
    rest = events - big
    counts = [big] + [0] * (cases - 1)
    if cases > 1:
        weights = [rnd.random() + 0.2 for _ in range(cases - 1)]
        total = sum(weights)
        for i, w in enumerate(weights):
            counts[i + 1] = int(rest * w / total)
        counts[1] += rest - sum(counts[1:])
    return counts


def build(data_dir: Path, *, cases: int = 1000, events: int = 200_000, seed: int = 6) -> Built:
    """Fill the (empty) data dir with synthetic cases; returns what was built."""
    if cases < 1 or events < 0:
        raise InvalidInput(Msg("cli.bench_counts"))
    started = time.perf_counter()
    db = open_database(Path(data_dir))
    try:
        conn = db.connection()
        if conn.execute("SELECT count(*) FROM cases").fetchone()[0]:
            raise InvalidInput(Msg("cli.bench_not_empty", path=data_dir))
        rnd = random.Random(seed)
        conn.execute("BEGIN")
        try:
            _fill(conn, rnd, cases, events, clock.now())
            chain_verify.seal_all(conn, "bench")   # rows written by SQL: sealed as an explicit, recorded step
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA optimize")
    finally:
        close_database()
    return Built(Path(data_dir), cases, events, 1, time.perf_counter() - started)


def _fill(conn, rnd: random.Random, n_cases: int, n_events: int, now: datetime) -> None:
    text = _Text(rnd)
    rows = {table: [] for table in _INSERT}
    desk_id = ident_id = event_id = list_id = item_id = 0
    counts = _event_counts(rnd, n_cases, n_events)
    for case_id in range(1, n_cases + 1):
        ja = text.ja()
        is_big = case_id == 1
        opened = now - timedelta(days=30 + (400 if is_big else rnd.randint(0, 6 * 365)), minutes=rnd.randint(0, 1440))
        active = is_big or rnd.random() < 0.3
        closed = None if active else min(now, opened + timedelta(days=rnd.randint(10, 200)))
        end = closed or now
        title = BIG_CASE_TITLE if is_big else rnd.choice(JA_TITLES if ja else EN_TITLES)
        provider = rnd.choice(PROVIDERS)
        status = rnd.choice(STATUSES_OPEN if active else STATUSES_DONE)

        desks = []
        for pos, (en_name, ja_name, kind, address) in enumerate(rnd.sample(DESKS, rnd.randint(3, len(DESKS)))):
            desk_id += 1
            desk_ja = ja if rnd.random() < 0.8 else not ja
            name = ja_name if desk_ja else en_name
            desks.append((desk_id, name))
            hours = ["always"] if kind == "chat" else ["Mon-Fri 09:00-12:00,13:00-17:00"]
            zone = "Asia/Tokyo" if desk_ja else rnd.choice(ZONES)
            closures = [{"from": "12-29", "to": "01-03", "label": "年末年始" if desk_ja else "Year-end holidays"}] if desk_ja else []
            rows["desks"].append((desk_id, case_id, name, kind, address, "ja" if desk_ja else "en", zone, json.dumps(hours),
                                  "JP" if desk_ja else "", json.dumps(closures, ensure_ascii=False),
                                  rnd.choice([0, 0, 10]), rnd.choice([0, 1]), rnd.choice([0, 3, 5]),
                                  desks[0][0] if pos and rnd.random() < 0.3 else None, "", pos, _ts(opened), _ts(opened)))
        for pos, (en_name, ja_name) in enumerate(rnd.sample(IDENTIFIERS, rnd.randint(3, 6))):
            ident_id += 1
            value = "" if rnd.random() < 0.25 else f"{en_name.split()[0][:3].upper()}-{rnd.randint(100000, 999999)}"
            rows["identifiers"].append((ident_id, case_id, ja_name if ja else en_name, value,
                               "コンソール > プロフィール" if ja else "Console > profile", "", pos, _ts(opened), _ts(opened)))
            for d, _ in rnd.sample(desks, rnd.randint(1, min(3, len(desks)))):
                rows["desk_identifiers"].append((d, ident_id))

        span = max(60.0, (end - opened).total_seconds())
        offsets = sorted(rnd.random() * span for _ in range(counts[case_id - 1]))
        last = opened + timedelta(seconds=offsets[-1]) if offsets else opened
        rows["cases"].append((case_id, title, provider, f"tenancy bench-{case_id}", status,
                              text.body(ja), "" if active else text.body(ja), _ts(opened),
                              _ts(closed) if closed else None, _ts(opened), _ts(last)))
        for offset in offsets:
            event_id += 1
            at = opened + timedelta(seconds=offset)
            ev_ja = text.ja() if is_big else (ja if rnd.random() < 0.85 else not ja)
            desk = rnd.choice(desks) if rnd.random() < 0.85 else None
            desk_name = desk[1] if desk else ("窓口" if ev_ja else "desk")
            rows["events"].append((event_id, case_id, desk[0] if desk else None, rnd.choice(KINDS), _ts(at),
                                   text.summary(ev_ja, desk_name), text.body(ev_ja), _ts(at), _ts(at)))
        for pos in range(rnd.randint(1, 3)):
            list_id += 1
            rows["checklists"].append((list_id, case_id, ("チェックリスト" if ja else "Checklist") + f" {pos + 1}", pos))
            for ipos, (en_text, ja_text) in enumerate(rnd.sample(CHECKLIST_ITEMS, rnd.randint(3, 8))):
                item_id += 1
                done = not active or rnd.random() < 0.4
                rows["checklist_items"].append((item_id, list_id, ja_text if ja else en_text, _ts(end) if done else None, ipos))
        for _ in range(rnd.randint(1, 4)):
            rows["resources"].append((case_id, f"res-{case_id}-{rnd.randint(1, 99)}", rnd.choice(["vm", "dns", "storage"]),
                                  rnd.choice(["running", "stopped", "unknown", "destroyed"]), rnd.choice([0, 1]), "",
                                  _ts(end)))
        for _ in range(rnd.randint(1, 3) if active else rnd.randint(0, 2)):
            due = now + timedelta(hours=rnd.randint(-10 * 24, 30 * 24)) if active else end - timedelta(days=rnd.randint(0, 9))
            kind = rnd.choice(["reply_window", "follow_up", "inactivity", "custom"])
            rows["deadlines"].append((case_id, rnd.choice(desks)[0], kind,
                                  ("返信期限" if ja else "Reply by") if kind == "reply_window" else
                                  ("催促する" if ja else "Chase the desk"), _ts(due),
                                  "open" if active else rnd.choice(["done", "dismissed"]), "", _ts(opened), _ts(opened)))

        if len(rows["events"]) >= 20_000 or case_id == n_cases:
            _flush(conn, rows)


def _flush(conn, rows: dict[str, list]) -> None:
    """Insert the collected rows, parents before children, and start over."""
    for table, sql in _INSERT.items():
        if rows[table]:
            conn.executemany(sql, rows[table])
            rows[table].clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bench_data.py", description="build a synthetic data dir for `make bench`")
    parser.add_argument("dir", metavar="DIR", help="data dir to create (must hold no cases)")
    parser.add_argument("--cases", type=int, default=1000, help="number of cases (default 1000)")
    parser.add_argument("--events", type=int, default=200_000,
                        help="number of timeline events in all (default 200000; one case gets 50000)")
    parser.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    args = parser.parse_args(argv)
    try:
        built = build(Path(args.dir).expanduser(), cases=args.cases, events=args.events, seed=args.seed)
    except InvalidInput as exc:
        print(f"bench_data: {exc}", file=sys.stderr)
        return 2
    print(f"Built {built.cases} cases and {built.events} events in {built.data_dir} "
          f"({built.seconds:.1f} s); the large case is case {built.big_case_id}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
