<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>%1に電話</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（番号なし）</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>番号をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>What they said, names, numbers, what happens next…</source>
        <translation>言われたこと、担当者名、番号、次にどうなるか…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>A new desk…</source>
        <translation>新しい窓口…</translation>
    </message>
    <message>
        <source>Name of the desk they named</source>
        <translation>案内された窓口の名前</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>They &amp;referred me to:</source>
        <translation>案内された窓口(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;How it ended:</source>
        <translation>結果(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;End call and log it</source>
        <translation>通話を終えて記録(&amp;E)</translation>
    </message>
    <message>
        <source>The line will ask for:</source>
        <translation>電話口で聞かれるもの:</translation>
    </message>
    <message>
        <source>No number: this desk asks for none.</source>
        <translation>この窓口が求める番号はありません。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>They gave me the %1: type it here</source>
        <translation>%1をもらったらここに入力</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the %1 now</source>
        <translation>%1を今すぐ保存します</translation>
    </message>
</context>
<context>
    <name>ChatDialog</name>
    <message>
        <source>Chat with %1</source>
        <translation>%1とチャット</translation>
    </message>
    <message>
        <source>Paste the chat transcript here (Ctrl+V).</source>
        <translation>チャットの記録をここに貼り付けてください（Ctrl+V）。</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>終了(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Transcript:</source>
        <translation>チャットの記録(&amp;T):</translation>
    </message>
    <message>
        <source>The transcript becomes the entry's text and is also kept, as pasted, as an attachment.</source>
        <translation>貼り付けた記録はタイムラインの記録の本文になり、貼り付けたままの形で添付ファイルとしても残ります。</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Write to %1</source>
        <translation>%1にメールを書く</translation>
    </message>
    <message>
        <source>Default message</source>
        <translation>標準の文面</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>宛先(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>メールアプリで開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>文面をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Did you send it?</source>
        <translation>送信しましたか?</translation>
    </message>
    <message>
        <source>Yes, &amp;log it as sent</source>
        <translation>はい、送信済みとして記録(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>まだ(&amp;N)</translation>
    </message>
    <message>
        <source>Missing before you send: %1. Fill them in on the Identifiers tab, or edit the text.</source>
        <translation>送信前に不足しているもの: %1。「識別番号」タブで入力するか、文面を編集してください。</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>This case has no desks yet: add them on the Desks tab.</source>
        <translation>このケースにはまだ窓口がありません。「窓口」タブで追加してください。</translation>
    </message>
    <message>
        <source>Contact a desk</source>
        <translation>窓口に連絡</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>窓口:</translation>
    </message>
    <message>
        <source>C&amp;ontact a desk…</source>
        <translation>窓口に連絡(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;ontact…</source>
        <translation>連絡(&amp;O)…</translation>
    </message>
    <message>
        <source>Everything to reach the selected desk right now (Ctrl+K)</source>
        <translation>選んだ窓口に今連絡するために必要なものをすべて表示します（Ctrl+K）</translation>
    </message>
    <message>
        <source>C&amp;ontact this desk…</source>
        <translation>この窓口に連絡(&amp;O)…</translation>
    </message>
    <message>
        <source>Double-click a desk for its contact card</source>
        <translation>窓口をダブルクリックすると連絡カードを開きます</translation>
    </message>
    <message>
        <source>Contact a desk open now</source>
        <translation>受付中の窓口に連絡</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>&amp;Write…</source>
        <translation>メールを書く(&amp;W)…</translation>
    </message>
    <message>
        <source>C&amp;all…</source>
        <translation>電話する(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hat…</source>
        <translation>チャットを記録(&amp;H)…</translation>
    </message>
    <message>
        <source>They called, I &amp;missed it…</source>
        <translation>着信に出られなかった(&amp;M)…</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>%1に連絡</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Have these ready</source>
        <translation>手元に用意するもの</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>最近のやり取り</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>連絡先をコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>This desk asks for no number.</source>
        <translation>この窓口が求める番号はありません。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>%1をコピー</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1をコピーしました</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未入手</translation>
    </message>
    <message>
        <source>Ready: you have every number this desk asks for.</source>
        <translation>準備完了: この窓口が求める番号はすべてそろっています。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>未入手: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no username)</source>
        <translation>（ユーザー名なし）</translation>
    </message>
    <message>
        <source>Copy &amp;username</source>
        <translation>ユーザー名をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>ユーザー名をコピーしました。</translation>
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
        <source>No contact with this desk yet.</source>
        <translation>この窓口とはまだやり取りがありません。</translation>
    </message>
    <message>
        <source>Shown for %1 s, then hidden again.</source>
        <translation>%1 秒間表示したあと、また隠します。</translation>
    </message>
    <message>
        <source>Secret copied. The clipboard is cleared in %1 s.</source>
        <translation>秘密情報をコピーしました。%1 秒後にクリップボードを消去します。</translation>
    </message>
</context>
<context>
    <name>MissedCallDialog</name>
    <message>
        <source>Missed call from %1</source>
        <translation>%1からの不在着信</translation>
    </message>
    <message>
        <source>The number that called, a voicemail…</source>
        <translation>かかってきた番号、留守番電話の内容など…</translation>
    </message>
    <message>
        <source>&amp;Remind me to call back</source>
        <translation>折り返し電話のリマインダーを設定(&amp;R)</translation>
    </message>
    <message>
        <source>The first moment the desk takes calls: %1.</source>
        <translation>窓口が電話を受け付ける最初の時刻: %1。</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
</TS>