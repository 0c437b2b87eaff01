<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <source>Casekeeper cannot use its data folder.</source>
        <translation>データフォルダーを使えません。</translation>
    </message>
    <message>
        <source>Casekeeper cannot open its database.</source>
        <translation>データベースを開けません。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>ケースの編集</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>e.g. Cloud account suspended</source>
        <translation>例: クラウドアカウントの停止</translation>
    </message>
    <message>
        <source>e.g. Oracle Cloud Infrastructure</source>
        <translation>例: Oracle Cloud Infrastructure</translation>
    </message>
    <message>
        <source>Account, tenancy or project name</source>
        <translation>アカウント、テナンシー、プロジェクト名など</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>終了(&amp;C):</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>何が起きたか、数行で</translation>
    </message>
    <message>
        <source>How it ended (when it has)</source>
        <translation>どう決着したか(決着したら)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>事業者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>開始(&amp;O):</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>経緯(&amp;H):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>ケースを作成</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Waiting on provider</source>
        <translation>事業者の返答待ち</translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <translation>自分の対応待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>終了</translation>
    </message>
    <message>
        <source>→ Sent</source>
        <translation>→ 送信</translation>
    </message>
    <message>
        <source>← Received</source>
        <translation>← 受信</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>観察</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
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
    <message>
        <source>Logins</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Casekeeper</source>
        <translation>Casekeeper</translation>
    </message>
    <message>
        <source>Waiting for another Casekeeper to finish writing to the database…</source>
        <translation>ほかの Casekeeper がデータベースへの書き込みを終えるのを待っています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Casekeeper: %1

Your data is safe; what you were doing may not have been saved. The details were written to %2.</source>
        <translation>Casekeeper の内部でエラーが起きました: %1

