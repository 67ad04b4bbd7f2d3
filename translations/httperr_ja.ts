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
    <name>AccessClock</name>
    <message>
        <source>“%1” is not an offset from UTC such as +02:00 or SERVER=-05:00.</source>
        <translation>「%1」は +02:00 や SERVER=-05:00 のような UTC からのオフセットではありません。</translation>
    </message>
</context>
<context>
    <name>AccessLogParser</name>
    <message>
        <source>HTTP.sys error log</source>
        <translation>HTTP.sys エラー ログ</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>&amp;Bookmark Row…</source>
        <translation>行にブックマーク(&amp;B)…</translation>
    </message>
    <message>
        <source>Bookmark &amp;Time Range…</source>
        <translation>時間範囲にブックマーク(&amp;T)…</translation>
    </message>
    <message>
        <source>Bookmark the current row with a comment, or edit its bookmark</source>
        <translation>現在の行にコメント付きブックマークを付ける、またはそのブックマークを編集</translation>
    </message>
    <message>
        <source>Bookmark the filter&apos;s time range, the selected spike&apos;s window or what the chart shows, with a comment</source>
        <translation>フィルターの時間範囲、選択したスパイクの時間帯、またはグラフの表示範囲にコメント付きブックマークを付ける</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Select a row first, then bookmark it.</source>
        <translation>先に行を選択してからブックマークしてください。</translation>
    </message>
    <message>
        <source>Row at %1: %2</source>
        <translation>%1 の行: %2</translation>
    </message>
    <message>
        <source>Time range %1</source>
        <translation>時間範囲 %1</translation>
    </message>
    <message>
        <source>The bookmarked row is not among the loaded rows</source>
        <translation>ブックマークした行は読み込まれた行にありません</translation>
    </message>
    <message>
        <source>The bookmark&apos;s rows are hidden by the filters</source>
        <translation>ブックマークの行はフィルターで非表示になっています</translation>
    </message>
