"""Errors of the command line (db/cli/, tools/bench_data.py). Command names and options stay as typed."""

TEXT = {
    "en": {
        "cli.not_case_id": "Not a case id: {text!r} (see `casekeeper cases`).",
        "cli.not_login_id": "Not a login id: {text!r} (see `casekeeper login list CASE_ID`).",
        "cli.no_secret_on_stdin": "No secret on standard input; nothing was saved.",
        "cli.no_terminal": "Casekeeper's encrypted secrets file needs its passphrase, and there is no terminal to "
                           "ask on. Nothing was saved.",
        "cli.passphrases_differ": "The two passphrases differ; nothing was changed.",
        "cli.rule_needs_pattern": "Give the address or @domain to add.",
        "cli.within_negative": "--within must be zero or more days.",
        "cli.bench_counts": "bench_data.py needs at least one case and a non-negative number of events.",
        "cli.bench_not_empty": "{path} already holds cases; bench_data.py writes into an empty data dir.",
    },
    "ja": {
        "cli.not_case_id": "「{text}」はケースの ID ではありません（`casekeeper cases` で確認できます）。",
        "cli.not_login_id": "「{text}」はログインの ID ではありません（`casekeeper login list CASE_ID` で確認できます）。",
        "cli.no_secret_on_stdin": "標準入力に秘密情報がありません。何も保存していません。",
        "cli.no_terminal": "Casekeeper の暗号化された秘密情報ファイルにはパスフレーズが必要ですが、入力を求める"
                           "端末がありません。何も保存していません。",
        "cli.passphrases_differ": "2 つのパスフレーズが一致しません。何も変更していません。",
        "cli.rule_needs_pattern": "追加するアドレスか @ドメイン を指定してください。",
        "cli.within_negative": "--within には 0 以上の日数を指定してください。",
        "cli.bench_counts": "bench_data.py には 1 件以上のケースと 0 以上の記録の件数が必要です。",
        "cli.bench_not_empty": "{path} にはすでにケースがあります。bench_data.py は空のデータフォルダーに書き込みます。",
    },
}
