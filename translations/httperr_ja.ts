<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HttpErr Viewer</source>
        <translation>HttpErr Viewer について</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QCustomPlot %3</source>
        <translation>Qt %1 (ビルド時 %2)、QCustomPlot %3</translation>
    </message>
    <message>
        <source>HttpErr Viewer %1</source>
        <translation>HttpErr Viewer %1</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: when, for whom and why.</source>
        <translation>Windows の HTTP.sys が拒否・切断した要求を、いつ・誰に対して・なぜ起きたのかとともに表示します。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). HttpErr Viewer uses QCustomPlot, which is licensed under the GPL version 3, so the program as a whole is distributed under the GPL version 3 or later. It comes with no warranty.</source>
        <translation>ライセンス: GNU General Public License バージョン 3 以降 (GPL-3.0-or-later)。HttpErr Viewer は GPL バージョン 3 でライセンスされている QCustomPlot を使用しているため、プログラム全体を GPL バージョン 3 以降で配布しています。本ソフトウェアは無保証です。</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>ライセンスを読む</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Windows の HTTP.sys が拒否・切断した要求を表示します。httperr*.log ファイルやフォルダーを開き、フィルターをかけ、時系列のグラフにします。</translation>
    </message>
    <message>
        <source>httperr*.log files or folders to open (the demo log if none).</source>
        <translation>開く httperr*.log ファイルまたはフォルダー (指定がなければデモ ログ)。</translation>
    </message>
    <message>
        <source>Load without a window and print totals.</source>
        <translation>ウィンドウを開かずに読み込み、集計を出力します。</translation>
    </message>
    <message>
        <source>With --summary: print one JSON object.</source>
        <translation>--summary と併用: JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Render the window offscreen once loaded, save it as a PNG and exit.</source>
        <translation>読み込み後にウィンドウを画面外に描画し、PNG として保存して終了します。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>--screenshot のウィンドウ サイズ (既定値 1280x800)。</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json には --summary が必要です。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size には 幅x高さ を指定します (例: 1280x800)。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop loading (Esc); rows read so far stay</source>
        <translation>読み込みを中止します (Esc)。読み込み済みの行は残ります</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Client port</source>
        <translation>クライアント ポート</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>サーバー IP</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバー ポート</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザー エージェント</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>リファラー</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Stream (ext.)</source>
        <translation>ストリーム (拡張)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>送信バイト数</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>処理時間 (ms)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>エラー コード</translation>
    </message>
    <message>
        <source>Extended fault code</source>
        <translation>拡張エラー コード</translation>
    </message>
</context>
<context>
    <name>LogProblem</name>
    <message>
        <source>Expected %1 fields, found %2</source>
        <translation>%1 個のフィールドが必要ですが、%2 個しかありません</translation>
    </message>
    <message>
        <source>Date and time are not YYYY-MM-DD HH:MM:SS</source>
        <translation>日付と時刻が YYYY-MM-DD HH:MM:SS 形式ではありません</translation>
    </message>
    <message>
        <source>No #Fields header, and %1 fields match no known httperr layout</source>
        <translation>#Fields ヘッダーがなく、%1 個のフィールドはどの既知の httperr レイアウトにも一致しません</translation>
    </message>
    <message>
        <source>The #Fields header has no date and time fields</source>
        <translation>#Fields ヘッダーに日付と時刻のフィールドがありません</translation>
    </message>
    <message>
        <source>No #Fields header: columns guessed from the field count</source>
        <translation>#Fields ヘッダーがないため、フィールド数から列を推定しました</translation>
    </message>
    <message>
        <source>File or folder not found</source>
        <translation>ファイルまたはフォルダーが見つかりません</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>The folder holds no .log files</source>
        <translation>フォルダーに .log ファイルがありません</translation>
    </message>
    <message>
        <source>Not an HTTP.sys error log (%1)</source>
        <translation>HTTP.sys のエラー ログではありません (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log</source>
        <translation>バイナリ データです (テキスト ログではありません)</translation>
    </message>
    <message>
        <source>No log lines in this file</source>
        <translation>このファイルにはログ行がありません</translation>
    </message>
    <message>
        <source>Too many malformed lines; only the first %1 are listed</source>
        <translation>不正な行が多すぎるため、最初の %1 行のみ表示します</translation>
    </message>
</context>
<context>
    <name>LogSummary</name>
    <message>
        <source>Rows: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>Malformed lines: %1</source>
        <translation>不正な行: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ファイル数: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>最初: %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最後: %1</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由:</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About HttpErr Viewer</source>
        <translation>HttpErr Viewer について(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language takes effect when HttpErr Viewer starts again.</source>
        <translation>新しい言語は HttpErr Viewer の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>読み込み完了</translation>
    </message>
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>HTTP.sys エラー ログを開く</translation>
    </message>
    <message>
        <source>HTTP.sys error logs (httperr*.log *.log);;All files (*)</source>
        <translation>HTTP.sys エラー ログ (httperr*.log *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>HTTP.sys エラー ログのフォルダーを開く</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>履歴を消去</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>HttpErr Viewer</source>
        <translation>HttpErr Viewer</translation>
    </message>
    <message>
        <source>%1 — HttpErr Viewer</source>
        <translation>%1 — HttpErr Viewer</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>読み込みを中止</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>不正</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <source>Show the Problems list</source>
        <translation>問題の一覧を表示</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>不正な行 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 / %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ファイル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>... and %1 more problems</source>
        <translation>... ほかに %1 件の問題</translation>
    </message>
    <message>
        <source>No log rows could be read from: %1</source>
        <translation>次の場所からログ行を読み取れませんでした: %1</translation>
    </message>
</context>
</TS>
