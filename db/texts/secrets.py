"""Errors and states of the secrets of logins: the OS keyring (db/secrets.py), the
encrypted secrets file (db/secret_file.py), logins (db/logins.py). {name} is a
keyring's product name (GNOME Keyring, KWallet), or secret.file."""

TEXT = {
    "en": {
        "secret.file": "Casekeeper's encrypted secrets file",
        "secret.op_save": "save the secret", "secret.op_read": "read the secret",
        "secret.op_delete": "delete the secret",
        "secret.nothing_saved": " Nothing was saved.", "secret.nothing_deleted": " Nothing was deleted.",
        "secret.unsafe_backend": "The keyring backend '{name}' does not keep secrets safely and Casekeeper does not "
                                 "use it, so it cannot {what}.{outcome}",
        "secret.none": "There is no usable keyring (no Secret Service, Keychain or Credential Manager is available), "
                       "so Casekeeper cannot {what}.{outcome}",
        "secret.unreachable": "The keyring ({name}) cannot be reached: {error}",
        "secret.ready": "Secrets are kept in {name}.",
        "secret.locked": "The keyring ({name}) is locked. Unlock it to save or show secrets; nothing is saved meanwhile.",
        "secret.unlock_refused": "The keyring ({name}) stayed locked: the unlock prompt was cancelled or could not be "
                                 "shown. Could not {what}.{outcome}",
        "secret.failed": "The keyring ({name}) could not {what}: {error}{outcome}",
        "secret.wrong_passphrase": "That passphrase does not open the encrypted secrets file; nothing was changed.",
        "secret.short_passphrase": "The passphrase needs at least {n} characters.",
        "secret.file_exists": "An encrypted secrets file already exists here; unlock it with its passphrase.",
        "secret.no_file": "There is no encrypted secrets file in this data dir.",
        "secret.file_locked": "Casekeeper's encrypted secrets file is locked: enter its passphrase first. "
                              "Nothing was saved.",
        "secret.label_taken": "This case already has a login labelled {label!r}.",
        "secret.empty_secret": "The secret is empty; nothing was saved.",
    },
    "ja": {
        "secret.file": "Casekeeper の暗号化された秘密情報ファイル",
        "secret.op_save": "秘密情報の保存", "secret.op_read": "秘密情報の読み出し",
        "secret.op_delete": "秘密情報の削除",
        "secret.nothing_saved": "何も保存していません。", "secret.nothing_deleted": "何も削除していません。",
        "secret.unsafe_backend": "キーリングのバックエンド「{name}」は秘密情報を安全に保管しないため Casekeeper は使いません。"
                                 "{what}はできません。{outcome}",
        "secret.none": "使えるキーリングがありません（Secret Service、キーチェーン、資格情報マネージャーのどれも"
                       "ありません）。Casekeeper は{what}ができません。{outcome}",
        "secret.unreachable": "キーリング（{name}）に接続できません: {error}",
        "secret.ready": "秘密情報は {name} に保管しています。",
        "secret.locked": "キーリング（{name}）がロックされています。秘密情報の保存や表示にはロックを解除してください。"
                         "解除されるまで秘密情報は保存しません。",
        "secret.unlock_refused": "キーリング（{name}）のロックが解除されませんでした。解除の確認画面が取り消されたか、"
                                 "表示できませんでした。{what}はできませんでした。{outcome}",
        "secret.failed": "キーリング（{name}）で{what}ができませんでした: {error} {outcome}",
        "secret.wrong_passphrase": "このパスフレーズでは暗号化された秘密情報ファイルを開けません。何も変更していません。",
        "secret.short_passphrase": "パスフレーズは {n} 文字以上にしてください。",
        "secret.file_exists": "暗号化された秘密情報ファイルがすでにあります。そのパスフレーズでロックを解除してください。",
        "secret.no_file": "このデータフォルダーには暗号化された秘密情報ファイルがありません。",
        "secret.file_locked": "Casekeeper の暗号化された秘密情報ファイルはロックされています。先にパスフレーズを"
                              "入力してください。何も保存していません。",
        "secret.label_taken": "このケースには「{label}」というラベルのログインがすでにあります。",
        "secret.empty_secret": "秘密情報が空です。何も保存していません。",
    },
}
