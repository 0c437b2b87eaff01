"""Texts of the guards against faults and bad input (issue 16): dates outside the calendar,
a full disk, a busy or unreadable database, an empty database file, special export
targets, bad command-line arguments and playbook values."""

TEXT = {
    "en": {
        "error.date_out_of_range": "{text} is outside the dates Casekeeper keeps ({low} to {high}).",
        "error.date_clamped": "the date {text} lies outside the dates Casekeeper keeps; it was stored as {stored}",
        "field.slot_days": "number of days of opening slots",
        "storage.disk_full": "The disk is full ({path}); nothing was changed. Free some space and try again.",
        "storage.io_error": "The disk reported an error while writing {path} ({error}); nothing was changed.",
        "storage.busy": "Another Casekeeper is still writing to the database; nothing was changed. "
                        "Try again in a moment.",
        "storage.waiting": "Waiting for another Casekeeper to finish writing to the database…",
        "storage.db_read_only": "The database {path} is read-only; Casekeeper needs to write to it. "
                                "Check the permissions of the file and its folder.",
        "storage.db_cannot_open": "Cannot open the database {path}: {error}.",
        "storage.db_empty": "{path} is empty (0 bytes), but this data folder was used before (it holds backups "
                            "or attachments). It was not taken as a new database and was left untouched.",
        "storage.data_dir_no_access": "Cannot use the data folder {path}: {error}.",
        "storage.file_error": "{path}: {error}.",
        "storage.os_error": "The system refused: {error}.",
        "storage.export_special": "{path} is not a regular file, a pipe or a terminal; give a file name to "
                                  "export to.",
        "backup.write_failed": "No backup was made: writing it failed ({error}). The database itself is fine; "
                               "free some space in {path} and try again.",
        "backup.restore_write_failed": "The backup could not be put back: writing failed ({error}). "
                                       "The database was not changed.",
        "backup.empty_file": "The backup {name} is empty (0 bytes); it holds nothing to restore.",
        "backup.unreadable": "The backup {name} cannot be read: {error}.",
        "cli.bad_id": "{text!r} is not an id (a whole number from 1 to {high}).",
        "cli.bad_number": "{option}: {text!r} is not a number from {low} to {high}.",
        "cli.not_utf8": "The argument {text} is not valid UTF-8 text.",
        "cli.data_dir_empty": "--data-dir is empty; give the folder to keep the data in.",
        "playbook.missing_key": "{where}: the key {name!r} is missing.",
        "playbook.wrong_type": "{where}: {name!r} must be {expected}.",
        "playbook.not_a_list": "{name!r} must be a list of tables ([[{name}]]).",
        "playbook.too_deep": "{path} is nested too deeply to be a playbook.",
        "playbook.type.text": "text",
        "playbook.type.number": "a whole number",
        "playbook.type.bool": "true or false",
        "playbook.type.list": "a list",
        "playbook.type.texts": "a list of texts",
        "playbook.type.table": "a table",
        "playbook.type.time": "a date and time (ISO 8601)",
    },
    "ja": {
        "error.date_out_of_range": "「{text}」は Casekeeper が扱える日付（{low}～{high}）の範囲外です。",
        "error.date_clamped": "日付「{text}」は扱える範囲外のため、{stored} として保存しました",
        "field.slot_days": "受付時間を書き出す日数",
        "storage.disk_full": "ディスクがいっぱいです（{path}）。何も変更していません。空き容量を作ってからもう一度"
                             "試してください。",
        "storage.io_error": "{path} への書き込み中にディスクのエラーが起きました（{error}）。何も変更していません。",
        "storage.busy": "ほかの Casekeeper がデータベースに書き込み中です。何も変更していません。少し待ってから"
                        "もう一度試してください。",
        "storage.waiting": "ほかの Casekeeper がデータベースへの書き込みを終えるのを待っています…",
        "storage.db_read_only": "データベース {path} は読み取り専用です。Casekeeper は書き込みが必要です。"
                                "ファイルとフォルダーの権限を確認してください。",
        "storage.db_cannot_open": "データベース {path} を開けません: {error}。",
        "storage.db_empty": "{path} は空（0 バイト）ですが、このデータフォルダーは使われていました（バックアップか"
                            "添付ファイルがあります）。新しいデータベースとは見なさず、ファイルには手を加えていません。",
        "storage.data_dir_no_access": "データフォルダー {path} を使えません: {error}。",
        "storage.file_error": "{path}: {error}。",
        "storage.os_error": "システムが処理を拒否しました: {error}。",
        "storage.export_special": "{path} は通常のファイル、パイプ、端末のどれでもありません。書き出し先の"
                                  "ファイル名を指定してください。",
        "backup.write_failed": "バックアップを作成できませんでした。書き込みに失敗しました（{error}）。データベース"
                               "自体は無事です。{path} に空き容量を作ってからもう一度試してください。",
        "backup.restore_write_failed": "バックアップを戻せませんでした。書き込みに失敗しました（{error}）。"
                                       "データベースは変更していません。",
        "backup.empty_file": "バックアップ {name} は空（0 バイト）で、復元できる内容がありません。",
        "backup.unreadable": "バックアップ {name} を読み込めません: {error}。",
        "cli.bad_id": "「{text}」は ID ではありません（1 から {high} までの整数を指定してください）。",
        "cli.bad_number": "{option}: 「{text}」は {low} から {high} までの数ではありません。",
        "cli.not_utf8": "引数 {text} は正しい UTF-8 の文字列ではありません。",
        "cli.data_dir_empty": "--data-dir が空です。データを置くフォルダーを指定してください。",
        "playbook.missing_key": "{where}: キー「{name}」がありません。",
        "playbook.wrong_type": "{where}: 「{name}」は{expected}で指定してください。",
        "playbook.not_a_list": "「{name}」はテーブルの配列（[[{name}]]）で指定してください。",
        "playbook.too_deep": "{path} は入れ子が深すぎて、プレイブックとして読めません。",
        "playbook.type.text": "文字列",
        "playbook.type.number": "整数",
        "playbook.type.bool": "true か false",
        "playbook.type.list": "配列",
        "playbook.type.texts": "文字列の配列",
        "playbook.type.table": "テーブル",
        "playbook.type.time": "日時（ISO 8601）",
    },
}