データは無事ですが、直前の操作は保存されていない可能性があります。詳細は %2 に記録しました。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&amp;New case…</source>
        <translation>新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;demo case</source>
        <translation>デモケースを追加(&amp;D)</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>ケースが開かれていません</translation>
    </message>
    <message>
        <source>Pick a case from the list on the left, or start a new one.</source>
        <translation>左の一覧からケースを選ぶか、新しいケースを始めてください。</translation>
    </message>
    <message>
        <source>Welcome to Casekeeper</source>
        <translation>Casekeeper へようこそ</translation>
    </message>
    <message>
        <source>Keep one case for each dispute with a provider: every contact in a timeline, the desks you talk to, and the numbers each desk asks for. Start a case, or look around in the demo case.</source>
        <translation>事業者とのやり取りごとに 1 つのケースを作ります。すべての連絡をタイムラインに、やり取りする窓口と、窓口ごとに求められる番号をまとめて記録できます。ケースを始めるか、デモケースで操作を試してください。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>記録の編集</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>（窓口なし）</translation>
    </message>
    <message>
        <source>One line: what was said or seen</source>
        <translation>1 行で: 言われたこと、見たこと</translation>
    </message>
    <message>
        <source>The full text: the mail, the chat transcript, your notes of the call</source>
        <translation>全文: メール本文、チャットの記録、電話のメモなど</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>窓口(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>要約(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>本文(&amp;T):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>The time is in the future. Log a contact once it has happened.</source>
        <translation>日時が未来になっています。連絡は起きてから記録してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter cases (Ctrl+F)</source>
        <translation>ケースを絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Today — all cases (Ctrl+T)</source>
        <translation>今日 — 全ケース (Ctrl+T)</translation>
    </message>
    <message>
        <source>What is due, who you are waiting on and which desks are open, across all cases</source>
        <translation>全ケースの期限、返事待ちの窓口、いま開いている窓口</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新しいケース(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;demo case</source>
        <translation>デモケースを追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>ケースを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ケース(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>連絡を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>ケースを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Filter the case list</source>
        <translation>ケース一覧を絞り込む</translation>
    </message>
    <message>
        <source>Today — all cases</source>
        <translation>今日 — 全ケース</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>絞り込みに合うケースはありません。</translation>
    </message>
    <message>
        <source>Delete the selected case (in the case list)</source>
        <translation>選んだケースを削除（ケース一覧で）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Casekeeper</source>
        <translation>Casekeeper について(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>ケース: %1 件</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Case created.</source>
        <translation>ケースを作成しました。</translation>
    </message>
    <message>
        <source>Demo case added. Delete it any time from the File menu.</source>
        <translation>デモケースを追加しました。不要になったら「ファイル」メニューから削除できます。</translation>
    </message>
    <message>
        <source>Delete the case “%1”?</source>
        <translation>ケース「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>This deletes, for good, its timeline entries (%1), desks (%2), identifiers (%3), resources (%4), checklists and deadlines. It cannot be undone.</source>
        <translation>タイムラインの記録 (%1 件)、窓口 (%2 件)、識別番号 (%3 件)、リソース (%4 件)、チェックリストと期限がすべて削除されます。元に戻せません。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation>ケースを削除しました。</translation>
    </message>
    <message>
        <source>About Casekeeper</source>
        <translation>Casekeeper について</translation>
    </message>
    <message>
        <source>Keeps the case when your cloud account is suspended: the timeline, the desks, the numbers each desk asks for, deadlines and logins.</source>
        <translation>クラウドのアカウントが停止されたときの記録を一か所に: タイムライン、窓口、窓口ごとに求められる番号、期限、ログイン情報。</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>データの保存先: %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>title of the first-start question; Qt adds &quot; — Casekeeper&quot;</comment>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>You have no cases yet. Add the demo case to look around? It is the story of a suspended cloud account, with its desks, numbers and timeline. You can delete it any time.</source>
        <translation>まだケースがありません。デモケースを追加して試してみますか? クラウドのアカウントが停止された事例を、窓口・番号・タイムライン付きで収めています。いつでも削除できます。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>ケースを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>事業者:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>最後の連絡:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>最終更新:</translation>
    </message>
    <message>
        <source>In this case:</source>
        <translation>このケースの内容:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>What is next</source>
        <translation>次にやること</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>まだ記録なし</translation>
    </message>
    <message>
        <source>No summary yet. Use “Edit case…” to write what happened.</source>
        <translation>概要はまだありません。「ケースを編集…」で経緯を書いておきましょう。</translation>
    </message>
    <message>
        <source>timeline entries: %1</source>
        <translation>タイムラインの記録 %1 件</translation>
    </message>
    <message>
        <source>desks: %1</source>
        <translation>窓口 %1 件</translation>
    </message>
    <message>
        <source>identifiers: %1</source>
        <translation>識別番号 %1 件</translation>
    </message>
    <message>
        <source>resources: %1</source>
        <translation>リソース %1 件</translation>
    </message>
    <message>
        <source>Open deadlines (%1)</source>
        <translation>未完了の期限 (%1 件)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Identifiers still missing (%1):</source>
        <translation>まだ分からない識別番号 (%1 件):</translation>
    </message>
    <message>
        <source>Open checklist items (%1)</source>
        <translation>未完了のチェックリスト項目 (%1 件)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <source>Nothing open: no deadlines, no missing identifiers, no open checklist items.</source>
        <translation>やり残しはありません。期限も、不明な識別番号も、未完了のチェックリスト項目もありません。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>連絡を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a contact, observation or note (Ctrl+N)</source>
        <translation>連絡・観察・メモを記録 (Ctrl+N)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>窓口(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Delete the selected entry (in the timeline)</source>
        <translation>選んだ記録を削除（タイムラインで）</translation>
    </message>
    <message>
        <source>Edit the selected entry (in the timeline)</source>
        <translation>選んだ記録を編集（タイムラインで）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>削除(&amp;T)…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>記録: %1 件</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>表示: %1 / %2 件</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log each contact with the provider, what you saw and your notes with “Log contact…” (Ctrl+N).</source>
        <translation>まだ記録がありません。事業者とのやり取り、気づいたこと、メモを「連絡を記録…」（Ctrl+N）で残してください。</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>この絞り込みに合う記録はありません。</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>すべての窓口</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>（窓口なし）</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>記録を選ぶと全文が表示されます。</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use “Log contact…” for every mail, call, chat or observation.</source>
        <translation>まだ記録がありません。メール・電話・チャット・気づいたことは「連絡を記録…」で残しましょう。</translation>
    </message>
    <message>
        <source>%1 characters of very long lines are not shown here; Edit… or an export shows the entry whole.</source>
        <translation>とても長い行のうち %1 文字はここには表示していません。「編集…」か書き出しで記録の全文を見られます。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>記録の削除</translation>
    </message>
    <message>
        <source>Delete the entry “%1” of %2 from the timeline? This cannot be undone.</source>
        <translation>%2 の記録「%1」をタイムラインから削除しますか? 元に戻せません。</translation>
    </message>
</context>
</TS>
