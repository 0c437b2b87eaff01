<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>PortalScreenshot</name>
    <message>
        <source>There is no session bus to reach the screenshot portal.</source>
        <translation>スクリーンショットのポータルに接続するセッションバスがありません。</translation>
    </message>
    <message>
        <source>The screenshot was cancelled or refused.</source>
        <translation>スクリーンショットは取り消されたか、拒否されました。</translation>
    </message>
    <message>
        <source>The portal&apos;s screenshot could not be read: %1</source>
        <translation>ポータルのスクリーンショットを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Attach screenshot</source>
        <translation>スクリーンショットの添付</translation>
    </message>
    <message>
        <source>Where should the screenshot go?</source>
        <translation>スクリーンショットをどこに添付しますか？</translation>
    </message>
    <message>
        <source>To the &amp;selected entry</source>
        <translation>選択中の記録に(&amp;S)</translation>
    </message>
    <message>
        <source>To a &amp;new observation</source>
        <translation>新しい観察の記録に(&amp;N)</translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation>クリップボードに貼り付けられる画像がありません。</translation>
    </message>
    <message>
        <source>Taking a screenshot in %1 seconds…</source>
        <translation>%1 秒後にスクリーンショットを撮ります…</translation>
    </message>
    <message>
        <source>The screen could not be read.</source>
        <translation>画面を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>スクリーンショットなし: %1</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>スクリーンショット %1</translation>
    </message>
    <message>
        <source>Screenshot attached.</source>
        <translation>スクリーンショットを添付しました。</translation>
    </message>
</context>
</TS>
