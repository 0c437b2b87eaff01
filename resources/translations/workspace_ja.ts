<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CaseViews</name>
    <message>
        <source>Desks</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>ChecklistItemModel</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日時</translation>
    </message>
</context>
<context>
    <name>ChecklistListModel</name>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日時</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 done</source>
        <translation>
            <numerusform>%1 件中 %n 件完了</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>&amp;New checklist…</source>
        <translation>新しいチェックリスト(&amp;N)…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>名前を変更(&amp;M)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>New item: type and press Enter</source>
        <translation>新しい項目: 入力して Enter</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>項目を上へ移動 (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>項目を下へ移動 (Alt+↓)</translation>
    </message>
    <message>
        <source>Tick an item when it is done; drag items to reorder.</source>
        <translation>終わった項目にチェック。ドラッグで並べ替えできます。</translation>
    </message>
    <message>
        <source>No checklist selected</source>
        <translation>チェックリストが選択されていません</translation>
    </message>
    <message>
        <source>No checklists yet: start one with “New checklist…”.</source>
        <translation>チェックリストはまだありません。「新しいチェックリスト…」で作成できます。</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>新しいチェックリスト</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation>チェックリストの名前を変更</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>チェックリストを削除</translation>
    </message>
    <message>
        <source>Delete the checklist “%1” and all its items?</source>
        <translation>チェックリスト「%1」とそのすべての項目を削除しますか?</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>窓口を編集</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>窓口を追加</translation>
    </message>
    <message>
        <source>URL, mail address or phone number</source>
        <translation>URL、メールアドレスまたは電話番号</translation>
    </message>
    <message>
        <source>Private address (masked in published write-ups)</source>
        <translation>非公開の連絡先（公開用の記事では伏せ字）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>常時受付</translation>
    </message>
    <message>
        <source>One line per slot, e.g.
Mon-Fri 09:00-12:00,13:00-17:00</source>
        <translation>1 行に 1 枠。例:
Mon-Fri 09:00-12:00,13:00-17:00</translation>
    </message>
    <message>
        <source>Country code, e.g. JP</source>
        <translation>国コード(例: JP)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>営業日で数える</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> 営業日</translation>
    </message>
    <message>
        <source>Remind me to chase this desk after this many business days of silence</source>
        <translation>返事がないままこの営業日数が過ぎたら、催促するよう知らせます</translation>
    </message>
    <message>
        <source>The desk gives you this many days to reply to its messages</source>
        <translation>この窓口のメッセージに返信できる日数</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>連絡先(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>受付時間(&amp;H):</translation>
    </message>
    <message>
        <source>Holi&amp;days of:</source>
        <translation>祝日の国(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reply window:</source>
        <translation>返信期限(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>催促までの日数(&amp;F):</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>紹介元(&amp;B):</translation>
    </message>
    <message>
        <source>Asks for these &amp;identifiers:</source>
        <translation>求められる識別番号(&amp;I):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>受付時間</translation>
    </message>
</context>
<context>
    <name>DesksView</name>
    <message>
        <source>&amp;Add desk…</source>
        <translation>窓口を追加(&amp;A)…</translation>
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
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>受付時間:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>紹介元:</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>求められる識別番号:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Select a desk to see how to reach it.</source>
        <translation>窓口を選ぶと連絡方法が表示されます。</translation>
    </message>
    <message>
        <source>No desks yet. Add each contact point of the provider (chat, mail, phone, forms) with “Add desk…”.</source>
        <translation>窓口はまだありません。「窓口を追加…」で、プロバイダーの連絡先(チャット、メール、電話、フォームなど)を登録しましょう。</translation>
    </message>
    <message>
        <source>Click to open in the browser</source>
        <translation>クリックでブラウザーで開く</translation>
    </message>
    <message>
        <source>Click to copy</source>
        <translation>クリックでコピー</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Closed on public holidays (%1)</source>
        <translation>祝日は休み (%1)</translation>
    </message>
    <message>
        <source>Closed %1 to %2: %3</source>
        <translation>%1〜%2 休み: %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未入手</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Click a value to copy it</source>
        <translation>値をクリックするとコピーします</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1をコピーしました</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>%1 をブラウザーで開きました</translation>
    </message>
    <message>
        <source>Copied the mail address %1</source>
        <translation>メールアドレス %1 をコピーしました</translation>
    </message>
    <message>
        <source>Copied the phone number %1</source>
        <translation>電話番号 %1 をコピーしました</translation>
    </message>
    <message>
        <source>Delete the desk “%1”?

Its events stay in the timeline without a desk.</source>
        <translation>窓口「%1」を削除しますか?

この窓口の出来事は窓口なしとしてタイムラインに残ります。</translation>
    </message>
    <message>
        <source>Delete desk</source>
        <translation>窓口を削除</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <source>Edit identifier</source>
        <translation>識別番号を編集</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>識別番号を追加</translation>
    </message>
    <message>
        <source>e.g. CSI number</source>
        <translation>例: CSI 番号</translation>
    </message>
    <message>
        <source>Leave empty while you do not have it yet</source>
        <translation>まだ分からなければ空欄のまま</translation>
    </message>
    <message>
        <source>e.g. Console &gt; profile &gt; tenancy details</source>
        <translation>例: コンソール &gt; プロファイル &gt; テナンシ詳細</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Where found:</source>
        <translation>確認場所(&amp;W):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Asked for by:</source>
        <translation>求める窓口(&amp;A):</translation>
    </message>
</context>
<context>
    <name>IdentifierTableModel</name>
    <message>
        <source>Identifier</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>求める窓口</translation>
    </message>
    <message>
        <source>Where found</source>
        <translation>確認場所</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未入手</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>%1をコピー</translation>
    </message>
    <message>
        <source>Still missing. Where to find it: %1</source>
        <translation>未入手です。確認場所: %1</translation>
    </message>
</context>
<context>
    <name>IdentifiersView</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>値をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add identifier…</source>
        <translation>識別番号を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Have these ready</source>
        <translation>手元に用意するもの</translation>
    </message>
    <message>
        <source>What each desk asks for. Click a number to copy it.</source>
        <translation>窓口ごとに求められる番号です。番号をクリックするとコピーします。</translation>
    </message>
    <message>
        <source>No desks yet. Add the provider&apos;s desks on the Desks tab and tick the numbers each one asks for: they show up here.</source>
        <translation>窓口はまだありません。「窓口」タブでプロバイダーの窓口を追加し、それぞれが求める番号にチェックを入れると、ここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n 件未入手</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is still missing: nothing to copy.</source>
        <translation>%1はまだ未入手のため、コピーできません。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1をコピーしました</translation>
    </message>
    <message>
        <source>Delete the identifier “%1”?

No desk will ask for it any more.</source>
        <translation>識別番号「%1」を削除しますか?

どの窓口からも求められなくなります。</translation>
    </message>
    <message>
        <source>Delete identifier</source>
        <translation>識別番号を削除</translation>
    </message>
</context>
<context>
    <name>KindLabels</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web フォーム</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>サポートポータル</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS ゾーン</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
</context>
<context>
    <name>ReadinessCardDelegate</name>
    <message>
        <source>nothing to prepare</source>
        <translation>用意不要</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n 件未入手</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Asks for no numbers</source>
        <translation>求められる番号はありません</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未入手</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Click a number to copy it</source>
        <translation>番号をクリックするとコピーします</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未入手</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation>リソースを編集</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>リソースを追加</translation>
    </message>
    <message>
        <source>e.g. web-1</source>
        <translation>例: web-1</translation>
    </message>
    <message>
        <source>Moved elsewhere (no longer depends on this provider)</source>
        <translation>移行済み(このプロバイダーに依存しない)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>No</source>
        <translation>未</translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>&amp;Add resource…</source>
        <translation>リソースを追加(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n not moved yet</source>
        <translation>
            <numerusform>%n 件が未移行</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has been moved</source>
        <translation>すべて移行済み</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>リソースを削除</translation>
    </message>
    <message>
        <source>Delete the resource “%1”?</source>
        <translation>リソース「%1」を削除しますか?</translation>
    </message>
</context>
</TS>
