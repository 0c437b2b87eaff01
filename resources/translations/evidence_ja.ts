<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach screenshots or documents to this entry (or drop files here)</source>
        <translation>この記録にスクリーンショットや文書を添付します（ここにドロップしても添付できます）</translation>
    </message>
    <message>
        <source>Ca&amp;pture screen…</source>
        <translation>画面を撮影(&amp;P)…</translation>
    </message>
    <message>
        <source>Take a screenshot in a few seconds (the window steps aside) and attach it; Ctrl+V pastes one from the clipboard</source>
        <translation>数秒後にスクリーンショットを撮って添付します（その間このウィンドウは隠れます）。Ctrl+V でクリップボードの画像を貼り付けます</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>外す(&amp;M)…</translation>
    </message>
    <message>
        <source>Ea&amp;rlier versions…</source>
        <translation>以前の版(&amp;R)…</translation>
    </message>
    <message>
        <source>What this entry said before it was edited</source>
        <translation>編集される前にこの記録に書かれていた内容</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>添付ファイル: %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <source>Click to open the image</source>
        <translation>クリックで画像を開きます</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>添付を外す</translation>
    </message>
    <message>
        <source>Remove “%1” from this entry?</source>
        <translation>この記録から「%1」を外しますか？</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Mail import</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Imported: %1. Not imported: %2. Files that failed did not change the case.</source>
        <translation>取り込み: %1 件。取り込めなかったもの: %2 件。失敗したファイルはケースを変更していません。</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>メールを取り込んでいます…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Importing mail… %1 message(s) so far.</source>
        <translation>メールを取り込んでいます… これまでに %1 通。</translation>
    </message>
    <message>
        <source>Imported %1 message(s); %2 were already in the case.</source>
        <translation>%1 通を取り込みました。%2 通は取り込み済みでした。</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>メールを取り込む</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>メールファイル (*.eml *.mbox *.mbx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>ケースを書き出す</translation>
    </message>
    <message>
        <source>Exporting the case to %1…</source>
        <translation>ケースを %1 に書き出しています…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>以前の版</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 に削除</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 に変更</translation>
    </message>
    <message>
        <source>Changed outside Casekeeper; sealed %1</source>
        <translation>Casekeeper の外で変更、%1 に封印</translation>
    </message>
    <message>
        <source>This entry was never changed.</source>
        <translation>この記録は一度も変更されていません。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation>「%1」を検索中…</translation>
    </message>
    <message>
        <source>%1 results for “%2” in the newest entries. A word of one or two characters is looked up in the newest entries only when there are many: type one more character to search everything.</source>
        <translation>「%2」の検索結果（新しい記録のみ）: %1 件。1〜2文字の語は、記録が多いときは新しい記録だけを検索します。すべてを検索するにはもう1文字入力してください。</translation>
    </message>
    <message>
        <source>%1 results for “%2”. Double-click one to open it.</source>
        <translation>「%2」の検索結果: %1 件。ダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致箇所</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>ケースの記述</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>TimelineEvidence</name>
    <message>
        <source>Drop .eml or mbox files here to import them; drop other files on an entry to attach them. Ctrl+V pastes a screenshot.</source>
        <translation>.eml や mbox ファイルをここにドロップすると取り込みます。ほかのファイルは記録の上にドロップすると添付します。Ctrl+V でスクリーンショットを貼り付けます。</translation>
    </message>
    <message>
        <source>Paste a screenshot or copied files onto the selected entry</source>
        <translation>スクリーンショットかコピーしたファイルを選んだ記録に貼り付けます</translation>
    </message>
    <message>
        <source>Drop files onto an entry to attach them.</source>
        <translation>添付するには、ファイルを記録の上にドロップしてください。</translation>
    </message>
    <message>
        <source>Files attached.</source>
        <translation>ファイルを添付しました。</translation>
    </message>
</context>
<context>
    <name>WindowEvidence</name>
    <message>
        <source>&amp;Import mail…</source>
        <translation>メールを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import .eml or mbox files into the open case (or drop them on the timeline)</source>
        <translation>開いているケースに .eml や mbox ファイルを取り込みます（タイムラインにドロップしても取り込めます）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the case as a Markdown report, a PDF or an evidence bundle (zip)</source>
        <translation>ケースを Markdown の報告書、PDF、または証拠一式（zip）として書き出します</translation>
    </message>
    <message>
        <source>&amp;Verify timeline</source>
        <translation>タイムラインを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry was changed outside Casekeeper</source>
        <translation>Casekeeper の外で変更された記録がないか確認します</translation>
    </message>
    <message>
        <source>&amp;Capture screen…</source>
        <translation>画面を撮影(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a screenshot in a few seconds and attach it to the selected entry or a new observation (Ctrl+V in the timeline pastes one)</source>
        <translation>数秒後にスクリーンショットを撮り、選択中の記録か新しい観察の記録に添付します（タイムラインで Ctrl+V を押すと貼り付けます）</translation>
    </message>
    <message>
        <source>Mail import &amp;size limit…</source>
        <translation>メール取り込みのサイズ上限(&amp;S)…</translation>
    </message>
    <message>
        <source>Search all cases (Ctrl+Shift+F)</source>
        <translation>全ケースを検索 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>全ケースを検索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Mail import size limit</source>
        <translation>メール取り込みのサイズ上限</translation>
    </message>
    <message>
        <source>Largest message or attachment to import (MB). Bigger ones are refused with a message; nothing of them is imported.</source>
        <translation>取り込むメッセージや添付ファイルの上限（MB）。これより大きいものはメッセージを表示して断り、一切取り込みません。</translation>
    </message>
    <message>
        <source>Mail import size limit: %1 MB.</source>
        <translation>メール取り込みのサイズ上限: %1 MB。</translation>
    </message>
</context>
</TS>
