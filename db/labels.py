"""Words the db layer itself writes for people (reports, generated titles), in
the report languages. The window translates its own strings with Qt; db has no
Qt, so the few texts it produces live here, per language."""
from __future__ import annotations

import os

LANGUAGES = ("en", "ja")

TEXT = {
    "en": {
        "report_title": "Case report: {title}",
        "generated": "Generated {at} ({zone})",
        "provider": "Provider", "account": "Account", "status": "Status", "opened": "Opened", "closed": "Closed",
        "summary": "Summary", "desks": "Desks", "identifiers": "Identifiers", "timeline": "Timeline",
        "resources": "Resources", "checklists": "Checklists", "outcome": "Outcome", "deadlines": "Deadlines",
        "integrity": "Integrity", "asks_for": "asks for", "needed_by": "asked for by", "missing": "(missing)",
        "no_desk": "no desk", "address": "Address", "hours": "Hours", "language": "Language",
        "attachments": "Attachments", "moved": "moved", "not_moved": "not moved", "done": "done",
        "open": "open", "none": "(none)",
        "chain_ok": "The timeline hash chain verifies: {count} events, head {head}.",
        "chain_bad": "The timeline hash chain does NOT verify: {problems}",
        "kind.sent": "We wrote", "kind.received": "They answered", "kind.call": "Call", "kind.chat": "Chat",
        "kind.observation": "Observed", "kind.note": "Note",
        "status.open": "open", "status.waiting_provider": "waiting for the provider",
        "status.waiting_me": "waiting for me", "status.resolved": "resolved", "status.closed": "closed",
        "state.running": "running", "state.stopped": "stopped", "state.unknown": "unknown",
        "state.destroyed": "destroyed",
        "reply_window": "Reply to {desk} (window from their mail)",
        "no_subject": "(no subject)", "value": "Value",
        "problem.changed": "event {event} was changed outside the app",
        "problem.unlinked": "the link before event {event} is broken (an earlier event was removed or altered)",
        "problem.unsealed": "event {event} was added outside the app",
        "problem.removed_last": "the newest event is missing or its seal was changed",
        "problem.count": "the number of events differs from the sealed count",
    },
    "ja": {
        "report_title": "ケース報告書: {title}",
        "generated": "作成日時 {at}（{zone}）",
        "provider": "事業者", "account": "アカウント", "status": "状態", "opened": "開始", "closed": "終了",
        "summary": "概要", "desks": "窓口", "identifiers": "識別番号", "timeline": "経緯",
        "resources": "リソース", "checklists": "チェックリスト", "outcome": "結果", "deadlines": "期限",
        "integrity": "改ざん検知", "asks_for": "求められる番号", "needed_by": "求める窓口", "missing": "（未入手）",
        "no_desk": "窓口なし", "address": "連絡先", "hours": "受付時間", "language": "言語",
        "attachments": "添付ファイル", "moved": "移行済み", "not_moved": "未移行", "done": "完了",
        "open": "未完了", "none": "（なし）",
        "chain_ok": "経緯のハッシュチェーンは検証済みです: {count} 件、先頭 {head}。",
        "chain_bad": "経緯のハッシュチェーンが一致しません: {problems}",
        "kind.sent": "こちらから送信", "kind.received": "先方から受信", "kind.call": "電話", "kind.chat": "チャット",
        "kind.observation": "確認した事実", "kind.note": "メモ",
        "status.open": "対応中", "status.waiting_provider": "事業者の返答待ち",
        "status.waiting_me": "自分の対応待ち", "status.resolved": "解決", "status.closed": "終了",
        "state.running": "稼働中", "state.stopped": "停止", "state.unknown": "不明", "state.destroyed": "削除済み",
        "reply_window": "{desk} への返信期限（メールで指定）",
        "no_subject": "（件名なし）", "value": "値",
        "problem.changed": "イベント {event} がアプリの外で変更されています",
        "problem.unlinked": "イベント {event} の前のつながりが切れています（前のイベントが削除または改変されました）",
        "problem.unsealed": "イベント {event} はアプリの外で追加されました",
        "problem.removed_last": "最新のイベントが消えているか、その封印が変更されています",
        "problem.count": "イベントの件数が封印時と一致しません",
    },
}


def language(setting: str | None = None) -> str:
    """'en' or 'ja': an explicit setting wins, else the system locale (as the window does)."""
    if setting in LANGUAGES:
        return setting
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            lang = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return lang if lang in LANGUAGES else "en"
    return "en"


def text(lang: str, key: str, **values) -> str:
    table = TEXT.get(lang, TEXT["en"])
    return table.get(key, TEXT["en"].get(key, key)).format(**values)
