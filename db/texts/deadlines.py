"""Texts of the deadlines area: how a deadline ended, reply-by rules in words, and the
errors of deadlines, reply-by and reminders. (Titles of deadlines without one: texts.report.)"""

TEXT = {
    "en": {
        "deadline.state.open": "open",
        "deadline.state.overdue": "overdue",
        "deadline.outcome.answered": "answered",
        "deadline.outcome.answered_late": "answered late",
        "deadline.outcome.chased": "chased",
        "deadline.outcome.done": "done",
        "deadline.outcome.dismissed": "dismissed",
        "deadline.ended": "{outcome} {at}",
        "deadline.history": "History",
        "reply.days": "within {days} days",
        "reply.business_days": "within {days} business days",
        "reply.at": "by {at}",
        "reply.none": "none",
        "error.deadline_follows_entry": "The desk and kind of this deadline follow its timeline entry: "
                                        "change the entry instead.",
        "error.reply_within": "Reply-by {text!r} not understood: use 10d (days), 3bd (business days) or 0 (none).",
        "error.reply_not_this_kind": "Only a received or a sent entry starts a reply-by (this one is {kind!r}).",
        "error.reply_both": "Give either a number of days or a date for the reply-by, not both.",
        "error.reminder_offset": "Reminder {text!r} not understood: use for example 3d, 1d, 1h, 30m or passed.",
        "error.no_desk_named": "No desk {name!r} in this case (use its id or its exact name; "
                               "see `casekeeper desks CASE_ID`).",
        "error.snooze_until": "Snooze until a moment after now ({text!r} is not).",
        "field.reply_days": "days of the reply-by",
    },
    "ja": {
        "deadline.state.open": "未完了",
        "deadline.state.overdue": "期限切れ",
        "deadline.outcome.answered": "返信済み",
        "deadline.outcome.answered_late": "期限後に返信",
        "deadline.outcome.chased": "催促済み",
        "deadline.outcome.done": "完了",
        "deadline.outcome.dismissed": "取り下げ",
        "deadline.ended": "{outcome}（{at}）",
        "deadline.history": "履歴",
        "reply.days": "{days}日以内",
        "reply.business_days": "{days}営業日以内",
        "reply.at": "{at}まで",
        "reply.none": "なし",
        "error.deadline_follows_entry": "この期限の窓口と種類はタイムラインの記録に従います。記録のほうを変更してください。",
        "error.reply_within": "返信期限「{text}」を読み取れません。10d（日数）、3bd（営業日数）、0（なし）のように指定してください。",
        "error.reply_not_this_kind": "返信期限を持てるのは受信または送信の記録だけです（この記録は「{kind}」）。",
        "error.reply_both": "返信期限は日数か日時のどちらか一方を指定してください。",
        "error.reminder_offset": "リマインダー「{text}」を読み取れません。3d、1d、1h、30m、passed のように指定してください。",
        "error.no_desk_named": "このケースに窓口「{name}」はありません（ID か正確な名前を指定してください。"
                               "`casekeeper desks ケースID` で確認できます）。",
        "error.snooze_until": "スヌーズは現在より後の日時までにしてください（「{text}」は違います）。",
        "field.reply_days": "返信期限の日数",
    },
}
