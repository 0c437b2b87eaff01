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
        "integrity": "Integrity", "asks_for": "Asks for", "needed_by": "Asked for by", "missing": "(missing)",
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
        "no_subject": "(no subject)", "value": "Value",
        "mail.empty": "the file is empty",
        "mail.too_big": "the message is {size} MB, over the import limit of {limit} MB; nothing was imported from it",
        "mail.unreadable": "it cannot be read as e-mail ({error})",
        "mail.no_from": "not an e-mail message (it has no From header)",
        "mail.bad_sender": "not an e-mail message (unreadable sender {sender})",
        "mail.truncated": "the message is incomplete (its MIME parts are cut off); nothing was imported from it",
        "mail.bad_base64": "attachment {name} is cut off or damaged (bad base64); nothing was imported from it",
        "mail.attachment_too_big": "attachment {name} is {size} MB, over the import limit of {limit} MB; "
                                   "nothing was imported from it",
        "mail.no_date": "no Date header; the import time was used",
        "mail.bad_date": "unreadable Date {value}; the import time was used",
        "mail.charset_unknown": "unknown charset {label}; the text was read as {used}",
        "mail.charset_wrong": "the text is labelled {label} but is not; it was read as {used}",
        "mail.charset_damaged": "the text in charset {label} is damaged; unreadable bytes were replaced",
        "mail.unsafe_name": "attachment name {name} was unsafe; stored as {clean}",
        "mail.imported": "imported as event {event} ({details})",
        "mail.received": "received", "mail.sent": "sent", "mail.from_desk": "from {desk}", "mail.to_desk": "to {desk}",
        "mail.attachments": "{count} attachment(s)",
        "mail.duplicate": "already in the case as event {event} (same Message-ID)",
        "mail.not_imported": "not imported: {reason}",
        "mail.no_file": "no such file", "mail.not_file": "not a file", "mail.cannot_read": "cannot read it ({error})",
        "mail.empty_mbox": "the mailbox holds no messages",
        "mail.stopped": "stopped by you after {count} message(s); the rest was not imported",
        "mail.file_failed": "{name}: failed: {error}.", "mail.file_one": "{name}: {text}.",
        "mail.file_counts": "{name}: {imported} imported, {duplicates} already there, {failed} failed.",
        "mail.note": "  note: {text}.", "mail.message_n": "  message {n}: {text}.",
        "mail.message_note": "  message {n} note: {text}.",
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
        "no_subject": "（件名なし）", "value": "値",
        "mail.empty": "ファイルが空です",
        "mail.too_big": "メッセージが {size} MB あり、取り込みの上限 {limit} MB を超えています。何も取り込んでいません",
        "mail.unreadable": "メールとして読めません（{error}）",
        "mail.no_from": "メールではありません（From ヘッダーがありません）",
        "mail.bad_sender": "メールではありません（送信者 {sender} を読めません）",
        "mail.truncated": "メッセージが途中で切れています（MIME パートが欠けています）。何も取り込んでいません",
        "mail.bad_base64": "添付ファイル {name} が途中で切れているか壊れています（base64 の誤り）。何も取り込んでいません",
        "mail.attachment_too_big": "添付ファイル {name} が {size} MB あり、取り込みの上限 {limit} MB を超えています。"
                                   "何も取り込んでいません",
        "mail.no_date": "Date ヘッダーがないため、取り込んだ時刻を使いました",
        "mail.bad_date": "Date {value} を読めないため、取り込んだ時刻を使いました",
        "mail.charset_unknown": "文字コード {label} は不明です。{used} として読みました",
        "mail.charset_wrong": "文字コードの表示は {label} ですが実際は違うため、{used} として読みました",
        "mail.charset_damaged": "文字コード {label} の本文が壊れています。読めない部分は置き換えました",
        "mail.unsafe_name": "添付ファイル名 {name} は安全でないため {clean} として保存しました",
        "mail.imported": "記録 {event} として取り込みました（{details}）",
        "mail.received": "受信", "mail.sent": "送信", "mail.from_desk": "送信元: {desk}", "mail.to_desk": "宛先: {desk}",
        "mail.attachments": "添付 {count} 件",
        "mail.duplicate": "記録 {event} として取り込み済みです（同じ Message-ID）",
        "mail.not_imported": "取り込みませんでした: {reason}",
        "mail.no_file": "ファイルがありません", "mail.not_file": "ファイルではありません",
        "mail.cannot_read": "読み込めません（{error}）",
        "mail.empty_mbox": "メールボックスにメッセージがありません",
        "mail.stopped": "{count} 通目のあとで中止しました。残りは取り込んでいません",
        "mail.file_failed": "{name}: 失敗: {error}。", "mail.file_one": "{name}: {text}。",
        "mail.file_counts": "{name}: 取り込み {imported} 件、取り込み済み {duplicates} 件、失敗 {failed} 件。",
        "mail.note": "  注意: {text}。", "mail.message_n": "  {n} 通目: {text}。",
        "mail.message_note": "  {n} 通目の注意: {text}。",
        "problem.changed": "記録 {event} がアプリの外で変更されています",
        "problem.unlinked": "記録 {event} の前のつながりが切れています（前の記録が削除または改変されました）",
        "problem.unsealed": "記録 {event} はアプリの外で追加されました",
        "problem.removed_last": "最新の記録が消えているか、その封印が変更されています",
        "problem.count": "記録の件数が封印時と一致しません",
    },
}


def _merge_area_texts() -> None:
    """Texts kept per area in db/texts/ (the mail import's notes and DKIM results)."""
    from .texts.mail_evidence import TEXT as MAIL

    for lang, table in MAIL.items():
        TEXT[lang].update(table)


_merge_area_texts()


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


class Msg:
    """A text for a person, kept as a key and values until the language is known."""

    def __init__(self, key: str, **values):
        self.key, self.values = key, values

    def text(self, lang: str = "en") -> str:
        values = {k: (v.text(lang) if isinstance(v, Msg) else v) for k, v in self.values.items()}
        return text(lang, self.key, **values)

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.values!r})"

    def __contains__(self, part: str) -> bool:
        return part in str(self)