</context>
<context>
    <name>BookmarkDelegate</name>
    <message>
        <source>Bookmarked</source>
        <translation>ブックマーク済み</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>ブックマーク: %1</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Edit Bookmark</source>
        <translation>ブックマークを編集</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <source>What this is, for whoever reads the ticket</source>
        <translation>チケットを読む人のための説明</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>時間範囲</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>日時 (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>BucketSizer</name>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2週間</translation>
    </message>
</context>
<context>
    <name>ChartCaption</name>
    <message>
        <source>Files: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（他 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>時刻は %1</translation>
    </message>
</context>
<context>
    <name>ChartExportController</name>
    <message>
        <source>Save Chart &amp;Image…</source>
        <translation>グラフを画像として保存(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy Chart Ima&amp;ge</source>
        <translation>グラフを画像としてコピー(&amp;G)</translation>
    </message>
    <message>
        <source>Save the timeline chart as a PNG, JPEG or PDF file at a size you choose</source>
        <translation>タイムラインのグラフを、指定したサイズの PNG、JPEG、PDF ファイルとして保存します</translation>
    </message>
    <message>
        <source>Copy the timeline chart to the clipboard as an image</source>
        <translation>タイムラインのグラフを画像としてクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>グラフを保存できませんでした</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>グラフを %1 に保存しました</translation>
    </message>
    <message>
        <source>Chart copied as an image (%1 × %2 pixels)</source>
        <translation>グラフを画像としてコピーしました (%1 × %2 ピクセル)</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>グラフ画像の保存</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>PDF document (vector graphics)</source>
        <translation>PDF ドキュメント (ベクター画像)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Width × height in pixels; a PDF page gets the same size in points.</source>
        <translation>幅 × 高さ (ピクセル)。PDF のページは同じ数値のポイント単位になります。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;JPEG 画像 (*.jpg *.jpeg);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>グラフの保存先</translation>
    </message>
    <message>
        <source>Cannot Save Chart</source>
        <translation>グラフを保存できません</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 を置き換えますか?</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>HTTP.sys errors over time</source>
        <translation>HTTP.sys エラーの推移</translation>
    </message>
    <message>
        <source>“%1” ends neither in .png, .jpg nor .pdf.</source>
        <translation>「%1」の拡張子が .png、.jpg、.pdf のいずれでもありません。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”.</source>
        <translation>グラフを「%1」に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <source>%1: %2 rows with the other filters, %3 in all</source>
        <translation>%1: 他のフィルター適用時 %2 行、全体 %3 行</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Double-click to show only that one</source>
        <translation>ダブルクリックすると、それだけを表示します</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>「%1」のみ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>ClickHouseConnect</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>(The password comes from HTTPERR_CLICKHOUSE_PASSWORD, or is asked on the terminal.)</source>
        <translation>(パスワードは HTTPERR_CLICKHOUSE_PASSWORD から取得するか、端末で入力を求めます。)</translation>
    </message>
</context>
<context>
    <name>ClickHouseQuery</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>クエリは取り消されました。</translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused the user or password: %2</source>
        <translation>%1 の ClickHouse がユーザーまたはパスワードを拒否しました: %2</translation>
    </message>
    <message>
        <source>ClickHouse answered with an error: %1</source>
        <translation>ClickHouse がエラーを返しました: %1</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the connection was refused. Is the server running, and is this its HTTP port?</source>
        <translation>%1 の ClickHouse に接続できません: 接続が拒否されました。サーバーは起動していますか? これはその HTTP ポートですか?</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the host name is unknown.</source>
        <translation>%1 の ClickHouse に接続できません: ホスト名が不明です。</translation>
    </message>
    <message>
        <source>The connection to ClickHouse at %1 was lost during the query: the server closed it without an answer (it may have stopped or restarted).</source>
        <translation>クエリ中に %1 の ClickHouse との接続が切れました: サーバーが応答せずに接続を閉じました (停止または再起動した可能性があります)。</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not answer in time.</source>
        <translation>%1 の ClickHouse が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to ClickHouse at %1 failed: %2</source>
        <translation>%1 の ClickHouse への安全な接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>ClickHouse at %1: %2</source>
        <translation>%1 の ClickHouse: %2</translation>
    </message>
</context>
<context>
    <name>ClickHouseRowFetch</name>
    <message>
        <source>ClickHouse sent rows that could not be read.</source>
        <translation>ClickHouse から読み取れない行が送られてきました。</translation>
    </message>
</context>
<context>
    <name>ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address; write %2.</source>
        <translation>「%1」は ClickHouse のアドレスではありません。%2 の形式で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address; write %2.</source>
        <translation>「%1」は有効なアドレスではありません。%2 の形式で指定してください。</translation>
    </message>
    <message>
        <source>The address must not hold a password: set HTTPERR_CLICKHOUSE_PASSWORD or type it when asked.</source>
        <translation>アドレスにパスワードを含めないでください: HTTPERR_CLICKHOUSE_PASSWORD を設定するか、求められたときに入力してください。</translation>
    </message>
    <message>
        <source>“%1” names no database, or one with other characters than letters, digits and _; write %2.</source>
        <translation>「%1」にはデータベース名がないか、英字・数字・_ 以外の文字を含んでいます。%2 の形式で指定してください。</translation>
    </message>
    <message>
        <source>Unknown part “%1” in the address; only ?cluster=NAME is known.</source>
        <translation>アドレス中の「%1」は不明です。使えるのは ?cluster=NAME だけです。</translation>
    </message>
    <message>
        <source>“%1” is not a cluster name (letters, digits and _).</source>
        <translation>「%1」はクラスター名ではありません (英字・数字・_)。</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (クラスター %2)</translation>
    </message>
</context>
<context>
    <name>ClientIpCriterion</name>
    <message>
        <source>“%1” is not a valid address block (CIDR), for example 10.1.0.0/16 or 2001:db8::/32.</source>
        <translation>「%1」は有効なアドレス ブロック (CIDR) ではありません。例: 10.1.0.0/16、2001:db8::/32</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>httperr*.log files, folders, .zip or .gz archives to open, - for standard input (the window opens the demo log if none).</source>
        <translation>開く httperr*.log ファイル、フォルダー、.zip または .gz アーカイブ。- は標準入力（指定がなければウィンドウはデモログを開きます）。</translation>
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
        <source>Open the bundled demo log.</source>
        <translation>同梱のデモログを開きます。</translation>
    </message>
    <message>
        <source>No status lines on standard error, only errors.</source>
        <translation>標準エラーに状態行を出さず、エラーだけを出します。</translation>
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
        <source>Keep adding lines as they are written to the opened files and folders (File &gt; Follow).</source>
        <translation>開いたファイルとフォルダーに書き込まれた行を随時追加します (ファイル &gt; 追跡)。</translation>
    </message>
    <message>
        <source>Write the rows to FILE (- for standard output) without a window and exit; the extension or --format picks the format.</source>
        <translation>ウィンドウなしで行を FILE（- は標準出力）に書き出して終了します。形式は拡張子か --format で決まります。</translation>
    </message>
    <message>
        <source>With --export: the format, one of %1.</source>
        <translation>--export と共に: 形式（%1 のいずれか）。</translation>
    </message>
    <message>
        <source>With --export: the columns to write, in this order, comma-separated (for example time,c-ip,s-reason,file).</source>
        <translation>--export と共に: 書き出す列をこの順にカンマ区切りで指定します（例: time,c-ip,s-reason,file）。</translation>
    </message>
    <message>
        <source>Write a ticket report (.html, self-contained, or .pdf) without a window and exit.</source>
        <translation>ウィンドウを開かずにチケット用のレポート (.html は単一ファイル、または .pdf) を書き出して終了します。</translation>
    </message>
    <message>
        <source>With --export or --report: replace client IP addresses by stand-ins, the same one for the same address.</source>
        <translation>--export または --report と併用: クライアント IP アドレスを代替アドレスに置き換えます。同じアドレスは常に同じ代替アドレスになります。</translation>
    </message>
    <message>
        <source>With --screenshot: select spike N (1 = the oldest) so its explanation shows.</source>
        <translation>--screenshot と併用: スパイク N (1 = 最も古いもの) を選択し、その説明を表示します。</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json には --summary が必要です。</translation>
    </message>
    <message>
        <source>--anonymize needs --export or --report.</source>
        <translation>--anonymize には --export または --report が必要です。</translation>
    </message>
    <message>
        <source>Standard input (-) can be read only once.</source>
        <translation>標準入力（-）は一度しか読めません。</translation>
    </message>
    <message>
        <source>--follow needs the window; it does not go with --summary, --export or --report.</source>
        <translation>--follow にはウィンドウが必要です。--summary、--export、--report とは併用できません。</translation>
    </message>
    <message>
        <source>--screenshot does not go with --summary, --export or --report.</source>
        <translation>--screenshot は --summary、--export、--report と併用できません。</translation>
    </message>
    <message>
        <source>No input: name files, folders or archives, - for standard input, or --demo for the demo log.</source>
        <translation>入力がありません。ファイル、フォルダー、アーカイブ、標準入力なら -、デモログなら --demo を指定してください。</translation>
    </message>
    <message>
        <source>--report: the file name must end in .html or .pdf.</source>
        <translation>--report: ファイル名の拡張子は .html または .pdf にしてください。</translation>
    </message>
    <message>
        <source>--export needs a file name, or - for standard output.</source>
        <translation>--export にはファイル名か、標準出力なら - が必要です。</translation>
    </message>
    <message>
        <source>--format and --columns need --export.</source>
        <translation>--format と --columns には --export が必要です。</translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use one of %2.</source>
        <translation>--format: 「%1」は形式ではありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--export: the file name does not tell the format; end it in .csv, .tsv, .jsonl or .log, or give --format (%1).</source>
        <translation>--export: ファイル名から形式がわかりません。.csv、.tsv、.jsonl、.log で終わる名前にするか、--format（%1）を指定してください。</translation>
    </message>
    <message>
        <source>--columns needs at least one column name.</source>
        <translation>--columns には列名が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>--columns does not go with the log format: a .log file keeps each row&apos;s own fields.</source>
        <translation>--columns は log 形式と併用できません。.log ファイルは各行の元のフィールドをそのまま保ちます。</translation>
    </message>
    <message>
        <source>--export - and --summary would both write to standard output.</source>
        <translation>--export - と --summary はどちらも標準出力に書き出すため併用できません。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size には 幅x高さ を指定します (例: 1280x800)。</translation>
    </message>
    <message>
        <source>--select-spike wants a number from 1 up.</source>
        <translation>--select-spike には 1 以上の数を指定してください。</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Windows の HTTP.sys が拒否・切断した要求を表示します。httperr*.log ファイルやフォルダーを開き、フィルターをかけ、時系列のグラフにします。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 nothing could be read or written, 2 usage error.</source>
        <translation>終了ステータス: 0 成功、1 何も読み書きできなかった、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>Send the rows of the named files, folders and archives to ClickHouse at URL (clickhouse://[USER@]HOST[:PORT]/DATABASE, clickhouses:// for HTTPS) and exit; files already there are skipped. The password comes from HTTPERR_CLICKHOUSE_PASSWORD or a prompt.</source>
        <translation>指定したファイル、フォルダー、アーカイブの行を URL の ClickHouse (clickhouse://[USER@]HOST[:PORT]/DATABASE、HTTPS は clickhouses://) に送信して終了します。既にあるファイルは飛ばします。パスワードは HTTPERR_CLICKHOUSE_PASSWORD または入力で与えます。</translation>
    </message>
    <message>
        <source>A ClickHouse address is opened alone, without files or --demo.</source>
        <translation>ClickHouse のアドレスは単独で開きます (ファイルや --demo と一緒には使えません)。</translation>
    </message>
    <message>
        <source>--follow reads files; it does not go with a ClickHouse address.</source>
        <translation>--follow はファイルを読みます。ClickHouse のアドレスとは併用できません。</translation>
    </message>
    <message>
        <source>--ingest goes alone with the files to send (and --quiet): no filters, no other command, no ClickHouse address as input.</source>
        <translation>--ingest は送信するファイル (と --quiet) だけと使います: フィルター、他のコマンド、入力としての ClickHouse アドレスは使えません。</translation>
    </message>
    <message>
        <source>--ingest needs files, folders or archives to send.</source>
        <translation>--ingest には送信するファイル、フォルダー、アーカイブが必要です。</translation>
    </message>
    <message>
        <source>--ingest reads files (it must read each one twice: once to recognise it, once to send it); save standard input to a file first.</source>
        <translation>--ingest はファイルを読みます (識別と送信のために各ファイルを 2 回読みます)。標準入力は先にファイルに保存してください。</translation>
    </message>
    <message>
        <source>With --report: cover only spike N&apos;s window (N as --summary lists the spikes, 1 = the oldest).</source>
        <translation>--report と併用: スパイク N の時間帯だけを対象にする（N は --summary の一覧の番号、1 = 最も古い）。</translation>
    </message>
    <message>
        <source>--spike wants a number from 1 up.</source>
        <translation>--spike には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--spike needs --report.</source>
        <translation>--spike には --report が必要です。</translation>
    </message>
    <message>
        <source>--columns does not go with the ECS formats: each document holds all of the row&apos;s fields.</source>
        <translation>--columns は ECS 形式とは併用できません。各ドキュメントには行のすべてのフィールドが含まれます。</translation>
    </message>
    <message>
        <source>Stack the timeline&apos;s bars by reason or by server (the window&apos;s Bars: choice, remembered like it; with --screenshot only for that picture).</source>
        <translation>タイムラインのバーを理由別またはサーバー別に積み上げます（ウィンドウの「バー:」の選択と同じく記憶されます。--screenshot ではその画像のみ）。</translation>
    </message>
    <message>
        <source>--bars wants reason or server.</source>
        <translation>--bars には reason または server を指定してください。</translation>
    </message>
    <message>
        <source>--bars is for the window; it does not go with --summary, --export or --report.</source>
        <translation>--bars はウィンドウ用です。--summary、--export、--report とは併用できません。</translation>
    </message>
    <message>
        <source>On Windows, run the commands without a window (--summary, --export, --report, --ingest, --help) with httperr-viewer-cli.exe: it writes to the console in UTF-8 and cmd.exe waits for its exit status. httperr-viewer.exe is the window.</source>
        <translation>Windows では、ウィンドウを使わないコマンド（--summary、--export、--report、--ingest、--help）は httperr-viewer-cli.exe で実行してください。コンソールに UTF-8 で出力し、cmd.exe はその終了ステータスを待ちます。httperr-viewer.exe はウィンドウ用です。</translation>
    </message>
    <message>
        <source>With --screenshot: show this panel too: top-values, spikes, bookmarks, problems or requests (the Requests tab; repeat, or separate with commas).</source>
        <translation>--screenshot と併用: このパネルも表示します: top-values、spikes、bookmarks、problems、requests ([要求] タブ) のいずれか (繰り返し指定するか、コンマで区切ります)。</translation>
    </message>
    <message>
        <source>--show wants one of %1.</source>
        <translation>--show には %1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>With --export: write the rows of the IIS access logs among the inputs instead of the httperr rows (CSV, TSV, JSON Lines, or ECS with the field names of Filebeat&apos;s IIS access module).</source>
        <translation>--export と併用: httperr の行の代わりに、入力に含まれる IIS アクセス ログの行を書き出します (CSV、TSV、JSON Lines、または Filebeat の IIS access モジュールのフィールド名を使う ECS)。</translation>
    </message>
    <message>
        <source>IIS access-log requests that took N seconds or longer count as slow in the evidence for a spike (default 110).</source>
        <translation>N 秒以上かかった IIS アクセス ログの要求を、スパイクの裏付けで遅い要求として数えます (既定値 110)。</translation>
    </message>
    <message>
        <source>--slow-seconds wants a number of seconds from 1 to 86400.</source>
        <translation>--slow-seconds には 1 から 86400 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>--requests needs --export.</source>
        <translation>--requests には --export が必要です。</translation>
    </message>
    <message>
        <source>--requests exports every access-log row; the filter options are for httperr rows.</source>
        <translation>--requests はアクセス ログのすべての行を書き出します。フィルター オプションは httperr の行に使います。</translation>
    </message>
    <message>
        <source>--requests does not go with the log format; use csv, tsv, jsonl or ecs.</source>
        <translation>--requests は log 形式とは併用できません。csv、tsv、jsonl、ecs のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The IIS access logs of server SERVER (or of every server, without SERVER=) were written in local time at this offset from UTC, for example WEB01=+02:00 or -05:00 (repeat for several servers). IIS writes UTC unless set otherwise.</source>
        <translation>サーバー SERVER (SERVER= を付けなければすべてのサーバー) の IIS アクセス ログは、UTC からこのオフセットのローカル時刻で書かれています。例: WEB01=+02:00 または -05:00 (複数のサーバーには繰り返し指定)。IIS は特に設定しない限り UTC で書きます。</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Open &amp;Database…</source>
        <translation>データベースを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>rows from %1</source>
        <translation>%1 の行</translation>
    </message>
    <message>
        <source>Showing the oldest %L1 of the %L2 rows the filters keep in ClickHouse (the timeline counts them all); narrow the time range to see the others.</source>
        <translation>フィルターが ClickHouse で残す %L2 行のうち最も古い %L1 行を表示しています(タイムラインはすべてを数えています)。残りを見るには時間範囲を狭めてください。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Rows at Most</source>
        <translation>最大行数</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many (the timeline counts them all):</source>
        <translation>表にはフィルターが残す行のうち最も古いものをこの行数まで入れます(タイムラインはすべてを数えます):</translation>
    </message>
    <message>
        <source>Change Limit…</source>
        <translation>上限を変更…</translation>
    </message>
    <message>
        <source>ClickHouse Password</source>
        <translation>ClickHouse のパスワード</translation>
    </message>
    <message>
        <source>ClickHouse refused the password of %1. Password:</source>
        <translation>ClickHouse が %1 のパスワードを拒否しました。パスワード:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
</context>
<context>
    <name>DatabaseFetch</name>
    <message>
        <source>ClickHouse sent an answer that could not be read.</source>
        <translation>ClickHouse から読み取れない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <source>local time</source>
        <translation>現地時刻</translation>
    </message>
</context>
<context>
    <name>EmptyTableNotice</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No file is open. Open HTTP.sys error logs with File → Open or drop them here.</source>
        <translation>ファイルが開かれていません。ファイル → 開く で HTTP.sys エラーログを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>No rows were read from the opened files. The Problems list says why.</source>
        <translation>開いたファイルから行を 1 つも読み込めませんでした。理由は「問題」一覧に表示されます。</translation>
    </message>
    <message>
        <source>No row passes the filters: %1.</source>
        <translation>フィルターを通る行がありません: %1。</translation>
    </message>
    <message>
        <source>Clear filters (%L1 rows)</source>
        <translation>フィルターを解除 (%L1 行)</translation>
    </message>
</context>
<context>
    <name>EscapeController</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>フィルターを解除(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>読み込みを中止(&amp;S)</translation>
    </message>
    <message>
        <source>Clear every filter (Esc in the filter bar or the table)</source>
        <translation>すべてのフィルターを解除 (フィルターバーまたは表で Esc)</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Slow Request &amp;Threshold…</source>
        <translation>低速要求のしきい値(&amp;T)…</translation>
    </message>
    <message>
        <source>How long an IIS access-log request must take to count as slow in a spike&apos;s evidence</source>
        <translation>スパイクの根拠で、IIS アクセス ログの要求を低速とみなす所要時間</translation>
    </message>
    <message>
        <source>Slow Request Threshold</source>
        <translation>低速要求のしきい値</translation>
    </message>
    <message>
        <source>IIS access-log requests that took this many seconds or longer count as slow (HTTP.sys drops a connection it could not log after about 120 s):</source>
        <translation>この秒数以上かかった IIS アクセス ログの要求を低速とみなします (HTTP.sys はログを書けなかった接続を約 120 秒後に切断します):</translation>
    </message>
    <message>
        <source>Requests on the &amp;Timeline</source>
        <translation>タイムラインに要求を表示(&amp;T)</translation>
    </message>
    <message>
        <source>Draw the IIS access-log requests per bucket, and those that stalled or failed, over the timeline&apos;s bars</source>
        <translation>IIS アクセス ログの区間ごとの要求数と、停止または失敗した要求数をタイムラインの棒の上に描きます</translation>
    </message>
    <message>
        <source>Access-Log &amp;Clocks…</source>
        <translation>アクセス ログの時計(&amp;C)…</translation>
    </message>
    <message>
        <source>Which IIS access logs were written in local time, and at which offset from UTC</source>
        <translation>どの IIS アクセス ログがローカル時刻で書かれたか、UTC からのオフセットはいくつか</translation>
    </message>
    <message>
        <source>Access-Log Clocks</source>
        <translation>アクセス ログの時計</translation>
    </message>
    <message>
        <source>IIS writes access logs in UTC. For logs written in local time, give the offset from UTC of one server (WEB01=+02:00) or of all (+02:00), separated by commas. Loaded files are read again.</source>
        <translation>IIS はアクセス ログを UTC で書きます。ローカル時刻で書かれたログには、1 台のサーバー (WEB01=+02:00) またはすべて (+02:00) の UTC からのオフセットをカンマ区切りで指定してください。読み込み済みのファイルは読み直されます。</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>usually ~%1</source>
        <translation>通常は約 %1</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>IIS アクセス ログが示すこと</translation>
    </message>
    <message>
        <source>Requests that ended</source>
        <translation>終了した要求</translation>
    </message>
    <message>
        <source>Took %1 s or longer</source>
        <translation>%1 秒以上かかった要求</translation>
    </message>
    <message>
        <source>Win32 status %1</source>
        <translation>Win32 状態 %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状態 %1</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>停止または失敗</translation>
    </message>
    <message>
        <source>Slow threshold: %1 s…</source>
        <translation>低速のしきい値: %1 秒…</translation>
    </message>
</context>
<context>
    <name>EvidenceVerdict</name>
    <message>
        <source>network name no longer available</source>
        <translation>ネットワーク名が使用できなくなりました</translation>
    </message>
    <message>
        <source>connection aborted by the local system</source>
        <translation>ローカル システムによって接続が中止されました</translation>
    </message>
    <message>
        <source>I/O operation aborted</source>
        <translation>I/O 操作が中止されました</translation>
    </message>
    <message>
        <source>semaphore timeout expired</source>
        <translation>セマフォのタイムアウト期間が終了しました</translation>
    </message>
    <message>
        <source>no such network connection</source>
        <translation>存在しないネットワーク接続</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>application pool unavailable</source>
        <translation>アプリケーション プールを使用できません</translation>
    </message>
    <message>
        <source>concurrent request limit reached</source>
        <translation>同時要求数の上限に達しました</translation>
    </message>
    <message>
        <source>ASP.NET queue full</source>
        <translation>ASP.NET のキューがいっぱいです</translation>
    </message>
    <message>
        <source>FastCGI queue full</source>
        <translation>FastCGI のキューがいっぱいです</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>サービスを利用できません</translation>
    </message>
    <message>
        <source>configuration data invalid</source>
        <translation>構成データが無効です</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバー エラー</translation>
    </message>
    <message>
        <source>bad gateway: the back end failed or timed out</source>
        <translation>不正なゲートウェイ: バックエンドが失敗したかタイムアウトしました</translation>
    </message>
    <message numerus="yes">
        <source>over %n minute(s)</source>
        <translation>
            <numerusform>%n 分以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n second(s)</source>
        <translation>
            <numerusform>%n 秒以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Access-log times read as UTC, as IIS writes them.</source>
        <translation>アクセス ログの時刻は IIS が書くとおり UTC として読み取りました。</translation>
    </message>
    <message>
        <source>No access-log rows cover this window.</source>
        <translation>この時間帯をカバーするアクセス ログの行はありません。</translation>
    </message>
    <message>
        <source>Requests that ended in this window: %1 (usually about %2)</source>
        <translation>この時間帯に終了した要求: %1 (通常は約 %2)</translation>
    </message>
    <message>
        <source>Took %1 s or longer: %2 (usually about %3)</source>
        <translation>%1 秒以上かかった要求: %2 (通常は約 %3)</translation>
    </message>
    <message>
        <source>  slow: %1 × %2</source>
        <translation>  遅い要求: %1 × %2</translation>
    </message>
    <message>
        <source>Win32 status %1: %2</source>
        <translation>Win32 状態 %1: %2</translation>
    </message>
    <message>
        <source>Win32 status %1 (%2): %3</source>
        <translation>Win32 状態 %1 (%2): %3</translation>
    </message>
    <message>
        <source>Status %1: %2</source>
        <translation>状態 %1: %2</translation>
    </message>
    <message>
        <source>  503.%1 (%2): %3</source>
        <translation>  503.%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stalled or failed: %1 (usually about %2)</source>
        <translation>停止または失敗: %1 (通常は約 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1</source>
        <translation>
            <numerusform>%1 への %n 件の要求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 took %2 and ended with ‘%3’ (%4) in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>%1 が %2 かかり、この時間帯に「%3」(%4) で終了しました: アプリケーションが停止していました。HTTP.sys はログに記録できなかった接続を切断しました。</translation>
    </message>
    <message>
        <source>%1 took %2 in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>この時間帯に %1 が %2 かかりました: アプリケーションが停止していました。HTTP.sys はログに記録できなかった接続を切断しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</source>
        <translation>
            <numerusform>この時間帯に %n 件の要求が状態 %1 (%2) で終了しました: HTTP.sys が接続を切断している間、アプリケーション側が失敗していました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</source>
        <translation>
            <numerusform>%n 件の要求が長くかからずに「%1」(%2) で終了しました: クライアントまたはロード バランサーが接続を打ち切りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No request ended in this window, where about %1 usually do: the application may have hung.</source>
        <translation>通常は約 %1 件の要求が終了する時間帯に、終了した要求がありません: アプリケーションが応答しなくなっていた可能性があります。</translation>
    </message>
    <message>
        <source>The access log shows nothing unusual in this window: look at the client side or the network.</source>
        <translation>この時間帯のアクセス ログに異常はありません: クライアント側またはネットワークを調べてください。</translation>
    </message>
    <message>
        <source>Access-log times read as %1, as given for these logs, and converted to UTC.</source>
        <translation>アクセス ログの時刻は、これらのログに指定されたとおり %1 として読み、UTC に変換しました。</translation>
    </message>
    <message>
        <source>Access-log times read in each server&apos;s clock, as given: %1.</source>
        <translation>アクセス ログの時刻は、指定されたとおり各サーバーの時計で読みました: %1。</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Top client IPs</source>
        <translation>上位のクライアント IP</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>上位の URL</translation>
    </message>
    <message>
        <source>Top sites</source>
        <translation>上位のサイト</translation>
    </message>
    <message>
        <source>Top queues (app pools)</source>
        <translation>上位のキュー (アプリケーション プール)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Select a row, click a reason in the timeline legend or a bar, or click a shaded spike to see what it means and what to check next.</source>
        <translation>行を選択するか、タイムラインの凡例の理由、バー、網掛けのスパイクをクリックすると、その意味と次に確認することが表示されます。</translation>
    </message>
    <message>
        <source>Undocumented reason</source>
        <translation>文書化されていない理由</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list</source>
        <translation>Microsoft の一覧にはありません</translation>
    </message>
    <message>
        <source>What this row shows</source>
        <translation>この行の内容</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>よくある原因</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>次に確認すること</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>関連する設定</translation>
    </message>
    <message>
        <source>Show only %1 rows</source>
        <translation>%1 の行だけを表示</translation>
    </message>
    <message>
        <source>What %1 means and what to check</source>
        <translation>%1 の意味と確認すること</translation>
    </message>
    <message>
        <source>%1 spike</source>
        <translation>%1 のスパイク</translation>
    </message>
    <message>
        <source>Filter the table to this window</source>
        <translation>テーブルをこの時間帯で絞り込む</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>%1 at the peak; usually %2</source>
        <translation>ピーク時 %1、通常 %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>%L1% of all rows; %L2% of the rows in this window</source>
        <translation>全行の %L1%、この時間帯の行の %L2%</translation>
    </message>
    <message>
        <source>Also rose at the same time</source>
        <translation>同時に増えたもの</translation>
    </message>
    <message>
        <source>No other reason.</source>
        <translation>ほかの理由はありません。</translation>
    </message>
    <message>
        <source>usually ~%L1</source>
        <translation>通常 約 %L1</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>%L1 distinct</source>
        <translation>%L1 種類</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 台中 %1 台</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>--columns: the rows have no column “%1”; they have %2.</source>
        <translation>--columns: 行に列「%1」はありません。ある列: %2。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>標準出力に書き出せません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>--spike %1: the rows have %Ln spike(s) (as --summary lists them).</source>
        <translation>
            <numerusform>--spike %1: スパイクは %Ln 件です（--summary の一覧のとおり）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Wait until the files are loaded, then export.</source>
        <translation>ファイルの読み込みが終わってからエクスポートしてください。</translation>
    </message>
    <message>
        <source>Exporting rows to %1…</source>
        <translation>%1 に行をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>行のエクスポート</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>エクスポートを中止しました: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Visible columns, in table order</source>
        <translation>表示中の列 (テーブルの順序)(&amp;V)</translation>
    </message>
    <message>
        <source>All &amp;columns, in file order, with file and line</source>
        <translation>すべての列 (ファイルの順序、ファイル名と行番号付き)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>クライアント IP アドレスを匿名化(&amp;A)</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>行のエクスポート</translation>
    </message>
    <message>
        <source>&amp;Selected rows (%1)</source>
        <translation>選択した行 (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>Rows that pass the &amp;filters (%1)</source>
        <translation>フィルターを通過した行 (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;ll rows (%1)</source>
        <translation>すべての行 (%1)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Replaces every client address by a stand-in from a reserved range (198.18.0.0/15, 2001:db8::/32), the same one wherever the address appears in this export. URLs and server addresses are kept.</source>
        <translation>各クライアント アドレスを予約済み範囲 (198.18.0.0/15、2001:db8::/32) の代替アドレスに置き換えます。このエクスポート内では、同じアドレスは常に同じ代替アドレスになります。URL とサーバー アドレスはそのまま残ります。</translation>
    </message>
    <message>
        <source>A .log file always holds each row&apos;s own fields, so that it reads back like the original.</source>
        <translation>.log ファイルには常に各行の元のフィールドが入るため、元のログと同じように読み込み直せます。</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export Rows To</source>
        <translation>行のエクスポート先</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>「%1」は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Each document holds all of the row&apos;s fields under the names Filebeat gives them, with the server and the file.</source>
        <translation>各ドキュメントには、行のすべてのフィールドが Filebeat と同じ名前で、サーバーとファイルとともに含まれます。</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (コンマ区切り)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (タブ区切り)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>HTTP.sys error log</source>
        <translation>HTTP.sys エラー ログ</translation>
    </message>
    <message>
        <source>Elastic Common Schema (NDJSON)</source>
        <translation>Elastic Common Schema (NDJSON)</translation>
    </message>
    <message>
        <source>Elasticsearch bulk request (ECS)</source>
        <translation>Elasticsearch バルクリクエスト (ECS)</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No file name was given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>「%1」はフォルダーです。その中のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>フォルダー「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>You cannot write to the folder “%1”. Choose another folder.</source>
        <translation>フォルダー「%1」には書き込めません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>「%1」は読み取り専用です。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>ディスクがいっぱいです: 「%1」を最後まで書き込めなかったため、何も保存されていません。空き領域を増やすか、別のドライブを選んでください。</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>「%1」の書き込みに失敗したため (%2)、何も保存されていません。</translation>
    </message>
</context>
<context>
    <name>FileKindDetector</name>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip アーカイブ</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip アーカイブ</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR アーカイブ</translation>
    </message>
    <message>
        <source>Windows event log (.evtx)</source>
        <translation>Windows イベント ログ (.evtx)</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>Microsoft Office ドキュメント</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>UTF-32 text</source>
        <translation>UTF-32 テキスト</translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation>Linux プログラム</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF ドキュメント</translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation>Windows プログラム</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>only NUL bytes</source>
        <translation>NUL バイトのみ</translation>
    </message>
    <message>
        <source>UTF-16 LE without byte order mark</source>
        <translation>BOM なし UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE without byte order mark</source>
        <translation>BOM なし UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>BOM 付き UTF-8</translation>
    </message>
    <message>
        <source>IIS access log</source>
        <translation>IIS アクセス ログ</translation>
    </message>
    <message>
        <source>W3C log written by %1</source>
        <translation>%1 が書き込んだ W3C ログ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバー ポート</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Client IP: an address (with or without %scope), a list separated by commas, a block (10.1.0.0/16, 2001:db8::/32), a wildcard (10.1.*); put ! before an item to hide it.</source>
        <translation>クライアント IP: アドレス (%スコープ付きでも可)、カンマ区切りの一覧、ブロック (10.1.0.0/16、2001:db8::/32)、ワイルドカード (10.1.*)。先頭に ! を付けるとその項目を除外します。</translation>
    </message>
    <message>
        <source>URL contains</source>
        <translation>URL に含む</translation>
    </message>
    <message>
        <source>URL, ignoring case: text found anywhere; with * or ? a pattern for the whole URL (*.php); re: then a regular expression (re:^/api/); ! first to hide what matches.</source>
        <translation>URL (大文字と小文字を区別しない): 任意の位置にあるテキスト。* や ? を使うと URL 全体のパターン (*.php)、re: の後に正規表現 (re:^/api/)。先頭に ! を付けると一致したものを除外します。</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>すべてのフィルターを解除</translation>
    </message>
    <message>
        <source>%1: %2 ✕</source>
        <translation>%1: %2 ✕</translation>
    </message>
    <message>
        <source>Filter on %1: %2. Click to remove it.</source>
        <translation>%1 のフィルター: %2。クリックすると解除します。</translation>
    </message>
    <message>
        <source>“%1” is not a time. Use %2 or ISO 8601 (2026-03-10 14:05:00); times are in %3 unless they end in Z or an offset.</source>
        <translation>「%1」は時刻ではありません。%2 または ISO 8601 (2026-03-10 14:05:00) の形式で入力してください。Z やオフセットで終わらない限り、時刻は %3 として扱われます。</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>開始 (%1)</translation>
    </message>
    <message>
        <source>To (%1)</source>
        <translation>終了 (%1)</translation>
    </message>
    <message>
        <source>Earliest time shown, inclusive, in %1: %2 or ISO 8601. Empty: from the start.</source>
        <translation>表示する最初の時刻 (この時刻を含む、%1): %2 または ISO 8601。空欄: 最初から。</translation>
    </message>
    <message>
        <source>Latest time shown, inclusive, in %1: %2 or ISO 8601. Empty: to the end.</source>
        <translation>表示する最後の時刻 (この時刻を含む、%1): %2 または ISO 8601。空欄: 最後まで。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Reason is not: %1</source>
        <translation>理由が次以外: %1</translation>
    </message>
    <message>
        <source>Client IP: %1</source>
        <translation>クライアント IP: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>サイト: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>キュー: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>メソッド: %1</translation>
    </message>
    <message>
        <source>Server port: %1</source>
        <translation>サーバー ポート: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Server is not: %1</source>
        <translation>サーバーが次以外: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>終了: %1</translation>
    </message>
</context>
<context>
    <name>FilterHistory</name>
    <message>
        <source>no filters</source>
        <translation>フィルターなし</translation>
    </message>
    <message>
        <source>&amp;Undo Filter Change</source>
        <translation>フィルターの変更を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo Filter Change</source>
        <translation>フィルターの変更をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>戻る: %1</translation>
    </message>
    <message>
        <source>No filter change to undo</source>
        <translation>元に戻すフィルターの変更はありません</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <translation>やり直す: %1</translation>
    </message>
    <message>
        <source>No filter change to redo</source>
        <translation>やり直すフィルターの変更はありません</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only rows with this reason (repeat, or separate with commas).</source>
        <translation>この理由の行のみ (繰り返し指定、またはカンマ区切り)。</translation>
    </message>
    <message>
        <source>Leave out rows with this reason (repeat, or separate with commas).</source>
        <translation>この理由の行を除外 (繰り返し指定、またはカンマ区切り)。</translation>
    </message>
    <message>
        <source>Only these clients: addresses, blocks (10.1.0.0/16), wildcards (10.1.*), comma-separated, ! to leave out.</source>
        <translation>これらのクライアントのみ: アドレス、ブロック (10.1.0.0/16)、ワイルドカード (10.1.*) をカンマ区切りで。! で除外。</translation>
    </message>
    <message>
        <source>Only these URLs (ignoring case): text anywhere, a */? pattern for the whole URL, re:REGEX; ! first to leave out.</source>
        <translation>これらの URL のみ (大文字と小文字を区別しない): 任意の位置のテキスト、URL 全体の */? パターン、re:正規表現。先頭の ! で除外。</translation>
    </message>
    <message>
        <source>Only rows at or after this UTC time (ISO 8601).</source>
        <translation>この UTC 時刻以降の行のみ (ISO 8601)。</translation>
    </message>
    <message>
        <source>Only rows at or before this UTC time (ISO 8601).</source>
        <translation>この UTC 時刻以前の行のみ (ISO 8601)。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a time; use ISO 8601 in UTC, for example 2026-03-10T14:05:00Z or &quot;2026-03-10 14:05:00&quot;.</source>
        <translation>--%1: 「%2」は時刻ではありません。UTC の ISO 8601 で指定してください (例: 2026-03-10T14:05:00Z、&quot;2026-03-10 14:05:00&quot;)。</translation>
    </message>
    <message>
        <source>Only rows of this server (its folder or archive name; repeat, or separate with commas); ! first to leave a server out.</source>
        <translation>このサーバーの行だけ (フォルダー名またはアーカイブ名。繰り返し指定またはカンマ区切り可)。名前の前に ! を付けるとそのサーバーを除外。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every column (the filters stay as they are)</source>
        <translation>すべての列を検索（フィルターはそのまま）</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>次の一致（Enter、F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>No row contains it</source>
        <translation>該当する行はありません</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行目</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Time…</source>
        <translation>時刻へ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Find text in every column without filtering the rows</source>
        <translation>行を絞り込まずにすべての列でテキストを検索</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Move the table to the first row at or after a time</source>
        <translation>指定時刻以降の最初の行へ表を移動</translation>
    </message>
    <message>
        <source>No row contains “%1”</source>
        <translation>「%1」を含む行はありません</translation>
    </message>
    <message>
        <source>Found again from the first row</source>
        <translation>先頭の行から再び検索しました</translation>
    </message>
    <message>
        <source>Found again from the last row</source>
        <translation>最後の行から再び検索しました</translation>
    </message>
    <message>
        <source>No row shown is at or after %1</source>
        <translation>%1 以降の表示行はありません</translation>
    </message>
</context>
<context>
    <name>FollowController</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>追跡(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Add new lines as they are written to the opened files and folders</source>
        <translation>開いたファイルとフォルダーに書き込まれた新しい行を随時追加します</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>追跡中</translation>
    </message>
    <message>
        <source>New lines are added as they are written (File → Follow)</source>
        <translation>書き込まれた新しい行が随時追加されます (ファイル → 追跡)</translation>
    </message>
</context>
<context>
    <name>GapOverlay</name>
    <message>
        <source>no log</source>
        <translation>ログなし</translation>
    </message>
    <message>
        <source>No log: %1 – %2 %3</source>
        <translation>ログなし: %1 – %2 %3</translation>
    </message>
    <message>
        <source>No loaded file has rows for this time. A file may be missing, or the server or its logging was stopped; it does not mean there were no errors.</source>
        <translation>この時間帯の行を含むファイルは読み込まれていません。ファイルが欠けているか、サーバーやそのログ記録が停止していた可能性があります。エラーがなかったという意味ではありません。</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>時刻へ移動</translation>
    </message>
    <message>
        <source>First row at or after (%1):</source>
        <translation>この時刻以降の最初の行（%1）:</translation>
    </message>
    <message>
        <source>As the table shows times, or 2026-03-10 14:05, or a date alone</source>
        <translation>表の時刻表示と同じ形式、2026-03-10 14:05、または日付のみ</translation>
    </message>
    <message>
        <source>Reads as %1</source>
        <translation>%1 と解釈</translation>
    </message>
    <message>
        <source>Not a time yet</source>
        <translation>まだ時刻ではありません</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>A gzip stream can only be read</source>
        <translation>gzip ストリームは読み取り専用です</translation>
    </message>
    <message>
        <source>Cannot start decompressing</source>
        <translation>展開を開始できません</translation>
    </message>
    <message>
        <source>the gzip data ends too early</source>
        <translation>gzip データが途中で終わっています</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>展開後のサイズが大きすぎます</translation>
    </message>
    <message>
        <source>bad gzip data</source>
        <translation>不正な gzip データ</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>%1: none of the session&apos;s files is there (moved, or on another machine): %2. Open the session in the window to locate them.</source>
        <translation>%1: セッションのファイルが 1 つもありません (移動されたか、別のマシンにあります): %2。ウィンドウでセッションを開いて場所を指定してください。</translation>
    </message>
    <message>
        <source>%1: the session&apos;s file %2 is not there (moved, or on another machine); going on without it.</source>
        <translation>%1: セッションのファイル %2 がありません (移動されたか、別のマシンにあります)。このファイルなしで続けます。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
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
</context>
<context>
    <name>HttpErrParser</name>
    <message>
        <source>W3C log with over %1 fields</source>
        <translation>%1 個を超えるフィールドを持つ W3C ログ</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>Sending to ClickHouse: %1% read, %L2 rows sent</source>
        <translation>ClickHouse へ送信中: %1% 読み込み、%L2 行送信</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the database has %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>新しいものはありません: データベースには %n 個のファイルが既にあります (同じサーバー、パス、内容)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2 in %3 s (%4 rows/s).</source>
        <translation>
            <numerusform>%n 個のファイルの %L1 行を %3 秒で %2 に送信しました (%4 行/秒)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the database had already (same server, path and content) were skipped.</source>
        <translation>
            <numerusform>データベースに既にある %n 個のファイル (同じサーバー、パス、内容) を飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted in the ledger, not sent as rows.</source>
        <translation>不正な %L1 行は台帳に数え、行としては送信していません。</translation>
    </message>
    <message>
        <source>No log file could be read from: %1</source>
        <translation>次からログファイルを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <source>The rows were sent, but the ledger could not be written, so they do not count yet (ingest the files again): %1</source>
        <translation>行は送信しましたが台帳を書き込めなかったため、まだ数えられていません (ファイルをもう一度送信してください): %1</translation>
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
</context>
<context>
    <name>LineContext</name>
    <message>
        <source>The file has no line %1</source>
        <translation>ファイルに %1 行目はありません</translation>
    </message>
</context>
<context>
    <name>LineContextDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — %2 行目</translation>
    </message>
    <message>
        <source>Cannot show line %1 of %2: %3</source>
        <translation>%2 の %1 行目を表示できません: %3</translation>
    </message>
</context>
<context>
    <name>LoadJob</name>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
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
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L2 行中 %L1 行</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>問い合わせ中…</translation>
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
    <message>
        <source>Damaged archive</source>
        <translation>破損したアーカイブ</translation>
    </message>
    <message>
        <source>Damaged archive: %1</source>
        <translation>破損したアーカイブ: %1</translation>
    </message>
    <message>
        <source>Encrypted archive member: cannot be read without its password</source>
        <translation>暗号化されたアーカイブ メンバー: パスワードなしでは読み取れません</translation>
    </message>
    <message>
        <source>Refused: expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>拒否: 圧縮サイズの %1 倍を超えて展開されます (zip 爆弾?)</translation>
    </message>
    <message>
        <source>Skipped: not a .log file</source>
        <translation>スキップ: .log ファイルではありません</translation>
    </message>
    <message>
        <source>The archive holds no .log files</source>
        <translation>アーカイブに .log ファイルがありません</translation>
    </message>
    <message>
        <source>The file was truncated or replaced: read again from the start</source>
        <translation>ファイルが切り詰められたか置き換えられました: 先頭から読み直します</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 fields: the file was cut short or is still being written</source>
        <translation>最後の行が %1 個のフィールドの後、改行なしで終わっています: ファイルが途中で切れているか、まだ書き込み中です</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 of %2 fields: the file was cut short or is still being written</source>
        <translation>最後の行が %2 個中 %1 個のフィールドの後、改行なしで終わっています: ファイルが途中で切れているか、まだ書き込み中です</translation>
    </message>
    <message>
        <source>Line longer than %1 MiB: skipped</source>
        <translation>%1 MiB を超える行: スキップしました</translation>
    </message>
    <message>
        <source>NUL bytes instead of text: the file was not completely written</source>
        <translation>テキストの代わりに NUL バイトがあります: ファイルが完全に書き込まれていません</translation>
    </message>
    <message>
        <source>A field of %1 bytes was cut to its first %2 KiB</source>
        <translation>%1 バイトのフィールドを先頭 %2 KiB に切り詰めました</translation>
    </message>
    <message>
        <source>Read as %1 text</source>
        <translation>%1 テキストとして読み込みました</translation>
    </message>
    <message>
        <source>Only # header lines, no log rows</source>
        <translation># ヘッダー行のみで、ログ行がありません</translation>
    </message>
    <message>
        <source>The file grew while it was read (%1); the new lines are included</source>
        <translation>読み込み中にファイルが大きくなりました (%1)。新しい行も含まれています</translation>
    </message>
    <message>
        <source>The file shrank while it was read (%1)</source>
        <translation>読み込み中にファイルが小さくなりました (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log (%1)</source>
        <translation>バイナリ データです (テキスト ログではありません: %1)</translation>
    </message>
    <message>
        <source>No log rows: every line is malformed</source>
        <translation>ログ行がありません: すべての行が不正です</translation>
    </message>
    <message>
        <source>Header block skipped up to the next header: not an HTTP.sys error log (%1)</source>
        <translation>次のヘッダーまでのヘッダーブロックを飛ばしました: HTTP.sys エラーログではありません（%1）</translation>
    </message>
    <message>
        <source>Skipped: the member&apos;s name leads out of the archive (“..” or an absolute path)</source>
        <translation>スキップ: メンバー名がアーカイブの外を指しています（「..」または絶対パス）</translation>
    </message>
    <message>
        <source>Skipped: an earlier member of the archive has the same name, and that one was read</source>
        <translation>スキップ: アーカイブ内の前のメンバーが同じ名前で、そちらを読み込みました</translation>
    </message>
    <message>
        <source>%1 is not a number: the line is skipped</source>
        <translation>%1 が数値ではありません: この行はスキップされます</translation>
    </message>
    <message>
        <source>An access-log line before any #Fields header: its fields are unknown</source>
        <translation>#Fields ヘッダーより前のアクセス ログの行: フィールドが不明です</translation>
    </message>
    <message>
        <source>This access log&apos;s #Fields has no time-taken: its requests cannot be counted as slow</source>
        <translation>このアクセス ログの #Fields に time-taken がありません: 要求を遅いものとして数えられません</translation>
    </message>
    <message>
        <source>Fields IIS does not write by default (custom fields?) are ignored: %1</source>
        <translation>IIS が既定では書かないフィールド (カスタム フィールド?) は無視されます: %1</translation>
    </message>
    <message>
        <source>The access logs of this server (%1) do not overlap its httperr logs (%2): they cannot explain the spikes. From another day, or written in local time?</source>
        <translation>このサーバーのアクセス ログ (%1) は httperr ログ (%2) と重なりません: スパイクを説明できません。別の日のログか、ローカル時刻で書かれていませんか?</translation>
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
    <message>
        <source>Servers:</source>
        <translation>サーバー:</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>列をリセット</translation>
    </message>
    <message>
        <source>Copy Selected Rows</source>
        <translation>選択した行をコピー</translation>
    </message>
    <message>
        <source>Show Only “%1”</source>
        <translation>「%1」のみ表示</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>「%1」を除外</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied the first %1 selected rows (the most copied at once)</source>
        <translation>選択した行のうち最初の %1 行をコピーしました (一度にコピーできる上限)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n 行をコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Server “%1”…</source>
        <translation>サーバー「%1」の名前を変更…</translation>
    </message>
    <message>
        <source>Rows Around This Time (±5 min)</source>
        <translation>この時刻の前後の行（±5 分）</translation>
    </message>
    <message>
        <source>Same /24 (%1)</source>
        <translation>同じ /24（%1）</translation>
    </message>
    <message>
        <source>Same /64 (%1)</source>
        <translation>同じ /64（%1）</translation>
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
        <source>Reset La&amp;yout</source>
        <translation>レイアウトをリセット(&amp;Y)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Export Rows…</source>
        <translation>行をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Create Re&amp;port…</source>
        <translation>レポートを作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>概要をコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Filter by &amp;URL…</source>
        <translation>URL で絞り込み(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>&amp;Keep Filters When Opening Files</source>
        <translation>ファイルを開くときにフィルターを保持(&amp;K)</translation>
    </message>
    <message>
        <source>Opening other files keeps the filters instead of showing every row</source>
        <translation>別のファイルを開いても、すべての行を表示せずにフィルターを保持します</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder, or it cannot be read. What was loaded is still shown.</source>
        <translation>%1 を開けません: ファイルやフォルダーが存在しないか、読み取れません。読み込み済みの内容はそのまま表示されます。</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>clickhouse://HOST:8123/DATABASE</source>
        <translation>clickhouse://ホスト:8123/データベース</translation>
    </message>
    <message>
        <source>optional: read all shards of this cluster</source>
        <translation>任意: このクラスターのすべてのシャードを読む</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>クラスター(&amp;C):</translation>
    </message>
    <message>
        <source>clickhouses:// connects over HTTPS (port 8443 by default). The password is not saved.</source>
        <translation>clickhouses:// は HTTPS で接続します(既定のポートは 8443)。パスワードは保存されません。</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many; the timeline counts them all.</source>
        <translation>表にはフィルターが残す行のうち最も古いものをこの行数まで入れます。タイムラインはすべてを数えます。</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>最大行数(&amp;R):</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>HTTP.sys エラー ログを開く</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>HTTP.sys エラー ログのフォルダーを開く</translation>
    </message>
    <message>
        <source>HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;All files (*)</source>
        <translation>HTTP.sys エラー ログとアーカイブ (*.log *.log.gz *.zip *.gz);;すべてのファイル (*)</translation>
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
    <name>ProblemTally</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an httperr log</source>
        <translation>httperr ログではない</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つからない</translation>
    </message>
    <message>
        <source>folder without logs</source>
        <translation>ログのないフォルダー</translation>
    </message>
    <message>
        <source>no log rows</source>
        <translation>ログ行なし</translation>
    </message>
    <message>
        <source>shrank while read</source>
        <translation>読み込み中に縮小</translation>
    </message>
    <message>
        <source>malformed lines: %1</source>
        <translation>不正な行: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>No problems (%1)</source>
        <translation>問題はありません (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題はありません</translation>
    </message>
    <message>
        <source>Files with problems: %1 — %2</source>
        <translation>問題のあるファイル: %1 — %2</translation>
    </message>
    <message>
        <source>header blocks of other logs skipped</source>
        <translation>飛ばした他のログのヘッダーブロック</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>File errors</source>
        <translation>ファイル エラー</translation>
    </message>
    <message>
        <source>Malformed lines</source>
        <translation>不正な行</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題はありません</translation>
    </message>
</context>
<context>
    <name>ReasonCatalog</name>
    <message>
        <source>HTTP.sys answered 503 because the application pool was taken offline after its worker processes kept failing (rapid-fail protection).</source>
        <translation>ワーカー プロセスの障害が続いたため、アプリケーション プールがオフラインにされ (高速失敗保護)、HTTP.sys が 503 を返しました。</translation>
    </message>
    <message>
        <source>The worker process crashed repeatedly: by default 5 crashes within 5 minutes stop the pool.
Unhandled exceptions, a bad deployment or configuration, an expired app-pool identity password.</source>
        <translation>ワーカー プロセスが繰り返しクラッシュしました。既定では 5 分以内に 5 回クラッシュするとプールが停止します。
未処理の例外、不適切な配置や構成、アプリケーション プール ID のパスワードの期限切れ。</translation>
    </message>
    <message>
        <source>System event log: WAS warnings naming the pool.
Application log and crash dumps (WER) for why w3wp died.
The pool&apos;s state in IIS Manager: fix the crash, then start the pool.</source>
        <translation>システム イベント ログ: そのプールを名指しする WAS の警告。
アプリケーション ログとクラッシュ ダンプ (WER): w3wp が終了した理由。
IIS マネージャーでのプールの状態: クラッシュの原因を直してからプールを開始します。</translation>
    </message>
    <message>
        <source>applicationPools/add/failure: rapidFailProtection, rapidFailProtectionMaxCrashes, rapidFailProtectionInterval.
loadBalancerCapabilities: 503 (HttpLevel) or a TCP reset (TcpLevel).</source>
        <translation>applicationPools/add/failure: rapidFailProtection、rapidFailProtectionMaxCrashes、rapidFailProtectionInterval。
loadBalancerCapabilities: 503 (HttpLevel) または TCP リセット (TcpLevel)。</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application pool&apos;s process was too busy to take the request.</source>
        <translation>アプリケーション プールのプロセスが混み合っていて要求を受け取れなかったため、HTTP.sys が 503 を返しました。</translation>
    </message>
    <message>
        <source>CPU saturation or thread starvation in w3wp.
Long-running or blocked requests holding every thread.</source>
        <translation>w3wp の CPU 飽和またはスレッド枯渇。
長時間実行中またはブロックされた要求がすべてのスレッドを占有。</translation>
    </message>
    <message>
        <source>CPU and thread count of w3wp at that time.
A memory dump taken during the slowdown.
The IIS log&apos;s time-taken for the same period.</source>
        <translation>その時点の w3wp の CPU 使用率とスレッド数。
速度低下中に取得したメモリ ダンプ。
同じ時間帯の IIS ログの time-taken。</translation>
    </message>
    <message>
        <source>App-pool queueLength and process model limits.
The application&apos;s thread-pool settings.</source>
        <translation>アプリケーション プールの queueLength とプロセス モデルの制限。
アプリケーションのスレッド プール設定。</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application was shut down automatically by a policy the administrator set.</source>
        <translation>管理者が設定したポリシーによりアプリケーションが自動的にシャットダウンされたため、HTTP.sys が 503 を返しました。</translation>
    </message>
    <message>
        <source>Scheduled, request-count or memory-based recycling.
Idle time-out shutting the worker down.
A configuration change that recycled the pool.</source>
        <translation>スケジュール、要求数、メモリ使用量によるリサイクル。
アイドル タイムアウトによるワーカー プロセスの停止。
プールをリサイクルさせた構成変更。</translation>
    </message>
    <message>
        <source>System event log: WAS events about recycles at that time.
The pool&apos;s recycling and idle time-out settings.</source>
        <translation>システム イベント ログ: その時点のリサイクルに関する WAS イベント。
プールのリサイクルとアイドル タイムアウトの設定。</translation>
    </message>
    <message>
        <source>applicationPools/add/recycling (periodicRestart).
processModel idleTimeout.</source>
        <translation>applicationPools/add/recycling (periodicRestart)。
processModel idleTimeout。</translation>
    </message>
    <message>
        <source>HTTP.sys could not parse the request and answered 400 itself; the application never saw it and the IIS log has no entry for it.</source>
        <translation>HTTP.sys が要求を解析できず、自ら 400 を返しました。アプリケーションには届いておらず、IIS ログにも記録はありません。</translation>
    </message>
    <message>
        <source>Malformed or non-HTTP clients.
Scanners and exploit probes.
TLS sent to a plain HTTP port.</source>
        <translation>不正な形式のクライアントや HTTP 以外のクライアント。
スキャナーや攻撃の探り。
平文の HTTP ポートへの TLS 送信。</translation>
    </message>
    <message>
        <source>Group by client IP: a few sources usually means scanning.
The method and URL columns show how far parsing got.</source>
        <translation>クライアント IP でグループ化: 送信元が少数なら、たいていスキャンです。
メソッド列と URL 列から、解析がどこまで進んだかがわかります。</translation>
    </message>
    <message>
        <source>The client closed the connection before the request was handed to a worker process.</source>
        <translation>要求がワーカー プロセスに渡される前に、クライアントが接続を閉じました。</translation>
    </message>
    <message>
        <source>Clients or load balancers timing out while the request waited.
Users aborting page loads.
Health probes that disconnect early.</source>
        <translation>要求の待機中にタイムアウトしたクライアントやロード バランサー。
ページの読み込みを中断したユーザー。
早めに切断するヘルス プローブ。</translation>
    </message>
    <message>
        <source>Whether the rate follows traffic (normal) or jumps.
QueueFull, Timer_AppPool or Timer_ReqQueue at the same time: requests waiting too long for the app.
Load balancer and proxy time-outs.</source>
        <translation>発生頻度がトラフィックに比例しているか (正常)、急増しているか。
同時刻の QueueFull、Timer_AppPool、Timer_ReqQueue: 要求がアプリケーションを長く待ちすぎています。
ロード バランサーとプロキシのタイムアウト。</translation>
    </message>
    <message>
        <source>The worker process ended, or closed its request queue, while this request was still pending, so HTTP.sys abandoned it. This is the wording of older Windows versions.</source>
        <translation>この要求がまだ保留中のうちにワーカー プロセスが終了したか要求キューを閉じたため、HTTP.sys は要求を破棄しました。古いバージョンの Windows での表記です。</translation>
    </message>
    <message>
        <source>w3wp crashed, was recycled or was killed with requests in flight.</source>
        <translation>処理中の要求を抱えたまま w3wp がクラッシュした、リサイクルされた、または強制終了された。</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
Recycling settings of the pool.</source>
        <translation>システム イベント ログ: 同時刻の WAS イベント。
アプリケーション ログと w3wp の WER クラッシュ レポート。
プールのリサイクル設定。</translation>
    </message>
    <message>
        <source>The process serving the request queue ended, or closed the queue, while this request was still pending, so HTTP.sys abandoned it.</source>
        <translation>この要求がまだ保留中のうちに、要求キューを処理するプロセスが終了したかキューを閉じたため、HTTP.sys は要求を破棄しました。</translation>
    </message>
    <message>
        <source>The app pool crashed or was recycled.
The HTTP service or the hosting service stopped.
On ports such as 2869 or 5357: the Windows service that owns the URL stopped.</source>
        <translation>アプリケーション プールがクラッシュした、またはリサイクルされた。
HTTP サービスまたはホスティング サービスが停止した。
2869 や 5357 などのポートの場合: その URL を所有する Windows サービスが停止した。</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
AppOffline following soon after: rapid-fail protection stopped the pool.</source>
        <translation>システム イベント ログ: 同時刻の WAS イベント。
アプリケーション ログと w3wp の WER クラッシュ レポート。
直後に AppOffline が続く場合: 高速失敗保護によりプールが停止しています。</translation>
    </message>
    <message>
        <source>HTTP.sys had the request and the application had started on it, but the connection was closed before the complete response and its logging data were handed over. HTTP.sys kept it as a &quot;zombie&quot; connection and wrote this line when it gave up on it. There are two readings.</source>
        <translation>HTTP.sys は要求を受け取り、アプリケーションも処理を始めていましたが、完全な応答とそのログ データが渡される前に接続が閉じられました。HTTP.sys はこの接続を「ゾンビ」接続として保持し、見切りをつけた時点でこの行を書き込みました。解釈は 2 通りあります。</translation>
    </message>
    <message>
        <source>Reading 1 - the application was too slow under load: it could not hand its response or logging data back to HTTP.sys in time (about two minutes; some documentation says one), so HTTP.sys dropped the connection.
Reading 2 - the application failed to send the response: it closed or reset the connection (for example Response.Close(), or Connection: close behind ARR) or failed half-way, while the client, proxy or load balancer had already given up.
A few per hour are normal background; a spike means slow responses met impatient clients, proxies or load balancers.</source>
        <translation>解釈 1 - 負荷がかかってアプリケーションが遅すぎた: 応答やログ データを時間内 (約 2 分。1 分とする文書もあります) に HTTP.sys へ渡せなかったため、HTTP.sys が接続を切断しました。
解釈 2 - アプリケーションが応答の送信に失敗した: 接続を閉じたかリセットした (たとえば Response.Close()、ARR の背後での Connection: close)、あるいは途中で失敗したが、その時点でクライアント、プロキシ、ロード バランサーはすでにあきらめていました。
1 時間に数件なら通常のバックグラウンドです。スパイクは、遅い応答がしびれを切らしたクライアント、プロキシ、ロード バランサーとぶつかったことを示します。</translation>
    </message>
    <message>
        <source>For reading 1: thread starvation or blocking in the worker process (thread count, CPU, a memory dump during the spike).
For reading 1: the IIS log&apos;s time-taken for the same URLs around this time.
For reading 2: Failed Request Tracing for the affected URLs.
For both: Event Viewer (Application and System) for app-pool errors, crashes and recycles.
For both: load balancer and reverse proxy time-outs - shorter than the application&apos;s response time means they give up first.</source>
        <translation>解釈 1 の場合: ワーカー プロセスのスレッド枯渇やブロック (スレッド数、CPU、スパイク中に取得したメモリ ダンプ)。
解釈 1 の場合: この時間帯の同じ URL について、IIS ログの time-taken。
解釈 2 の場合: 該当 URL の失敗した要求のトレース (Failed Request Tracing)。
両方: イベント ビューアー (アプリケーションとシステム) でアプリケーション プールのエラー、クラッシュ、リサイクル。
両方: ロード バランサーとリバース プロキシのタイムアウト - アプリケーションの応答時間より短ければ、そちらが先にあきらめます。</translation>
    </message>
    <message>
        <source>Load balancer and proxy idle and response time-outs (ARR: proxy timeout).
IIS connectionTimeout.</source>
        <translation>ロード バランサーとプロキシのアイドル タイムアウトと応答タイムアウト (ARR: proxy timeout)。
IIS の connectionTimeout。</translation>
    </message>
    <message>
        <source>The list HTTP.sys keeps of dropped (&quot;zombie&quot;) connections overflowed: connections were dropped faster than the list could hold them.</source>
        <translation>HTTP.sys が切断された (「ゾンビ」) 接続を記録しておくリストがあふれました。リストが保持できるよりも速く接続が切断されました。</translation>
    </message>
    <message>
        <source>Bursts of client disconnects.
A load balancer that closes connections at once, or that marks slow servers unhealthy yet keeps sending them requests.</source>
        <translation>クライアントの切断が集中的に発生。
接続を一斉に閉じるロード バランサー、または遅いサーバーを異常とみなしながら要求を送り続けるロード バランサー。</translation>
    </message>
    <message>
        <source>The IIS log for many 200.0.64 (client disconnected) entries.
Load balancer health-check and ejection rules.
A Connection_Dropped spike at the same time.</source>
        <translation>IIS ログに 200.0.64 (クライアント切断) のエントリが多数ないか。
ロード バランサーのヘルス チェックと切り離しのルール。
同時刻の Connection_Dropped のスパイク。</translation>
    </message>
    <message>
        <source>The site&apos;s connection limit was reached, so HTTP.sys refused the request with 503.</source>
        <translation>サイトの接続数の上限に達したため、HTTP.sys が 503 で要求を拒否しました。</translation>
    </message>
    <message>
        <source>A maxConnections limit set on the site.
A traffic spike, or slow clients holding many connections open.</source>
        <translation>サイトに設定された maxConnections の上限。
トラフィックの急増、または多数の接続を開いたままにする遅いクライアント。</translation>
    </message>
    <message>
        <source>The site&apos;s limits in IIS.
Traffic volume and client mix at that time.</source>
        <translation>IIS でのサイトの制限。
その時点のトラフィック量とクライアントの構成。</translation>
    </message>
    <message>
        <source>sites/site/limits maxConnections.</source>
        <translation>sites/site/limits maxConnections。</translation>
    </message>
    <message>
        <source>HTTP.sys stopped accepting new connections because kernel non-paged pool memory fell below 20 MB.</source>
        <translation>カーネルの非ページ プール メモリが 20 MB を下回ったため、HTTP.sys が新しい接続の受け付けを停止しました。</translation>
    </message>
    <message>
        <source>Kernel memory pressure.
A driver leaking non-paged pool.</source>
        <translation>カーネル メモリの逼迫。
非ページ プールをリークしているドライバー。</translation>
    </message>
    <message>
        <source>Non-paged pool usage over time (Performance Monitor, poolmon).
Drivers whose pool tags keep growing.
The System event log.</source>
        <translation>非ページ プール使用量の推移 (パフォーマンス モニター、poolmon)。
プール タグが増え続けているドライバー。
システム イベント ログ。</translation>
    </message>
    <message>
        <source>EnableAggressiveMemoryUsage=1 under HKLM\System\CurrentControlSet\Services\HTTP\Parameters lowers the threshold to 8 MB - a stopgap, not a fix.</source>
        <translation>HKLM\System\CurrentControlSet\Services\HTTP\Parameters の EnableAggressiveMemoryUsage=1 でしきい値が 8 MB に下がります - 応急処置であり、解決策ではありません。</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because an administrator took the application offline: its pool or site is stopped.</source>
        <translation>管理者がアプリケーションをオフラインにしたため、HTTP.sys が 503 を返しました。プールまたはサイトが停止しています。</translation>
    </message>
    <message>
        <source>Planned maintenance.
A pool or site stopped by hand or by a script.</source>
        <translation>計画メンテナンス。
手動またはスクリプトで停止されたプールやサイト。</translation>
    </message>
    <message>
        <source>The state of the app pool and site.
Who stopped it and when (System event log, change records).</source>
        <translation>アプリケーション プールとサイトの状態。
誰がいつ停止したか (システム イベント ログ、変更記録)。</translation>
    </message>
    <message>
        <source>The request body was larger than the server allows.</source>
        <translation>要求本文がサーバーの許容サイズを超えていました。</translation>
    </message>
    <message>
        <source>Uploads or posts beyond the configured size limits.</source>
        <translation>構成されたサイズ上限を超えるアップロードや POST。</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.
Whether the limit matches what the application is meant to accept.</source>
        <translation>影響を受けている URL とクライアント。
上限が、アプリケーションが受け付けるべき内容に見合っているか。</translation>
    </message>
    <message>
        <source>Request size limits of the server and application (for example request filtering maxAllowedContentLength).</source>
        <translation>サーバーとアプリケーションの要求サイズの上限 (たとえば要求フィルターの maxAllowedContentLength)。</translation>
    </message>
    <message>
        <source>A request header field was longer than HTTP.sys allows.</source>
        <translation>要求ヘッダーのフィールドが HTTP.sys の許容する長さを超えていました。</translation>
    </message>
    <message>
        <source>Large cookies.
Large Kerberos tokens (users in many groups).
Oversized custom headers.</source>
        <translation>大きな Cookie。
大きな Kerberos トークン (多数のグループに属するユーザー)。
大きすぎるカスタム ヘッダー。</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.
The size of their Cookie and Authorization headers.</source>
        <translation>影響を受けているクライアントと URL。
それらの Cookie ヘッダーと Authorization ヘッダーのサイズ。</translation>
    </message>
    <message>
        <source>MaxFieldLength (default 16 KB) and MaxRequestBytes under HKLM\System\CurrentControlSet\Services\HTTP\Parameters; restart the HTTP service after a change.</source>
        <translation>HKLM\System\CurrentControlSet\Services\HTTP\Parameters の MaxFieldLength (既定 16 KB) と MaxRequestBytes。変更後は HTTP サービスを再起動します。</translation>
    </message>
    <message>
        <source>HTTP.sys found a forbidden element or character sequence while parsing the request.</source>
        <translation>HTTP.sys が要求の解析中に、禁止された要素または文字列を検出しました。</translation>
    </message>
    <message>
        <source>Path traversal attempts (\.., encoded dots).
Restricted characters in the URL.
Mostly scanners.</source>
        <translation>パス トラバーサルの試み (\..、エンコードされたドット)。
URL 内の制限された文字。
ほとんどはスキャナー。</translation>
    </message>
    <message>
        <source>Group by client IP and URL: real users rarely trigger it.</source>
        <translation>クライアント IP と URL でグループ化: 実際のユーザーがこれを引き起こすことはまれです。</translation>
    </message>
    <message>
        <source>AllowRestrictedChars and the other URL-parsing keys under HTTP\Parameters (relaxing them widens the attack surface).</source>
        <translation>HTTP\Parameters の AllowRestrictedChars などの URL 解析キー (緩めると攻撃対象領域が広がります)。</translation>
    </message>
    <message>
        <source>A request header could not be parsed.</source>
        <translation>要求ヘッダーを解析できませんでした。</translation>
    </message>
    <message>
        <source>Malformed header syntax from broken clients, tools or attack traffic.</source>
        <translation>不具合のあるクライアント、ツール、攻撃トラフィックによる不正なヘッダー構文。</translation>
    </message>
    <message>
        <source>Client IPs; user agents if they are logged.</source>
        <translation>クライアント IP。記録されていればユーザー エージェントも。</translation>
    </message>
    <message>
        <source>The Host header could not be parsed.</source>
        <translation>Host ヘッダーを解析できませんでした。</translation>
    </message>
    <message>
        <source>Invalid characters or format in the Host header.
Scanners probing with odd names.
A proxy that rewrites Host wrongly.</source>
        <translation>Host ヘッダーの不正な文字や形式。
奇妙な名前で探りを入れるスキャナー。
Host を誤って書き換えるプロキシ。</translation>
    </message>
    <message>
        <source>Client IPs: scanners or one misbehaving proxy?</source>
        <translation>クライアント IP: スキャナーか、それとも動作のおかしいプロキシ 1 台か?</translation>
    </message>
    <message>
        <source>An internal error inside HTTP.sys.</source>
        <translation>HTTP.sys 内部のエラーです。</translation>
    </message>
    <message>
        <source>Rare: a driver problem or a failed memory allocation.</source>
        <translation>まれ: ドライバーの問題、またはメモリ割り当ての失敗。</translation>
    </message>
    <message>
        <source>The System event log around this time.
Kernel memory usage.
Windows updates for http.sys.</source>
        <translation>この時刻前後のシステム イベント ログ。
カーネル メモリの使用量。
http.sys に関する Windows 更新プログラム。</translation>
    </message>
    <message>
        <source>The request contained an illegal carriage return or line feed.</source>
        <translation>要求に不正な復帰 (CR) または改行 (LF) が含まれていました。</translation>
    </message>
    <message>
        <source>Bare LF or CR inside headers: broken clients or request-smuggling attempts.</source>
        <translation>ヘッダー内の単独の LF や CR: 不具合のあるクライアント、またはリクエスト スマグリングの試み。</translation>
    </message>
    <message>
        <source>Client IPs.
Whether a proxy in front rewrites requests.</source>
        <translation>クライアント IP。
前段のプロキシが要求を書き換えていないか。</translation>
    </message>
    <message>
        <source>The request had a body but did not say how long it was: no Content-Length and no chunked encoding.</source>
        <translation>要求に本文があるのに、その長さが示されていませんでした。Content-Length もチャンク エンコードもありません。</translation>
    </message>
    <message>
        <source>Clients or libraries that send a body without declaring its length.</source>
        <translation>長さを宣言せずに本文を送るクライアントやライブラリ。</translation>
    </message>
    <message>
        <source>The client and method; the client needs to send Content-Length or use chunked transfer.</source>
        <translation>クライアントとメソッド。クライアントは Content-Length を送るか、チャンク転送を使う必要があります。</translation>
    </message>
    <message>
        <source>Service unavailable: HTTP.sys hit an internal error such as a failed memory allocation or a conflict in the URL reservation list.</source>
        <translation>サービス利用不可: メモリ割り当ての失敗や URL 予約一覧の競合など、HTTP.sys で内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>Most often a URL is registered but nothing is serving its queue: the owning service or app pool is stopped (typical on the UPnP/WSD ports 2869 and 5357).</source>
        <translation>多くの場合、URL は登録されているのにそのキューを処理するものがありません。所有するサービスやアプリケーション プールが停止しています (UPnP/WSD のポート 2869 や 5357 で典型的)。</translation>
    </message>
    <message>
        <source>That the target app pool or service is running.
Bindings and URL reservations: netsh http show urlacl, netsh http show servicestate.</source>
        <translation>対象のアプリケーション プールやサービスが動作していること。
バインドと URL 予約: netsh http show urlacl、netsh http show servicestate。</translation>
    </message>
    <message>
        <source>Not implemented: the request used a Transfer-Encoding HTTP.sys does not know.</source>
        <translation>未実装: 要求が HTTP.sys の知らない Transfer-Encoding を使用していました。</translation>
    </message>
    <message>
        <source>Unusual or malformed Transfer-Encoding headers, often from tools or attack traffic.</source>
        <translation>通常と異なる、または不正な形式の Transfer-Encoding ヘッダー。多くはツールや攻撃トラフィックによるものです。</translation>
    </message>
    <message>
        <source>Clients and methods: does any legitimate client send it?</source>
        <translation>クライアントとメソッド: 正当なクライアントがこれを送っているか?</translation>
    </message>
    <message>
        <source>A number in the request could not be parsed.</source>
        <translation>要求内の数値を解析できませんでした。</translation>
    </message>
    <message>
        <source>A bad Content-Length or chunk size.
Broken clients or request-smuggling attempts.</source>
        <translation>不正な Content-Length やチャンク サイズ。
不具合のあるクライアント、またはリクエスト スマグリングの試み。</translation>
    </message>
    <message>
        <source>Client IPs and methods.</source>
        <translation>クライアント IP とメソッド。</translation>
    </message>
    <message>
        <source>A precondition the request needed was missing.</source>
        <translation>要求に必要な前提条件が欠けていました。</translation>
    </message>
    <message>
        <source>Clients leaving out a header HTTP.sys requires for that kind of request.</source>
        <translation>その種類の要求で HTTP.sys が必須とするヘッダーを省くクライアント。</translation>
    </message>
    <message>
        <source>The client and method.</source>
        <translation>クライアントとメソッド。</translation>
    </message>
    <message>
        <source>HTTP.sys refused the request with 503 because the app pool&apos;s kernel request queue was full.</source>
        <translation>アプリケーション プールのカーネル要求キューがいっぱいだったため、HTTP.sys が 503 で要求を拒否しました。</translation>
    </message>
    <message>
        <source>The application is not taking requests off the queue fast enough: thread-pool starvation, blocking calls, high CPU or a hung process.
A sudden surge of traffic.</source>
        <translation>アプリケーションがキューから要求を十分な速さで取り出せていません: スレッド プールの枯渇、ブロッキング呼び出し、高い CPU 使用率、ハングしたプロセス。
突然のトラフィック急増。</translation>
    </message>
    <message>
        <source>Performance counters HTTP Service Request Queues: CurrentQueueSize, RejectedRequests.
CPU and threads of w3wp; a memory dump taken during the event.
Raising the queue length only buys time: find the slowness.</source>
        <translation>パフォーマンス カウンター HTTP Service Request Queues: CurrentQueueSize、RejectedRequests。
w3wp の CPU とスレッド。イベント発生中に取得したメモリ ダンプ。
キューの長さを増やしても時間稼ぎにしかなりません。遅さの原因を突き止めてください。</translation>
    </message>
    <message>
        <source>applicationPools/add queueLength (default 1000).
loadBalancerCapabilities: 503 or a TCP reset.</source>
        <translation>applicationPools/add queueLength (既定 1000)。
loadBalancerCapabilities: 503 または TCP リセット。</translation>
    </message>
    <message>
        <source>The request line and headers together were longer than HTTP.sys allows.</source>
        <translation>要求行とヘッダーを合わせた長さが HTTP.sys の許容量を超えていました。</translation>
    </message>
    <message>
        <source>Huge cookies or many headers.
Large Kerberos tokens.</source>
        <translation>巨大な Cookie や多数のヘッダー。
大きな Kerberos トークン。</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.</source>
        <translation>影響を受けているクライアントと URL。</translation>
    </message>
    <message>
        <source>MaxRequestBytes (default 16 KB) and MaxFieldLength under HKLM\System\CurrentControlSet\Services\HTTP\Parameters.</source>
        <translation>HKLM\System\CurrentControlSet\Services\HTTP\Parameters の MaxRequestBytes (既定 16 KB) と MaxFieldLength。</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s queue too long before a worker process took it, so the connection expired.</source>
        <translation>ワーカー プロセスが取り出すまでに要求がアプリケーション プールのキューで長く待ちすぎたため、接続の有効期限が切れました。</translation>
    </message>
    <message>
        <source>A hung or very slow w3wp.
A pool that starts slowly.
Too few worker threads.</source>
        <translation>ハングした、または非常に遅い w3wp。
起動の遅いプール。
ワーカー スレッドの不足。</translation>
    </message>
    <message>
        <source>QueueFull or Connection_Dropped at the same time.
CPU and threads of w3wp; a memory dump.</source>
        <translation>同時刻の QueueFull や Connection_Dropped。
w3wp の CPU とスレッド。メモリ ダンプ。</translation>
    </message>
    <message>
        <source>Connection time-out (IIS connectionTimeout, default 2 minutes).</source>
        <translation>接続タイムアウト (IIS の connectionTimeout、既定 2 分)。</translation>
    </message>
    <message>
        <source>An idle keep-alive connection expired and HTTP.sys closed it. Information only.</source>
        <translation>アイドル状態のキープアライブ接続の有効期限が切れ、HTTP.sys が閉じました。情報のみです。</translation>
    </message>
    <message>
        <source>Normal: browsers keep connections open, then leave them. A healthy server&apos;s log is mostly these.</source>
        <translation>正常: ブラウザーは接続を開いたままにし、そのまま放置します。健全なサーバーのログはほとんどがこれです。</translation>
    </message>
    <message>
        <source>Only the rate matters. A jump can mean many clients opening and abandoning connections (connection exhaustion, slow-client attacks, load balancer probes that open TCP without sending requests).
Many at the same second: clients timing out together after a restart or a network event.</source>
        <translation>問題になるのは発生頻度だけです。急増は、多数のクライアントが接続を開いては放置していることを示す場合があります (接続の枯渇、低速クライアント攻撃、要求を送らずに TCP を開くロード バランサーのプローブ)。
同じ秒に多数: 再起動やネットワーク障害の後、クライアントが一斉にタイムアウトしています。</translation>
    </message>
    <message>
        <source>IIS webLimits connectionTimeout (default 2 minutes).
HTTP API IdleConnection timer (netsh http add timeout).</source>
        <translation>IIS の webLimits connectionTimeout (既定 2 分)。
HTTP API の IdleConnection タイマー (netsh http add timeout)。</translation>
    </message>
    <message>
        <source>The request body did not arrive in time; the timer restarts with every chunk received.</source>
        <translation>要求本文が時間内に届きませんでした。タイマーはチャンクを受信するたびにリセットされます。</translation>
    </message>
    <message>
        <source>Slow or stalled uploads.
Clients on poor links.
Slow-POST attacks.</source>
        <translation>遅い、または止まったアップロード。
回線品質の悪いクライアント。
Slow POST 攻撃。</translation>
    </message>
    <message>
        <source>Client IPs and URLs: upload endpoints, or one source sending slowly?</source>
        <translation>クライアント IP と URL: アップロード用のエンドポイントか、それとも 1 つの送信元がゆっくり送っているのか?</translation>
    </message>
    <message>
        <source>HTTP Server API EntityBody timer (2 minutes by default); the IIS site&apos;s connectionTimeout.</source>
        <translation>HTTP Server API の EntityBody タイマー (既定 2 分)。IIS サイトの connectionTimeout。</translation>
    </message>
    <message>
        <source>The request headers were not complete within the time limit (2 minutes by default).</source>
        <translation>要求ヘッダーが制限時間 (既定 2 分) 内にそろいませんでした。</translation>
    </message>
    <message>
        <source>Slowloris-style attacks that send headers slowly.
Broken clients.</source>
        <translation>ヘッダーをゆっくり送る Slowloris 型の攻撃。
不具合のあるクライアント。</translation>
    </message>
    <message>
        <source>Client IPs: a few sources with many lines means an attack.</source>
        <translation>クライアント IP: 少数の送信元から多数の行があれば攻撃です。</translation>
    </message>
    <message>
        <source>IIS webLimits headerWaitTimeout.
netsh http add timeout timeouttype=headerwaittimeout.</source>
        <translation>IIS の webLimits headerWaitTimeout。
netsh http add timeout timeouttype=headerwaittimeout。</translation>
    </message>
    <message>
        <source>The client took the response more slowly than the minimum send rate, so HTTP.sys closed the connection.</source>
        <translation>クライアントが最低送信レートよりも遅く応答を受け取っていたため、HTTP.sys が接続を閉じました。</translation>
    </message>
    <message>
        <source>Slow mobile or WAN clients.
Large downloads over thin links.
Slow-read attacks.
Windows Server 2012 R2 and later enforce the rate more strictly (self-hosted WCF and HttpListener services).</source>
        <translation>低速なモバイルや WAN のクライアント。
細い回線での大きなダウンロード。
Slow Read 攻撃。
Windows Server 2012 R2 以降はこのレートをより厳密に適用します (自己ホスト型の WCF や HttpListener のサービス)。</translation>
    </message>
    <message>
        <source>URLs (large files?) and client IPs.
The effective rate: netsh http show servicestate view=&quot;session&quot;.</source>
        <translation>URL (大きなファイル?) とクライアント IP。
実際のレート: netsh http show servicestate view=&quot;session&quot;。</translation>
    </message>
    <message>
        <source>IIS webLimits minBytesPerSecond (default 240 bytes/s).
HTTP Server API minSendBytesPerSecond (default 150 bytes/s; 0xFFFFFFFF disables the check).</source>
        <translation>IIS の webLimits minBytesPerSecond (既定 240 バイト/秒)。
HTTP Server API の minSendBytesPerSecond (既定 150 バイト/秒。0xFFFFFFFF でチェックを無効化)。</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s request queue too long before a worker process took it, so the connection expired. Newer wording of Timer_AppPool.</source>
        <translation>ワーカー プロセスが取り出すまでに要求がアプリケーション プールの要求キューで長く待ちすぎたため、接続の有効期限が切れました。Timer_AppPool の新しい表記です。</translation>
    </message>
    <message>
        <source>Reserved: Microsoft documents this reason as not used.</source>
        <translation>予約済み: Microsoft はこの理由を未使用としています。</translation>
    </message>
    <message>
        <source>None known. Seeing it means behaviour Microsoft does not describe.</source>
        <translation>既知の原因はありません。これが現れたら、Microsoft が説明していない動作です。</translation>
    </message>
    <message>
        <source>The other fields of the row; the Windows version that wrote the log.</source>
        <translation>行のほかのフィールド。ログを書いた Windows のバージョン。</translation>
    </message>
    <message>
        <source>An SSL renegotiation between client and server took longer than allowed (2 minutes).</source>
        <translation>クライアントとサーバー間の SSL 再ネゴシエーションが許容時間 (2 分) を超えました。</translation>
    </message>
    <message>
        <source>Client-certificate negotiation problems: the client does not answer the certificate request, or certificate settings do not match.</source>
        <translation>クライアント証明書のネゴシエーションの問題: クライアントが証明書の要求に応答しない、または証明書の設定が一致していない。</translation>
    </message>
    <message>
        <source>Sites and URLs that require client certificates.
SSL bindings: netsh http show sslcert.</source>
        <translation>クライアント証明書を必須とするサイトと URL。
SSL バインド: netsh http show sslcert。</translation>
    </message>
    <message>
        <source>The URL could not be parsed.</source>
        <translation>URL を解析できませんでした。</translation>
    </message>
    <message>
        <source>Scanners and worms.
Invalid percent-escapes.
Paths that climb above the root.</source>
        <translation>スキャナーやワーム。
不正なパーセント エスケープ。
ルートより上にさかのぼるパス。</translation>
    </message>
    <message>
        <source>Group by client IP: real users rarely cause it.</source>
        <translation>クライアント IP でグループ化: 実際のユーザーが原因になることはまれです。</translation>
    </message>
    <message>
        <source>The URL was longer than HTTP.sys allows.</source>
        <translation>URL が HTTP.sys の許容する長さを超えていました。</translation>
    </message>
    <message>
        <source>Very long query strings.
Too many or too long path segments.
Attack payloads.</source>
        <translation>非常に長いクエリ文字列。
多すぎる、または長すぎるパス セグメント。
攻撃ペイロード。</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.</source>
        <translation>影響を受けている URL とクライアント。</translation>
    </message>
    <message>
        <source>UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) and MaxFieldLength under HTTP\Parameters.</source>
        <translation>HTTP\Parameters の UrlSegmentMaxLength (260)、UrlSegmentMaxCount (255)、MaxFieldLength。</translation>
    </message>
    <message>
        <source>The request method could not be parsed.</source>
        <translation>要求メソッドを解析できませんでした。</translation>
    </message>
    <message>
        <source>Non-HTTP traffic: TLS handshakes sent to an HTTP port, binary probes, port scanners.</source>
        <translation>HTTP 以外のトラフィック: HTTP ポートに送られた TLS ハンドシェイク、バイナリのプローブ、ポート スキャナー。</translation>
    </message>
    <message>
        <source>Client IPs and server ports: a client using https:// on an http binding (or the reverse)?</source>
        <translation>クライアント IP とサーバー ポート: http のバインドに https:// でアクセスしているクライアントはないか (またはその逆)?</translation>
    </message>
    <message>
        <source>The HTTP version in the request line is not supported.</source>
        <translation>要求行の HTTP バージョンはサポートされていません。</translation>
    </message>
    <message>
        <source>Request lines with unusual versions (HTTP/2.0 written as text, HTTP/9.9): buggy clients or scanners.</source>
        <translation>通常と異なるバージョンの要求行 (テキストで書かれた HTTP/2.0、HTTP/9.9): 不具合のあるクライアントやスキャナー。</translation>
    </message>
    <message>
        <source>Client IPs.</source>
        <translation>クライアント IP。</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list, but seen in real logs: no registered URL matched the request&apos;s host, port and path, so HTTP.sys answered 404 before any application.</source>
        <translation>Microsoft の一覧にはありませんが、実際のログで見られます: 要求のホスト、ポート、パスに一致する登録済み URL がなかったため、HTTP.sys がアプリケーションに渡す前に 404 を返しました。</translation>
    </message>
    <message>
        <source>Requests to hosts or ports with no site binding.
Scanners.</source>
        <translation>サイト バインドのないホストやポートへの要求。
スキャナー。</translation>
    </message>
    <message>
        <source>Host and port of the requests against the site bindings and URL reservations (netsh http show urlacl).</source>
        <translation>要求のホストとポートを、サイト バインドと URL 予約 (netsh http show urlacl) と照らし合わせます。</translation>
    </message>
    <message>
        <source>Not documented by Microsoft and not confirmed in real logs (it appears in a third-party parser&apos;s test data). Probably a request larger than a limit allows.</source>
        <translation>Microsoft による文書化も、実際のログでの確認もありません (サードパーティ製パーサーのテスト データに登場します)。おそらく、上限を超える大きさの要求です。</translation>
    </message>
    <message>
        <source>Unknown; treat it like EntityTooLarge or RequestLength until proven otherwise.</source>
        <translation>不明。別の証拠が出るまでは EntityTooLarge や RequestLength と同様に扱ってください。</translation>
    </message>
    <message>
        <source>The status, method and URL of the rows; which clients send them.</source>
        <translation>行のステータス、メソッド、URL。それらを送っているクライアント。</translation>
    </message>
    <message>
        <source>Undocumented: &quot;%1&quot; is not in Microsoft&apos;s list of HTTP.sys reason phrases and this viewer knows nothing reliable about it. It may come from a newer Windows version or a third-party driver.</source>
        <translation>文書化されていません: 「%1」は Microsoft の HTTP.sys 理由フレーズの一覧になく、このビューアーにも信頼できる情報がありません。新しいバージョンの Windows やサードパーティ製ドライバーによるものかもしれません。</translation>
    </message>
    <message>
        <source>The row&apos;s own fields: status, method, URL and queue show how far HTTP.sys got with the request.
Which clients, URLs and times it clusters on (filter on it).
Microsoft documentation and support for the exact token.</source>
        <translation>行自身のフィールド: ステータス、メソッド、URL、キューから、HTTP.sys が要求をどこまで処理したかがわかります。
どのクライアント、URL、時刻に集中しているか (これでフィルター)。
この語そのものについての Microsoft のドキュメントとサポート。</translation>
    </message>
    <message>
        <source>Connection event: the request fields are usually empty unless a request was pending.</source>
        <translation>接続イベント: 保留中の要求がない限り、要求フィールドは通常空です。</translation>
    </message>
    <message>
        <source>Rejected while parsing: HTTP.sys answered by itself, the application never saw the request.</source>
        <translation>解析中に拒否: HTTP.sys が自ら応答し、アプリケーションには要求が届いていません。</translation>
    </message>
    <message>
        <source>Parsed and routed, then refused or abandoned at the application pool&apos;s queue.</source>
        <translation>解析とルーティングの後、アプリケーション プールのキューで拒否または破棄されました。</translation>
    </message>
    <message>
        <source>Stage unknown.</source>
        <translation>段階不明。</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Reasons to show; counts are the rows each reason has with the other filters</source>
        <translation>表示する理由。数値は他のフィルターを適用したときの各理由の行数です</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reasons</source>
        <translation>%1 / %2 個の理由</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>履歴を消去</translation>
    </message>
</context>
<context>
    <name>RelatedRequestsPanel</name>
    <message>
        <source>Select an error row to see the access-log requests from its client to its URL.</source>
        <translation>エラー行を選択すると、そのクライアントから同じ URL へのアクセス ログの要求が表示されます。</translation>
    </message>
    <message>
        <source>This row has no client IP or URL to find its requests by.</source>
        <translation>この行には、要求を探すためのクライアント IP または URL がありません。</translation>
    </message>
    <message>
        <source>No access-log request from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>この行の前後 2 分以内に終了した、%1 から %2 へのアクセス ログの要求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access-log request(s) from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>
            <numerusform>この行の前後 2 分以内に、%1 から %2 へのアクセス ログの要求が %Ln 件終了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in the Requests tab</source>
        <translation>[要求] タブに表示</translation>
    </message>
</context>
<context>
    <name>RememberedFilters</name>
    <message>
        <source>Filters from last time hide %1 of %2 rows (%3).</source>
        <translation>前回のフィルターにより %2 行中 %1 行が非表示です (%3)。</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>フィルターを解除</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>HTTP.sys error report</source>
        <translation>HTTP.sys エラー レポート</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>Created %1 with HttpErr Viewer %2.</source>
        <translation>%1 に HttpErr Viewer %2 で作成。</translation>
    </message>
    <message>
        <source>Client addresses are anonymised.</source>
        <translation>クライアント アドレスは匿名化されています。</translation>
    </message>
    <message>
        <source>Totals by reason</source>
        <translation>理由別の合計</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>行がありません。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>HTTP.sys errors (rows: %1)</source>
        <translation>HTTP.sys エラー (行数: %1)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>スパイク:</translation>
    </message>
    <message>
        <source>Top clients (anonymised):</source>
        <translation>上位のクライアント (匿名化済み):</translation>
    </message>
    <message>
        <source>Top clients:</source>
        <translation>上位のクライアント:</translation>
    </message>
    <message>
        <source>Top URLs:</source>
        <translation>上位の URL:</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Files and time span</source>
        <translation>ファイルと期間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>All rows: %1.</source>
        <translation>全行: %1。</translation>
    </message>
    <message>
        <source>Filtered rows: %1.</source>
        <translation>絞り込んだ行: %1。</translation>
    </message>
    <message>
        <source>Filters in effect</source>
        <translation>適用中のフィルター</translation>
    </message>
    <message>
        <source>None: the report covers every loaded row.</source>
        <translation>なし: このレポートは読み込んだすべての行を対象としています。</translation>
    </message>
    <message>
        <source>%1 of %2 rows pass these filters.</source>
        <translation>%2 行のうち %1 行がこれらのフィルターを通過しています。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Rows over time, by reason</source>
        <translation>理由別の行数の推移</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>スパイク</translation>
    </message>
    <message>
        <source>No Connection_Dropped spikes: its rate stayed within its usual range.</source>
        <translation>Connection_Dropped のスパイクはありません。発生頻度は通常の範囲内でした。</translation>
    </message>
    <message>
        <source>%1 spike, %2</source>
        <translation>%1 のスパイク、%2</translation>
    </message>
    <message>
        <source>What the reason of a spike means and what to check next is explained in the next section.</source>
        <translation>スパイクの理由の意味と次に確認することは、次のセクションで説明します。</translation>
    </message>
    <message>
        <source>What the top reasons mean</source>
        <translation>上位の理由の意味</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3)</source>
        <translation>%1 (%2 行、%3)</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>よくある原因</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>次に確認すること</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>関連する設定</translation>
    </message>
    <message>
        <source>Top client addresses</source>
        <translation>上位のクライアント アドレス</translation>
    </message>
    <message>
        <source>Addresses are anonymised: each stands for one real address.</source>
        <translation>アドレスは匿名化されています。それぞれが実際の 1 つのアドレスに対応します。</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>クライアント アドレス</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>上位の URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First rows of the filtered table</source>
        <translation>絞り込んだテーブルの先頭の行</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Export the rest from the viewer.</source>
        <translation>%2 行のうち先頭の %1 行です。残りはビューアーからエクスポートしてください。</translation>
    </message>
    <message>
        <source>What the top reasons mean:</source>
        <translation>上位の理由の意味:</translation>
    </message>
    <message>
        <source>No loaded file covers these stretches, so they are not quiet periods (a file may be missing, or the server was down):</source>
        <translation>次の期間は読み込んだどのファイルにも含まれていないため、静かな時間帯ではありません (ファイルが欠けているか、サーバーが停止していた可能性があります):</translation>
    </message>
    <message>
        <source>No file covers:</source>
        <translation>ファイルのない期間:</translation>
    </message>
    <message>
        <source>Totals by server</source>
        <translation>サーバー別の合計</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4 – %5 %6), %7</source>
        <translation>%1 – %2 %3 (%4 – %5 %6)、%7</translation>
    </message>
    <message>
        <source>%1 – %2 %3, %4 without rows</source>
        <translation>%1 – %2 %3、%4 のあいだ行なし</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>最初 (%1)</translation>
    </message>
    <message>
        <source>Last (%1)</source>
        <translation>最後 (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>時間範囲</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Bookmarks:</source>
        <translation>ブックマーク:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>IIS アクセス ログが示すこと</translation>
    </message>
    <message>
        <source>IIS access log:</source>
        <translation>IIS アクセス ログ:</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Wait until the files are loaded, then create the report.</source>
        <translation>ファイルの読み込みが終わってからレポートを作成してください。</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>レポートを書き込めませんでした</translation>
    </message>
    <message>
        <source>Report written to %1 and %2</source>
        <translation>レポートを %1 と %2 に書き込みました</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Summary copied as Markdown</source>
        <translation>概要を Markdown としてコピーしました</translation>
    </message>
    <message>
        <source>The report was written to %1, but no program could be started to show it. Open the file yourself.</source>
        <translation>レポートを %1 に書き出しましたが、表示するプログラムを起動できませんでした。ファイルをご自身で開いてください。</translation>
    </message>
    <message>
        <source>Select a spike first, then create its report.</source>
        <translation>先にスパイクを選択してから、そのレポートを作成してください。</translation>
    </message>
    <message>
        <source>Select rows in the table first, then create their report.</source>
        <translation>先に表の行を選択してから、そのレポートを作成してください。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
</context>
<context>
    <name>ReportDataCollector</name>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Also save a &amp;PDF beside it</source>
        <translation>同じ場所に PDF も保存(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>クライアント IP アドレスを匿名化(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is written</source>
        <translation>書き込み後にレポートを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Create Report</source>
        <translation>レポートの作成</translation>
    </message>
    <message>
        <source>Client addresses in the lists and tables become stand-ins from reserved ranges, one per real address.</source>
        <translation>一覧と表のクライアント アドレスを、予約済み範囲の代替アドレスに置き換えます (実際のアドレスごとに 1 つ)。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;HTML file:</source>
        <translation>HTML ファイル(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML レポート (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot Create Report</source>
        <translation>レポートを作成できません</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 を置き換えますか?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>Every row that passes the filters</source>
        <translation>フィルターを通過するすべての行</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window</source>
        <translation>選択したスパイクの時間帯</translation>
    </message>
    <message>
        <source>The rows selected in the table</source>
        <translation>表で選択した行</translation>
    </message>
    <message>
        <source>C&amp;overs:</source>
        <translation>対象(&amp;O):</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window (no spike selected)</source>
        <translation>選択したスパイクの時間帯（スパイク未選択）</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window: %1</source>
        <translation>選択したスパイクの時間帯: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) selected in the table</source>
        <translation>
            <numerusform>表で選択した %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows selected in the table (none selected)</source>
        <translation>表で選択した行（未選択）</translation>
    </message>
</context>
<context>
    <name>ReportExplainer</name>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/分</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/時</translation>
    </message>
    <message>
        <source>All came from one client address, %1.</source>
        <translation>すべて 1 つのクライアント アドレス %1 からでした。</translation>
    </message>
    <message>
        <source>Most came from one client address, %1 (%2 of them).</source>
        <translation>大半は 1 つのクライアント アドレス %1 からでした (全体の %2)。</translation>
    </message>
    <message>
        <source>%1 of them came from %2 neighbouring addresses in %3.0/24 (the busiest %4), which looks like the nodes of a load balancer or proxy in front of the server.</source>
        <translation>全体の %1 が %3.0/24 内の隣接する %2 個のアドレス (最多は %4) から来ており、サーバーの前段にあるロード バランサーやプロキシのノードのようです。</translation>
    </message>
    <message>
        <source>They came from many client addresses; the busiest, %1, sent %2 of them.</source>
        <translation>多数のクライアント アドレスから来ており、最も多い %1 が全体の %2 を送っていました。</translation>
    </message>
    <message>
        <source>%1 of them carry no URL: no request was pending on those connections.</source>
        <translation>全体の %1 には URL がありません。これらの接続では保留中の要求がありませんでした。</translation>
    </message>
    <message>
        <source>All were requests for %1.</source>
        <translation>すべて %1 への要求でした。</translation>
    </message>
    <message>
        <source>Most were requests for %1 (%2 of them).</source>
        <translation>大半は %1 への要求でした (全体の %2)。</translation>
    </message>
    <message>
        <source>They were spread over many URLs; the most frequent, %1, had %2 of them.</source>
        <translation>多数の URL に分散しており、最も多い %1 が全体の %2 を占めていました。</translation>
    </message>
    <message>
        <source>All were queued for the application pool %1.</source>
        <translation>すべてアプリケーション プール %1 のキューに入っていました。</translation>
    </message>
    <message>
        <source>Most were queued for the application pool %1 (%2 of them).</source>
        <translation>大半はアプリケーション プール %1 のキューに入っていました (全体の %2)。</translation>
    </message>
    <message>
        <source>No other reason rose at the same time.</source>
        <translation>同時に増えたほかの理由はありません。</translation>
    </message>
    <message>
        <source>%1 (%2 rows, about %3 expected)</source>
        <translation>%1 (%2 行、予想は約 %3)</translation>
    </message>
    <message>
        <source>Meanwhile %1 rose as well.</source>
        <translation>同時に %1 も増えました。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between reasons</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 rows in %3, %4 at the peak where %5 is usual; %6 of all rows in that time.</source>
        <translation>%3で %2 が %1 行発生しました。ピーク時は %4 (通常は %5) で、この時間帯の全行の %6 を占めます。</translation>
    </message>
    <message>
        <source>No status sent (logged as -).</source>
        <translation>ステータスは送信されていません (- と記録)。</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>ステータス %1。</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list.</source>
        <translation>Microsoft の一覧にはありません。</translation>
    </message>
    <message>
        <source>Only %1 logged them; the other servers have none in that time.</source>
        <translation>記録したのは %1 だけです。他のサーバーにはこの時間帯の記録がありません。</translation>
    </message>
    <message>
        <source>Every server logged some, but most came from %1 (%2 of them).</source>
        <translation>すべてのサーバーに記録がありますが、大半は %1 です (%2)。</translation>
    </message>
    <message>
        <source>All %1 servers logged them; the busiest, %2, %3 of them.</source>
        <translation>%1 台すべてのサーバーに記録があります。最も多い %2 が %3 を占めます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server and its share of a spike</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 servers logged them: %3.</source>
        <translation>%2 台中 %1 台のサーバーに記録があります: %3。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between servers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message numerus="yes">
        <source>This report covers one spike&apos;s window: %1, %2, %Ln row(s) of every reason.</source>
        <translation>
            <numerusform>このレポートは 1 つのスパイクの時間帯が対象です: %1、%2、全理由で %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers the %Ln row(s) selected in the table.</source>
        <translation>
            <numerusform>このレポートは表で選択した %Ln 行が対象です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>“%1” ends neither in .html nor in .pdf.</source>
        <translation>「%1」の拡張子が .html でも .pdf でもありません。</translation>
    </message>
    <message>
        <source>HTTP.sys error report</source>
        <translation>HTTP.sys エラー レポート</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written, so nothing was saved.</source>
        <translation>ディスクがいっぱいです: 「%1」を書き込めなかったため、何も保存されていません。</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>「%1」の書き込みに失敗したため (%2)、何も保存されていません。</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Addresses, 10.1.* or 10.1.0.0/16, separated by commas; ! to hide</source>
        <translation>アドレス、10.1.* または 10.1.0.0/16 (コンマ区切り)。! で除外</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>HTTP status: 503, 500 or !200</source>
        <translation>HTTP 状態: 503, 500 または !200</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>副状態</translation>
    </message>
    <message>
        <source>IIS substatus: 0, 2</source>
        <translation>IIS の副状態: 0, 2</translation>
    </message>
    <message>
        <source>Win32</source>
        <translation>Win32</translation>
    </message>
    <message>
        <source>Win32 status: 64, 1236</source>
        <translation>Win32 状態: 64, 1236</translation>
    </message>
    <message>
        <source>≥ s</source>
        <translation>≥ 秒</translation>
    </message>
    <message>
        <source>Requests that took at least this many seconds</source>
        <translation>この秒数以上かかった要求</translation>
    </message>
    <message>
        <source>≤ s</source>
        <translation>≤ 秒</translation>
    </message>
    <message>
        <source>Requests that took at most this many seconds</source>
        <translation>この秒数以下で終わった要求</translation>
    </message>
    <message>
        <source>Part of the URL (cs-uri-stem); * and ? as wildcards, re: for a regular expression, ! to hide matches</source>
        <translation>URL (cs-uri-stem) の一部。* と ? はワイルドカード、re: は正規表現、! は一致を除外</translation>
    </message>
    <message>
        <source>Only the requests a link asked for; click to show all</source>
        <translation>リンクが示した要求のみ。クリックするとすべて表示</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>Ended from %1</source>
        <translation>%1 以降に終了</translation>
    </message>
    <message>
        <source>Ended until %1</source>
        <translation>%1 までに終了</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1 上</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1、%2 上</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>停滞または失敗</translation>
    </message>
    <message>
        <source>%1, stalled or failed</source>
        <translation>%1、停滞または失敗</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
</context>
<context>
    <name>RequestOverlay</name>
    <message>
        <source>Requests (IIS)</source>
        <translation>要求 (IIS)</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>停止または失敗</translation>
    </message>
    <message>
        <source>Requests per %1</source>
        <translation>%1 あたりの要求数</translation>
    </message>
    <message>
        <source>Requests (IIS access log)</source>
        <translation>要求 (IIS アクセス ログ)</translation>
    </message>
    <message>
        <source>Stalled or failed (≥ %1 s, win32 64/1236/995/121, 500/503)</source>
        <translation>停止または失敗 (%1 秒以上、Win32 64/1236/995/121、500/503)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
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
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>副状態</translation>
    </message>
    <message>
        <source>Win32 status</source>
        <translation>Win32 状態</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>所要時間 (ms)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザー エージェント</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>サーバー IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>The requests the IIS access logs hold</source>
        <translation>IIS アクセス ログにある要求</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>No IIS access log is loaded. Open the u_ex*.log files, or the folder or zip that holds them, together with the httperr logs to see the requests IIS logged.</source>
        <translation>IIS アクセス ログが読み込まれていません。IIS が記録した要求を見るには、u_ex*.log ファイル (またはそれを含むフォルダーや zip) を httperr ログと一緒に開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件の要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件の要求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>There is no spike %1.</source>
        <translation>スパイク %1 はありません。</translation>
    </message>
    <message>
        <source>The session&apos;s file %1 is not there (moved, or on another machine); going on without it.</source>
        <translation>セッションのファイル %1 がありません (移動されたか、別のマシンにあります)。このファイルなしで続けます。</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>Send to &amp;ClickHouse…</source>
        <translation>ClickHouse に送信(&amp;C)…</translation>
    </message>
    <message>
        <source>Sending to %1: %L2 rows sent</source>
        <translation>%1 に送信中: %L2 行を送信済み</translation>
    </message>
    <message>
        <source>Send to ClickHouse</source>
        <translation>ClickHouse に送信</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 に送信中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 was cancelled; %n file(s) sent before are recorded and are not sent again.</source>
        <translation>
            <numerusform>%1 への送信はキャンセルされました。それまでに送信された %n 個のファイルは記録済みで、再送信されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>%1 に送信できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %1 has these %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>新しいものはありません: %1 にはこれらの %n 個のファイルが既にあります(同じサーバー、パス、内容)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2.</source>
        <translation>
            <numerusform>%n 個のファイルの %L1 行を %2 に送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) it had already were skipped.</source>
        <translation>
            <numerusform>既にあった %n 個のファイルはスキップされました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted, not sent.</source>
        <translation>不正な形式の %L1 行は数えられましたが、送信されていません。</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Rename Server</source>
        <translation>サーバー名の変更</translation>
    </message>
    <message>
        <source>Name for the server of
%1:</source>
        <translation>次のサーバーの名前:
%1</translation>
    </message>
    <message>
        <source>A server needs a name.</source>
        <translation>サーバーには名前が必要です。</translation>
    </message>
    <message>
        <source>Another server is called “%1” already.</source>
        <translation>「%1」という名前のサーバーがすでにあります。</translation>
    </message>
    <message>
        <source>Server “%1” is now “%2”</source>
        <translation>サーバー「%1」は「%2」になりました</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>Servers to show; counts are the rows each server has with the other filters</source>
        <translation>表示するサーバー。数値は他のフィルターを適用したときの各サーバーの行数です</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>すべてのサーバー</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1 / %2 台のサーバー</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>「%1」の名前を変更…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save Sessi&amp;on…</source>
        <translation>セッションを保存(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>セッションを開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the files, filters, time zone, bookmarks and selected spike to hand the investigation on</source>
        <translation>ファイル、フィルター、タイムゾーン、ブックマーク、選択したスパイクを保存して調査を引き継ぐ</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>HttpErr Viewer session (*%1)</source>
        <translation>HttpErr Viewer セッション (*%1)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>セッションを %1 に保存しました</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>%1 は今どこにありますか？</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>None of the session&apos;s files could be found.</source>
        <translation>セッションのファイルが 1 つも見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>This is not an HttpErr Viewer session.</source>
        <translation>これは HttpErr Viewer のセッションではありません。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>「%1」に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>「%1」を開けません: %2。</translation>
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
    <name>SpikeController</name>
    <message>
        <source>&amp;Next Spike</source>
        <translation>次のスパイク(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Spike</source>
        <translation>前のスパイク(&amp;V)</translation>
    </message>
    <message>
        <source>Select the next spike and move the table to its first row</source>
        <translation>次のスパイクを選択し、表をその最初の行へ移動します</translation>
    </message>
    <message>
        <source>Select the previous spike and move the table to its first row</source>
        <translation>前のスパイクを選択し、表をその最初の行へ移動します</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>スパイク</translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>スパイクなし</translation>
    </message>
    <message>
        <source>This is the last spike</source>
        <translation>これが最後のスパイクです</translation>
    </message>
    <message>
        <source>This is the first spike</source>
        <translation>これが最初のスパイクです</translation>
    </message>
    <message>
        <source>The spike&apos;s rows are hidden by the filters</source>
        <translation>スパイクの行はフィルターで非表示になっています</translation>
    </message>
</context>
<context>
    <name>SpikeListModel</name>
    <message>
        <source>all %1</source>
        <translation>全 %1 台</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>開始 (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>推定</translation>
    </message>
</context>
<context>
    <name>SpikeOverlay</name>
    <message>
        <source>%1 %2</source>
        <comment>spike label: rows, reason</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Spike:</source>
        <translation>スパイク:</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4</source>
        <translation>%1 %2、%3 – %4</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>クリックで詳細</translation>
    </message>
</context>
<context>
    <name>SpikeVerdict</name>
    <message>
        <source>One client</source>
        <translation>単一クライアント</translation>
    </message>
    <message>
        <source>Proxy or load balancer</source>
        <translation>プロキシまたはロードバランサー</translation>
    </message>
    <message>
        <source>A few clients</source>
        <translation>少数のクライアント</translation>
    </message>
    <message>
        <source>Application stall</source>
        <translation>アプリケーションの停止</translation>
    </message>
    <message>
        <source>One server</source>
        <translation>単一サーバー</translation>
    </message>
    <message>
        <source>Many clients</source>
        <translation>多数のクライアント</translation>
    </message>
    <message>
        <source>Usually absent; %1 of all rows in that time.</source>
        <translation>普段は出ない理由です。この時間の全行の %1 を占めます。</translation>
    </message>
    <message>
        <source>%1 times its usual rate at the peak; %2 of all rows in that time.</source>
        <translation>ピーク時は通常の %1 倍の頻度で、この時間の全行の %2 を占めます。</translation>
    </message>
    <message numerus="yes">
        <source>%n client address(es)</source>
        <translation>
            <numerusform>%n 個のクライアントアドレス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n 個の URL</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 and %2.</source>
        <translation>%1 から、%2 に対して。</translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>on both servers</source>
        <translation>両方のサーバー</translation>
    </message>
    <message numerus="yes">
        <source>on all %n servers</source>
        <translation>
            <numerusform>全 %n 台のサーバー</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 of %2 servers</source>
        <translation>%2 台中 %1 台のサーバー</translation>
    </message>
    <message>
        <source>From %1 and %2, %3.</source>
        <comment>clients, URLs, servers</comment>
        <translation>%1 から、%2 に対して（%3）。</translation>
    </message>
    <message>
        <source>Most likely one client&apos;s burst: %1 opened and dropped connections itself (a retry loop, a test tool, a scanner), not a server problem.</source>
        <translation>おそらく単一クライアントのバーストです。%1 自身が接続を開いては切断しています（再試行ループ、テストツール、スキャナーなど）。サーバーの問題ではありません。</translation>
    </message>
    <message>
        <source>Find out who %1 is (reverse DNS, firewall or load balancer logs).</source>
        <translation>%1 が誰かを調べる（逆引き DNS、ファイアウォールやロードバランサーのログ）。</translation>
    </message>
    <message>
        <source>Look up its requests in the IIS access log for that time: user agent, status, time-taken.</source>
        <translation>その時間の IIS アクセスログでこのクライアントの要求を確認する（ユーザーエージェント、状態、time-taken）。</translation>
    </message>
    <message>
        <source>If it misbehaves, limit it (Dynamic IP Restrictions) rather than tune the server.</source>
        <translation>問題のある動作なら、サーバーを調整するのではなく制限する（Dynamic IP Restrictions）。</translation>
    </message>
    <message>
        <source>Most likely the load balancer or proxy in front (%1.0/24) closed or recycled its connections to the server.</source>
        <translation>おそらく手前のロードバランサーまたはプロキシ（%1.0/24）がサーバーへの接続を閉じたか、入れ替えました。</translation>
    </message>
    <message>
        <source>Compare the load balancer&apos;s idle timeout with IIS&apos;s connection timeout: the load balancer&apos;s should be the shorter.</source>
        <translation>ロードバランサーのアイドルタイムアウトと IIS の接続タイムアウトを比べる（ロードバランサー側を短くするべきです）。</translation>
    </message>
    <message>
        <source>Read the load balancer&apos;s logs and health probes for that time.</source>
        <translation>その時間のロードバランサーのログとヘルスプローブを確認する。</translation>
    </message>
    <message>
        <source>Check whether its nodes restarted or failed over then.</source>
        <translation>そのときノードが再起動またはフェイルオーバーしたかを確認する。</translation>
    </message>
    <message>
        <source>Most likely a burst from a few clients: the busiest three sent %1 of the rows; look at them before the server.</source>
        <translation>おそらく少数のクライアントによるバーストです。上位 3 つが行の %1 を送っています。サーバーより先にそれらを調べてください。</translation>
    </message>
    <message>
        <source>Find out who the top client addresses are and what they ran then.</source>
        <translation>上位のクライアントアドレスが誰で、そのとき何を実行していたかを調べる。</translation>
    </message>
    <message>
        <source>Look up their requests in the IIS access log for that time.</source>
        <translation>その時間の IIS アクセスログでそれらの要求を確認する。</translation>
    </message>
    <message>
        <source>Most likely the application stalled: many clients gave up while their requests waited in %1.</source>
        <translation>おそらくアプリケーションが停止しました。多くのクライアントが、要求が %1 で待たされている間にあきらめています。</translation>
    </message>
    <message>
        <source>Most likely the application stalled or recycled: %1 rose at the same time, and many clients gave up waiting.</source>
        <translation>おそらくアプリケーションが停止またはリサイクルされました。同時に %1 も増え、多くのクライアントが待ちきれずにあきらめています。</translation>
    </message>
    <message>
        <source>Look in the Windows event logs for application pool recycles, crashes or rapid-fail protection at that time (WAS events 5002, 5011, 5013).</source>
        <translation>その時間の Windows イベントログで、アプリケーションプールのリサイクル、クラッシュ、高速エラー防止を探す（WAS イベント 5002、5011、5013）。</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window, and the worker process&apos;s CPU and memory.</source>
        <translation>その時間帯の IIS アクセスログで time-taken の長い要求を探し、ワーカープロセスの CPU とメモリを確認する。</translation>
    </message>
    <message>
        <source>Watch the HTTP Service Request Queues counters (CurrentQueueSize, RejectedRequests).</source>
        <translation>HTTP Service Request Queues のカウンター（CurrentQueueSize、RejectedRequests）を監視する。</translation>
    </message>
    <message>
        <source>Most likely a problem of %1 alone (its network, host or application pool): the other servers stayed normal.</source>
        <translation>おそらく %1 だけの問題です（ネットワーク、ホスト、アプリケーションプール）。他のサーバーは平常でした。</translation>
    </message>
    <message>
        <source>Compare %1 with the other servers at that time: event logs, network adapter, updates or a restart.</source>
        <translation>その時間の %1 を他のサーバーと比べる（イベントログ、ネットワークアダプター、更新、再起動）。</translation>
    </message>
    <message>
        <source>Check whether the load balancer took %1 out of rotation or put it back then.</source>
        <translation>そのときロードバランサーが %1 をローテーションから外したか戻したかを確認する。</translation>
    </message>
    <message>
        <source>Most likely something all servers share: the network, a load balancer or firewall in front, or a back end they all use.</source>
        <translation>おそらく全サーバーに共通するものが原因です（ネットワーク、手前のロードバランサーやファイアウォール、共通のバックエンド）。</translation>
    </message>
    <message>
        <source>Most likely the server or the network in front of it, not the clients: many of them lost connections at once.</source>
        <translation>おそらくクライアントではなく、サーバーかその手前のネットワークが原因です。多くのクライアントが同時に接続を失っています。</translation>
    </message>
    <message>
        <source>Read the logs of the load balancer, firewall or network devices in front of the servers for that time.</source>
        <translation>その時間の、サーバー手前のロードバランサー、ファイアウォール、ネットワーク機器のログを確認する。</translation>
    </message>
    <message>
        <source>Look for a shared back end (database, storage, authentication) that slowed down then.</source>
        <translation>そのとき遅くなった共通のバックエンド（データベース、ストレージ、認証）を探す。</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window.</source>
        <translation>その時間帯の IIS アクセスログで time-taken の長い要求を探す。</translation>
    </message>
    <message>
        <source>nearly all on %1 (%2 of %3 rows)</source>
        <translation>ほぼすべて %1（%3 行中 %2 行）</translation>
    </message>
    <message>
        <source>Nearly all of these rows came from %1: look there first.</source>
        <translation>これらの行のほぼすべてが %1 からのものです。まずそこを調べてください。</translation>
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
        <source>No log rows could be read from: %1</source>
        <translation>次の場所からログ行を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 rows pass
</source>
        <translation>フィルター適用: %2 行中 %1 行が一致
</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>スパイク:</translation>
    </message>
    <message>
        <source>  Connection_Dropped %1 - %2  %3 rows, peak %4/min, usually %5/min</source>
        <translation>  Connection_Dropped %1 - %2  %3 行、ピーク %4/分、通常 %5/分</translation>
    </message>
    <message>
        <source>%1: ... and %2 more problems not shown</source>
        <translation>%1: … ほかに表示されていない問題が %2 件</translation>
    </message>
    <message>
        <source>The ledger of %1 could not be read.</source>
        <translation>%1 の台帳を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Requests (IIS access logs): %1 in %n file(s), %2 - %3</source>
        <translation>
            <numerusform>要求 (IIS アクセス ログ): %n 個のファイルに %1 件、%2 - %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The access logs do not overlap the httperr logs (%1 - %2): they cannot explain its spikes.</source>
        <translation>アクセス ログは httperr ログ (%1 - %2) と重なっていません: そのスパイクを説明できません。</translation>
    </message>
</context>
<context>
    <name>TimeAxisTicker</name>
    <message>
        <source>Time (UTC), %1</source>
        <translation>時刻 (UTC)、%1</translation>
    </message>
    <message>
        <source>Time (%1, %2), %3</source>
        <translation>時刻 (%1、%2)、%3</translation>
    </message>
</context>
<context>
    <name>TimeRangeCriterion</name>
    <message>
        <source>“From” (%1) is after “To” (%2).</source>
        <translation>「開始」(%1) が「終了」(%2) より後です。</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>The time zone of every time shown and typed: chart, table, filters, explanations, exports and reports (the log files are in UTC)</source>
        <translation>表示・入力するすべての時刻のタイムゾーン: グラフ、表、フィルター、説明、エクスポート、レポート (ログファイル自体は UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>このコンピューター (%1)</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>その他のタイムゾーン…</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Choose a Time Zone</source>
        <translation>タイムゾーンの選択</translation>
    </message>
    <message>
        <source>Search: a city, region or offset (Tokyo, America, +05:30)</source>
        <translation>検索: 都市、地域、オフセット (Tokyo、America、+05:30)</translation>
    </message>
    <message>
        <source>Times are shown and typed in the zone you choose; the log files themselves are in UTC.</source>
        <translation>時刻は選択したタイムゾーンで表示・入力されます。ログファイル自体は UTC です。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Rows per %1</source>
        <translation>%1 あたりの行数</translation>
    </message>
    <message numerus="yes">
        <source>… %n more reason(s)</source>
        <translation>
            <numerusform>… ほか %n 件の理由</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message numerus="yes">
        <source>… %n more server(s)</source>
        <translation>
            <numerusform>… ほか %n 台のサーバー</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Spikes in all reasons</source>
        <translation>すべての理由のスパイク</translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Shift+drag: filter time</source>
        <translation>ホイール: ズーム · ドラッグ: 移動 · Shift+ドラッグ: 時間で絞り込み</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Bucket size: automatic follows the zoom (100–400 bars)</source>
        <translation>集計間隔: 「自動」ではズームに合わせます (100～400 本)</translation>
    </message>
    <message>
        <source>Look for bursts in every reason, not only Connection_Dropped</source>
        <translation>Connection_Dropped だけでなく、すべての理由で急増を探します</translation>
    </message>
    <message>
        <source>Clear time filter</source>
        <translation>時間の絞り込みを解除</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Zoom out to the whole log (or double-click the chart)</source>
        <translation>ログ全体を表示 (またはグラフをダブルクリック)</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>集計間隔:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>(%1: too fine for this range)</source>
        <translation>(%1: この範囲には細かすぎます)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n 件のスパイク</numerusform>
        </translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>スパイクなし</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>棒グラフ:</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>理由別</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>サーバー別</translation>
    </message>
    <message>
        <source>Stack the bars by reason, or by the server the rows came from</source>
        <translation>棒を理由別、または行の記録元サーバー別に積み上げます</translation>
    </message>
    <message>
        <source>Click for the list of spikes, or a shaded spike in the chart for its details</source>
        <translation>クリックでスパイクの一覧を表示。グラフの網掛けのスパイクをクリックすると詳細を表示</translation>
    </message>
</context>
<context>
    <name>TopValuesModel</name>
    <message>
        <source>Click: show only %1 · Ctrl+click: hide it</source>
        <translation>クリック: %1 だけを表示 · Ctrl+クリック: 非表示</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Client network (/24, /64)</source>
        <translation>クライアントのネットワーク (/24, /64)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Queue (app pool)</source>
        <translation>キュー (アプリケーションプール)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>TopValuesPanel</name>
    <message>
        <source>Top:</source>
        <translation>上位:</translation>
    </message>
    <message>
        <source>Top Values</source>
        <translation>上位の値</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>%1 distinct among %2 rows passing the filters</source>
        <translation>フィルターを通過した %2 行のうち %1 種類</translation>
    </message>
</context>
<context>
    <name>UrlCriterion</name>
    <message>
        <source>Invalid regular expression: %1 (at position %2)</source>
        <translation>正規表現が無効です: %1 (位置 %2)</translation>
    </message>
</context>
<context>
    <name>WindowCapture</name>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>スクリーンショットを「%1」に保存できませんでした。</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG 画像 (*.png);;JPEG 画像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Screenshot Not Saved</source>
        <translation>スクリーンショットを保存できませんでした</translation>
    </message>
    <message>
        <source>Save Screens&amp;hot…</source>
        <translation>スクリーンショットを保存(&amp;H)…</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>スクリーンショットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Cop&amp;y Screenshot</source>
        <translation>スクリーンショットをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Screenshot copied</source>
        <translation>スクリーンショットをコピーしました</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>no zip directory (zip error %1)</source>
        <translation>zip ディレクトリがありません (zip エラー %1)</translation>
    </message>
</context>
<context>
    <name>ZipMemberDevice</name>
    <message>
        <source>an archive member can only be read</source>
        <translation>アーカイブ メンバーは読み取り専用です</translation>
    </message>
    <message>
        <source>not a readable zip archive</source>
        <translation>読み取れる zip アーカイブではありません</translation>
    </message>
    <message>
        <source>member not found</source>
        <translation>メンバーが見つかりません</translation>
    </message>
    <message>
        <source>unreadable directory entry</source>
        <translation>読み取れないディレクトリ エントリ</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>暗号化されています</translation>
    </message>
    <message>
        <source>declared size too large</source>
        <translation>宣言されたサイズが大きすぎます</translation>
    </message>
    <message>
        <source>cannot open the member (zip error %1)</source>
        <translation>メンバーを開けません (zip エラー %1)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>チェックサムが一致しません</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip エラー %1</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%2 バイトのはずが %1 バイト</translation>
    </message>
    <message>
        <source>bad compressed data (zip error %1)</source>
        <translation>不正な圧縮データ (zip エラー %1)</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>展開後のサイズが大きすぎます</translation>
    </message>
</context>
</TS>
