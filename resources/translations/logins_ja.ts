<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CaseViews</name>
    <message>
        <source>Logins</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation>再確認(&amp;K)</translation>
    </message>
    <message>
        <source>Use a&amp;n encrypted file…</source>
        <translation>暗号化ファイルを使う(&amp;N)…</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>ロック解除(&amp;L)…</translation>
    </message>
    <message>
        <source>Secrets are kept in Casekeeper&apos;s encrypted file in the data folder, protected by your passphrase. The case file holds only a reference to them.</source>
        <translation>秘密情報はデータフォルダー内の Casekeeper の暗号化ファイルに、あなたのパスフレーズで保護して保管しています。ケースのファイルには参照だけを記録します。</translation>
    </message>
    <message>
        <source>Secrets are kept in %1. The case file holds only a reference to them.</source>
        <translation>秘密情報は %1 に保管されています。ケースのファイルには参照だけを記録します。</translation>
    </message>
    <message>
        <source>Casekeeper&apos;s encrypted secrets file is locked. Enter its passphrase to see, copy or save secrets; until then no secret is saved.</source>
        <translation>Casekeeper の秘密情報ファイルはロックされています。秘密情報の表示・コピー・保存にはパスフレーズを入力してください。入力されるまで秘密情報は保存しません。</translation>
    </message>
    <message>
        <source>The keyring (%1) is locked. Unlock it to see, copy or save secrets; until then no secret is saved.</source>
        <translation>キーリング（%1）がロックされています。秘密情報の表示・コピー・保存にはロックを解除してください。解除されるまで秘密情報は保存しません。</translation>
    </message>
    <message>
        <source>There is no usable keyring on this computer (no Secret Service, Keychain or Credential Manager), so no secret is saved. Casekeeper never keeps secrets in plain text; labels, usernames and URLs are still kept.</source>
        <translation>このコンピューターには使えるキーリング（Secret Service、キーチェーン、資格情報マネージャー）がないため、秘密情報は保存しません。Casekeeper は秘密情報を平文で保存することはありません。ラベル・ユーザー名・URL は記録できます。</translation>
    </message>
</context>
<context>
    <name>KeyringLabels</name>
    <message>
        <source>Casekeeper&apos;s encrypted secrets file</source>
        <translation>Casekeeper の暗号化された秘密情報ファイル</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Edit login</source>
        <translation>ログインを編集</translation>
    </message>
    <message>
        <source>Add login</source>
        <translation>ログインを追加</translation>
    </message>
    <message>
        <source>e.g. Support portal</source>
        <translation>例: サポートポータル</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>（窓口なし）</translation>
    </message>
    <message>
        <source>No usable keyring: a secret cannot be saved. The other fields are saved without it.</source>
        <translation>使えるキーリングがないため、秘密情報は保存できません。ほかの項目は秘密情報なしで保存します。</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>空欄のままなら保存済みの秘密情報を変更しません</translation>
    </message>
    <message>
        <source>Kept in %1, never in the case file.</source>
        <translation>%1 に保管（ケースのファイルには保存しません）。</translation>
    </message>
    <message>
        <source>Saved only in %1, never in the case file.</source>
        <translation>%1 にだけ保存し、ケースのファイルには保存しません。</translation>
    </message>
    <message>
        <source>Saved only in the keyring, never in the case file.</source>
        <translation>キーリングにだけ保存し、ケースのファイルには保存しません。</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>URL(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>窓口(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>秘密情報(&amp;S):</translation>
    </message>
</context>
<context>
    <name>LoginTableModel</name>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>LoginsView</name>
    <message>
        <source>Copy &amp;username</source>
        <translation>ユーザー名をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open URL</source>
        <translation>URL を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Cop&amp;y secret</source>
        <translation>秘密情報をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Selected login</source>
        <translation>選択中のログイン</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>秘密情報:</translation>
    </message>
    <message>
        <source>&amp;Add login…</source>
        <translation>ログインを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>No logins yet. Add the support portals and consoles you sign in to with “Add login…”; their secrets go to the keyring, never into the case file.</source>
        <translation>ログインはまだありません。サインインするサポートポータルやコンソールを「ログインを追加…」で登録してください。秘密情報はキーリングに保管し、ケースのファイルには入れません。</translation>
    </message>
    <message>
        <source>(no secret stored)</source>
        <translation>（秘密情報は未保存）</translation>
    </message>
    <message>
        <source>The keyring gave no secret for this login.</source>
        <translation>キーリングにこのログインの秘密情報が見つかりませんでした。</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>隠す(&amp;I)</translation>
    </message>
    <message>
        <source>Shown for %1 s, then hidden again.</source>
        <translation>%1 秒間表示したあと、また隠します。</translation>
    </message>
    <message>
        <source>Secret copied. The clipboard is cleared in %1 s.</source>
        <translation>秘密情報をコピーしました。%1 秒後にクリップボードを消去します。</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>ユーザー名をコピーしました。</translation>
    </message>
    <message>
        <source>%1 login(s) of this case have a secret in the keyring. Remove those secrets too?</source>
        <translation>このケースの %1 件のログインの秘密情報がキーリングにあります。それらも削除しますか？</translation>
    </message>
    <message>
        <source>Delete the login “%1”?</source>
        <translation>ログイン「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its secret is removed from the keyring too.</source>
        <translation>秘密情報もキーリングから削除します。</translation>
    </message>
    <message>
        <source>Delete login</source>
        <translation>ログインを削除</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keyring:
%1

Delete the login anyway and leave its secret where it is?</source>
        <translation>秘密情報をキーリングから削除できませんでした:
%1

それでもログインを削除し、秘密情報はそのまま残しますか？</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Remove secrets</source>
        <translation>秘密情報も削除</translation>
    </message>
    <message>
        <source>Keep them in the keyring</source>
        <translation>キーリングに残す</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Use an encrypted file</source>
        <translation>暗号化ファイルを使う</translation>
    </message>
    <message>
        <source>Unlock the encrypted file</source>
        <translation>暗号化ファイルのロック解除</translation>
    </message>
    <message>
        <source>Without a usable keyring, Casekeeper can keep secrets in a file in its data folder, encrypted with a passphrase you choose. It asks for the passphrase each time it starts. If you forget the passphrase, the secrets cannot be recovered.</source>
        <translation>使えるキーリングがない場合、Casekeeper は秘密情報を、あなたが決めたパスフレーズで暗号化したファイルとしてデータフォルダーに保管できます。パスフレーズは起動するたびに入力します。パスフレーズを忘れると秘密情報は取り戻せません。</translation>
    </message>
    <message>
        <source>Enter the passphrase of Casekeeper&apos;s encrypted secrets file to see, copy or save secrets.</source>
        <translation>秘密情報の表示・コピー・保存のため、Casekeeper の秘密情報ファイルのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>もう一度(&amp;R):</translation>
    </message>
    <message>
        <source>Use encrypted file</source>
        <translation>暗号化ファイルを使う</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
</context>
</TS>
