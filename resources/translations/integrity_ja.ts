<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>FingerprintBar</name>
    <message>
        <source>The newest link of this timeline&apos;s hash chain. Give it to someone with a report: later it shows whether the timeline was rewritten since.</source>
        <translation>このタイムラインのハッシュチェーンの最新リンクです。報告書と一緒に相手に渡しておくと、後でそれ以降にタイムラインが書き換えられていないかを示せます。</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>フィンガープリントをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Timeline fingerprint: none yet (no entry has been sealed).</source>
        <translation>タイムラインのフィンガープリント: まだありません（封印された記録がありません）。</translation>
    </message>
    <message>
        <source>the chain&apos;s head record does not match: verify the timeline</source>
        <translation>チェーンの最新リンクの記録が一致しません。タイムラインを検証してください</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>フィンガープリントをコピーしました。</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>&amp;Publish write-up…</source>
        <translation>公開用の記事を作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the case as a story to share, with account numbers, addresses and names masked</source>
        <translation>アカウントの番号・アドレス・氏名を伏せ字にして、ケースを公開できる記事として書き出します</translation>
    </message>
</context>
<context>
    <name>MaskModel</name>
    <message>
        <source>Mask</source>
        <translation>伏せ字</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>（そのまま）</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish write-up</source>
        <translation>公開用の記事</translation>
    </message>
    <message>
        <source>The case as a story others can read. Everything listed is masked (●) unless you untick it. Secrets and attachments are never part of it.</source>
        <translation>ケースを他の人が読める記事にします。一覧の値はチェックを外さない限りすべて伏せ字（●）になります。パスワードなどの秘密情報と添付ファイルは含まれません。</translation>
    </message>
    <message>
        <source>Your name, a place, another number…</source>
        <translation>自分の名前、地名、ほかの番号など…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Also &amp;mask:</source>
        <translation>ほかに伏せる語(&amp;M):</translation>
    </message>
    <message>
        <source>Mask a&amp;ll</source>
        <translation>すべて伏せる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Preparing the write-up…</source>
        <translation>公開用の記事を準備しています…</translation>
    </message>
    <message>
        <source>%1 of %2 values will be masked.</source>
        <translation>%2 件中 %1 件の値を伏せ字にします。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Save write-up</source>
        <translation>記事を保存</translation>
    </message>
    <message>
        <source>Write-up saved to %1</source>
        <translation>記事を %1 に保存しました</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify timeline</source>
        <translation>タイムラインを検証</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>フィンガープリントをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>e.g. 3f9a 1c2e 77b0 d4c1</source>
        <translation>例: 3f9a 1c2e 77b0 d4c1</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>A fingerprint given &amp;earlier:</source>
        <translation>以前に渡したフィンガープリント(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Seal current state…</source>
        <translation>現在の状態で封印(&amp;S)…</translation>
    </message>
    <message>
        <source>Record the timeline as it is now, changes made outside Casekeeper included. The chain keeps this step and what it accepted.</source>
        <translation>Casekeeper の外での変更も含め、タイムラインを現在の状態で記録します。チェーンにはこの操作と受け入れた内容が残ります。</translation>
    </message>
    <message>
        <source>The timeline was not rewritten since that fingerprint was given.</source>
        <translation>そのフィンガープリントを渡して以降、タイムラインは書き換えられていません。</translation>
    </message>
    <message>
        <source>The timeline is intact: %1 entries, nothing was changed outside Casekeeper.</source>
        <translation>タイムラインは改ざんされていません: 記録 %1 件、Casekeeper の外での変更はありません。</translation>
    </message>
    <message>
        <source>The timeline was changed outside Casekeeper, or its chain is broken:</source>
        <translation>タイムラインが Casekeeper の外で変更されたか、チェーンが切れています:</translation>
    </message>
    <message>
        <source>The chain covers every entry with its time, desk, kind, texts and attachments, and every earlier version of it.</source>
        <translation>チェーンはすべての記録を、日時・窓口・種類・本文・添付ファイル、そして以前の版も含めて封印しています。</translation>
    </message>
    <message>
        <source>Sealing steps:</source>
        <translation>封印の履歴:</translation>
    </message>
    <message>
        <source>Accepted by a sealing step:</source>
        <translation>封印で受け入れた問題:</translation>
    </message>
    <message>
        <source>Seal current state</source>
        <translation>現在の状態で封印</translation>
    </message>
    <message>
        <source>Sealing records every entry as it is now, including changes made outside Casekeeper, and makes the timeline verify again from here on.

The chain keeps this step, its time and what it accepted; a fingerprint given before now will show that the timeline was sealed by hand after it.</source>
        <translation>封印すると、Casekeeper の外での変更も含めてすべての記録を現在の内容で記録し、ここから先はタイムラインが再び検証できるようになります。

チェーンにはこの操作とその日時、受け入れた内容が残ります。これより前に渡したフィンガープリントで確認すると、その後に手動で封印されたことがわかります。</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封印</translation>
    </message>
    <message>
        <source>Checking the timeline…</source>
        <translation>タイムラインを検証しています…</translation>
    </message>
</context>
</TS>
