<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AllDeadlinesWindow</name>
    <message>
        <source>All deadlines — Casekeeper</source>
        <translation>すべての期限 — Casekeeper</translation>
    </message>
</context>
<context>
    <name>CaseClocks</name>
    <message>
        <source>You owe a reply by</source>
        <translation>こちらの返信期限</translation>
    </message>
    <message>
        <source>Waiting on them since</source>
        <translation>相手の返答待ち（開始）</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>このケースは終了しています。</translation>
    </message>
    <message>
        <source>No reply owed.</source>
        <translation>返信すべきものはありません。</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1営業日</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1営業日</translation>
    </message>
    <message>
        <source>Nobody owes you an answer.</source>
        <translation>返答待ちはありません。</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Add deadline</source>
        <translation>期限を追加</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>期限を編集</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ケース(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. Account closes after 30 days without use</source>
        <translation>例: 30日間使わないとアカウントが閉鎖される</translation>
    </message>
    <message>
        <source>&amp;Count days instead</source>
        <translation>日数で数える(&amp;C)</translation>
    </message>
    <message>
        <source>What to do, what to have ready, whom to ask</source>
        <translation>すること、用意するもの、問い合わせ先</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>De&amp;sk</source>
        <translation>窓口(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>期限日時(&amp;U)</translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation>日数(&amp;Y)</translation>
    </message>
    <message>
        <source>the entry of %1 (%2)</source>
        <translation>%1の記録（%2）</translation>
    </message>
    <message>
        <source>Counted &amp;from</source>
        <translation>起算日時(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Set by the timeline entry that started this deadline</source>
        <translation>この期限を作ったタイムラインの記録で決まります</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>（窓口なし）</translation>
    </message>
    <message>
        <source>&amp;Business days of the desk</source>
        <translation>窓口の営業日で数える(&amp;B)</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算日時</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>For an hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>For a day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3日</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>No deadlines yet. Log a message with a reply-by, or add one with “Add deadline…”.</source>
        <translation>期限はまだありません。返信期限のあるメッセージを記録するか、「期限を追加…」で追加してください。</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>期限を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>取り下げる(&amp;M)</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>スヌーズ(&amp;Z)</translation>
    </message>
    <message>
        <source>No more snoozing</source>
        <translation>スヌーズを解除</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>再開する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open its case</source>
        <translation>ケースを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Edit the selected deadline</source>
        <translation>選んだ期限を編集</translation>
    </message>
    <message>
        <source>No deadlines in the cases still going. Those of resolved and closed cases are on each case&apos;s Deadlines tab.</source>
        <translation>進行中のケースに期限はありません。解決・終了したケースの期限は、各ケースの「期限」タブにあります。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開する</translation>
    </message>
    <message>
        <source>Open its case</source>
        <translation>ケースを開く</translation>
    </message>
</context>
<context>
    <name>DeadlineTreeModel</name>
    <message>
        <source>Due</source>
        <translation>期限日時</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>deadline state</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>%1までスヌーズ中</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Reply window</source>
        <translation>返信期限</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>催促</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>未使用期限</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>期限まで3日以内</translation>
    </message>
    <message>
        <source>Due within a day</source>
        <translation>期限まで1日以内</translation>
    </message>
    <message>
        <source>Due within an hour</source>
        <translation>期限まで1時間以内</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>期限を過ぎました</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>期限まで%1日以内</translation>
    </message>
    <message>
        <source>Due within %1 hours</source>
        <translation>期限まで%1時間以内</translation>
    </message>
    <message>
        <source>Due within %1 minutes</source>
        <translation>期限まで%1分以内</translation>
    </message>
    <message>
        <source>When it passes</source>
        <translation>期限を過ぎたとき</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1日前</translation>
    </message>
    <message>
        <source>%1 hours before</source>
        <translation>%1時間前</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1分前</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1時間前</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1分前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ddd HH:mm</source>
        <translation>(ddd) HH:mm</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>the desk&apos;s time, short</comment>
        <translation>（窓口 %1）</translation>
    </message>
    <message>
        <source>(%1 at the desk)</source>
        <translation>（窓口の時刻 %1）</translation>
    </message>
    <message>
        <source>Closes in %1 min (%2)</source>
        <translation>あと%1分で受付終了（%2）</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>desk status</comment>
        <translation>受付時間外</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>in %1 %2</source>
        <translation>%1%2後</translation>
    </message>
    <message>
        <source>%1 %2 ago</source>
        <translation>%1%2前</translation>
    </message>
    <message>
        <source>Open (always)</source>
        <translation>受付中（常時）</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>受付中</translation>
    </message>
    <message>
        <source>Open now, closes %1</source>
        <translation>受付中、%1まで</translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>受付時間外（%1）</translation>
    </message>
    <message>
        <source>%1, opens %2</source>
        <translation>%1、%2から受付</translation>
    </message>
    <message>
        <source>%1, opens %2</source>
        <comment>short, a table cell</comment>
        <translation>%1、次は %2</translation>
    </message>
    <message>
        <source>Open now?</source>
        <translation>受付状況</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在:</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <translation>%1（%2）— %3、%4</translation>
    </message>
    <message>
        <source>%1 deadlines need you</source>
        <translation>対応が必要な期限が%1件あります</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Snooze a day</source>
        <translation>1日後に再通知</translation>
    </message>
    <message>
        <source>Open Casekeeper</source>
        <translation>Casekeeper を開く</translation>
    </message>
    <message>
        <source>Nothing due in the next 7 days</source>
        <translation>7日以内の期限はありません</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <source>Snooze the last reminder for a day</source>
        <translation>直前の通知を1日後に再通知</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Keep running in the tray?</source>
        <translation>トレイで動かし続けますか？</translation>
    </message>
    <message>
        <source>Casekeeper can stay in the tray after you close the window, so reminders of deadlines still reach you. You can quit from the tray menu.</source>
        <translation>ウィンドウを閉じても Casekeeper をトレイに残しておくと、期限の通知が引き続き届きます。終了はトレイのメニューから行えます。</translation>
    </message>
    <message>
        <source>Keep running in the background?</source>
        <translation>バックグラウンドで動かし続けますか？</translation>
    </message>
    <message>
        <source>Casekeeper can keep running after you close the window, so reminders of deadlines still reach you as notifications. Start Casekeeper again to bring the window back; File &gt; Quit ends it.</source>
        <translation>ウィンドウを閉じても Casekeeper を動かし続けると、期限のリマインダーが通知として届きます。ウィンドウは Casekeeper をもう一度起動すると戻ります。終了するには「ファイル」&gt;「終了」を選んでください。</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>動かし続ける</translation>
    </message>
    <message>
        <source>Export deadlines (.ics)…</source>
        <translation>期限を書き出す (.ics)…</translation>
    </message>
    <message>
        <source>All &amp;deadlines…</source>
        <translation>すべての期限(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>リマインダー(&amp;R)…</translation>
    </message>
    <message>
        <source>Start at login (in the tray)</source>
        <translation>ログイン時にトレイで起動</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>期限切れ（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>今週（%1）</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>それ以降（%1）</translation>
    </message>
    <message>
        <source>History: answered, chased, done, dismissed (%1)</source>
        <translation>履歴: 返信済み・催促済み・完了・取り下げ（%1）</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>返信済み（%1）</translation>
    </message>
    <message>
        <source>Answered late %1</source>
        <translation>期限後に返信（%1）</translation>
    </message>
    <message>
        <source>Chased %1</source>
        <translation>催促済み（%1）</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>完了（%1）</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>取り下げ（%1）</translation>
    </message>
</context>
<context>
    <name>DeskRules</name>
    <message>
        <source>A Japanese desk: unless you set otherwise, it works in Asia/Tokyo, is closed on Japan&apos;s public holidays (JP) and over the year-end holidays (29 Dec – 3 Jan).</source>
        <translation>日本語の窓口: ほかに指定しない限り、Asia/Tokyo の時刻で動き、日本の祝日（JP）と年末年始（12/29〜1/3）は休みです。</translation>
    </message>
    <message>
        <source>Always open means always, holidays included: the holiday calendar only counts for replies due in business days.</source>
        <translation>「常時受付」は祝日も含めて常に受付中です。祝日カレンダーは営業日で数える返信期限にだけ使われます。</translation>
    </message>
    <message>
        <source>Apply the new rule?</source>
        <translation>新しいルールを適用しますか？</translation>
    </message>
    <message>
        <source>The rule of “%1” changed. Apply it to the %2 entries already logged at this desk? Their deadlines move (or appear, or go) to match it; entries with a reply-by date you typed in keep it.</source>
        <translation>「%1」のルールが変わりました。この窓口で記録済みの%2件の記録にも適用しますか？ 記録の期限はルールに合わせて移動・追加・削除されます。返信期限の日時を手入力した記録はそのままです。</translation>
    </message>
    <message>
        <source>Apply to logged entries</source>
        <translation>記録済みにも適用</translation>
    </message>
    <message>
        <source>Only new entries</source>
        <translation>新しい記録だけ</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Remind me of each open deadline (each reminder once):</source>
        <translation>未完了の期限ごとに知らせるタイミング（各リマインダーは1回だけ）: </translation>
    </message>
    <message>
        <source>Reminders come as desktop notifications, and in the tray where there is one, also while the window is closed to the tray or started with --tray.</source>
        <translation>リマインダーはデスクトップ通知で届きます（トレイがあればトレイにも）。ウィンドウをトレイに閉じたときや --tray で起動したときも届きます。</translation>
    </message>
</context>
<context>
    <name>ReplyByEdit</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Within N days</source>
        <translation>N日以内</translation>
    </message>
    <message>
        <source>Within N business days of the desk</source>
        <translation>窓口のN営業日以内</translation>
    </message>
    <message>
        <source>By a date and time</source>
        <translation>日時を指定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Chase them after:</source>
        <translation>催促する時期(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>返信期限(&amp;R):</translation>
    </message>
    <message>
        <source>The text says “%1”: %2?</source>
        <translation>本文に「%1」とあります。%2にしますか？</translation>
    </message>
    <message>
        <source>The desk&apos;s rule; change it for this entry if the message says otherwise</source>
        <translation>窓口のルールです。メッセージに別の期限があれば、この記録だけ変更してください</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1まで</translation>
    </message>
    <message>
        <source>within %1 business days</source>
        <translation>%1営業日以内</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>%1日以内</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Due</source>
        <translation>期限日時</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>You owe a reply by</source>
        <translation>こちらの返信期限</translation>
    </message>
    <message>
        <source>Waiting on them since</source>
        <translation>相手の返答待ち（開始）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Business days</source>
        <comment>elapsed</comment>
        <translation>経過営業日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>No case is still going.</source>
        <translation>進行中のケースはありません。</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next 7 days.</source>
        <translation>期限切れも、7日以内の期限もありません。</translation>
    </message>
    <message>
        <source>You are not waiting on any desk.</source>
        <translation>返事待ちの窓口はありません。</translation>
    </message>
    <message>
        <source>No desks in the cases still going.</source>
        <translation>進行中のケースに窓口はありません。</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1営業日</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1営業日</translation>
    </message>
    <message>
        <source>Desks: %1 open now, %2 closed</source>
        <translation>窓口: 受付中 %1 件、受付時間外 %2 件</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>完了にする(&amp;M)</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>desk status</comment>
        <translation>受付状況</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>取り下げる(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;nooze 1 day</source>
        <translation>1日後に再通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>期限を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>All dead&amp;lines… (Ctrl+D)</source>
        <translation>すべての期限…（Ctrl+D）(&amp;L)</translation>
    </message>
    <message>
        <source>Every deadline of every case still going, with no horizon, and the history of those that ended</source>
        <translation>進行中のすべてのケースの期限（期間の制限なし）と、終わった期限の履歴</translation>
    </message>
    <message>
        <source>&amp;Export .ics…</source>
        <translation>.ics に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due in the next 7 days: %2</source>
        <translation>期限切れ: %1 件 · 7日以内: %2 件</translation>
    </message>
    <message>
        <source>Clocks of the cases still going: %1</source>
        <translation>進行中のケースの時計: %1 件</translation>
    </message>
    <message>
        <source>Waiting on the provider: %1</source>
        <translation>事業者の返答待ち: %1 件</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>期限を書き出す</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Exported %1 deadlines to %2.</source>
        <translation>%1件の期限を %2 に書き出しました。</translation>
    </message>
</context>
</TS>
