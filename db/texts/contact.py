"""Texts of reaching a desk: the default message template, call and chat entries
(db/compose.py, db/calls.py). A desk's own templates (playbooks, the desk dialog) take
the place of the default one."""

TEXT = {
    "en": {
        "compose.greeting": "Hello,",
        "compose.identifiers": "For reference:",
        "compose.summary": "What happened:",
        "compose.question": "My question:",
        "compose.closing": "Kind regards,",
        "compose.reply_prefix": "Re: ",
        "error.bad_templates": "Message templates are a table per language of named texts, "
                               "e.g. {{\"en\": {{\"reply\": \"Hello…\"}}}}.",
        "error.template_language": "Templates in {language!r}: only {known} are known.",
        "compose.no_template": "The desk {desk} has no template {name!r} (its templates: {names}).",
        "call.summary": "Call with {desk}: {outcome}",
        "call.summary_duration": "Call with {desk}: {outcome} ({minutes} min)",
        "call.referred_to": "They referred me to {desk}.",
        "call.got_identifier": "They gave me the {name}: {value}",
        "call.outcome.reached": "reached a person",
        "call.outcome.voicemail": "voicemail",
        "call.outcome.no_answer": "no answer",
        "call.outcome.referred": "referred elsewhere",
        "call.outcome.missed": "they called, I missed it",
        "call.callback_title": "Call back {desk}",
        "chat.summary": "Chat with {desk}",
        "chat.transcript_name": "chat-{at}.txt",
    },
    "ja": {
        "compose.greeting": "お世話になっております。",
        "compose.identifiers": "ご参考までに:",
        "compose.summary": "経緯:",
        "compose.question": "お尋ねしたいこと:",
        "compose.closing": "よろしくお願いいたします。",
        "compose.reply_prefix": "Re: ",
        "error.bad_templates": "メッセージのテンプレートは、言語ごとに名前付きの文面を並べた表にしてください"
                               "（例: {{\"ja\": {{\"reply\": \"お世話になっております…\"}}}}）。",
        "error.template_language": "テンプレートの言語「{language}」は使えません（使えるのは {known}）。",
        "compose.no_template": "窓口「{desk}」にはテンプレート「{name}」がありません（この窓口のテンプレート: {names}）。",
        "call.summary": "{desk}に電話: {outcome}",
        "call.summary_duration": "{desk}に電話: {outcome}（{minutes} 分）",
        "call.referred_to": "{desk}を案内されました。",
        "call.got_identifier": "{name}をもらいました: {value}",
        "call.outcome.reached": "担当者と話せた",
        "call.outcome.voicemail": "留守番電話",
        "call.outcome.no_answer": "応答なし",
        "call.outcome.referred": "別の窓口を案内された",
        "call.outcome.missed": "着信に出られなかった",
        "call.callback_title": "{desk}に折り返し電話",
        "chat.summary": "{desk}とチャット",
        "chat.transcript_name": "chat-{at}.txt",
    },
}
