<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>アップデート前</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Your Casekeeper database file is empty.</source>
        <translation>Casekeeper のデータベースファイルが空です。</translation>
    </message>
    <message>
        <source>Your Casekeeper database file is not a database.</source>
        <translation>Casekeeper のデータベースファイルがデータベースではありません。</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? The file found is kept next to it, renamed, and is not changed.</source>
        <translation>%1 に作成された最新のバックアップを復元しますか？見つかったファイルは名前を変えて同じフォルダーに残し、内容は変更しません。</translation>
    </message>
    <message>
        <source>Casekeeper</source>
        <translation>Casekeeper</translation>
    </message>
    <message>
        <source>Your Casekeeper database is damaged.</source>
        <translation>Casekeeper のデータベースが破損しています。</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>%1 に作成されたバックアップを復元しました。</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? The damaged file is kept next to it, renamed, and is not changed.</source>
        <translation>%1 に作成された最新のバックアップを復元しますか？破損したファイルは名前を変えて同じフォルダーに残し、内容は変更しません。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1
Your earlier backups were kept; File &gt; Restore from a backup puts one back.</source>
        <translation>今日のバックアップを作成できませんでした: %1
これまでのバックアップは残っています。「ファイル」&gt;「バックアップから復元」で戻せます。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Casekeeper backs up your data once a day and before every upgrade. Restoring puts the chosen backup in place; your current data is kept as a backup first.</source>
        <translation>Casekeeper は 1 日 1 回とアップデートの前にデータをバックアップします。復元すると選んだバックアップに置き換わります。現在のデータは先にバックアップとして保存されます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restore the backup made %1? Your current data is kept as a backup first.</source>
        <translation>%1 に作成されたバックアップを復元しますか？現在のデータは先にバックアップとして保存されます。</translation>
    </message>
</context>
</TS>
