"""Errors about files: the data folder, the database (db/connection.py, db/migrations),
backups (db/backups.py), attachments and exports, playbooks (db/playbook.py).
Paths and messages of other programs ({detail}, {error}) are inserted as they are."""

TEXT = {
    "en": {
        "storage.data_dir_not_dir": "Data dir {path} exists but is not a directory.",
        "storage.data_dir_create": "Cannot create data dir {path}: {error}.",
        "storage.data_dir_read_only": "Data dir {path} is not writable.",
        "storage.not_sqlite": "{path} is not a Casekeeper database (not an SQLite file). It was left untouched.",
        "storage.other_program": "{path} is an SQLite file of another program, not a Casekeeper database. "
                                 "It was left untouched.",
        "storage.damaged": "{path} is damaged ({detail}). It was left untouched.",
        "storage.truncated_header": "truncated header",
        "storage.shorter_than_header": "the file is shorter than its header says",
        "storage.file_too_new": "{path} was written by a newer Casekeeper (schema {version}; this app knows {known}). "
                                "Update the app; the file was left untouched.",
        "storage.too_new": "This database was written by a newer Casekeeper (schema {version}, this app knows {known}). "
                           "Update the app; the file was left untouched.",
        "storage.not_sha256": "Not a SHA-256 hash: {value!r}.",
        "storage.cannot_read": "Cannot read {path}: {error}.",
        "storage.cannot_write": "Cannot write {path}: {error}.",
        "storage.not_a_file": "Not a file: {path}.",
        "storage.not_png": "The screenshot is not a PNG image; nothing was attached.",
        "storage.attachment_missing": "The stored file of {name!r} is missing ({sha}…).",
        "storage.attachment_changed": "The stored file of {name!r} no longer matches its SHA-256; "
                                      "the bundle was not written.",
        "storage.export_is_folder": "{path} is a folder; give a file name to export to.",
        "storage.no_folder": "The folder {path} does not exist.",
        "backup.copy_damaged": "{name} could not be copied: it is damaged ({detail}).",
        "backup.source_damaged": "{name} is damaged ({detail}); no backup was made.",
        "backup.no_database": "There is no database in {path} to back up.",
        "backup.none": "There are no backups in {path}.",
        "backup.no_such": "No backup named {name} (see `casekeeper restore --list`).",
        "backup.unusable": "The backup {name} cannot be used: {error}",
        "backup.damaged": "The backup {name} is damaged ({detail}).",
        "backup.in_use": "The database is open in another Casekeeper window or process; close it and try again.",
        "backup.hint_none": "There is no backup to restore.",
        "backup.hint": "The newest backup is {name} (made {made}): `casekeeper restore` puts it back and keeps "
                       "the damaged file.",
        "playbook.no_file": "No such playbook file: {path}.",
        "playbook.bad_toml": "{path} is not a valid playbook (TOML error: {error}).",
        "playbook.bad_format": "{path}: unsupported playbook format {format!r} (this app reads format {supported}).",
        "playbook.at": "{where}: {error}",
        "playbook.in_desk": "Desk {desk!r}: {error}",
        "playbook.unknown_identifier": "Desk {desk!r} asks for unknown identifier {name!r}.",
        "playbook.unknown_referrer": "Desk {desk!r} is referred by unknown desk {ref!r}.",
        "playbook.unknown_desk": "Unknown desk {name!r} in {item!r}.",
        "playbook.deadline_needs_due": "Deadline {title!r} needs due_at, or days and counted_from.",
    },
    "ja": {
        "storage.data_dir_not_dir": "データフォルダー {path} はありますが、フォルダーではありません。",
        "storage.data_dir_create": "データフォルダー {path} を作成できません: {error}。",
        "storage.data_dir_read_only": "データフォルダー {path} に書き込めません。",
        "storage.not_sqlite": "{path} は Casekeeper のデータベースではありません（SQLite ファイルではありません）。"
                              "ファイルには手を加えていません。",
        "storage.other_program": "{path} はほかのプログラムの SQLite ファイルで、Casekeeper のデータベースではありません。"
                                 "ファイルには手を加えていません。",
        "storage.damaged": "{path} は破損しています（{detail}）。ファイルには手を加えていません。",
        "storage.truncated_header": "ヘッダーが途中で切れています",
        "storage.shorter_than_header": "ファイルがヘッダーに書かれた大きさより短くなっています",
        "storage.file_too_new": "{path} は新しい Casekeeper で書かれています（スキーマ {version}。このアプリが扱えるのは "
                                "{known} まで）。アプリを更新してください。ファイルには手を加えていません。",
        "storage.too_new": "このデータベースは新しい Casekeeper で書かれています（スキーマ {version}。このアプリが扱えるのは "
                           "{known} まで）。アプリを更新してください。ファイルには手を加えていません。",
        "storage.not_sha256": "「{value}」は SHA-256 ハッシュではありません。",
        "storage.cannot_read": "{path} を読み込めません: {error}。",
        "storage.cannot_write": "{path} に書き込めません: {error}。",
        "storage.not_a_file": "{path} はファイルではありません。",
        "storage.not_png": "スクリーンショットが PNG 画像ではありません。何も添付していません。",
        "storage.attachment_missing": "「{name}」の保存ファイルが見つかりません（{sha}…）。",
        "storage.attachment_changed": "「{name}」の保存ファイルが SHA-256 と一致しなくなっています。"
                                      "書き出しファイルは作成していません。",
        "storage.export_is_folder": "{path} はフォルダーです。書き出し先のファイル名を指定してください。",
        "storage.no_folder": "フォルダー {path} がありません。",
        "backup.copy_damaged": "{name} をコピーできません。破損しています（{detail}）。",
        "backup.source_damaged": "{name} は破損しています（{detail}）。バックアップは作成していません。",
        "backup.no_database": "{path} にはバックアップするデータベースがありません。",
        "backup.none": "{path} にバックアップがありません。",
        "backup.no_such": "{name} という名前のバックアップはありません（`casekeeper restore --list` で確認できます）。",
        "backup.unusable": "バックアップ {name} は使えません: {error}",
        "backup.damaged": "バックアップ {name} は破損しています（{detail}）。",
        "backup.in_use": "データベースがほかの Casekeeper のウィンドウかプロセスで開かれています。閉じてからもう一度"
                         "試してください。",
        "backup.hint_none": "復元できるバックアップはありません。",
        "backup.hint": "最新のバックアップは {name}（{made} 作成）です。`casekeeper restore` で復元でき、"
                       "破損したファイルは残します。",
        "playbook.no_file": "プレイブックのファイル {path} がありません。",
        "playbook.bad_toml": "{path} は正しいプレイブックではありません（TOML のエラー: {error}）。",
        "playbook.bad_format": "{path}: プレイブックの形式 {format} には対応していません（このアプリが読めるのは形式 "
                               "{supported} です）。",
        "playbook.at": "{where}: {error}",
        "playbook.in_desk": "窓口「{desk}」: {error}",
        "playbook.unknown_identifier": "窓口「{desk}」が求める識別番号「{name}」は定義されていません。",
        "playbook.unknown_referrer": "窓口「{desk}」の紹介元の窓口「{ref}」は定義されていません。",
        "playbook.unknown_desk": "「{item}」の窓口「{name}」は定義されていません。",
        "playbook.deadline_needs_due": "期限「{title}」には due_at、または days と counted_from が必要です。",
    },
}
