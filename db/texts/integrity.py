"""Texts of the timeline chain (db/chain.py): problems verify finds, sealing steps, the
fingerprint line shown by the report, the bundle, the window and `casekeeper verify`."""

TEXT = {
    "en": {
        "chain.fingerprint_line": "Timeline fingerprint {fingerprint}, {entries} entries, {at}",
        "chain.no_chain": "This timeline has no sealed links yet.",
        "chain.bad_fingerprint": "Not a timeline fingerprint: {text!r} (give at least {digits} hex digits, "
                                 "as the report or the bundle shows them).",
        "chain.verified": "The timeline verifies: {links} links, nothing was changed outside Casekeeper.",
        "chain.not_verified": "The timeline does NOT verify ({count} problems):",
        "chain.more_problems": "… and {count} more.",
        "chain.keep_fingerprint": "Keep this fingerprint: `casekeeper verify {case} --fingerprint {digits}` later "
                                  "shows whether the timeline was rewritten since.",
        "chain.fingerprint_ok": "The fingerprint {fingerprint} names link {seq} of this timeline ({at}): "
                                "everything up to it is unchanged.",
        "chain.since": "Since then: {created} entries added, {edited} changed, {deleted} deleted, "
                       "{sealed} sealed by hand.",
        "chain.sealed": "Sealed: {count} entries recorded as they are now; link {seq} is the new head.",
        "chain.nothing_to_seal": "Nothing to seal: the timeline already verifies.",
        "chain.seal.upgrade": "Sealed when the database was upgraded ({at}).",
        "chain.seal.by_hand": "Sealed by hand on {at}, accepting {count} problems found then.",
        "chain.seal.bench": "Sealed when the benchmark data was made ({at}).",
        "chain.earlier_problem": "Found by the last check before the upgrade: {text}",
        "chain.problem.never_sealed": "the timeline was never sealed ({count} entries)",
        "chain.problem.unsealed": "entry {event} was added outside the app (the chain does not know it)",
        "chain.problem.reappeared": "entry {event} was deleted in the app and is back",
        "chain.problem.changed": "entry {event} was changed outside the app ({fields})",
        "chain.problem.removed": "entry {event} was removed outside the app",
        "chain.problem.edited_after_outside": "entry {event} had been changed outside the app ({fields}) "
                                              "before it was changed in the app on {at}",
        "chain.problem.edited_unsealed": "entry {event} was not in the chain when it was changed in the app on {at}",
        "chain.problem.link_changed": "link {seq} of the chain was altered",
        "chain.problem.link_missing": "links {first} to {last} of the chain are missing",
        "chain.problem.unlinked": "link {seq} does not follow the link before it (links were removed or replaced)",
        "chain.problem.head_missing": "the record of the chain's newest link is missing",
        "chain.problem.head_mismatch": "the record of the chain's newest link does not match the chain "
                                       "(links at the end may have been removed)",
        "chain.problem.attachment_missing": "the file {name!r} of entry {event} is missing",
        "chain.problem.attachment_changed": "the file {name!r} of entry {event} no longer has the bytes "
                                            "that were sealed",
        "chain.problem.fingerprint_unknown": "no link of this timeline has the fingerprint {fingerprint}: "
                                             "the timeline was rewritten since it was given, or it is another case's",
        "chain.problem.fingerprint_broken": "the chain is broken at or before the link of fingerprint {fingerprint}",
        "chain.problem.fingerprint_sealed": "the timeline was sealed by hand on {at}, after fingerprint "
                                            "{fingerprint}: changes made outside the app were accepted then",
        "chain.problem.v5_changed": "entry {event} had been changed outside the app",
        "chain.problem.v5_unlinked": "the link before entry {event} was broken (an earlier entry was removed "
                                     "or altered)",
        "chain.problem.v5_unsealed": "entry {event} had been added outside the app",
        "chain.problem.v5_head": "the newest entry had been removed or its seal changed",
        "chain.field.desk_id": "desk", "chain.field.kind": "kind", "chain.field.occurred_at": "time",
        "chain.field.summary": "summary", "chain.field.body": "text", "chain.field.attachments": "attachments",
        "chain.field.created_at": "time created", "chain.field.message_id": "Message-ID",
        "chain.field.case_id": "case",
    },
    "ja": {
        "chain.fingerprint_line": "タイムラインのフィンガープリント {fingerprint}（記録 {entries} 件、{at}）",
        "chain.no_chain": "このタイムラインにはまだ封印されたリンクがありません。",
        "chain.bad_fingerprint": "タイムラインのフィンガープリントではありません: 「{text}」（報告書や証拠一式に"
                                 "表示される16進数を {digits} 桁以上入力してください）。",
        "chain.verified": "タイムラインは検証済みです: リンク {links} 件、Casekeeper の外での変更はありません。",
        "chain.not_verified": "タイムラインが一致しません（問題 {count} 件）:",
        "chain.more_problems": "…ほか {count} 件。",
        "chain.keep_fingerprint": "このフィンガープリントを控えてください: 後で `casekeeper verify {case} "
                                  "--fingerprint {digits}` を実行すると、それ以降にタイムラインが書き換えられていないか確認できます。",
        "chain.fingerprint_ok": "フィンガープリント {fingerprint} はこのタイムラインのリンク {seq}（{at}）を指しています: "
                                "そこまでの内容は変わっていません。",
        "chain.since": "それ以降: 記録の追加 {created} 件、変更 {edited} 件、削除 {deleted} 件、手動の封印 {sealed} 件。",
        "chain.sealed": "封印しました: 記録 {count} 件を現在の内容で記録し、リンク {seq} が新しい先頭です。",
        "chain.nothing_to_seal": "封印するものはありません: タイムラインはすでに検証済みです。",
        "chain.seal.upgrade": "データベースの更新時に封印（{at}）。",
        "chain.seal.by_hand": "{at} に手動で封印（その時点の問題 {count} 件を受け入れ）。",
        "chain.seal.bench": "ベンチマーク用データの作成時に封印（{at}）。",
        "chain.earlier_problem": "更新前の最後の検証で見つかった問題: {text}",
        "chain.problem.never_sealed": "タイムラインは一度も封印されていません（記録 {count} 件）",
        "chain.problem.unsealed": "記録 {event} はアプリの外で追加されました（チェーンにありません）",
        "chain.problem.reappeared": "記録 {event} はアプリで削除されたのに、また存在しています",
        "chain.problem.changed": "記録 {event} がアプリの外で変更されています（{fields}）",
        "chain.problem.removed": "記録 {event} がアプリの外で削除されています",
        "chain.problem.edited_after_outside": "記録 {event} は {at} にアプリで変更される前に、アプリの外で"
                                              "変更されていました（{fields}）",
        "chain.problem.edited_unsealed": "記録 {event} は {at} にアプリで変更されたとき、チェーンにありませんでした",
        "chain.problem.link_changed": "チェーンのリンク {seq} が改変されています",
        "chain.problem.link_missing": "チェーンのリンク {first}～{last} がありません",
        "chain.problem.unlinked": "リンク {seq} が前のリンクにつながっていません（リンクが削除または置き換えられました）",
        "chain.problem.head_missing": "チェーンの最新リンクの記録がありません",
        "chain.problem.head_mismatch": "チェーンの最新リンクの記録がチェーンと一致しません（末尾のリンクが"
                                       "削除された可能性があります）",
        "chain.problem.attachment_missing": "記録 {event} の添付ファイル「{name}」がありません",
        "chain.problem.attachment_changed": "記録 {event} の添付ファイル「{name}」の内容が封印時と違います",
        "chain.problem.fingerprint_unknown": "フィンガープリント {fingerprint} を持つリンクはこのタイムラインにありません: "
                                             "控えた後にタイムラインが書き換えられたか、別のケースのものです",
        "chain.problem.fingerprint_broken": "フィンガープリント {fingerprint} のリンクまでの間でチェーンが切れています",
        "chain.problem.fingerprint_sealed": "フィンガープリント {fingerprint} の後、{at} にタイムラインが手動で封印されています: "
                                            "そのときアプリの外での変更が受け入れられました",
        "chain.problem.v5_changed": "記録 {event} はアプリの外で変更されていました",
        "chain.problem.v5_unlinked": "記録 {event} の前のつながりが切れていました（前の記録が削除または改変されました）",
        "chain.problem.v5_unsealed": "記録 {event} はアプリの外で追加されていました",
        "chain.problem.v5_head": "最新の記録が消えているか、その封印が変更されていました",
        "chain.field.desk_id": "窓口", "chain.field.kind": "種類", "chain.field.occurred_at": "日時",
        "chain.field.summary": "要約", "chain.field.body": "本文", "chain.field.attachments": "添付ファイル",
        "chain.field.created_at": "作成日時", "chain.field.message_id": "Message-ID",
        "chain.field.case_id": "ケース",
    },
}
