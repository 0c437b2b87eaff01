<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CaseClocks</name>
    <message>
        <source>You owe a reply by</source>
        <translation>こちらの返信期限</translation>
    </message>
    <message>
        <source>Waiting on them since</source>
        <translation>相手の返答待ち(開始)</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>この案件は終了しています。</translation>
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
    <name>DeadlineDialog</name>
    <message>
        <source>Add deadline</source>
        <translation>期限を追加</translation>
    </message>
    <message>
        <source>e.g. Account closes after 30 days without use</source>
        <translation>例: 30日間使わないとアカウントが閉鎖される</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(窓口なし)</translation>
    </message>
    <message>
        <source>Count days from a date</source>
        <translation>日付から日数を数える</translation>
    </message>
    <message>
        <source>Business days of the desk</source>
        <translation>窓口の営業日で数える</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算日時</translation>
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
        <source>Deadline passed</source>
        <translation>期限を過ぎました</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1に返信</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Chase %1</source>
        <translation>%1に催促</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>催促</translation>
    </message>
    <message>
        <source>Account closes for inactivity</source>
        <translation>未使用によるアカウント閉鎖</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
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
        <source>(your time: %1)</source>
        <translation>(あなたの時刻: %1)</translation>
    </message>
    <message>
        <source>Open (always)</source>
        <translation>受付中(常時)</translation>
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
        <translation>受付時間外(%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>受付時間外</translation>
    </message>
    <message>
        <source>%1, opens %2</source>
        <translation>%1、%2から受付</translation>
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
        <translation>%1(%2) — %3、%4</translation>
    </message>
    <message>
        <source>%1 deadlines need you</source>
        <translation>対応が必要な期限が%1件あります</translation>
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
        <translation>…ほか%1件</translation>
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
        <translation>トレイで動かし続けますか?</translation>
    </message>
    <message>
        <source>Casekeeper can stay in the tray after you close the window, so reminders of deadlines still reach you. You can quit from the tray menu.</source>
        <translation>ウィンドウを閉じても Casekeeper をトレイに残しておくと、期限の通知が引き続き届きます。終了はトレイのメニューから行えます。</translation>
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
        <source>Start at login (in the tray)</source>
        <translation>ログイン時にトレイで起動</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
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
        <translation>案件</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>経過営業日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>受付状況</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next 7 days.</source>
        <translation>期限切れも、7 日以内の期限もありません。</translation>
    </message>
    <message>
        <source>You are not waiting on any desk.</source>
        <translation>返事待ちの窓口はありません。</translation>
    </message>
    <message>
        <source>No desk of an open case is open right now.</source>
        <translation>進行中のケースの窓口で、いま開いているものはありません。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>取り下げる</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>1日後に再通知</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>期限を追加…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics に書き出す…</translation>
    </message>
    <message>
        <source>Clocks of “%1”</source>
        <translation>「%1」の時計</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due in the next 7 days: %2</source>
        <translation>期限切れ: %1件 · 7日以内: %2件</translation>
    </message>
    <message>
        <source>Waiting on the provider: %1</source>
        <translation>事業者の返答待ち: %1件</translation>
    </message>
    <message>
        <source>Desks open now: %1</source>
        <translation>いま受付中の窓口: %1件</translation>
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
