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
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
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
        <source>No items yet: type one below and press Enter.</source>
        <translation>項目はまだありません。下の欄に入力して Enter を押してください。</translation>
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
    <name>ClosuresTable</name>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名前（英語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名前（日本語）</translation>
    </message>
    <message>
        <source>MM-DD: every year; YYYY-MM-DD: once</source>
        <translation>MM-DD: 毎年、YYYY-MM-DD: 1 回だけ</translation>
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
        <source>Pri&amp;vate address (masked in published write-ups)</source>
        <translation>非公開の連絡先（公開用の記事では伏せ字）(&amp;V)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>変更(&amp;G)…</translation>
    </message>
    <message>
        <source>Opening hours, public holidays and closures</source>
        <translation>受付時間・祝日・休業期間</translation>
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
        <source> business days</source>
        <translation> 営業日</translation>
    </message>
    <message>
        <source>Remind me to chase this desk after this many business days of silence</source>
        <translation>返事がないままこの営業日数が過ぎたら、この窓口に催促するよう知らせます</translation>
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
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Opening hours and closures</source>
        <translation>受付時間と休業</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>e.g. {Company name} / {Invoice number}</source>
        <translation>例: {会社名} / {請求書番号}</translation>
    </message>
    <message>
        <source>Su&amp;bject rule:</source>
        <translation>件名のルール(&amp;B):</translation>
    </message>
    <message>
        <source>Names in braces are filled with the case&apos;s identifiers when you write to the desk. Templates may also use {greeting}, {question}, {identifiers}, {summary}, {closing}.</source>
        <translation>波かっこで囲んだ名前は、窓口にメールを書くときにケースの識別番号で埋められます。テンプレートでは {greeting}、{question}、{identifiers}、{summary}、{closing} も使えます。</translation>
    </message>
    <message>
        <source>Template in &amp;English:</source>
        <translation>英語のテンプレート(&amp;E):</translation>
    </message>
    <message>
        <source>Template in &amp;Japanese:</source>
        <translation>日本語のテンプレート(&amp;J):</translation>
    </message>
    <message>
        <source>Times are the desk&apos;s own, in its time zone (%1).</source>
        <translation>時刻は窓口のタイムゾーン（%1）での時刻です。</translation>
    </message>
    <message>
        <source>Not readable yet: see the opening hours tab.</source>
        <translation>まだ読み取れません。「受付時間と休業」タブを確認してください。</translation>
    </message>
    <message>
        <source>closed on public holidays (%1)</source>
        <translation>祝日は休み（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s)</source>
        <translation>
            <numerusform>休業期間 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reply window:</source>
        <translation>返信期限(&amp;R):</translation>
    </message>
    <message>
        <source>B&amp;usiness days</source>
        <comment>count in</comment>
        <translation>営業日で数える(&amp;U)</translation>
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
        <translation>窓口はまだありません。「窓口を追加…」で、事業者の連絡先(チャット、メール、電話、フォームなど)を登録しましょう。</translation>
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
    <name>FormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>You have changed fields of this dialog. Close it and lose those changes?</source>
        <translation>このダイアログの入力内容が変更されています。閉じて変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>アイルランド</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>B&amp;y day</source>
        <translation>曜日ごと(&amp;Y)</translation>
    </message>
    <message>
        <source>As te&amp;xt</source>
        <translation>テキスト(&amp;X)</translation>
    </message>
    <message>
        <source>Days, times, lunch break, holidays and closures in fields</source>
        <translation>曜日・時間・昼休み・祝日・休業期間を入力欄で設定します</translation>
    </message>
    <message>
        <source>The same as lines of text, for typing or pasting</source>
        <translation>同じ内容をテキストの行で入力・貼り付けします</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>編集方法:</translation>
    </message>
    <message>
        <source>Al&amp;ways open (no opening hours to keep to)</source>
        <translation>常時受付（受付時間の制限なし）(&amp;W)</translation>
    </message>
    <message>
        <source>No opening hours entered: the desk counts as open at any time. Add the hours it keeps, or tick “Always open”.</source>
        <translation>受付時間が入力されていません。この窓口はいつでも受付中として扱います。受付時間を追加するか、「常時受付」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Add opening hour&amp;s</source>
        <translation>受付時間を追加(&amp;S)</translation>
    </message>
    <message>
        <source>Days with their own times, e.g. Saturday mornings</source>
        <translation>ほかと時間が違う曜日（例: 土曜の午前）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Closed on the public holidays of this country (a country code such as JP)</source>
        <translation>この国の祝日は休み（JP のような国コード）</translation>
    </message>
    <message>
        <source>Closed on &amp;public holidays of:</source>
        <translation>祝日に休む国(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Closures (days the desk is closed):</source>
        <translation>休業期間（窓口が休みの日）(&amp;C):</translation>
    </message>
    <message>
        <source>Add closur&amp;e</source>
        <translation>休業期間を追加(&amp;E)</translation>
    </message>
    <message>
        <source>Add year-en&amp;d closure</source>
        <translation>年末年始休業を追加(&amp;D)</translation>
    </message>
    <message>
        <source>December 29 to January 3, every year</source>
        <translation>毎年 12 月 29 日から 1 月 3 日まで</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>休業期間を削除(&amp;M)</translation>
    </message>
    <message>
        <source>One line per group of days, e.g.
Mon-Fri 09:00-12:00,13:00-17:00</source>
        <translation>曜日のまとまりごとに 1 行。例:
月-金 09:00-12:00、13:00-17:00</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
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
        <translation>窓口なし</translation>
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
        <translation>窓口はまだありません。「窓口」タブで事業者の窓口を追加し、それぞれが求める番号にチェックを入れると、ここに表示されます。</translation>
    </message>
    <message>
        <source>No identifiers yet. Add each number a desk asks for (CSI number, Order ID, invoice number…) with “Add identifier…”; leave its value empty while you do not have it.</source>
        <translation>識別番号はまだありません。窓口に求められる番号（CSI 番号、Order ID、請求書番号など）を「識別番号を追加…」で登録してください。まだ手元にない番号は値を空欄のままにします。</translation>
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
    <name>Keys</name>
    <message>
        <source>Dialogs</source>
        <translation>ダイアログ</translation>
    </message>
    <message>
        <source>Text and date fields</source>
        <translation>テキスト欄と日時欄</translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation>一覧と表</translation>
    </message>
    <message>
        <source>Save or submit the dialog (as its OK button)</source>
        <translation>ダイアログを保存・実行（OK ボタンと同じ）</translation>
    </message>
    <message>
        <source>Close the dialog (asks first when you typed something)</source>
        <translation>ダイアログを閉じる（入力済みのときは確認あり）</translation>
    </message>
    <message>
        <source>Next or previous field, also out of text and date fields</source>
        <translation>次・前の入力欄へ（テキスト欄や日時欄からも移動）</translation>
    </message>
    <message>
        <source>Type a tab character in a text field</source>
        <translation>テキスト欄にタブ文字を入力</translation>
    </message>
    <message>
        <source>Date field: previous or next part (year, month, day, hour, minute)</source>
        <translation>日時欄: 前・次の部分へ（年・月・日・時・分）</translation>
    </message>
    <message>
        <source>Date field: one more or one less of the selected part</source>
        <translation>日時欄: 選んだ部分を 1 つ増やす・減らす</translation>
    </message>
    <message>
        <source>With the underlined letter: open that menu, press that button or go to that field</source>
        <translation>下線の文字と一緒に押す: そのメニューを開く、ボタンを押す、入力欄へ移動</translation>
    </message>
    <message>
        <source>Move through the rows of a list</source>
        <translation>一覧の行を移動</translation>
    </message>
    <message>
        <source>Tick or untick the selected checklist item</source>
        <translation>選んだチェックリスト項目のチェックを付ける・外す</translation>
    </message>
    <message>
        <source>Edit the selected checklist item in place</source>
        <translation>選んだチェックリスト項目をその場で編集</translation>
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
        <source>&amp;Moved elsewhere (no longer depends on this provider)</source>
        <translation>移行済み（この事業者に依存しない）(&amp;M)</translation>
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
    <message>
        <source>No resources yet. Add what you have at the provider (servers, DNS zones, storage) with “Add resource…”, and mark each one as moved once it no longer depends on the provider.</source>
        <translation>リソースはまだありません。事業者にあるもの（サーバー、DNS ゾーン、ストレージなど）を「リソースを追加…」で登録し、事業者に頼らなくなったものは移行済みにしてください。</translation>
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
<context>
    <name>RuleEditor</name>
    <message>
        <source>Open on this day</source>
        <translation>この曜日は受付</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove these opening hours</source>
        <translation>この受付時間を削除</translation>
    </message>
    <message>
        <source>Add a time range</source>
        <translation>時間帯を追加</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>受付:</translation>
    </message>
    <message>
        <source>Lunch break:</source>
        <translation>昼休み:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>働き</translation>
    </message>
    <message>
        <source>Menus, buttons and fields with an underlined letter: Alt and that letter.</source>
        <translation>下線の付いた文字があるメニュー・ボタン・入力欄は、Alt とその文字で使えます。</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Main window</source>
        <translation>メインウィンドウ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>Next case tab</source>
        <translation>次のケースタブ</translation>
    </message>
    <message>
        <source>Previous case tab</source>
        <translation>前のケースタブ</translation>
    </message>
    <message>
        <source>Case tab %1: %2</source>
        <translation>ケースタブ %1: %2</translation>
    </message>
</context>
<context>
    <name>_RangeEdit</name>
    <message>
        <source>Opens at</source>
        <translation>受付開始</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>受付終了</translation>
    </message>
    <message>
        <source>Remove this time range</source>
        <translation>この時間帯を削除</translation>
    </message>
</context>
</TS>
