"""Texts of the case report (db/report_md.py) and the labels they share with other texts:
case statuses, event kinds, resource states. (The integrity check's are in integrity.py.)"""

TEXT = {
    "en": {
        "report_title": "Case report: {title}",
        "generated": "Generated {at} ({zone})",
        "provider": "Provider", "account": "Account", "status": "Status", "opened": "Opened", "closed": "Closed",
        "summary": "Summary", "desks": "Desks", "identifiers": "Identifiers", "timeline": "Timeline",
        "resources": "Resources", "checklists": "Checklists", "outcome": "Outcome", "deadlines": "Deadlines",
        "integrity": "Integrity", "asks_for": "Asks for", "needed_by": "Asked for by", "missing": "(missing)",
        "no_desk": "no desk", "address": "Address", "hours": "Hours", "language": "Language",
        "attachments": "Attachments", "moved": "moved", "not_moved": "not moved", "done": "done",
        "open": "open", "none": "(none)",
        "kind.sent": "We wrote", "kind.received": "They answered", "kind.call": "Call", "kind.chat": "Chat",
        "kind.observation": "Observed", "kind.note": "Note",
        "status.open": "open", "status.waiting_provider": "waiting for the provider",
        "status.waiting_me": "waiting for me", "status.resolved": "resolved", "status.closed": "closed",
        "state.running": "running", "state.stopped": "stopped", "state.unknown": "unknown",
        "state.destroyed": "destroyed",
        "no_subject": "(no subject)", "value": "Value",
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
        "kind.sent": "こちらから送信", "kind.received": "先方から受信", "kind.call": "電話", "kind.chat": "チャット",
        "kind.observation": "確認した事実", "kind.note": "メモ",
        "status.open": "対応中", "status.waiting_provider": "事業者の返答待ち",
        "status.waiting_me": "自分の対応待ち", "status.resolved": "解決", "status.closed": "終了",
        "state.running": "稼働中", "state.stopped": "停止", "state.unknown": "不明", "state.destroyed": "削除済み",
        "no_subject": "（件名なし）", "value": "値",
    },
}

