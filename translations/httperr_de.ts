<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HttpErr Viewer</source>
        <translation>Über HttpErr Viewer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QCustomPlot %3</source>
        <translation>Qt %1 (erstellt mit %2), QCustomPlot %3</translation>
    </message>
    <message>
        <source>HttpErr Viewer %1</source>
        <translation>HttpErr Viewer %1</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: when, for whom and why.</source>
        <translation>Zeigt, was Windows HTTP.sys abgelehnt oder getrennt hat: wann, für wen und warum.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). HttpErr Viewer uses QCustomPlot, which is licensed under the GPL version 3, so the program as a whole is distributed under the GPL version 3 or later. It comes with no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). HttpErr Viewer verwendet QCustomPlot, das unter der GPL Version 3 lizenziert ist; daher wird das Programm als Ganzes unter der GPL Version 3 oder neuer verbreitet. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
</context>
<context>
    <name>AccessClock</name>
    <message>
        <source>“%1” is not an offset from UTC such as +02:00 or SERVER=-05:00.</source>
        <translation>„%1“ ist keine Abweichung von UTC wie +02:00 oder SERVER=-05:00.</translation>
    </message>
</context>
<context>
    <name>AccessLogParser</name>
    <message>
        <source>HTTP.sys error log</source>
        <translation>HTTP.sys-Fehlerprotokoll</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>&amp;Bookmark Row…</source>
        <translation>Zeile mit &amp;Lesezeichen versehen…</translation>
    </message>
    <message>
        <source>Bookmark &amp;Time Range…</source>
        <translation>&amp;Zeitraum mit Lesezeichen versehen…</translation>
    </message>
    <message>
        <source>Bookmark the current row with a comment, or edit its bookmark</source>
        <translation>Die aktuelle Zeile mit einem Kommentar als Lesezeichen markieren oder ihr Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <source>Bookmark the filter&apos;s time range, the selected spike&apos;s window or what the chart shows, with a comment</source>
        <translation>Den Zeitraum des Filters, das Fenster der ausgewählten Spitze oder den im Diagramm gezeigten Bereich mit einem Kommentar als Lesezeichen markieren</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Select a row first, then bookmark it.</source>
        <translation>Erst eine Zeile auswählen, dann mit Lesezeichen versehen.</translation>
    </message>
    <message>
        <source>Row at %1: %2</source>
        <translation>Zeile um %1: %2</translation>
    </message>
    <message>
        <source>Time range %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>The bookmarked row is not among the loaded rows</source>
        <translation>Die Zeile des Lesezeichens ist nicht unter den geladenen Zeilen</translation>
    </message>
    <message>
        <source>The bookmark&apos;s rows are hidden by the filters</source>
        <translation>Die Zeilen des Lesezeichens sind durch die Filter ausgeblendet</translation>
    </message>
</context>
<context>
    <name>BookmarkDelegate</name>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen: %1</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Edit Bookmark</source>
        <translation>Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <source>What this is, for whoever reads the ticket</source>
        <translation>Was das ist, für alle, die das Ticket lesen</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>BucketSizer</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
</context>
<context>
    <name>ChartCaption</name>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>ChartExportController</name>
    <message>
        <source>Save Chart &amp;Image…</source>
        <translation>&amp;Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>Copy Chart Ima&amp;ge</source>
        <translation>Diagramm als Bi&amp;ld kopieren</translation>
    </message>
    <message>
        <source>Save the timeline chart as a PNG, JPEG or PDF file at a size you choose</source>
        <translation>Das Diagramm der Zeitleiste als PNG-, JPEG- oder PDF-Datei in einer wählbaren Größe speichern</translation>
    </message>
    <message>
        <source>Copy the timeline chart to the clipboard as an image</source>
        <translation>Das Diagramm der Zeitleiste als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Chart copied as an image (%1 × %2 pixels)</source>
        <translation>Diagramm als Bild kopiert (%1 × %2 Pixel)</translation>
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
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PDF document (vector graphics)</source>
        <translation>PDF-Dokument (Vektorgrafik)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Width × height in pixels; a PDF page gets the same size in points.</source>
        <translation>Breite × Höhe in Pixeln; eine PDF-Seite erhält dieselbe Größe in Punkt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Chart</source>
        <translation>Diagramm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>HTTP.sys errors over time</source>
        <translation>HTTP.sys-Fehler im Zeitverlauf</translation>
    </message>
    <message>
        <source>“%1” ends neither in .png, .jpg nor .pdf.</source>
        <translation>„%1“ endet weder auf .png noch auf .jpg oder .pdf.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”.</source>
        <translation>Das Diagramm konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <source>%1: %2 rows with the other filters, %3 in all</source>
        <translation>%1: %2 Zeilen mit den übrigen Filtern, %3 insgesamt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Double-click to show only that one</source>
        <translation>Doppelklick zeigt nur diesen Eintrag an</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Nur „%1“</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>ClickHouseConnect</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>(The password comes from HTTPERR_CLICKHOUSE_PASSWORD, or is asked on the terminal.)</source>
        <translation>(Das Passwort kommt aus HTTPERR_CLICKHOUSE_PASSWORD oder wird im Terminal abgefragt.)</translation>
    </message>
</context>
<context>
    <name>ClickHouseQuery</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused the user or password: %2</source>
        <translation>ClickHouse auf %1 hat Benutzer oder Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>ClickHouse answered with an error: %1</source>
        <translation>ClickHouse hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the connection was refused. Is the server running, and is this its HTTP port?</source>
        <translation>Keine Verbindung zu ClickHouse auf %1: Die Verbindung wurde abgelehnt. Läuft der Server, und ist das sein HTTP-Port?</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the host name is unknown.</source>
        <translation>Keine Verbindung zu ClickHouse auf %1: Der Hostname ist unbekannt.</translation>
    </message>
    <message>
        <source>The connection to ClickHouse at %1 was lost during the query: the server closed it without an answer (it may have stopped or restarted).</source>
        <translation>Die Verbindung zu ClickHouse auf %1 ging während der Abfrage verloren: Der Server hat sie ohne Antwort geschlossen (vielleicht wurde er beendet oder neu gestartet).</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not answer in time.</source>
        <translation>ClickHouse auf %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to ClickHouse at %1 failed: %2</source>
        <translation>Die sichere Verbindung zu ClickHouse auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>ClickHouse at %1: %2</source>
        <translation>ClickHouse auf %1: %2</translation>
    </message>
</context>
<context>
    <name>ClickHouseRowFetch</name>
    <message>
        <source>ClickHouse sent rows that could not be read.</source>
        <translation>ClickHouse hat Zeilen gesendet, die nicht gelesen werden konnten.</translation>
    </message>
</context>
<context>
    <name>ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address; write %2.</source>
        <translation>„%1“ ist keine ClickHouse-Adresse; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address; write %2.</source>
        <translation>„%1“ ist keine gültige Adresse; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>The address must not hold a password: set HTTPERR_CLICKHOUSE_PASSWORD or type it when asked.</source>
        <translation>Die Adresse darf kein Passwort enthalten: Setzen Sie HTTPERR_CLICKHOUSE_PASSWORD oder geben Sie es ein, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>“%1” names no database, or one with other characters than letters, digits and _; write %2.</source>
        <translation>„%1“ nennt keine Datenbank oder eine mit anderen Zeichen als Buchstaben, Ziffern und _; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>Unknown part “%1” in the address; only ?cluster=NAME is known.</source>
        <translation>Unbekannter Teil „%1“ in der Adresse; bekannt ist nur ?cluster=NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a cluster name (letters, digits and _).</source>
        <translation>„%1“ ist kein Clustername (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (Cluster %2)</translation>
    </message>
</context>
<context>
    <name>ClientIpCriterion</name>
    <message>
        <source>“%1” is not a valid address block (CIDR), for example 10.1.0.0/16 or 2001:db8::/32.</source>
        <translation>„%1“ ist kein gültiger Adressblock (CIDR), zum Beispiel 10.1.0.0/16 oder 2001:db8::/32.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>httperr*.log files, folders, .zip or .gz archives to open, - for standard input (the window opens the demo log if none).</source>
        <translation>httperr*.log-Dateien, Ordner, .zip- oder .gz-Archive zum Öffnen, - für die Standardeingabe (das Fenster öffnet ohne Angabe das Demo-Protokoll).</translation>
    </message>
    <message>
        <source>Load without a window and print totals.</source>
        <translation>Ohne Fenster laden und Summen ausgeben.</translation>
    </message>
    <message>
        <source>With --summary: print one JSON object.</source>
        <translation>Mit --summary: ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Open the bundled demo log.</source>
        <translation>Das mitgelieferte Demo-Protokoll öffnen.</translation>
    </message>
    <message>
        <source>No status lines on standard error, only errors.</source>
        <translation>Keine Statuszeilen auf der Standardfehlerausgabe, nur Fehler.</translation>
    </message>
    <message>
        <source>Render the window offscreen once loaded, save it as a PNG and exit.</source>
        <translation>Das Fenster nach dem Laden im Hintergrund zeichnen, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>Keep adding lines as they are written to the opened files and folders (File &gt; Follow).</source>
        <translation>Neue Zeilen laufend hinzufügen, sobald sie in die geöffneten Dateien und Ordner geschrieben werden (Datei &gt; Verfolgen).</translation>
    </message>
    <message>
        <source>Write the rows to FILE (- for standard output) without a window and exit; the extension or --format picks the format.</source>
        <translation>Die Zeilen ohne Fenster in DATEI schreiben (- für die Standardausgabe) und beenden; die Endung oder --format bestimmt das Format.</translation>
    </message>
    <message>
        <source>With --export: the format, one of %1.</source>
        <translation>Mit --export: das Format, eines von %1.</translation>
    </message>
    <message>
        <source>With --export: the columns to write, in this order, comma-separated (for example time,c-ip,s-reason,file).</source>
        <translation>Mit --export: die zu schreibenden Spalten in dieser Reihenfolge, durch Kommas getrennt (zum Beispiel time,c-ip,s-reason,file).</translation>
    </message>
    <message>
        <source>Write a ticket report (.html, self-contained, or .pdf) without a window and exit.</source>
        <translation>Einen Bericht für ein Ticket (.html, eigenständig, oder .pdf) ohne Fenster schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --export or --report: replace client IP addresses by stand-ins, the same one for the same address.</source>
        <translation>Mit --export oder --report: Client-IP-Adressen durch Platzhalter ersetzen, gleiche Adresse, gleicher Platzhalter.</translation>
    </message>
    <message>
        <source>With --screenshot: select spike N (1 = the oldest) so its explanation shows.</source>
        <translation>Mit --screenshot: Spitze N auswählen (1 = die älteste), damit ihre Erklärung erscheint.</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json erfordert --summary.</translation>
    </message>
    <message>
        <source>--anonymize needs --export or --report.</source>
        <translation>--anonymize erfordert --export oder --report.</translation>
    </message>
    <message>
        <source>Standard input (-) can be read only once.</source>
        <translation>Die Standardeingabe (-) kann nur einmal gelesen werden.</translation>
    </message>
    <message>
        <source>--follow needs the window; it does not go with --summary, --export or --report.</source>
        <translation>--follow braucht das Fenster; es passt nicht zu --summary, --export oder --report.</translation>
    </message>
    <message>
        <source>--screenshot does not go with --summary, --export or --report.</source>
        <translation>--screenshot passt nicht zu --summary, --export oder --report.</translation>
    </message>
    <message>
        <source>No input: name files, folders or archives, - for standard input, or --demo for the demo log.</source>
        <translation>Keine Eingabe: Dateien, Ordner oder Archive angeben, - für die Standardeingabe oder --demo für das Demo-Protokoll.</translation>
    </message>
    <message>
        <source>--report: the file name must end in .html or .pdf.</source>
        <translation>--report: Der Dateiname muss auf .html oder .pdf enden.</translation>
    </message>
    <message>
        <source>--export needs a file name, or - for standard output.</source>
        <translation>--export braucht einen Dateinamen oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format and --columns need --export.</source>
        <translation>--format und --columns erfordern --export.</translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use one of %2.</source>
        <translation>--format: „%1“ ist kein Format; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--export: the file name does not tell the format; end it in .csv, .tsv, .jsonl or .log, or give --format (%1).</source>
        <translation>--export: Der Dateiname verrät das Format nicht; lassen Sie ihn auf .csv, .tsv, .jsonl oder .log enden oder geben Sie --format an (%1).</translation>
    </message>
    <message>
        <source>--columns needs at least one column name.</source>
        <translation>--columns braucht mindestens einen Spaltennamen.</translation>
    </message>
    <message>
        <source>--columns does not go with the log format: a .log file keeps each row&apos;s own fields.</source>
        <translation>--columns passt nicht zum Format log: Eine .log-Datei behält die eigenen Felder jeder Zeile.</translation>
    </message>
    <message>
        <source>--export - and --summary would both write to standard output.</source>
        <translation>--export - und --summary würden beide in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x800.</translation>
    </message>
    <message>
        <source>--select-spike wants a number from 1 up.</source>
        <translation>--select-spike erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Zeigt, was Windows HTTP.sys abgelehnt oder getrennt hat: öffnet httperr*.log-Dateien und -Ordner, filtert sie und stellt sie im zeitlichen Verlauf dar.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 nothing could be read or written, 2 usage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 nichts konnte gelesen oder geschrieben werden, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Send the rows of the named files, folders and archives to ClickHouse at URL (clickhouse://[USER@]HOST[:PORT]/DATABASE, clickhouses:// for HTTPS) and exit; files already there are skipped. The password comes from HTTPERR_CLICKHOUSE_PASSWORD or a prompt.</source>
        <translation>Die Zeilen der genannten Dateien, Ordner und Archive an ClickHouse unter URL senden (clickhouse://[BENUTZER@]HOST[:PORT]/DATENBANK, clickhouses:// für HTTPS) und beenden; bereits vorhandene Dateien werden übersprungen. Das Passwort kommt aus HTTPERR_CLICKHOUSE_PASSWORD oder einer Abfrage.</translation>
    </message>
    <message>
        <source>A ClickHouse address is opened alone, without files or --demo.</source>
        <translation>Eine ClickHouse-Adresse wird allein geöffnet, ohne Dateien oder --demo.</translation>
    </message>
    <message>
        <source>--follow reads files; it does not go with a ClickHouse address.</source>
        <translation>--follow liest Dateien; es passt nicht zu einer ClickHouse-Adresse.</translation>
    </message>
    <message>
        <source>--ingest goes alone with the files to send (and --quiet): no filters, no other command, no ClickHouse address as input.</source>
        <translation>--ingest steht allein mit den zu sendenden Dateien (und --quiet): keine Filter, kein anderer Befehl, keine ClickHouse-Adresse als Eingabe.</translation>
    </message>
    <message>
        <source>--ingest needs files, folders or archives to send.</source>
        <translation>--ingest braucht Dateien, Ordner oder Archive zum Senden.</translation>
    </message>
    <message>
        <source>--ingest reads files (it must read each one twice: once to recognise it, once to send it); save standard input to a file first.</source>
        <translation>--ingest liest Dateien (jede zweimal: einmal zum Wiedererkennen, einmal zum Senden); speichern Sie die Standardeingabe zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>With --report: cover only spike N&apos;s window (N as --summary lists the spikes, 1 = the oldest).</source>
        <translation>Mit --report: nur das Fenster von Spitze N abdecken (N wie --summary die Spitzen aufzählt, 1 = die älteste).</translation>
    </message>
    <message>
        <source>--spike wants a number from 1 up.</source>
        <translation>--spike erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>--spike needs --report.</source>
        <translation>--spike braucht --report.</translation>
    </message>
    <message>
        <source>--columns does not go with the ECS formats: each document holds all of the row&apos;s fields.</source>
        <translation>--columns passt nicht zu den ECS-Formaten: Jedes Dokument enthält alle Felder der Zeile.</translation>
    </message>
    <message>
        <source>Stack the timeline&apos;s bars by reason or by server (the window&apos;s Bars: choice, remembered like it; with --screenshot only for that picture).</source>
        <translation>Die Balken der Zeitachse nach Grund oder nach Server stapeln (die Auswahl „Balken:“ des Fensters, ebenso gespeichert; mit --screenshot nur für dieses Bild).</translation>
    </message>
    <message>
        <source>--bars wants reason or server.</source>
        <translation>--bars erwartet reason oder server.</translation>
    </message>
    <message>
        <source>--bars is for the window; it does not go with --summary, --export or --report.</source>
        <translation>--bars gilt für das Fenster; es passt nicht zu --summary, --export oder --report.</translation>
    </message>
    <message>
        <source>On Windows, run the commands without a window (--summary, --export, --report, --ingest, --help) with httperr-viewer-cli.exe: it writes to the console in UTF-8 and cmd.exe waits for its exit status. httperr-viewer.exe is the window.</source>
        <translation>Unter Windows führen Sie die Befehle ohne Fenster (--summary, --export, --report, --ingest, --help) mit httperr-viewer-cli.exe aus: Es schreibt in UTF-8 in die Konsole, und cmd.exe wartet auf seinen Exit-Status. httperr-viewer.exe ist das Fenster.</translation>
    </message>
    <message>
        <source>With --screenshot: show this panel too: top-values, spikes, bookmarks, problems or requests (the Requests tab; repeat, or separate with commas).</source>
        <translation>Mit --screenshot: auch dieses Fenster zeigen: top-values, spikes, bookmarks, problems oder requests (der Tab „Anfragen“; wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <source>--show wants one of %1.</source>
        <translation>--show erwartet eines von %1.</translation>
    </message>
    <message>
        <source>With --export: write the rows of the IIS access logs among the inputs instead of the httperr rows (CSV, TSV, JSON Lines, or ECS with the field names of Filebeat&apos;s IIS access module).</source>
        <translation>Mit --export: statt der httperr-Zeilen die Zeilen der IIS-Zugriffsprotokolle unter den Eingaben schreiben (CSV, TSV, JSON Lines oder ECS mit den Feldnamen des IIS-access-Moduls von Filebeat).</translation>
    </message>
    <message>
        <source>IIS access-log requests that took N seconds or longer count as slow in the evidence for a spike (default 110).</source>
        <translation>IIS-Zugriffsprotokoll-Anfragen, die N Sekunden oder länger dauerten, zählen im Befund zu einer Spitze als langsam (Standard 110).</translation>
    </message>
    <message>
        <source>--slow-seconds wants a number of seconds from 1 to 86400.</source>
        <translation>--slow-seconds erwartet eine Sekundenzahl von 1 bis 86400.</translation>
    </message>
    <message>
        <source>--requests needs --export.</source>
        <translation>--requests erfordert --export.</translation>
    </message>
    <message>
        <source>--requests exports every access-log row; the filter options are for httperr rows.</source>
        <translation>--requests exportiert jede Zeile der Zugriffsprotokolle; die Filteroptionen gelten für httperr-Zeilen.</translation>
    </message>
    <message>
        <source>--requests does not go with the log format; use csv, tsv, jsonl or ecs.</source>
        <translation>--requests passt nicht zum Format log; verwenden Sie csv, tsv, jsonl oder ecs.</translation>
    </message>
    <message>
        <source>The IIS access logs of server SERVER (or of every server, without SERVER=) were written in local time at this offset from UTC, for example WEB01=+02:00 or -05:00 (repeat for several servers). IIS writes UTC unless set otherwise.</source>
        <translation>Die IIS-Zugriffsprotokolle von Server SERVER (oder aller Server, ohne SERVER=) wurden in Ortszeit mit dieser Abweichung von UTC geschrieben, zum Beispiel WEB01=+02:00 oder -05:00 (für mehrere Server wiederholen). IIS schreibt UTC, wenn nicht anders eingestellt.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Open &amp;Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>rows from %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>Showing the oldest %L1 of the %L2 rows the filters keep in ClickHouse (the timeline counts them all); narrow the time range to see the others.</source>
        <translation>Angezeigt werden die ältesten %L1 der %L2 Zeilen, die die Filter in ClickHouse durchlassen (die Zeitleiste zählt alle); engen Sie den Zeitraum ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Rows at Most</source>
        <translation>Höchstzahl der Zeilen</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many (the timeline counts them all):</source>
        <translation>Die Tabelle enthält die ältesten Zeilen, die die Filter durchlassen, höchstens so viele (die Zeitleiste zählt alle):</translation>
    </message>
    <message>
        <source>Change Limit…</source>
        <translation>Grenze ändern…</translation>
    </message>
    <message>
        <source>ClickHouse Password</source>
        <translation>ClickHouse-Passwort</translation>
    </message>
    <message>
        <source>ClickHouse refused the password of %1. Password:</source>
        <translation>ClickHouse hat das Passwort von %1 abgelehnt. Passwort:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
</context>
<context>
    <name>DatabaseFetch</name>
    <message>
        <source>ClickHouse sent an answer that could not be read.</source>
        <translation>ClickHouse hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
</context>
<context>
    <name>EmptyTableNotice</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No file is open. Open HTTP.sys error logs with File → Open or drop them here.</source>
        <translation>Keine Datei geöffnet. Öffnen Sie HTTP.sys-Fehlerprotokolle über Datei → Öffnen oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>No rows were read from the opened files. The Problems list says why.</source>
        <translation>Aus den geöffneten Dateien wurde keine Zeile gelesen. Die Liste „Probleme“ nennt den Grund.</translation>
    </message>
    <message>
        <source>No row passes the filters: %1.</source>
        <translation>Keine Zeile besteht die Filter: %1.</translation>
    </message>
    <message>
        <source>Clear filters (%L1 rows)</source>
        <translation>Filter entfernen (%L1 Zeilen)</translation>
    </message>
</context>
<context>
    <name>EscapeController</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Clear every filter (Esc in the filter bar or the table)</source>
        <translation>Alle Filter entfernen (Esc in der Filterleiste oder der Tabelle)</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Slow Request &amp;Threshold…</source>
        <translation>Schwelle für &amp;langsame Anfragen…</translation>
    </message>
    <message>
        <source>How long an IIS access-log request must take to count as slow in a spike&apos;s evidence</source>
        <translation>Wie lange eine Anfrage im IIS-Zugriffsprotokoll dauern muss, um im Befund zu einer Spitze als langsam zu gelten</translation>
    </message>
    <message>
        <source>Slow Request Threshold</source>
        <translation>Schwelle für langsame Anfragen</translation>
    </message>
    <message>
        <source>IIS access-log requests that took this many seconds or longer count as slow (HTTP.sys drops a connection it could not log after about 120 s):</source>
        <translation>Anfragen im IIS-Zugriffsprotokoll, die so viele Sekunden oder länger dauerten, gelten als langsam (HTTP.sys trennt eine Verbindung, die es nicht protokollieren konnte, nach etwa 120 s):</translation>
    </message>
    <message>
        <source>Requests on the &amp;Timeline</source>
        <translation>Anfragen in der &amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Draw the IIS access-log requests per bucket, and those that stalled or failed, over the timeline&apos;s bars</source>
        <translation>Die Anfragen des IIS-Zugriffsprotokolls je Intervall und die gestockten oder gescheiterten über den Balken der Zeitleiste zeichnen</translation>
    </message>
    <message>
        <source>Access-Log &amp;Clocks…</source>
        <translation>&amp;Uhren der Zugriffsprotokolle…</translation>
    </message>
    <message>
        <source>Which IIS access logs were written in local time, and at which offset from UTC</source>
        <translation>Welche IIS-Zugriffsprotokolle in Ortszeit geschrieben wurden, und mit welcher Abweichung von UTC</translation>
    </message>
    <message>
        <source>Access-Log Clocks</source>
        <translation>Uhren der Zugriffsprotokolle</translation>
    </message>
    <message>
        <source>IIS writes access logs in UTC. For logs written in local time, give the offset from UTC of one server (WEB01=+02:00) or of all (+02:00), separated by commas. Loaded files are read again.</source>
        <translation>IIS schreibt Zugriffsprotokolle in UTC. Für Protokolle in Ortszeit geben Sie die Abweichung von UTC für einen Server (WEB01=+02:00) oder für alle (+02:00) an, durch Kommas getrennt. Geladene Dateien werden neu gelesen.</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>usually ~%1</source>
        <translation>üblich ~%1</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>Was das IIS-Zugriffsprotokoll zeigt</translation>
    </message>
    <message>
        <source>Requests that ended</source>
        <translation>Beendete Anfragen</translation>
    </message>
    <message>
        <source>Took %1 s or longer</source>
        <translation>%1 s oder länger gedauert</translation>
    </message>
    <message>
        <source>Win32 status %1</source>
        <translation>Win32-Status %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Gestockt oder gescheitert</translation>
    </message>
    <message>
        <source>Slow threshold: %1 s…</source>
        <translation>Schwelle für langsam: %1 s…</translation>
    </message>
</context>
<context>
    <name>EvidenceVerdict</name>
    <message>
        <source>network name no longer available</source>
        <translation>Netzwerkname nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>connection aborted by the local system</source>
        <translation>Verbindung vom lokalen System abgebrochen</translation>
    </message>
    <message>
        <source>I/O operation aborted</source>
        <translation>E/A-Vorgang abgebrochen</translation>
    </message>
    <message>
        <source>semaphore timeout expired</source>
        <translation>Semaphor-Zeitlimit abgelaufen</translation>
    </message>
    <message>
        <source>no such network connection</source>
        <translation>keine solche Netzwerkverbindung</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>application pool unavailable</source>
        <translation>Anwendungspool nicht verfügbar</translation>
    </message>
    <message>
        <source>concurrent request limit reached</source>
        <translation>Grenze gleichzeitiger Anfragen erreicht</translation>
    </message>
    <message>
        <source>ASP.NET queue full</source>
        <translation>ASP.NET-Warteschlange voll</translation>
    </message>
    <message>
        <source>FastCGI queue full</source>
        <translation>FastCGI-Warteschlange voll</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>configuration data invalid</source>
        <translation>Konfigurationsdaten ungültig</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>bad gateway: the back end failed or timed out</source>
        <translation>fehlerhaftes Gateway: das Back-End ist ausgefallen oder hat das Zeitlimit überschritten</translation>
    </message>
    <message numerus="yes">
        <source>over %n minute(s)</source>
        <translation>
            <numerusform>über %n Minute</numerusform>
            <numerusform>über %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n second(s)</source>
        <translation>
            <numerusform>über %n Sekunde</numerusform>
            <numerusform>über %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Access-log times read as UTC, as IIS writes them.</source>
        <translation>Zeiten der Zugriffsprotokolle als UTC gelesen, wie IIS sie schreibt.</translation>
    </message>
    <message>
        <source>No access-log rows cover this window.</source>
        <translation>Keine Zeilen der Zugriffsprotokolle decken dieses Zeitfenster ab.</translation>
    </message>
    <message>
        <source>Requests that ended in this window: %1 (usually about %2)</source>
        <translation>In diesem Zeitfenster beendete Anfragen: %1 (üblich etwa %2)</translation>
    </message>
    <message>
        <source>Took %1 s or longer: %2 (usually about %3)</source>
        <translation>%1 s oder länger gedauert: %2 (üblich etwa %3)</translation>
    </message>
    <message>
        <source>  slow: %1 × %2</source>
        <translation>  langsam: %1 × %2</translation>
    </message>
    <message>
        <source>Win32 status %1: %2</source>
        <translation>Win32-Status %1: %2</translation>
    </message>
    <message>
        <source>Win32 status %1 (%2): %3</source>
        <translation>Win32-Status %1 (%2): %3</translation>
    </message>
    <message>
        <source>Status %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <source>  503.%1 (%2): %3</source>
        <translation>  503.%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stalled or failed: %1 (usually about %2)</source>
        <translation>Gestockt oder gescheitert: %1 (üblich etwa %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1</source>
        <translation>
            <numerusform>%n Anfrage an %1</numerusform>
            <numerusform>%n Anfragen an %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 took %2 and ended with ‘%3’ (%4) in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>%1 dauerten %2 und endeten in diesem Zeitfenster mit „%3“ (%4): Die Anwendung hing; HTTP.sys hat die Verbindungen getrennt, die es nicht protokollieren konnte.</translation>
    </message>
    <message>
        <source>%1 took %2 in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>%1 dauerten in diesem Zeitfenster %2: Die Anwendung hing; HTTP.sys hat die Verbindungen getrennt, die es nicht protokollieren konnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</source>
        <translation>
            <numerusform>%n Anfrage endete in diesem Zeitfenster mit Status %1 (%2): Die Anwendungsseite versagte, während HTTP.sys Verbindungen trennte.</numerusform>
            <numerusform>%n Anfragen endeten in diesem Zeitfenster mit Status %1 (%2): Die Anwendungsseite versagte, während HTTP.sys Verbindungen trennte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</source>
        <translation>
            <numerusform>%n Anfrage endete ohne lange Dauer mit „%1“ (%2): Clients oder ein Lastverteiler haben ihre Verbindungen aufgegeben.</numerusform>
            <numerusform>%n Anfragen endeten ohne lange Dauer mit „%1“ (%2): Clients oder ein Lastverteiler haben ihre Verbindungen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request ended in this window, where about %1 usually do: the application may have hung.</source>
        <translation>In diesem Zeitfenster endete keine Anfrage, wo sonst etwa %1 enden: Die Anwendung hing möglicherweise.</translation>
    </message>
    <message>
        <source>The access log shows nothing unusual in this window: look at the client side or the network.</source>
        <translation>Das Zugriffsprotokoll zeigt in diesem Zeitfenster nichts Ungewöhnliches: Prüfen Sie die Client-Seite oder das Netzwerk.</translation>
    </message>
    <message>
        <source>Access-log times read as %1, as given for these logs, and converted to UTC.</source>
        <translation>Zeiten der Zugriffsprotokolle als %1 gelesen, wie für diese Protokolle angegeben, und in UTC umgerechnet.</translation>
    </message>
    <message>
        <source>Access-log times read in each server&apos;s clock, as given: %1.</source>
        <translation>Zeiten der Zugriffsprotokolle in der Uhr jedes Servers gelesen, wie angegeben: %1.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Top client IPs</source>
        <translation>Häufigste Client-IPs</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>Häufigste URLs</translation>
    </message>
    <message>
        <source>Top sites</source>
        <translation>Häufigste Sites</translation>
    </message>
    <message>
        <source>Top queues (app pools)</source>
        <translation>Häufigste Warteschlangen (Anwendungspools)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Select a row, click a reason in the timeline legend or a bar, or click a shaded spike to see what it means and what to check next.</source>
        <translation>Wählen Sie eine Zeile oder klicken Sie auf einen Grund in der Legende der Zeitleiste, auf einen Balken oder auf eine schattierte Spitze, um zu sehen, was sie bedeutet und was als Nächstes zu prüfen ist.</translation>
    </message>
    <message>
        <source>Undocumented reason</source>
        <translation>Undokumentierter Grund</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list</source>
        <translation>Nicht in der Liste von Microsoft</translation>
    </message>
    <message>
        <source>What this row shows</source>
        <translation>Was diese Zeile zeigt</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Typische Ursachen</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>Was als Nächstes zu prüfen ist</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>Zugehörige Einstellungen</translation>
    </message>
    <message>
        <source>Show only %1 rows</source>
        <translation>Nur Zeilen mit %1 anzeigen</translation>
    </message>
    <message>
        <source>What %1 means and what to check</source>
        <translation>Was %1 bedeutet und was zu prüfen ist</translation>
    </message>
    <message>
        <source>%1 spike</source>
        <translation>Spitze bei %1</translation>
    </message>
    <message>
        <source>Filter the table to this window</source>
        <translation>Tabelle auf dieses Zeitfenster filtern</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>%1 at the peak; usually %2</source>
        <translation>%1 in der Spitze; üblich %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%L1% of all rows; %L2% of the rows in this window</source>
        <translation>%L1 % aller Zeilen; %L2 % der Zeilen in diesem Zeitfenster</translation>
    </message>
    <message>
        <source>Also rose at the same time</source>
        <translation>Gleichzeitig ebenfalls gestiegen</translation>
    </message>
    <message>
        <source>No other reason.</source>
        <translation>Kein anderer Grund.</translation>
    </message>
    <message>
        <source>usually ~%L1</source>
        <translation>üblich ~%L1</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%L1 distinct</source>
        <translation>%L1 verschiedene</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>--columns: the rows have no column “%1”; they have %2.</source>
        <translation>--columns: Die Zeilen haben keine Spalte „%1“; sie haben %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>--spike %1: the rows have %Ln spike(s) (as --summary lists them).</source>
        <translation>
            <numerusform>--spike %1: Die Zeilen haben %Ln Spitze (wie --summary sie aufzählt).</numerusform>
            <numerusform>--spike %1: Die Zeilen haben %Ln Spitzen (wie --summary sie aufzählt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Wait until the files are loaded, then export.</source>
        <translation>Warten Sie, bis die Dateien geladen sind, und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>Exporting rows to %1…</source>
        <translation>Zeilen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Visible columns, in table order</source>
        <translation>&amp;Sichtbare Spalten, in Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>All &amp;columns, in file order, with file and line</source>
        <translation>&amp;Alle Spalten, in Dateireihenfolge, mit Datei und Zeile</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>Client-IP-Adressen a&amp;nonymisieren</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>&amp;Selected rows (%1)</source>
        <translation>A&amp;usgewählte Zeilen (%1)</translation>
    </message>
    <message>
        <source>Rows that pass the &amp;filters (%1)</source>
        <translation>Zeilen, die den &amp;Filtern entsprechen (%1)</translation>
    </message>
    <message>
        <source>A&amp;ll rows (%1)</source>
        <translation>A&amp;lle Zeilen (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Replaces every client address by a stand-in from a reserved range (198.18.0.0/15, 2001:db8::/32), the same one wherever the address appears in this export. URLs and server addresses are kept.</source>
        <translation>Ersetzt jede Client-Adresse durch einen Platzhalter aus einem reservierten Bereich (198.18.0.0/15, 2001:db8::/32), überall in diesem Export derselbe für dieselbe Adresse. URLs und Server-Adressen bleiben erhalten.</translation>
    </message>
    <message>
        <source>A .log file always holds each row&apos;s own fields, so that it reads back like the original.</source>
        <translation>Eine .log-Datei enthält immer die eigenen Felder jeder Zeile, damit sie sich wie das Original wieder einlesen lässt.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Rows To</source>
        <translation>Zeilen exportieren nach</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Each document holds all of the row&apos;s fields under the names Filebeat gives them, with the server and the file.</source>
        <translation>Jedes Dokument enthält alle Felder der Zeile unter den Namen, die Filebeat ihnen gibt, dazu Server und Datei.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (kommagetrennte Werte)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (tabulatorgetrennte Werte)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>HTTP.sys error log</source>
        <translation>HTTP.sys-Fehlerprotokoll</translation>
    </message>
    <message>
        <source>Elastic Common Schema (NDJSON)</source>
        <translation>Elastic Common Schema (NDJSON)</translation>
    </message>
    <message>
        <source>Elasticsearch bulk request (ECS)</source>
        <translation>Elasticsearch-Bulk-Anfrage (ECS)</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>You cannot write to the folder “%1”. Choose another folder.</source>
        <translation>Sie dürfen nicht in den Ordner „%1“ schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>„%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>Der Datenträger ist voll: „%1“ konnte nicht vollständig geschrieben werden, daher wurde nichts gespeichert. Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>Schreiben von „%1“ fehlgeschlagen (%2), daher wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>FileKindDetector</name>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip-Archiv</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip-Archiv</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR-Archiv</translation>
    </message>
    <message>
        <source>Windows event log (.evtx)</source>
        <translation>Windows-Ereignisprotokoll (.evtx)</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>UTF-32 text</source>
        <translation>UTF-32-Text</translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation>Linux-Programm</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation>Windows-Programm</translation>
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
        <translation>nur NUL-Bytes</translation>
    </message>
    <message>
        <source>UTF-16 LE without byte order mark</source>
        <translation>UTF-16 LE ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-16 BE without byte order mark</source>
        <translation>UTF-16 BE ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>IIS access log</source>
        <translation>IIS-Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>W3C log written by %1</source>
        <translation>W3C-Protokoll, geschrieben von %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Client IP: an address (with or without %scope), a list separated by commas, a block (10.1.0.0/16, 2001:db8::/32), a wildcard (10.1.*); put ! before an item to hide it.</source>
        <translation>Client-IP: eine Adresse (mit oder ohne %Zone), eine durch Kommas getrennte Liste, ein Block (10.1.0.0/16, 2001:db8::/32) oder ein Platzhalter (10.1.*); ein vorangestelltes ! blendet den Eintrag aus.</translation>
    </message>
    <message>
        <source>URL contains</source>
        <translation>URL enthält</translation>
    </message>
    <message>
        <source>URL, ignoring case: text found anywhere; with * or ? a pattern for the whole URL (*.php); re: then a regular expression (re:^/api/); ! first to hide what matches.</source>
        <translation>URL, ohne Beachtung der Groß-/Kleinschreibung: Text an beliebiger Stelle; mit * oder ? ein Muster für die ganze URL (*.php); re: gefolgt von einem regulären Ausdruck (re:^/api/); ein vorangestelltes ! blendet Treffer aus.</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>%1: %2 ✕</source>
        <translation>%1: %2 ✕</translation>
    </message>
    <message>
        <source>Filter on %1: %2. Click to remove it.</source>
        <translation>Filter auf %1: %2. Zum Entfernen klicken.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Use %2 or ISO 8601 (2026-03-10 14:05:00); times are in %3 unless they end in Z or an offset.</source>
        <translation>„%1“ ist keine Zeitangabe. Verwenden Sie %2 oder ISO 8601 (2026-03-10 14:05:00); Zeiten gelten in %3, sofern sie nicht auf Z oder einen Versatz enden.</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>Von (%1)</translation>
    </message>
    <message>
        <source>To (%1)</source>
        <translation>Bis (%1)</translation>
    </message>
    <message>
        <source>Earliest time shown, inclusive, in %1: %2 or ISO 8601. Empty: from the start.</source>
        <translation>Früheste angezeigte Zeit, einschließlich, in %1: %2 oder ISO 8601. Leer: ab dem Anfang.</translation>
    </message>
    <message>
        <source>Latest time shown, inclusive, in %1: %2 or ISO 8601. Empty: to the end.</source>
        <translation>Späteste angezeigte Zeit, einschließlich, in %1: %2 oder ISO 8601. Leer: bis zum Ende.</translation>
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
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Reason is not: %1</source>
        <translation>Grund ist nicht: %1</translation>
    </message>
    <message>
        <source>Client IP: %1</source>
        <translation>Client-IP: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>Server port: %1</source>
        <translation>Server-Port: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server is not: %1</source>
        <translation>Server ist nicht: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Bis: %1</translation>
    </message>
</context>
<context>
    <name>FilterHistory</name>
    <message>
        <source>no filters</source>
        <translation>keine Filter</translation>
    </message>
    <message>
        <source>&amp;Undo Filter Change</source>
        <translation>Filteränderung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo Filter Change</source>
        <translation>Filteränderung &amp;wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>Zurück zu: %1</translation>
    </message>
    <message>
        <source>No filter change to undo</source>
        <translation>Keine Filteränderung zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <translation>Erneut: %1</translation>
    </message>
    <message>
        <source>No filter change to redo</source>
        <translation>Keine Filteränderung zum Wiederholen</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only rows with this reason (repeat, or separate with commas).</source>
        <translation>Nur Zeilen mit diesem Grund (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Leave out rows with this reason (repeat, or separate with commas).</source>
        <translation>Zeilen mit diesem Grund auslassen (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only these clients: addresses, blocks (10.1.0.0/16), wildcards (10.1.*), comma-separated, ! to leave out.</source>
        <translation>Nur diese Clients: Adressen, Blöcke (10.1.0.0/16), Platzhalter (10.1.*), durch Kommas getrennt, ! zum Auslassen.</translation>
    </message>
    <message>
        <source>Only these URLs (ignoring case): text anywhere, a */? pattern for the whole URL, re:REGEX; ! first to leave out.</source>
        <translation>Nur diese URLs (ohne Beachtung der Groß-/Kleinschreibung): Text an beliebiger Stelle, ein */?-Muster für die ganze URL, re:REGEX; ein vorangestelltes ! lässt aus.</translation>
    </message>
    <message>
        <source>Only rows at or after this UTC time (ISO 8601).</source>
        <translation>Nur Zeilen ab diesem UTC-Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Only rows at or before this UTC time (ISO 8601).</source>
        <translation>Nur Zeilen bis zu diesem UTC-Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a time; use ISO 8601 in UTC, for example 2026-03-10T14:05:00Z or &quot;2026-03-10 14:05:00&quot;.</source>
        <translation>--%1: „%2“ ist keine Zeitangabe; verwenden Sie ISO 8601 in UTC, zum Beispiel 2026-03-10T14:05:00Z oder &quot;2026-03-10 14:05:00&quot;.</translation>
    </message>
    <message>
        <source>Only rows of this server (its folder or archive name; repeat, or separate with commas); ! first to leave a server out.</source>
        <translation>Nur Zeilen dieses Servers (Name seines Ordners oder Archivs; wiederholbar oder durch Kommas getrennt); ein vorangestelltes ! lässt einen Server weg.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every column (the filters stay as they are)</source>
        <translation>In allen Spalten suchen (die Filter bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No row contains it</source>
        <translation>Keine Zeile enthält den Text</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Time…</source>
        <translation>&amp;Gehe zu Zeit…</translation>
    </message>
    <message>
        <source>Find text in every column without filtering the rows</source>
        <translation>Text in allen Spalten suchen, ohne die Zeilen zu filtern</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Move the table to the first row at or after a time</source>
        <translation>Die Tabelle zur ersten Zeile ab einer Zeit bewegen</translation>
    </message>
    <message>
        <source>No row contains “%1”</source>
        <translation>Keine Zeile enthält „%1“</translation>
    </message>
    <message>
        <source>Found again from the first row</source>
        <translation>Erneut ab der ersten Zeile gefunden</translation>
    </message>
    <message>
        <source>Found again from the last row</source>
        <translation>Erneut ab der letzten Zeile gefunden</translation>
    </message>
    <message>
        <source>No row shown is at or after %1</source>
        <translation>Keine angezeigte Zeile liegt bei oder nach %1</translation>
    </message>
</context>
<context>
    <name>FollowController</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Add new lines as they are written to the opened files and folders</source>
        <translation>Neue Zeilen hinzufügen, sobald sie in die geöffneten Dateien und Ordner geschrieben werden</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Wird verfolgt</translation>
    </message>
    <message>
        <source>New lines are added as they are written (File → Follow)</source>
        <translation>Neue Zeilen werden hinzugefügt, sobald sie geschrieben werden (Datei → Verfolgen)</translation>
    </message>
</context>
<context>
    <name>GapOverlay</name>
    <message>
        <source>no log</source>
        <translation>kein Protokoll</translation>
    </message>
    <message>
        <source>No log: %1 – %2 %3</source>
        <translation>Kein Protokoll: %1 – %2 %3</translation>
    </message>
    <message>
        <source>No loaded file has rows for this time. A file may be missing, or the server or its logging was stopped; it does not mean there were no errors.</source>
        <translation>Keine geladene Datei enthält Zeilen für diese Zeit. Vielleicht fehlt eine Datei, oder der Server bzw. seine Protokollierung war angehalten; das heißt nicht, dass es keine Fehler gab.</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>Gehe zu Zeit</translation>
    </message>
    <message>
        <source>First row at or after (%1):</source>
        <translation>Erste Zeile ab (%1):</translation>
    </message>
    <message>
        <source>As the table shows times, or 2026-03-10 14:05, or a date alone</source>
        <translation>Wie die Tabelle Zeiten zeigt, oder 2026-03-10 14:05, oder nur ein Datum</translation>
    </message>
    <message>
        <source>Reads as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
    <message>
        <source>Not a time yet</source>
        <translation>Noch keine Zeit</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>A gzip stream can only be read</source>
        <translation>Ein gzip-Datenstrom kann nur gelesen werden</translation>
    </message>
    <message>
        <source>Cannot start decompressing</source>
        <translation>Entpacken kann nicht beginnen</translation>
    </message>
    <message>
        <source>the gzip data ends too early</source>
        <translation>die gzip-Daten enden zu früh</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>wird beim Entpacken zu groß</translation>
    </message>
    <message>
        <source>bad gzip data</source>
        <translation>fehlerhafte gzip-Daten</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>%1: none of the session&apos;s files is there (moved, or on another machine): %2. Open the session in the window to locate them.</source>
        <translation>%1: Keine der Dateien der Sitzung ist vorhanden (verschoben oder auf einem anderen Rechner): %2. Öffnen Sie die Sitzung im Fenster, um sie zu suchen.</translation>
    </message>
    <message>
        <source>%1: the session&apos;s file %2 is not there (moved, or on another machine); going on without it.</source>
        <translation>%1: Die Datei %2 der Sitzung ist nicht vorhanden (verschoben oder auf einem anderen Rechner); es geht ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About HttpErr Viewer</source>
        <translation>Ü&amp;ber HttpErr Viewer</translation>
    </message>
</context>
<context>
    <name>HttpErrParser</name>
    <message>
        <source>W3C log with over %1 fields</source>
        <translation>W3C-Protokoll mit über %1 Feldern</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>Sending to ClickHouse: %1% read, %L2 rows sent</source>
        <translation>Senden an ClickHouse: %1 % gelesen, %L2 Zeilen gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the database has %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Nichts Neues: Die Datenbank hat die Datei schon (gleicher Server, Pfad und Inhalt).</numerusform>
            <numerusform>Nichts Neues: Die Datenbank hat die %n Dateien schon (gleicher Server, Pfad und Inhalt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2 in %3 s (%4 rows/s).</source>
        <translation>
            <numerusform>%L1 Zeilen aus %n Datei an %2 gesendet in %3 s (%4 Zeilen/s).</numerusform>
            <numerusform>%L1 Zeilen aus %n Dateien an %2 gesendet in %3 s (%4 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the database had already (same server, path and content) were skipped.</source>
        <translation>
            <numerusform>%n Datei, die die Datenbank schon hatte (gleicher Server, Pfad und Inhalt), wurde übersprungen.</numerusform>
            <numerusform>%n Dateien, die die Datenbank schon hatte (gleicher Server, Pfad und Inhalt), wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted in the ledger, not sent as rows.</source>
        <translation>%L1 fehlerhafte Zeilen wurden im Dateiverzeichnis gezählt, nicht als Zeilen gesendet.</translation>
    </message>
    <message>
        <source>No log file could be read from: %1</source>
        <translation>Aus %1 konnte keine Protokolldatei gelesen werden</translation>
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <source>The rows were sent, but the ledger could not be written, so they do not count yet (ingest the files again): %1</source>
        <translation>Die Zeilen wurden gesendet, aber das Dateiverzeichnis konnte nicht geschrieben werden, daher zählen sie noch nicht (senden Sie die Dateien erneut): %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language takes effect when HttpErr Viewer starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von HttpErr Viewer.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>LineContext</name>
    <message>
        <source>The file has no line %1</source>
        <translation>Die Datei hat keine Zeile %1</translation>
    </message>
</context>
<context>
    <name>LineContextDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — Zeile %2</translation>
    </message>
    <message>
        <source>Cannot show line %1 of %2: %3</source>
        <translation>Zeile %1 von %2 kann nicht angezeigt werden: %3</translation>
    </message>
</context>
<context>
    <name>LoadJob</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
</context>
<context>
    <name>LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc); rows read so far stay</source>
        <translation>Laden abbrechen (Esc); bereits gelesene Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L1 von %L2 Zeilen</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Client port</source>
        <translation>Client-Port</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>Server-IP</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Stream (ext.)</source>
        <translation>Stream (erw.)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Extended fault code</source>
        <translation>Erweiterter Fehlercode</translation>
    </message>
</context>
<context>
    <name>LogProblem</name>
    <message>
        <source>Expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>Date and time are not YYYY-MM-DD HH:MM:SS</source>
        <translation>Datum und Uhrzeit haben nicht das Format JJJJ-MM-TT HH:MM:SS</translation>
    </message>
    <message>
        <source>No #Fields header, and %1 fields match no known httperr layout</source>
        <translation>Kein #Fields-Kopf, und %1 Felder passen zu keinem bekannten httperr-Aufbau</translation>
    </message>
    <message>
        <source>The #Fields header has no date and time fields</source>
        <translation>Der #Fields-Kopf enthält keine Datums- und Zeitfelder</translation>
    </message>
    <message>
        <source>No #Fields header: columns guessed from the field count</source>
        <translation>Kein #Fields-Kopf: Spalten anhand der Feldanzahl ermittelt</translation>
    </message>
    <message>
        <source>File or folder not found</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The folder holds no .log files</source>
        <translation>Der Ordner enthält keine .log-Dateien</translation>
    </message>
    <message>
        <source>Not an HTTP.sys error log (%1)</source>
        <translation>Kein HTTP.sys-Fehlerprotokoll (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log</source>
        <translation>Binärdaten, kein Textprotokoll</translation>
    </message>
    <message>
        <source>No log lines in this file</source>
        <translation>Keine Protokollzeilen in dieser Datei</translation>
    </message>
    <message>
        <source>Too many malformed lines; only the first %1 are listed</source>
        <translation>Zu viele fehlerhafte Zeilen; nur die ersten %1 werden aufgeführt</translation>
    </message>
    <message>
        <source>Damaged archive</source>
        <translation>Beschädigtes Archiv</translation>
    </message>
    <message>
        <source>Damaged archive: %1</source>
        <translation>Beschädigtes Archiv: %1</translation>
    </message>
    <message>
        <source>Encrypted archive member: cannot be read without its password</source>
        <translation>Verschlüsselter Archiveintrag: ohne Kennwort nicht lesbar</translation>
    </message>
    <message>
        <source>Refused: expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>Abgelehnt: wird mehr als %1-mal so groß wie komprimiert (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <source>Skipped: not a .log file</source>
        <translation>Übersprungen: keine .log-Datei</translation>
    </message>
    <message>
        <source>The archive holds no .log files</source>
        <translation>Das Archiv enthält keine .log-Dateien</translation>
    </message>
    <message>
        <source>The file was truncated or replaced: read again from the start</source>
        <translation>Die Datei wurde gekürzt oder ersetzt: erneut von Anfang an gelesen</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 fields: the file was cut short or is still being written</source>
        <translation>Die letzte Zeile endet ohne Zeilenumbruch nach %1 Feldern: Die Datei wurde abgeschnitten oder wird noch geschrieben</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 of %2 fields: the file was cut short or is still being written</source>
        <translation>Die letzte Zeile endet ohne Zeilenumbruch nach %1 von %2 Feldern: Die Datei wurde abgeschnitten oder wird noch geschrieben</translation>
    </message>
    <message>
        <source>Line longer than %1 MiB: skipped</source>
        <translation>Zeile länger als %1 MiB: übersprungen</translation>
    </message>
    <message>
        <source>NUL bytes instead of text: the file was not completely written</source>
        <translation>NUL-Bytes statt Text: Die Datei wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>A field of %1 bytes was cut to its first %2 KiB</source>
        <translation>Ein Feld mit %1 Byte wurde auf seine ersten %2 KiB gekürzt</translation>
    </message>
    <message>
        <source>Read as %1 text</source>
        <translation>Als %1-Text gelesen</translation>
    </message>
    <message>
        <source>Only # header lines, no log rows</source>
        <translation>Nur #-Kopfzeilen, keine Protokollzeilen</translation>
    </message>
    <message>
        <source>The file grew while it was read (%1); the new lines are included</source>
        <translation>Die Datei ist beim Lesen gewachsen (%1); die neuen Zeilen sind enthalten</translation>
    </message>
    <message>
        <source>The file shrank while it was read (%1)</source>
        <translation>Die Datei ist beim Lesen geschrumpft (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log (%1)</source>
        <translation>Binärdaten, kein Textprotokoll (%1)</translation>
    </message>
    <message>
        <source>No log rows: every line is malformed</source>
        <translation>Keine Protokollzeilen: Jede Zeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>Header block skipped up to the next header: not an HTTP.sys error log (%1)</source>
        <translation>Kopfblock bis zum nächsten Kopf übersprungen: kein HTTP.sys-Fehlerprotokoll (%1)</translation>
    </message>
    <message>
        <source>Skipped: the member&apos;s name leads out of the archive (“..” or an absolute path)</source>
        <translation>Übersprungen: Der Name des Archivmitglieds führt aus dem Archiv hinaus („..“ oder ein absoluter Pfad)</translation>
    </message>
    <message>
        <source>Skipped: an earlier member of the archive has the same name, and that one was read</source>
        <translation>Übersprungen: Ein früheres Mitglied des Archivs hat denselben Namen, und jenes wurde gelesen</translation>
    </message>
    <message>
        <source>%1 is not a number: the line is skipped</source>
        <translation>%1 ist keine Zahl: Die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>An access-log line before any #Fields header: its fields are unknown</source>
        <translation>Eine Zeile eines Zugriffsprotokolls vor jedem #Fields-Kopf: Ihre Felder sind unbekannt</translation>
    </message>
    <message>
        <source>This access log&apos;s #Fields has no time-taken: its requests cannot be counted as slow</source>
        <translation>Das #Fields dieses Zugriffsprotokolls hat kein time-taken: Seine Anfragen können nicht als langsam gezählt werden</translation>
    </message>
    <message>
        <source>Fields IIS does not write by default (custom fields?) are ignored: %1</source>
        <translation>Felder, die IIS standardmäßig nicht schreibt (benutzerdefinierte Felder?), werden ignoriert: %1</translation>
    </message>
    <message>
        <source>The access logs of this server (%1) do not overlap its httperr logs (%2): they cannot explain the spikes. From another day, or written in local time?</source>
        <translation>Die Zugriffsprotokolle dieses Servers (%1) überschneiden sich nicht mit seinen httperr-Protokollen (%2): Sie können die Spitzen nicht erklären. Von einem anderen Tag oder in Ortszeit geschrieben?</translation>
    </message>
</context>
<context>
    <name>LogSummary</name>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Malformed lines: %1</source>
        <translation>Fehlerhafte Zeilen: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erste: %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Letzte: %1</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Copy Selected Rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Show Only “%1”</source>
        <translation>Nur „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied the first %1 selected rows (the most copied at once)</source>
        <translation>Die ersten %1 ausgewählten Zeilen kopiert (mehr auf einmal geht nicht)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Server “%1”…</source>
        <translation>Server „%1“ umbenennen…</translation>
    </message>
    <message>
        <source>Rows Around This Time (±5 min)</source>
        <translation>Zeilen um diese Zeit (±5 min)</translation>
    </message>
    <message>
        <source>Same /24 (%1)</source>
        <translation>Gleiches /24 (%1)</translation>
    </message>
    <message>
        <source>Same /64 (%1)</source>
        <translation>Gleiches /64 (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
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
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Export Rows…</source>
        <translation>Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Create Re&amp;port…</source>
        <translation>Bericht e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter by &amp;URL…</source>
        <translation>Nach &amp;URL filtern…</translation>
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
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>&amp;Keep Filters When Opening Files</source>
        <translation>Filter beim Öffnen von Dateien &amp;beibehalten</translation>
    </message>
    <message>
        <source>Opening other files keeps the filters instead of showing every row</source>
        <translation>Beim Öffnen anderer Dateien bleiben die Filter erhalten, statt alle Zeilen zu zeigen</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder, or it cannot be read. What was loaded is still shown.</source>
        <translation>%1 kann nicht geöffnet werden: Datei oder Ordner existiert nicht oder ist nicht lesbar. Das bisher Geladene wird weiter angezeigt.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>clickhouse://HOST:8123/DATABASE</source>
        <translation>clickhouse://HOST:8123/DATENBANK</translation>
    </message>
    <message>
        <source>optional: read all shards of this cluster</source>
        <translation>optional: alle Shards dieses Clusters lesen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>clickhouses:// connects over HTTPS (port 8443 by default). The password is not saved.</source>
        <translation>clickhouses:// verbindet über HTTPS (standardmäßig Port 8443). Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many; the timeline counts them all.</source>
        <translation>Die Tabelle enthält die ältesten Zeilen, die die Filter durchlassen, höchstens so viele; die Zeitleiste zählt alle.</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>Zeilen &amp;höchstens:</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>HTTP.sys-Fehlerprotokolle öffnen</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>Ordner mit HTTP.sys-Fehlerprotokollen öffnen</translation>
    </message>
    <message>
        <source>HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;All files (*)</source>
        <translation>HTTP.sys-Fehlerprotokolle und Archive (*.log *.log.gz *.zip *.gz);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>kein httperr-Protokoll</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>folder without logs</source>
        <translation>Ordner ohne Protokolle</translation>
    </message>
    <message>
        <source>no log rows</source>
        <translation>keine Protokollzeilen</translation>
    </message>
    <message>
        <source>shrank while read</source>
        <translation>beim Lesen geschrumpft</translation>
    </message>
    <message>
        <source>malformed lines: %1</source>
        <translation>fehlerhafte Zeilen: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>No problems (%1)</source>
        <translation>Keine Probleme (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Files with problems: %1 — %2</source>
        <translation>Dateien mit Problemen: %1 — %2</translation>
    </message>
    <message>
        <source>header blocks of other logs skipped</source>
        <translation>übersprungene Kopfblöcke anderer Protokolle</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>File errors</source>
        <translation>Dateifehler</translation>
    </message>
    <message>
        <source>Malformed lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>ReasonCatalog</name>
    <message>
        <source>HTTP.sys answered 503 because the application pool was taken offline after its worker processes kept failing (rapid-fail protection).</source>
        <translation>HTTP.sys hat mit 503 geantwortet, weil der Anwendungspool offline genommen wurde, nachdem seine Arbeitsprozesse immer wieder ausgefallen waren (Rapid-Fail-Schutz).</translation>
    </message>
    <message>
        <source>The worker process crashed repeatedly: by default 5 crashes within 5 minutes stop the pool.
Unhandled exceptions, a bad deployment or configuration, an expired app-pool identity password.</source>
        <translation>Der Arbeitsprozess ist wiederholt abgestürzt: Standardmäßig halten 5 Abstürze innerhalb von 5 Minuten den Pool an.
Unbehandelte Ausnahmen, eine fehlerhafte Bereitstellung oder Konfiguration, ein abgelaufenes Kennwort der App-Pool-Identität.</translation>
    </message>
    <message>
        <source>System event log: WAS warnings naming the pool.
Application log and crash dumps (WER) for why w3wp died.
The pool&apos;s state in IIS Manager: fix the crash, then start the pool.</source>
        <translation>Systemereignisprotokoll: WAS-Warnungen, die den Pool nennen.
Anwendungsprotokoll und Absturzabbilder (WER), um zu sehen, warum w3wp beendet wurde.
Der Zustand des Pools im IIS-Manager: erst den Absturz beheben, dann den Pool starten.</translation>
    </message>
    <message>
        <source>applicationPools/add/failure: rapidFailProtection, rapidFailProtectionMaxCrashes, rapidFailProtectionInterval.
loadBalancerCapabilities: 503 (HttpLevel) or a TCP reset (TcpLevel).</source>
        <translation>applicationPools/add/failure: rapidFailProtection, rapidFailProtectionMaxCrashes, rapidFailProtectionInterval.
loadBalancerCapabilities: 503 (HttpLevel) oder ein TCP-Reset (TcpLevel).</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application pool&apos;s process was too busy to take the request.</source>
        <translation>HTTP.sys hat mit 503 geantwortet, weil der Prozess des Anwendungspools zu ausgelastet war, um die Anforderung anzunehmen.</translation>
    </message>
    <message>
        <source>CPU saturation or thread starvation in w3wp.
Long-running or blocked requests holding every thread.</source>
        <translation>CPU-Auslastung am Limit oder Thread-Mangel in w3wp.
Lang laufende oder blockierte Anforderungen, die alle Threads belegen.</translation>
    </message>
    <message>
        <source>CPU and thread count of w3wp at that time.
A memory dump taken during the slowdown.
The IIS log&apos;s time-taken for the same period.</source>
        <translation>CPU-Last und Thread-Anzahl von w3wp zu diesem Zeitpunkt.
Ein Speicherabbild, aufgenommen während der Verlangsamung.
Die time-taken-Werte im IIS-Protokoll für denselben Zeitraum.</translation>
    </message>
    <message>
        <source>App-pool queueLength and process model limits.
The application&apos;s thread-pool settings.</source>
        <translation>queueLength und Prozessmodell-Grenzwerte des App-Pools.
Die Thread-Pool-Einstellungen der Anwendung.</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application was shut down automatically by a policy the administrator set.</source>
        <translation>HTTP.sys hat mit 503 geantwortet, weil die Anwendung automatisch durch eine vom Administrator festgelegte Richtlinie heruntergefahren wurde.</translation>
    </message>
    <message>
        <source>Scheduled, request-count or memory-based recycling.
Idle time-out shutting the worker down.
A configuration change that recycled the pool.</source>
        <translation>Wiederverwendung (Recycling) nach Zeitplan, Anforderungsanzahl oder Speicherverbrauch.
Leerlauf-Timeout, das den Arbeitsprozess beendet.
Eine Konfigurationsänderung, die den Pool wiederverwendet hat.</translation>
    </message>
    <message>
        <source>System event log: WAS events about recycles at that time.
The pool&apos;s recycling and idle time-out settings.</source>
        <translation>Systemereignisprotokoll: WAS-Ereignisse zu Wiederverwendungen zu diesem Zeitpunkt.
Die Recycling- und Leerlauf-Timeout-Einstellungen des Pools.</translation>
    </message>
    <message>
        <source>applicationPools/add/recycling (periodicRestart).
processModel idleTimeout.</source>
        <translation>applicationPools/add/recycling (periodicRestart).
processModel idleTimeout.</translation>
    </message>
    <message>
        <source>HTTP.sys could not parse the request and answered 400 itself; the application never saw it and the IIS log has no entry for it.</source>
        <translation>HTTP.sys konnte die Anforderung nicht parsen und hat selbst mit 400 geantwortet; die Anwendung hat sie nie gesehen, und im IIS-Protokoll gibt es keinen Eintrag dazu.</translation>
    </message>
    <message>
        <source>Malformed or non-HTTP clients.
Scanners and exploit probes.
TLS sent to a plain HTTP port.</source>
        <translation>Fehlerhafte Clients oder Clients, die kein HTTP sprechen.
Scanner und Exploit-Proben.
TLS an einen reinen HTTP-Port gesendet.</translation>
    </message>
    <message>
        <source>Group by client IP: a few sources usually means scanning.
The method and URL columns show how far parsing got.</source>
        <translation>Nach Client-IP gruppieren: Wenige Quellen deuten meist auf einen Scan hin.
Die Spalten Methode und URL zeigen, wie weit das Parsen gekommen ist.</translation>
    </message>
    <message>
        <source>The client closed the connection before the request was handed to a worker process.</source>
        <translation>Der Client hat die Verbindung geschlossen, bevor die Anforderung an einen Arbeitsprozess übergeben wurde.</translation>
    </message>
    <message>
        <source>Clients or load balancers timing out while the request waited.
Users aborting page loads.
Health probes that disconnect early.</source>
        <translation>Clients oder Load Balancer, die in ein Timeout laufen, während die Anforderung wartet.
Benutzer, die das Laden einer Seite abbrechen.
Integritätsprüfungen (Health Probes), die früh trennen.</translation>
    </message>
    <message>
        <source>Whether the rate follows traffic (normal) or jumps.
QueueFull, Timer_AppPool or Timer_ReqQueue at the same time: requests waiting too long for the app.
Load balancer and proxy time-outs.</source>
        <translation>Ob die Rate dem Datenverkehr folgt (normal) oder sprunghaft steigt.
QueueFull, Timer_AppPool oder Timer_ReqQueue zur selben Zeit: Anforderungen warten zu lange auf die Anwendung.
Timeouts von Load Balancer und Proxy.</translation>
    </message>
    <message>
        <source>The worker process ended, or closed its request queue, while this request was still pending, so HTTP.sys abandoned it. This is the wording of older Windows versions.</source>
        <translation>Der Arbeitsprozess wurde beendet oder hat seine Anforderungswarteschlange geschlossen, während diese Anforderung noch ausstand; HTTP.sys hat sie daher verworfen. So lautet die Meldung in älteren Windows-Versionen.</translation>
    </message>
    <message>
        <source>w3wp crashed, was recycled or was killed with requests in flight.</source>
        <translation>w3wp ist abgestürzt, wurde wiederverwendet oder beendet, während Anforderungen in Bearbeitung waren.</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
Recycling settings of the pool.</source>
        <translation>Systemereignisprotokoll: WAS-Ereignisse zur selben Zeit.
Anwendungsprotokoll und WER-Absturzberichte für w3wp.
Recycling-Einstellungen des Pools.</translation>
    </message>
    <message>
        <source>The process serving the request queue ended, or closed the queue, while this request was still pending, so HTTP.sys abandoned it.</source>
        <translation>Der Prozess, der die Anforderungswarteschlange bedient, wurde beendet oder hat die Warteschlange geschlossen, während diese Anforderung noch ausstand; HTTP.sys hat sie daher verworfen.</translation>
    </message>
    <message>
        <source>The app pool crashed or was recycled.
The HTTP service or the hosting service stopped.
On ports such as 2869 or 5357: the Windows service that owns the URL stopped.</source>
        <translation>Der App-Pool ist abgestürzt oder wurde wiederverwendet.
Der HTTP-Dienst oder der Hostingdienst wurde beendet.
Auf Ports wie 2869 oder 5357: Der Windows-Dienst, dem die URL gehört, wurde beendet.</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
AppOffline following soon after: rapid-fail protection stopped the pool.</source>
        <translation>Systemereignisprotokoll: WAS-Ereignisse zur selben Zeit.
Anwendungsprotokoll und WER-Absturzberichte für w3wp.
Kurz darauf folgendes AppOffline: Der Rapid-Fail-Schutz hat den Pool angehalten.</translation>
    </message>
    <message>
        <source>HTTP.sys had the request and the application had started on it, but the connection was closed before the complete response and its logging data were handed over. HTTP.sys kept it as a &quot;zombie&quot; connection and wrote this line when it gave up on it. There are two readings.</source>
        <translation>HTTP.sys hatte die Anforderung, und die Anwendung hatte mit der Bearbeitung begonnen, doch die Verbindung wurde geschlossen, bevor die vollständige Antwort und ihre Protokolldaten übergeben waren. HTTP.sys hat sie als „Zombie“-Verbindung vorgehalten und diese Zeile geschrieben, als es sie aufgab. Es gibt zwei Lesarten.</translation>
    </message>
    <message>
        <source>Reading 1 - the application was too slow under load: it could not hand its response or logging data back to HTTP.sys in time (about two minutes; some documentation says one), so HTTP.sys dropped the connection.
Reading 2 - the application failed to send the response: it closed or reset the connection (for example Response.Close(), or Connection: close behind ARR) or failed half-way, while the client, proxy or load balancer had already given up.
A few per hour are normal background; a spike means slow responses met impatient clients, proxies or load balancers.</source>
        <translation>Lesart 1 – die Anwendung war unter Last zu langsam: Sie konnte ihre Antwort oder ihre Protokolldaten nicht rechtzeitig an HTTP.sys übergeben (etwa zwei Minuten; manche Dokumentation nennt eine), daher hat HTTP.sys die Verbindung getrennt.
Lesart 2 – die Anwendung konnte die Antwort nicht senden: Sie hat die Verbindung geschlossen oder zurückgesetzt (zum Beispiel Response.Close() oder Connection: close hinter ARR) oder ist mittendrin gescheitert, während Client, Proxy oder Load Balancer schon aufgegeben hatten.
Einige pro Stunde sind normales Grundrauschen; eine Spitze bedeutet, dass langsame Antworten auf ungeduldige Clients, Proxys oder Load Balancer trafen.</translation>
    </message>
    <message>
        <source>For reading 1: thread starvation or blocking in the worker process (thread count, CPU, a memory dump during the spike).
For reading 1: the IIS log&apos;s time-taken for the same URLs around this time.
For reading 2: Failed Request Tracing for the affected URLs.
For both: Event Viewer (Application and System) for app-pool errors, crashes and recycles.
For both: load balancer and reverse proxy time-outs - shorter than the application&apos;s response time means they give up first.</source>
        <translation>Zu Lesart 1: Thread-Mangel oder Blockierungen im Arbeitsprozess (Thread-Anzahl, CPU, ein Speicherabbild während der Spitze).
Zu Lesart 1: die time-taken-Werte im IIS-Protokoll für dieselben URLs um diese Zeit.
Zu Lesart 2: Ablaufverfolgung für Anforderungsfehler (Failed Request Tracing) für die betroffenen URLs.
Für beide: Ereignisanzeige (Anwendung und System) auf App-Pool-Fehler, Abstürze und Wiederverwendungen.
Für beide: Timeouts von Load Balancer und Reverse Proxy – sind sie kürzer als die Antwortzeit der Anwendung, geben sie zuerst auf.</translation>
    </message>
    <message>
        <source>Load balancer and proxy idle and response time-outs (ARR: proxy timeout).
IIS connectionTimeout.</source>
        <translation>Leerlauf- und Antwort-Timeouts von Load Balancer und Proxy (ARR: proxy timeout).
IIS connectionTimeout.</translation>
    </message>
    <message>
        <source>The list HTTP.sys keeps of dropped (&quot;zombie&quot;) connections overflowed: connections were dropped faster than the list could hold them.</source>
        <translation>Die Liste, in der HTTP.sys getrennte („Zombie“-)Verbindungen führt, ist übergelaufen: Verbindungen wurden schneller getrennt, als die Liste sie aufnehmen konnte.</translation>
    </message>
    <message>
        <source>Bursts of client disconnects.
A load balancer that closes connections at once, or that marks slow servers unhealthy yet keeps sending them requests.</source>
        <translation>Gehäufte Verbindungsabbrüche durch Clients.
Ein Load Balancer, der Verbindungen sofort schließt oder langsame Server als fehlerhaft markiert, ihnen aber weiter Anforderungen schickt.</translation>
    </message>
    <message>
        <source>The IIS log for many 200.0.64 (client disconnected) entries.
Load balancer health-check and ejection rules.
A Connection_Dropped spike at the same time.</source>
        <translation>Das IIS-Protokoll auf viele Einträge 200.0.64 (Client getrennt).
Integritätsprüfungs- und Ausschlussregeln des Load Balancers.
Eine Connection_Dropped-Spitze zur selben Zeit.</translation>
    </message>
    <message>
        <source>The site&apos;s connection limit was reached, so HTTP.sys refused the request with 503.</source>
        <translation>Das Verbindungslimit der Site war erreicht, daher hat HTTP.sys die Anforderung mit 503 abgelehnt.</translation>
    </message>
    <message>
        <source>A maxConnections limit set on the site.
A traffic spike, or slow clients holding many connections open.</source>
        <translation>Ein für die Site festgelegtes maxConnections-Limit.
Ein Lastanstieg oder langsame Clients, die viele Verbindungen offen halten.</translation>
    </message>
    <message>
        <source>The site&apos;s limits in IIS.
Traffic volume and client mix at that time.</source>
        <translation>Die Grenzwerte der Site in IIS.
Datenvolumen und Zusammensetzung der Clients zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>sites/site/limits maxConnections.</source>
        <translation>sites/site/limits maxConnections.</translation>
    </message>
    <message>
        <source>HTTP.sys stopped accepting new connections because kernel non-paged pool memory fell below 20 MB.</source>
        <translation>HTTP.sys hat keine neuen Verbindungen mehr angenommen, weil der nicht ausgelagerte Kernel-Pool (Non-Paged Pool) unter 20 MB gefallen ist.</translation>
    </message>
    <message>
        <source>Kernel memory pressure.
A driver leaking non-paged pool.</source>
        <translation>Speicherknappheit im Kernel.
Ein Treiber mit einem Speicherleck im nicht ausgelagerten Pool.</translation>
    </message>
    <message>
        <source>Non-paged pool usage over time (Performance Monitor, poolmon).
Drivers whose pool tags keep growing.
The System event log.</source>
        <translation>Belegung des nicht ausgelagerten Pools im Zeitverlauf (Leistungsüberwachung, poolmon).
Treiber, deren Pool-Tags ständig wachsen.
Das Systemereignisprotokoll.</translation>
    </message>
    <message>
        <source>EnableAggressiveMemoryUsage=1 under HKLM\System\CurrentControlSet\Services\HTTP\Parameters lowers the threshold to 8 MB - a stopgap, not a fix.</source>
        <translation>EnableAggressiveMemoryUsage=1 unter HKLM\System\CurrentControlSet\Services\HTTP\Parameters senkt die Schwelle auf 8 MB – eine Notlösung, keine Behebung.</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because an administrator took the application offline: its pool or site is stopped.</source>
        <translation>HTTP.sys hat mit 503 geantwortet, weil ein Administrator die Anwendung offline genommen hat: Ihr Pool oder ihre Site ist angehalten.</translation>
    </message>
    <message>
        <source>Planned maintenance.
A pool or site stopped by hand or by a script.</source>
        <translation>Geplante Wartung.
Ein Pool oder eine Site, von Hand oder per Skript angehalten.</translation>
    </message>
    <message>
        <source>The state of the app pool and site.
Who stopped it and when (System event log, change records).</source>
        <translation>Der Zustand von App-Pool und Site.
Wer ihn wann angehalten hat (Systemereignisprotokoll, Änderungsprotokolle).</translation>
    </message>
    <message>
        <source>The request body was larger than the server allows.</source>
        <translation>Der Anforderungstext war größer, als der Server zulässt.</translation>
    </message>
    <message>
        <source>Uploads or posts beyond the configured size limits.</source>
        <translation>Uploads oder POST-Anforderungen über den konfigurierten Größengrenzen.</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.
Whether the limit matches what the application is meant to accept.</source>
        <translation>Welche URLs und Clients betroffen sind.
Ob die Grenze dem entspricht, was die Anwendung annehmen soll.</translation>
    </message>
    <message>
        <source>Request size limits of the server and application (for example request filtering maxAllowedContentLength).</source>
        <translation>Größengrenzen für Anforderungen in Server und Anwendung (zum Beispiel maxAllowedContentLength der Anforderungsfilterung).</translation>
    </message>
    <message>
        <source>A request header field was longer than HTTP.sys allows.</source>
        <translation>Ein Anforderungsheader-Feld war länger, als HTTP.sys zulässt.</translation>
    </message>
    <message>
        <source>Large cookies.
Large Kerberos tokens (users in many groups).
Oversized custom headers.</source>
        <translation>Große Cookies.
Große Kerberos-Tokens (Benutzer in vielen Gruppen).
Übergroße benutzerdefinierte Header.</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.
The size of their Cookie and Authorization headers.</source>
        <translation>Welche Clients und URLs betroffen sind.
Die Größe ihrer Cookie- und Authorization-Header.</translation>
    </message>
    <message>
        <source>MaxFieldLength (default 16 KB) and MaxRequestBytes under HKLM\System\CurrentControlSet\Services\HTTP\Parameters; restart the HTTP service after a change.</source>
        <translation>MaxFieldLength (Standard 16 KB) und MaxRequestBytes unter HKLM\System\CurrentControlSet\Services\HTTP\Parameters; nach einer Änderung den HTTP-Dienst neu starten.</translation>
    </message>
    <message>
        <source>HTTP.sys found a forbidden element or character sequence while parsing the request.</source>
        <translation>HTTP.sys hat beim Parsen der Anforderung ein unzulässiges Element oder eine unzulässige Zeichenfolge gefunden.</translation>
    </message>
    <message>
        <source>Path traversal attempts (\.., encoded dots).
Restricted characters in the URL.
Mostly scanners.</source>
        <translation>Path-Traversal-Versuche (\.., kodierte Punkte).
Eingeschränkte Zeichen in der URL.
Meist Scanner.</translation>
    </message>
    <message>
        <source>Group by client IP and URL: real users rarely trigger it.</source>
        <translation>Nach Client-IP und URL gruppieren: Echte Benutzer lösen das selten aus.</translation>
    </message>
    <message>
        <source>AllowRestrictedChars and the other URL-parsing keys under HTTP\Parameters (relaxing them widens the attack surface).</source>
        <translation>AllowRestrictedChars und die übrigen Schlüssel zum URL-Parsen unter HTTP\Parameters (sie zu lockern vergrößert die Angriffsfläche).</translation>
    </message>
    <message>
        <source>A request header could not be parsed.</source>
        <translation>Ein Anforderungsheader konnte nicht geparst werden.</translation>
    </message>
    <message>
        <source>Malformed header syntax from broken clients, tools or attack traffic.</source>
        <translation>Fehlerhafte Header-Syntax von defekten Clients, Tools oder Angriffsverkehr.</translation>
    </message>
    <message>
        <source>Client IPs; user agents if they are logged.</source>
        <translation>Client-IPs; User-Agents, sofern sie protokolliert werden.</translation>
    </message>
    <message>
        <source>The Host header could not be parsed.</source>
        <translation>Der Host-Header konnte nicht geparst werden.</translation>
    </message>
    <message>
        <source>Invalid characters or format in the Host header.
Scanners probing with odd names.
A proxy that rewrites Host wrongly.</source>
        <translation>Ungültige Zeichen oder ungültiges Format im Host-Header.
Scanner, die mit seltsamen Namen sondieren.
Ein Proxy, der den Host falsch umschreibt.</translation>
    </message>
    <message>
        <source>Client IPs: scanners or one misbehaving proxy?</source>
        <translation>Client-IPs: Scanner oder ein einzelner fehlerhafter Proxy?</translation>
    </message>
    <message>
        <source>An internal error inside HTTP.sys.</source>
        <translation>Ein interner Fehler in HTTP.sys.</translation>
    </message>
    <message>
        <source>Rare: a driver problem or a failed memory allocation.</source>
        <translation>Selten: ein Treiberproblem oder eine fehlgeschlagene Speicherzuweisung.</translation>
    </message>
    <message>
        <source>The System event log around this time.
Kernel memory usage.
Windows updates for http.sys.</source>
        <translation>Das Systemereignisprotokoll um diese Zeit.
Kernel-Speicherbelegung.
Windows-Updates für http.sys.</translation>
    </message>
    <message>
        <source>The request contained an illegal carriage return or line feed.</source>
        <translation>Die Anforderung enthielt einen unzulässigen Wagenrücklauf (CR) oder Zeilenvorschub (LF).</translation>
    </message>
    <message>
        <source>Bare LF or CR inside headers: broken clients or request-smuggling attempts.</source>
        <translation>Einzelne LF oder CR in Headern: defekte Clients oder Request-Smuggling-Versuche.</translation>
    </message>
    <message>
        <source>Client IPs.
Whether a proxy in front rewrites requests.</source>
        <translation>Client-IPs.
Ob ein vorgeschalteter Proxy Anforderungen umschreibt.</translation>
    </message>
    <message>
        <source>The request had a body but did not say how long it was: no Content-Length and no chunked encoding.</source>
        <translation>Die Anforderung hatte einen Textkörper, ohne dessen Länge anzugeben: kein Content-Length und keine Chunked-Kodierung.</translation>
    </message>
    <message>
        <source>Clients or libraries that send a body without declaring its length.</source>
        <translation>Clients oder Bibliotheken, die einen Textkörper senden, ohne seine Länge anzugeben.</translation>
    </message>
    <message>
        <source>The client and method; the client needs to send Content-Length or use chunked transfer.</source>
        <translation>Client und Methode; der Client muss Content-Length senden oder Chunked-Übertragung verwenden.</translation>
    </message>
    <message>
        <source>Service unavailable: HTTP.sys hit an internal error such as a failed memory allocation or a conflict in the URL reservation list.</source>
        <translation>Dienst nicht verfügbar: HTTP.sys ist auf einen internen Fehler gestoßen, etwa eine fehlgeschlagene Speicherzuweisung oder einen Konflikt in der Liste der URL-Reservierungen.</translation>
    </message>
    <message>
        <source>Most often a URL is registered but nothing is serving its queue: the owning service or app pool is stopped (typical on the UPnP/WSD ports 2869 and 5357).</source>
        <translation>Meistens ist eine URL registriert, aber niemand bedient ihre Warteschlange: Der zuständige Dienst oder App-Pool ist angehalten (typisch auf den UPnP/WSD-Ports 2869 und 5357).</translation>
    </message>
    <message>
        <source>That the target app pool or service is running.
Bindings and URL reservations: netsh http show urlacl, netsh http show servicestate.</source>
        <translation>Ob der Ziel-App-Pool bzw. -Dienst läuft.
Bindungen und URL-Reservierungen: netsh http show urlacl, netsh http show servicestate.</translation>
    </message>
    <message>
        <source>Not implemented: the request used a Transfer-Encoding HTTP.sys does not know.</source>
        <translation>Nicht implementiert: Die Anforderung verwendete ein Transfer-Encoding, das HTTP.sys nicht kennt.</translation>
    </message>
    <message>
        <source>Unusual or malformed Transfer-Encoding headers, often from tools or attack traffic.</source>
        <translation>Ungewöhnliche oder fehlerhafte Transfer-Encoding-Header, oft von Tools oder Angriffsverkehr.</translation>
    </message>
    <message>
        <source>Clients and methods: does any legitimate client send it?</source>
        <translation>Clients und Methoden: Sendet irgendein legitimer Client so etwas?</translation>
    </message>
    <message>
        <source>A number in the request could not be parsed.</source>
        <translation>Eine Zahl in der Anforderung konnte nicht geparst werden.</translation>
    </message>
    <message>
        <source>A bad Content-Length or chunk size.
Broken clients or request-smuggling attempts.</source>
        <translation>Ein ungültiges Content-Length oder eine ungültige Chunk-Größe.
Defekte Clients oder Request-Smuggling-Versuche.</translation>
    </message>
    <message>
        <source>Client IPs and methods.</source>
        <translation>Client-IPs und Methoden.</translation>
    </message>
    <message>
        <source>A precondition the request needed was missing.</source>
        <translation>Eine Vorbedingung, die die Anforderung benötigte, fehlte.</translation>
    </message>
    <message>
        <source>Clients leaving out a header HTTP.sys requires for that kind of request.</source>
        <translation>Clients, die einen Header weglassen, den HTTP.sys für diese Art von Anforderung verlangt.</translation>
    </message>
    <message>
        <source>The client and method.</source>
        <translation>Client und Methode.</translation>
    </message>
    <message>
        <source>HTTP.sys refused the request with 503 because the app pool&apos;s kernel request queue was full.</source>
        <translation>HTTP.sys hat die Anforderung mit 503 abgelehnt, weil die Kernel-Anforderungswarteschlange des App-Pools voll war.</translation>
    </message>
    <message>
        <source>The application is not taking requests off the queue fast enough: thread-pool starvation, blocking calls, high CPU or a hung process.
A sudden surge of traffic.</source>
        <translation>Die Anwendung holt Anforderungen nicht schnell genug aus der Warteschlange: Thread-Pool-Mangel, blockierende Aufrufe, hohe CPU-Last oder ein hängender Prozess.
Ein plötzlicher Ansturm an Datenverkehr.</translation>
    </message>
    <message>
        <source>Performance counters HTTP Service Request Queues: CurrentQueueSize, RejectedRequests.
CPU and threads of w3wp; a memory dump taken during the event.
Raising the queue length only buys time: find the slowness.</source>
        <translation>Leistungsindikatoren HTTP Service Request Queues: CurrentQueueSize, RejectedRequests.
CPU und Threads von w3wp; ein Speicherabbild während des Ereignisses.
Die Warteschlangenlänge zu erhöhen verschafft nur Zeit: Finden Sie die Ursache der Langsamkeit.</translation>
    </message>
    <message>
        <source>applicationPools/add queueLength (default 1000).
loadBalancerCapabilities: 503 or a TCP reset.</source>
        <translation>applicationPools/add queueLength (Standard 1000).
loadBalancerCapabilities: 503 oder ein TCP-Reset.</translation>
    </message>
    <message>
        <source>The request line and headers together were longer than HTTP.sys allows.</source>
        <translation>Anforderungszeile und Header zusammen waren länger, als HTTP.sys zulässt.</translation>
    </message>
    <message>
        <source>Huge cookies or many headers.
Large Kerberos tokens.</source>
        <translation>Riesige Cookies oder viele Header.
Große Kerberos-Tokens.</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.</source>
        <translation>Welche Clients und URLs betroffen sind.</translation>
    </message>
    <message>
        <source>MaxRequestBytes (default 16 KB) and MaxFieldLength under HKLM\System\CurrentControlSet\Services\HTTP\Parameters.</source>
        <translation>MaxRequestBytes (Standard 16 KB) und MaxFieldLength unter HKLM\System\CurrentControlSet\Services\HTTP\Parameters.</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s queue too long before a worker process took it, so the connection expired.</source>
        <translation>Die Anforderung hat zu lange in der Warteschlange des App-Pools gewartet, bevor ein Arbeitsprozess sie übernahm; daher ist die Verbindung abgelaufen.</translation>
    </message>
    <message>
        <source>A hung or very slow w3wp.
A pool that starts slowly.
Too few worker threads.</source>
        <translation>Ein hängender oder sehr langsamer w3wp.
Ein Pool, der langsam startet.
Zu wenige Arbeitsthreads.</translation>
    </message>
    <message>
        <source>QueueFull or Connection_Dropped at the same time.
CPU and threads of w3wp; a memory dump.</source>
        <translation>QueueFull oder Connection_Dropped zur selben Zeit.
CPU und Threads von w3wp; ein Speicherabbild.</translation>
    </message>
    <message>
        <source>Connection time-out (IIS connectionTimeout, default 2 minutes).</source>
        <translation>Verbindungs-Timeout (IIS connectionTimeout, Standard 2 Minuten).</translation>
    </message>
    <message>
        <source>An idle keep-alive connection expired and HTTP.sys closed it. Information only.</source>
        <translation>Eine inaktive Keep-Alive-Verbindung ist abgelaufen, und HTTP.sys hat sie geschlossen. Nur zur Information.</translation>
    </message>
    <message>
        <source>Normal: browsers keep connections open, then leave them. A healthy server&apos;s log is mostly these.</source>
        <translation>Normal: Browser halten Verbindungen offen und lassen sie dann liegen. Das Protokoll eines gesunden Servers besteht größtenteils daraus.</translation>
    </message>
    <message>
        <source>Only the rate matters. A jump can mean many clients opening and abandoning connections (connection exhaustion, slow-client attacks, load balancer probes that open TCP without sending requests).
Many at the same second: clients timing out together after a restart or a network event.</source>
        <translation>Nur die Rate zählt. Ein Sprung kann bedeuten, dass viele Clients Verbindungen öffnen und liegen lassen (Erschöpfung der Verbindungen, Slow-Client-Angriffe, Load-Balancer-Prüfungen, die TCP öffnen, ohne Anforderungen zu senden).
Viele in derselben Sekunde: Clients, die nach einem Neustart oder einem Netzwerkereignis gemeinsam in ein Timeout laufen.</translation>
    </message>
    <message>
        <source>IIS webLimits connectionTimeout (default 2 minutes).
HTTP API IdleConnection timer (netsh http add timeout).</source>
        <translation>IIS webLimits connectionTimeout (Standard 2 Minuten).
HTTP-API-Timer IdleConnection (netsh http add timeout).</translation>
    </message>
    <message>
        <source>The request body did not arrive in time; the timer restarts with every chunk received.</source>
        <translation>Der Anforderungstext ist nicht rechtzeitig eingetroffen; der Timer startet mit jedem empfangenen Block neu.</translation>
    </message>
    <message>
        <source>Slow or stalled uploads.
Clients on poor links.
Slow-POST attacks.</source>
        <translation>Langsame oder stockende Uploads.
Clients mit schlechter Anbindung.
Slow-POST-Angriffe.</translation>
    </message>
    <message>
        <source>Client IPs and URLs: upload endpoints, or one source sending slowly?</source>
        <translation>Client-IPs und URLs: Upload-Endpunkte oder eine einzelne Quelle, die langsam sendet?</translation>
    </message>
    <message>
        <source>HTTP Server API EntityBody timer (2 minutes by default); the IIS site&apos;s connectionTimeout.</source>
        <translation>EntityBody-Timer der HTTP-Server-API (standardmäßig 2 Minuten); connectionTimeout der IIS-Site.</translation>
    </message>
    <message>
        <source>The request headers were not complete within the time limit (2 minutes by default).</source>
        <translation>Die Anforderungsheader waren nicht innerhalb des Zeitlimits vollständig (standardmäßig 2 Minuten).</translation>
    </message>
    <message>
        <source>Slowloris-style attacks that send headers slowly.
Broken clients.</source>
        <translation>Angriffe nach Slowloris-Art, die Header langsam senden.
Defekte Clients.</translation>
    </message>
    <message>
        <source>Client IPs: a few sources with many lines means an attack.</source>
        <translation>Client-IPs: Wenige Quellen mit vielen Zeilen bedeuten einen Angriff.</translation>
    </message>
    <message>
        <source>IIS webLimits headerWaitTimeout.
netsh http add timeout timeouttype=headerwaittimeout.</source>
        <translation>IIS webLimits headerWaitTimeout.
netsh http add timeout timeouttype=headerwaittimeout.</translation>
    </message>
    <message>
        <source>The client took the response more slowly than the minimum send rate, so HTTP.sys closed the connection.</source>
        <translation>Der Client hat die Antwort langsamer abgenommen als die minimale Senderate, daher hat HTTP.sys die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Slow mobile or WAN clients.
Large downloads over thin links.
Slow-read attacks.
Windows Server 2012 R2 and later enforce the rate more strictly (self-hosted WCF and HttpListener services).</source>
        <translation>Langsame Mobil- oder WAN-Clients.
Große Downloads über dünne Leitungen.
Slow-Read-Angriffe.
Ab Windows Server 2012 R2 wird die Rate strenger durchgesetzt (selbst gehostete WCF- und HttpListener-Dienste).</translation>
    </message>
    <message>
        <source>URLs (large files?) and client IPs.
The effective rate: netsh http show servicestate view=&quot;session&quot;.</source>
        <translation>URLs (große Dateien?) und Client-IPs.
Die tatsächliche Rate: netsh http show servicestate view=&quot;session&quot;.</translation>
    </message>
    <message>
        <source>IIS webLimits minBytesPerSecond (default 240 bytes/s).
HTTP Server API minSendBytesPerSecond (default 150 bytes/s; 0xFFFFFFFF disables the check).</source>
        <translation>IIS webLimits minBytesPerSecond (Standard 240 Bytes/s).
HTTP-Server-API minSendBytesPerSecond (Standard 150 Bytes/s; 0xFFFFFFFF schaltet die Prüfung ab).</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s request queue too long before a worker process took it, so the connection expired. Newer wording of Timer_AppPool.</source>
        <translation>Die Anforderung hat zu lange in der Anforderungswarteschlange des App-Pools gewartet, bevor ein Arbeitsprozess sie übernahm; daher ist die Verbindung abgelaufen. Neuere Bezeichnung für Timer_AppPool.</translation>
    </message>
    <message>
        <source>Reserved: Microsoft documents this reason as not used.</source>
        <translation>Reserviert: Laut Microsoft wird dieser Grund nicht verwendet.</translation>
    </message>
    <message>
        <source>None known. Seeing it means behaviour Microsoft does not describe.</source>
        <translation>Keine bekannt. Taucht er auf, liegt ein Verhalten vor, das Microsoft nicht beschreibt.</translation>
    </message>
    <message>
        <source>The other fields of the row; the Windows version that wrote the log.</source>
        <translation>Die übrigen Felder der Zeile; die Windows-Version, die das Protokoll geschrieben hat.</translation>
    </message>
    <message>
        <source>An SSL renegotiation between client and server took longer than allowed (2 minutes).</source>
        <translation>Eine SSL-Neuaushandlung zwischen Client und Server hat länger gedauert als erlaubt (2 Minuten).</translation>
    </message>
    <message>
        <source>Client-certificate negotiation problems: the client does not answer the certificate request, or certificate settings do not match.</source>
        <translation>Probleme bei der Aushandlung von Client-Zertifikaten: Der Client beantwortet die Zertifikatsanforderung nicht, oder die Zertifikatseinstellungen passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Sites and URLs that require client certificates.
SSL bindings: netsh http show sslcert.</source>
        <translation>Sites und URLs, die Client-Zertifikate verlangen.
SSL-Bindungen: netsh http show sslcert.</translation>
    </message>
    <message>
        <source>The URL could not be parsed.</source>
        <translation>Die URL konnte nicht geparst werden.</translation>
    </message>
    <message>
        <source>Scanners and worms.
Invalid percent-escapes.
Paths that climb above the root.</source>
        <translation>Scanner und Würmer.
Ungültige Prozent-Escapes.
Pfade, die über das Stammverzeichnis hinausgehen.</translation>
    </message>
    <message>
        <source>Group by client IP: real users rarely cause it.</source>
        <translation>Nach Client-IP gruppieren: Echte Benutzer verursachen das selten.</translation>
    </message>
    <message>
        <source>The URL was longer than HTTP.sys allows.</source>
        <translation>Die URL war länger, als HTTP.sys zulässt.</translation>
    </message>
    <message>
        <source>Very long query strings.
Too many or too long path segments.
Attack payloads.</source>
        <translation>Sehr lange Abfragezeichenfolgen.
Zu viele oder zu lange Pfadsegmente.
Angriffs-Payloads.</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.</source>
        <translation>Welche URLs und Clients betroffen sind.</translation>
    </message>
    <message>
        <source>UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) and MaxFieldLength under HTTP\Parameters.</source>
        <translation>UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) und MaxFieldLength unter HTTP\Parameters.</translation>
    </message>
    <message>
        <source>The request method could not be parsed.</source>
        <translation>Die Anforderungsmethode konnte nicht geparst werden.</translation>
    </message>
    <message>
        <source>Non-HTTP traffic: TLS handshakes sent to an HTTP port, binary probes, port scanners.</source>
        <translation>Nicht-HTTP-Verkehr: TLS-Handshakes an einen HTTP-Port, binäre Sondierungen, Portscanner.</translation>
    </message>
    <message>
        <source>Client IPs and server ports: a client using https:// on an http binding (or the reverse)?</source>
        <translation>Client-IPs und Server-Ports: Ein Client, der https:// auf einer http-Bindung verwendet (oder umgekehrt)?</translation>
    </message>
    <message>
        <source>The HTTP version in the request line is not supported.</source>
        <translation>Die HTTP-Version in der Anforderungszeile wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Request lines with unusual versions (HTTP/2.0 written as text, HTTP/9.9): buggy clients or scanners.</source>
        <translation>Anforderungszeilen mit ungewöhnlichen Versionen (HTTP/2.0 als Text, HTTP/9.9): fehlerhafte Clients oder Scanner.</translation>
    </message>
    <message>
        <source>Client IPs.</source>
        <translation>Client-IPs.</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list, but seen in real logs: no registered URL matched the request&apos;s host, port and path, so HTTP.sys answered 404 before any application.</source>
        <translation>Nicht in der Liste von Microsoft, aber in echten Protokollen zu sehen: Keine registrierte URL passte zu Host, Port und Pfad der Anforderung, daher hat HTTP.sys vor jeder Anwendung mit 404 geantwortet.</translation>
    </message>
    <message>
        <source>Requests to hosts or ports with no site binding.
Scanners.</source>
        <translation>Anforderungen an Hosts oder Ports ohne Site-Bindung.
Scanner.</translation>
    </message>
    <message>
        <source>Host and port of the requests against the site bindings and URL reservations (netsh http show urlacl).</source>
        <translation>Host und Port der Anforderungen, abgeglichen mit den Site-Bindungen und URL-Reservierungen (netsh http show urlacl).</translation>
    </message>
    <message>
        <source>Not documented by Microsoft and not confirmed in real logs (it appears in a third-party parser&apos;s test data). Probably a request larger than a limit allows.</source>
        <translation>Von Microsoft nicht dokumentiert und in echten Protokollen nicht bestätigt (er taucht in den Testdaten eines fremden Parsers auf). Vermutlich eine Anforderung, die eine Größengrenze überschreitet.</translation>
    </message>
    <message>
        <source>Unknown; treat it like EntityTooLarge or RequestLength until proven otherwise.</source>
        <translation>Unbekannt; bis zum Beweis des Gegenteils wie EntityTooLarge oder RequestLength behandeln.</translation>
    </message>
    <message>
        <source>The status, method and URL of the rows; which clients send them.</source>
        <translation>Status, Methode und URL der Zeilen; welche Clients sie senden.</translation>
    </message>
    <message>
        <source>Undocumented: &quot;%1&quot; is not in Microsoft&apos;s list of HTTP.sys reason phrases and this viewer knows nothing reliable about it. It may come from a newer Windows version or a third-party driver.</source>
        <translation>Undokumentiert: „%1“ steht nicht in der Liste der HTTP.sys-Gründe von Microsoft, und dieser Viewer weiß nichts Verlässliches darüber. Er könnte von einer neueren Windows-Version oder einem Treiber eines Drittanbieters stammen.</translation>
    </message>
    <message>
        <source>The row&apos;s own fields: status, method, URL and queue show how far HTTP.sys got with the request.
Which clients, URLs and times it clusters on (filter on it).
Microsoft documentation and support for the exact token.</source>
        <translation>Die eigenen Felder der Zeile: Status, Methode, URL und Warteschlange zeigen, wie weit HTTP.sys mit der Anforderung gekommen ist.
Auf welche Clients, URLs und Zeiten er sich häuft (danach filtern).
Dokumentation und Support von Microsoft zum genauen Begriff.</translation>
    </message>
    <message>
        <source>Connection event: the request fields are usually empty unless a request was pending.</source>
        <translation>Verbindungsereignis: Die Anforderungsfelder sind meist leer, sofern keine Anforderung ausstand.</translation>
    </message>
    <message>
        <source>Rejected while parsing: HTTP.sys answered by itself, the application never saw the request.</source>
        <translation>Beim Parsen abgewiesen: HTTP.sys hat selbst geantwortet, die Anwendung hat die Anforderung nie gesehen.</translation>
    </message>
    <message>
        <source>Parsed and routed, then refused or abandoned at the application pool&apos;s queue.</source>
        <translation>Geparst und weitergeleitet, dann an der Warteschlange des Anwendungspools abgelehnt oder verworfen.</translation>
    </message>
    <message>
        <source>Stage unknown.</source>
        <translation>Phase unbekannt.</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Reasons to show; counts are the rows each reason has with the other filters</source>
        <translation>Anzuzeigende Gründe; die Zahlen sind die Zeilen je Grund mit den übrigen Filtern</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reasons</source>
        <translation>%1 von %2 Gründen</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>RelatedRequestsPanel</name>
    <message>
        <source>Select an error row to see the access-log requests from its client to its URL.</source>
        <translation>Wählen Sie eine Fehlerzeile, um die Anfragen aus dem Zugriffsprotokoll von ihrem Client an ihre URL zu sehen.</translation>
    </message>
    <message>
        <source>This row has no client IP or URL to find its requests by.</source>
        <translation>Diese Zeile hat keine Client-IP oder URL, nach der ihre Anfragen gesucht werden könnten.</translation>
    </message>
    <message>
        <source>No access-log request from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>Keine Anfrage im Zugriffsprotokoll von %1 an %2 endete innerhalb von 2 Minuten um diese Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access-log request(s) from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>
            <numerusform>%Ln Anfrage im Zugriffsprotokoll von %1 an %2 endete innerhalb von 2 Minuten um diese Zeile.</numerusform>
            <numerusform>%Ln Anfragen im Zugriffsprotokoll von %1 an %2 endeten innerhalb von 2 Minuten um diese Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in the Requests tab</source>
        <translation>Im Tab „Anfragen“ zeigen</translation>
    </message>
</context>
<context>
    <name>RememberedFilters</name>
    <message>
        <source>Filters from last time hide %1 of %2 rows (%3).</source>
        <translation>Filter vom letzten Mal blenden %1 von %2 Zeilen aus (%3).</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter entfernen</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>HTTP.sys error report</source>
        <translation>HTTP.sys-Fehlerbericht</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Created %1 with HttpErr Viewer %2.</source>
        <translation>Erstellt am %1 mit HttpErr Viewer %2.</translation>
    </message>
    <message>
        <source>Client addresses are anonymised.</source>
        <translation>Client-Adressen sind anonymisiert.</translation>
    </message>
    <message>
        <source>Totals by reason</source>
        <translation>Summen nach Grund</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>HTTP.sys errors (rows: %1)</source>
        <translation>HTTP.sys-Fehler (Zeilen: %1)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>Spitzen:</translation>
    </message>
    <message>
        <source>Top clients (anonymised):</source>
        <translation>Häufigste Clients (anonymisiert):</translation>
    </message>
    <message>
        <source>Top clients:</source>
        <translation>Häufigste Clients:</translation>
    </message>
    <message>
        <source>Top URLs:</source>
        <translation>Häufigste URLs:</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Files and time span</source>
        <translation>Dateien und Zeitraum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>All rows: %1.</source>
        <translation>Alle Zeilen: %1.</translation>
    </message>
    <message>
        <source>Filtered rows: %1.</source>
        <translation>Gefilterte Zeilen: %1.</translation>
    </message>
    <message>
        <source>Filters in effect</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>None: the report covers every loaded row.</source>
        <translation>Keine: Der Bericht umfasst alle geladenen Zeilen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows pass these filters.</source>
        <translation>%1 von %2 Zeilen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Rows over time, by reason</source>
        <translation>Zeilen im Zeitverlauf, nach Grund</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Spitzen</translation>
    </message>
    <message>
        <source>No Connection_Dropped spikes: its rate stayed within its usual range.</source>
        <translation>Keine Connection_Dropped-Spitzen: Die Rate blieb im üblichen Rahmen.</translation>
    </message>
    <message>
        <source>%1 spike, %2</source>
        <translation>Spitze bei %1, %2</translation>
    </message>
    <message>
        <source>What the reason of a spike means and what to check next is explained in the next section.</source>
        <translation>Was der Grund einer Spitze bedeutet und was als Nächstes zu prüfen ist, erklärt der nächste Abschnitt.</translation>
    </message>
    <message>
        <source>What the top reasons mean</source>
        <translation>Was die häufigsten Gründe bedeuten</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3)</source>
        <translation>%1 (%2 Zeilen, %3)</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Typische Ursachen</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>Was als Nächstes zu prüfen ist</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>Zugehörige Einstellungen</translation>
    </message>
    <message>
        <source>Top client addresses</source>
        <translation>Häufigste Client-Adressen</translation>
    </message>
    <message>
        <source>Addresses are anonymised: each stands for one real address.</source>
        <translation>Die Adressen sind anonymisiert: Jede steht für genau eine echte Adresse.</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>Häufigste URLs</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First rows of the filtered table</source>
        <translation>Erste Zeilen der gefilterten Tabelle</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Export the rest from the viewer.</source>
        <translation>Die ersten %1 von %2 Zeilen. Den Rest exportieren Sie im Viewer.</translation>
    </message>
    <message>
        <source>What the top reasons mean:</source>
        <translation>Was die häufigsten Gründe bedeuten:</translation>
    </message>
    <message>
        <source>No loaded file covers these stretches, so they are not quiet periods (a file may be missing, or the server was down):</source>
        <translation>Für diese Zeiträume enthält keine geladene Datei Zeilen; sie sind also keine ruhigen Phasen (eine Datei fehlt vielleicht, oder der Server war nicht in Betrieb):</translation>
    </message>
    <message>
        <source>No file covers:</source>
        <translation>Ohne Datei:</translation>
    </message>
    <message>
        <source>Totals by server</source>
        <translation>Summen nach Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4 – %5 %6), %7</source>
        <translation>%1 – %2 %3 (%4 – %5 %6), %7</translation>
    </message>
    <message>
        <source>%1 – %2 %3, %4 without rows</source>
        <translation>%1 – %2 %3, %4 ohne Zeilen</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>Erste (%1)</translation>
    </message>
    <message>
        <source>Last (%1)</source>
        <translation>Letzte (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Bookmarks:</source>
        <translation>Lesezeichen:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>Was das IIS-Zugriffsprotokoll zeigt</translation>
    </message>
    <message>
        <source>IIS access log:</source>
        <translation>IIS-Zugriffsprotokoll:</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Wait until the files are loaded, then create the report.</source>
        <translation>Warten Sie, bis die Dateien geladen sind, und erstellen Sie dann den Bericht.</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Report written to %1 and %2</source>
        <translation>Bericht geschrieben: %1 und %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Summary copied as Markdown</source>
        <translation>Zusammenfassung als Markdown kopiert</translation>
    </message>
    <message>
        <source>The report was written to %1, but no program could be started to show it. Open the file yourself.</source>
        <translation>Der Bericht wurde nach %1 geschrieben, aber kein Programm zum Anzeigen konnte gestartet werden. Öffnen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>Select a spike first, then create its report.</source>
        <translation>Erst eine Spitze auswählen, dann ihren Bericht erstellen.</translation>
    </message>
    <message>
        <source>Select rows in the table first, then create their report.</source>
        <translation>Erst Zeilen in der Tabelle auswählen, dann ihren Bericht erstellen.</translation>
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
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Also save a &amp;PDF beside it</source>
        <translation>Zusätzlich ein &amp;PDF daneben speichern</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>Client-IP-Adressen &amp;anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is written</source>
        <translation>Bericht nach dem Schreiben ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Create Report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Client addresses in the lists and tables become stand-ins from reserved ranges, one per real address.</source>
        <translation>Client-Adressen in Listen und Tabellen werden durch Platzhalter aus reservierten Bereichen ersetzt, einer je echter Adresse.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;HTML file:</source>
        <translation>&amp;HTML-Datei:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-Bericht (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot Create Report</source>
        <translation>Bericht kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Every row that passes the filters</source>
        <translation>Alle Zeilen, die die Filter passieren</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window</source>
        <translation>Das Fenster der ausgewählten Spitze</translation>
    </message>
    <message>
        <source>The rows selected in the table</source>
        <translation>Die in der Tabelle ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>C&amp;overs:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window (no spike selected)</source>
        <translation>Das Fenster der ausgewählten Spitze (keine ausgewählt)</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window: %1</source>
        <translation>Das Fenster der ausgewählten Spitze: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) selected in the table</source>
        <translation>
            <numerusform>Die %Ln in der Tabelle ausgewählte Zeile</numerusform>
            <numerusform>Die %Ln in der Tabelle ausgewählten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows selected in the table (none selected)</source>
        <translation>Die in der Tabelle ausgewählten Zeilen (keine ausgewählt)</translation>
    </message>
</context>
<context>
    <name>ReportExplainer</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>All came from one client address, %1.</source>
        <translation>Alle kamen von einer einzigen Client-Adresse, %1.</translation>
    </message>
    <message>
        <source>Most came from one client address, %1 (%2 of them).</source>
        <translation>Die meisten kamen von einer einzigen Client-Adresse, %1 (%2 davon).</translation>
    </message>
    <message>
        <source>%1 of them came from %2 neighbouring addresses in %3.0/24 (the busiest %4), which looks like the nodes of a load balancer or proxy in front of the server.</source>
        <translation>%1 davon kamen von %2 benachbarten Adressen in %3.0/24 (am häufigsten %4) – das sieht nach den Knoten eines Load Balancers oder Proxys vor dem Server aus.</translation>
    </message>
    <message>
        <source>They came from many client addresses; the busiest, %1, sent %2 of them.</source>
        <translation>Sie kamen von vielen Client-Adressen; die aktivste, %1, sendete %2 davon.</translation>
    </message>
    <message>
        <source>%1 of them carry no URL: no request was pending on those connections.</source>
        <translation>%1 davon haben keine URL: Auf diesen Verbindungen stand keine Anforderung aus.</translation>
    </message>
    <message>
        <source>All were requests for %1.</source>
        <translation>Alle waren Anforderungen an %1.</translation>
    </message>
    <message>
        <source>Most were requests for %1 (%2 of them).</source>
        <translation>Die meisten waren Anforderungen an %1 (%2 davon).</translation>
    </message>
    <message>
        <source>They were spread over many URLs; the most frequent, %1, had %2 of them.</source>
        <translation>Sie verteilten sich auf viele URLs; die häufigste, %1, hatte %2 davon.</translation>
    </message>
    <message>
        <source>All were queued for the application pool %1.</source>
        <translation>Alle standen in der Warteschlange des Anwendungspools %1.</translation>
    </message>
    <message>
        <source>Most were queued for the application pool %1 (%2 of them).</source>
        <translation>Die meisten standen in der Warteschlange des Anwendungspools %1 (%2 davon).</translation>
    </message>
    <message>
        <source>No other reason rose at the same time.</source>
        <translation>Kein anderer Grund stieg zur selben Zeit an.</translation>
    </message>
    <message>
        <source>%1 (%2 rows, about %3 expected)</source>
        <translation>%1 (%2 Zeilen, erwartet etwa %3)</translation>
    </message>
    <message>
        <source>Meanwhile %1 rose as well.</source>
        <translation>Gleichzeitig stieg auch %1 an.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between reasons</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 rows in %3, %4 at the peak where %5 is usual; %6 of all rows in that time.</source>
        <translation>%1 Zeilen %2 in %3, in der Spitze %4 statt üblicherweise %5; %6 aller Zeilen in dieser Zeit.</translation>
    </message>
    <message>
        <source>No status sent (logged as -).</source>
        <translation>Kein Status gesendet (als - protokolliert).</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>Status %1.</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list.</source>
        <translation>Nicht in der Liste von Microsoft.</translation>
    </message>
    <message>
        <source>Only %1 logged them; the other servers have none in that time.</source>
        <translation>Nur %1 hat sie protokolliert; die anderen Server haben in dieser Zeit keine.</translation>
    </message>
    <message>
        <source>Every server logged some, but most came from %1 (%2 of them).</source>
        <translation>Jeder Server hat einige protokolliert, die meisten aber %1 (%2 davon).</translation>
    </message>
    <message>
        <source>All %1 servers logged them; the busiest, %2, %3 of them.</source>
        <translation>Alle %1 Server haben sie protokolliert; der häufigste, %2, %3 davon.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server and its share of a spike</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 servers logged them: %3.</source>
        <translation>%1 von %2 Servern haben sie protokolliert: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between servers</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message numerus="yes">
        <source>This report covers one spike&apos;s window: %1, %2, %Ln row(s) of every reason.</source>
        <translation>
            <numerusform>Dieser Bericht deckt das Fenster einer Spitze ab: %1, %2, %Ln Zeile aller Gründe.</numerusform>
            <numerusform>Dieser Bericht deckt das Fenster einer Spitze ab: %1, %2, %Ln Zeilen aller Gründe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers the %Ln row(s) selected in the table.</source>
        <translation>
            <numerusform>Dieser Bericht deckt die %Ln in der Tabelle ausgewählte Zeile ab.</numerusform>
            <numerusform>Dieser Bericht deckt die %Ln in der Tabelle ausgewählten Zeilen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>“%1” ends neither in .html nor in .pdf.</source>
        <translation>„%1“ endet weder auf .html noch auf .pdf.</translation>
    </message>
    <message>
        <source>HTTP.sys error report</source>
        <translation>HTTP.sys-Fehlerbericht</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written, so nothing was saved.</source>
        <translation>Der Datenträger ist voll: „%1“ konnte nicht geschrieben werden, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>Schreiben von „%1“ fehlgeschlagen (%2), daher wurde nichts gespeichert.</translation>
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
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Addresses, 10.1.* or 10.1.0.0/16, separated by commas; ! to hide</source>
        <translation>Adressen, 10.1.* oder 10.1.0.0/16, durch Kommas getrennt; ! zum Ausblenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP status: 503, 500 or !200</source>
        <translation>HTTP-Status: 503, 500 oder !200</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Substatus</translation>
    </message>
    <message>
        <source>IIS substatus: 0, 2</source>
        <translation>IIS-Substatus: 0, 2</translation>
    </message>
    <message>
        <source>Win32</source>
        <translation>Win32</translation>
    </message>
    <message>
        <source>Win32 status: 64, 1236</source>
        <translation>Win32-Status: 64, 1236</translation>
    </message>
    <message>
        <source>≥ s</source>
        <translation>≥ s</translation>
    </message>
    <message>
        <source>Requests that took at least this many seconds</source>
        <translation>Anfragen, die mindestens so viele Sekunden dauerten</translation>
    </message>
    <message>
        <source>≤ s</source>
        <translation>≤ s</translation>
    </message>
    <message>
        <source>Requests that took at most this many seconds</source>
        <translation>Anfragen, die höchstens so viele Sekunden dauerten</translation>
    </message>
    <message>
        <source>Part of the URL (cs-uri-stem); * and ? as wildcards, re: for a regular expression, ! to hide matches</source>
        <translation>Teil der URL (cs-uri-stem); * und ? als Platzhalter, re: für einen regulären Ausdruck, ! blendet Treffer aus</translation>
    </message>
    <message>
        <source>Only the requests a link asked for; click to show all</source>
        <translation>Nur die Anfragen, nach denen ein Link fragte; klicken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Ended from %1</source>
        <translation>Beendet ab %1</translation>
    </message>
    <message>
        <source>Ended until %1</source>
        <translation>Beendet bis %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Hängengeblieben oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, stalled or failed</source>
        <translation>%1, hängengeblieben oder fehlgeschlagen</translation>
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
        <translation>Anfragen (IIS)</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Gestockt oder gescheitert</translation>
    </message>
    <message>
        <source>Requests per %1</source>
        <translation>Anfragen je %1</translation>
    </message>
    <message>
        <source>Requests (IIS access log)</source>
        <translation>Anfragen (IIS-Zugriffsprotokoll)</translation>
    </message>
    <message>
        <source>Stalled or failed (≥ %1 s, win32 64/1236/995/121, 500/503)</source>
        <translation>Gestockt oder gescheitert (≥ %1 s, Win32 64/1236/995/121, 500/503)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Substatus</translation>
    </message>
    <message>
        <source>Win32 status</source>
        <translation>Win32-Status</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>Server-IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The requests the IIS access logs hold</source>
        <translation>Die Anfragen aus den IIS-Zugriffsprotokollen</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>No IIS access log is loaded. Open the u_ex*.log files, or the folder or zip that holds them, together with the httperr logs to see the requests IIS logged.</source>
        <translation>Kein IIS-Zugriffsprotokoll geladen. Öffnen Sie die u_ex*.log-Dateien oder den Ordner oder das ZIP, das sie enthält, zusammen mit den httperr-Protokollen, um die von IIS protokollierten Anfragen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <translation>
            <numerusform>%1 von %Ln Anfrage</numerusform>
            <numerusform>%1 von %Ln Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>There is no spike %1.</source>
        <translation>Es gibt keine Spitze %1.</translation>
    </message>
    <message>
        <source>The session&apos;s file %1 is not there (moved, or on another machine); going on without it.</source>
        <translation>Die Datei %1 der Sitzung ist nicht vorhanden (verschoben oder auf einem anderen Rechner); es geht ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>Send to &amp;ClickHouse…</source>
        <translation>An &amp;ClickHouse senden…</translation>
    </message>
    <message>
        <source>Sending to %1: %L2 rows sent</source>
        <translation>Senden an %1: %L2 Zeilen gesendet</translation>
    </message>
    <message>
        <source>Send to ClickHouse</source>
        <translation>An ClickHouse senden</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Senden an %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 was cancelled; %n file(s) sent before are recorded and are not sent again.</source>
        <translation>
            <numerusform>Das Senden an %1 wurde abgebrochen; %n zuvor gesendete Datei ist erfasst und wird nicht erneut gesendet.</numerusform>
            <numerusform>Das Senden an %1 wurde abgebrochen; %n zuvor gesendete Dateien sind erfasst und werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>Senden an %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %1 has these %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Nichts Neues: %1 hat diese %n Datei bereits (gleicher Server, Pfad und Inhalt).</numerusform>
            <numerusform>Nichts Neues: %1 hat diese %n Dateien bereits (gleicher Server, Pfad und Inhalt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2.</source>
        <translation>
            <numerusform>%L1 Zeilen aus %n Datei an %2 gesendet.</numerusform>
            <numerusform>%L1 Zeilen aus %n Dateien an %2 gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) it had already were skipped.</source>
        <translation>
            <numerusform>%n bereits vorhandene Datei wurde übersprungen.</numerusform>
            <numerusform>%n bereits vorhandene Dateien wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted, not sent.</source>
        <translation>%L1 fehlerhafte Zeilen wurden gezählt, nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Rename Server</source>
        <translation>Server umbenennen</translation>
    </message>
    <message>
        <source>Name for the server of
%1:</source>
        <translation>Name für den Server von
%1:</translation>
    </message>
    <message>
        <source>A server needs a name.</source>
        <translation>Ein Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another server is called “%1” already.</source>
        <translation>Ein anderer Server heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Server “%1” is now “%2”</source>
        <translation>Server „%1“ heißt jetzt „%2“</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>Servers to show; counts are the rows each server has with the other filters</source>
        <translation>Anzuzeigende Server; die Zahlen sind die Zeilen je Server mit den übrigen Filtern</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1 von %2 Servern</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save Sessi&amp;on…</source>
        <translation>Sitzung s&amp;peichern…</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the files, filters, time zone, bookmarks and selected spike to hand the investigation on</source>
        <translation>Dateien, Filter, Zeitzone, Lesezeichen und die ausgewählte Spitze speichern, um die Untersuchung weiterzugeben</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>HttpErr Viewer session (*%1)</source>
        <translation>HttpErr-Viewer-Sitzung (*%1)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sitzung nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Wo ist %1 jetzt?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None of the session&apos;s files could be found.</source>
        <translation>Keine der Dateien der Sitzung wurde gefunden.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>This is not an HttpErr Viewer session.</source>
        <translation>Das ist keine HttpErr-Viewer-Sitzung.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>SpikeController</name>
    <message>
        <source>&amp;Next Spike</source>
        <translation>&amp;Nächste Spitze</translation>
    </message>
    <message>
        <source>Pre&amp;vious Spike</source>
        <translation>&amp;Vorige Spitze</translation>
    </message>
    <message>
        <source>Select the next spike and move the table to its first row</source>
        <translation>Die nächste Spitze auswählen und die Tabelle zu ihrer ersten Zeile bewegen</translation>
    </message>
    <message>
        <source>Select the previous spike and move the table to its first row</source>
        <translation>Die vorige Spitze auswählen und die Tabelle zu ihrer ersten Zeile bewegen</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Spitzen</translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>Keine Spitzen</translation>
    </message>
    <message>
        <source>This is the last spike</source>
        <translation>Das ist die letzte Spitze</translation>
    </message>
    <message>
        <source>This is the first spike</source>
        <translation>Das ist die erste Spitze</translation>
    </message>
    <message>
        <source>The spike&apos;s rows are hidden by the filters</source>
        <translation>Die Zeilen der Spitze sind durch die Filter ausgeblendet</translation>
    </message>
</context>
<context>
    <name>SpikeListModel</name>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Beginn (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitzenwert</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Vermutlich</translation>
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
        <translation>Spitze:</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4</source>
        <translation>%1 %2, %3 – %4</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Für Details klicken</translation>
    </message>
</context>
<context>
    <name>SpikeVerdict</name>
    <message>
        <source>One client</source>
        <translation>Ein Client</translation>
    </message>
    <message>
        <source>Proxy or load balancer</source>
        <translation>Proxy oder Load Balancer</translation>
    </message>
    <message>
        <source>A few clients</source>
        <translation>Wenige Clients</translation>
    </message>
    <message>
        <source>Application stall</source>
        <translation>Anwendung hing</translation>
    </message>
    <message>
        <source>One server</source>
        <translation>Ein Server</translation>
    </message>
    <message>
        <source>Many clients</source>
        <translation>Viele Clients</translation>
    </message>
    <message>
        <source>Usually absent; %1 of all rows in that time.</source>
        <translation>Sonst nicht vorhanden; %1 aller Zeilen in dieser Zeit.</translation>
    </message>
    <message>
        <source>%1 times its usual rate at the peak; %2 of all rows in that time.</source>
        <translation>Auf dem Höhepunkt das %1-Fache der üblichen Rate; %2 aller Zeilen in dieser Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n client address(es)</source>
        <translation>
            <numerusform>%n Client-Adresse</numerusform>
            <numerusform>%n Client-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 and %2.</source>
        <translation>Von %1 und mit %2.</translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation>nur auf %1</translation>
    </message>
    <message>
        <source>on both servers</source>
        <translation>auf beiden Servern</translation>
    </message>
    <message numerus="yes">
        <source>on all %n servers</source>
        <translation>
            <numerusform>auf allen %n Servern</numerusform>
            <numerusform>auf allen %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 of %2 servers</source>
        <translation>auf %1 von %2 Servern</translation>
    </message>
    <message>
        <source>From %1 and %2, %3.</source>
        <comment>clients, URLs, servers</comment>
        <translation>Von %1 und mit %2, %3.</translation>
    </message>
    <message>
        <source>Most likely one client&apos;s burst: %1 opened and dropped connections itself (a retry loop, a test tool, a scanner), not a server problem.</source>
        <translation>Vermutlich der Ausbruch eines einzelnen Clients: %1 hat selbst Verbindungen geöffnet und fallen gelassen (eine Wiederholschleife, ein Testwerkzeug, ein Scanner), kein Serverproblem.</translation>
    </message>
    <message>
        <source>Find out who %1 is (reverse DNS, firewall or load balancer logs).</source>
        <translation>Herausfinden, wer %1 ist (Reverse-DNS, Firewall- oder Load-Balancer-Logs).</translation>
    </message>
    <message>
        <source>Look up its requests in the IIS access log for that time: user agent, status, time-taken.</source>
        <translation>Seine Anfragen im IIS-Zugriffsprotokoll dieser Zeit nachsehen: User-Agent, Status, time-taken.</translation>
    </message>
    <message>
        <source>If it misbehaves, limit it (Dynamic IP Restrictions) rather than tune the server.</source>
        <translation>Wenn er sich falsch verhält, ihn begrenzen (Dynamic IP Restrictions), statt den Server anzupassen.</translation>
    </message>
    <message>
        <source>Most likely the load balancer or proxy in front (%1.0/24) closed or recycled its connections to the server.</source>
        <translation>Vermutlich hat der vorgeschaltete Load Balancer oder Proxy (%1.0/24) seine Verbindungen zum Server geschlossen oder erneuert.</translation>
    </message>
    <message>
        <source>Compare the load balancer&apos;s idle timeout with IIS&apos;s connection timeout: the load balancer&apos;s should be the shorter.</source>
        <translation>Das Leerlauf-Timeout des Load Balancers mit dem Verbindungs-Timeout von IIS vergleichen: das des Load Balancers sollte kürzer sein.</translation>
    </message>
    <message>
        <source>Read the load balancer&apos;s logs and health probes for that time.</source>
        <translation>Die Logs und Health-Probes des Load Balancers für diese Zeit lesen.</translation>
    </message>
    <message>
        <source>Check whether its nodes restarted or failed over then.</source>
        <translation>Prüfen, ob seine Knoten damals neu gestartet oder umgeschaltet haben.</translation>
    </message>
    <message>
        <source>Most likely a burst from a few clients: the busiest three sent %1 of the rows; look at them before the server.</source>
        <translation>Vermutlich ein Ausbruch weniger Clients: die drei aktivsten schickten %1 der Zeilen; zuerst sie ansehen, dann den Server.</translation>
    </message>
    <message>
        <source>Find out who the top client addresses are and what they ran then.</source>
        <translation>Herausfinden, wer hinter den häufigsten Client-Adressen steckt und was sie damals ausführten.</translation>
    </message>
    <message>
        <source>Look up their requests in the IIS access log for that time.</source>
        <translation>Ihre Anfragen im IIS-Zugriffsprotokoll dieser Zeit nachsehen.</translation>
    </message>
    <message>
        <source>Most likely the application stalled: many clients gave up while their requests waited in %1.</source>
        <translation>Vermutlich hing die Anwendung: viele Clients gaben auf, während ihre Anfragen in %1 warteten.</translation>
    </message>
    <message>
        <source>Most likely the application stalled or recycled: %1 rose at the same time, and many clients gave up waiting.</source>
        <translation>Vermutlich hing die Anwendung oder wurde recycelt: %1 stieg zur selben Zeit, und viele Clients gaben das Warten auf.</translation>
    </message>
    <message>
        <source>Look in the Windows event logs for application pool recycles, crashes or rapid-fail protection at that time (WAS events 5002, 5011, 5013).</source>
        <translation>In den Windows-Ereignisprotokollen nach Recycling, Abstürzen oder Schnellfehlerschutz des Anwendungspools zu dieser Zeit suchen (WAS-Ereignisse 5002, 5011, 5013).</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window, and the worker process&apos;s CPU and memory.</source>
        <translation>Im IIS-Zugriffsprotokoll dieses Zeitfensters nach langen time-taken-Werten suchen und CPU und Speicher des Arbeitsprozesses prüfen.</translation>
    </message>
    <message>
        <source>Watch the HTTP Service Request Queues counters (CurrentQueueSize, RejectedRequests).</source>
        <translation>Die Leistungsindikatoren von HTTP Service Request Queues beobachten (CurrentQueueSize, RejectedRequests).</translation>
    </message>
    <message>
        <source>Most likely a problem of %1 alone (its network, host or application pool): the other servers stayed normal.</source>
        <translation>Vermutlich ein Problem von %1 allein (sein Netzwerk, Host oder Anwendungspool): die anderen Server blieben normal.</translation>
    </message>
    <message>
        <source>Compare %1 with the other servers at that time: event logs, network adapter, updates or a restart.</source>
        <translation>%1 mit den anderen Servern zu dieser Zeit vergleichen: Ereignisprotokolle, Netzwerkadapter, Updates oder ein Neustart.</translation>
    </message>
    <message>
        <source>Check whether the load balancer took %1 out of rotation or put it back then.</source>
        <translation>Prüfen, ob der Load Balancer %1 damals aus der Rotation genommen oder wieder aufgenommen hat.</translation>
    </message>
    <message>
        <source>Most likely something all servers share: the network, a load balancer or firewall in front, or a back end they all use.</source>
        <translation>Vermutlich etwas, das alle Server teilen: das Netzwerk, ein vorgeschalteter Load Balancer oder eine Firewall, oder ein Backend, das alle nutzen.</translation>
    </message>
    <message>
        <source>Most likely the server or the network in front of it, not the clients: many of them lost connections at once.</source>
        <translation>Vermutlich der Server oder das Netzwerk davor, nicht die Clients: viele von ihnen verloren gleichzeitig ihre Verbindungen.</translation>
    </message>
    <message>
        <source>Read the logs of the load balancer, firewall or network devices in front of the servers for that time.</source>
        <translation>Die Logs von Load Balancer, Firewall oder Netzwerkgeräten vor den Servern für diese Zeit lesen.</translation>
    </message>
    <message>
        <source>Look for a shared back end (database, storage, authentication) that slowed down then.</source>
        <translation>Nach einem gemeinsamen Backend suchen (Datenbank, Speicher, Authentifizierung), das damals langsamer wurde.</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window.</source>
        <translation>Im IIS-Zugriffsprotokoll dieses Zeitfensters nach langen time-taken-Werten suchen.</translation>
    </message>
    <message>
        <source>nearly all on %1 (%2 of %3 rows)</source>
        <translation>fast alle auf %1 (%2 von %3 Zeilen)</translation>
    </message>
    <message>
        <source>Nearly all of these rows came from %1: look there first.</source>
        <translation>Fast alle diese Zeilen kamen von %1: dort zuerst nachsehen.</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <source>Show the Problems list</source>
        <translation>Problemliste anzeigen</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>No log rows could be read from: %1</source>
        <translation>Aus folgenden Quellen konnten keine Protokollzeilen gelesen werden: %1</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 rows pass
</source>
        <translation>Gefiltert: %1 von %2 Zeilen passieren
</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>Spitzen:</translation>
    </message>
    <message>
        <source>  Connection_Dropped %1 - %2  %3 rows, peak %4/min, usually %5/min</source>
        <translation>  Connection_Dropped %1 - %2  %3 Zeilen, Spitze %4/min, üblich %5/min</translation>
    </message>
    <message>
        <source>%1: ... and %2 more problems not shown</source>
        <translation>%1: … und %2 weitere, nicht angezeigte Probleme</translation>
    </message>
    <message>
        <source>The ledger of %1 could not be read.</source>
        <translation>Das Dateiverzeichnis von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Requests (IIS access logs): %1 in %n file(s), %2 - %3</source>
        <translation>
            <numerusform>Anfragen (IIS-Zugriffsprotokolle): %1 in %n Datei, %2 - %3</numerusform>
            <numerusform>Anfragen (IIS-Zugriffsprotokolle): %1 in %n Dateien, %2 - %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The access logs do not overlap the httperr logs (%1 - %2): they cannot explain its spikes.</source>
        <translation>Die Zugriffsprotokolle überschneiden sich nicht mit den httperr-Protokollen (%1 - %2): Sie können deren Spitzen nicht erklären.</translation>
    </message>
</context>
<context>
    <name>TimeAxisTicker</name>
    <message>
        <source>Time (UTC), %1</source>
        <translation>Zeit (UTC), %1</translation>
    </message>
    <message>
        <source>Time (%1, %2), %3</source>
        <translation>Zeit (%1, %2), %3</translation>
    </message>
</context>
<context>
    <name>TimeRangeCriterion</name>
    <message>
        <source>“From” (%1) is after “To” (%2).</source>
        <translation>„Von“ (%1) liegt nach „Bis“ (%2).</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>The time zone of every time shown and typed: chart, table, filters, explanations, exports and reports (the log files are in UTC)</source>
        <translation>Die Zeitzone aller angezeigten und eingegebenen Zeiten: Diagramm, Tabelle, Filter, Erklärungen, Exporte und Berichte (die Protokolldateien sind in UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Andere Zone…</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Choose a Time Zone</source>
        <translation>Zeitzone wählen</translation>
    </message>
    <message>
        <source>Search: a city, region or offset (Tokyo, America, +05:30)</source>
        <translation>Suche: Stadt, Region oder Versatz (Tokyo, America, +05:30)</translation>
    </message>
    <message>
        <source>Times are shown and typed in the zone you choose; the log files themselves are in UTC.</source>
        <translation>Zeiten werden in der gewählten Zone angezeigt und eingegeben; die Protokolldateien selbst sind in UTC.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Rows per %1</source>
        <translation>Zeilen je %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more reason(s)</source>
        <translation>
            <numerusform>… %n weiterer Grund</numerusform>
            <numerusform>… %n weitere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>… %n more server(s)</source>
        <translation>
            <numerusform>… %n weiterer Server</numerusform>
            <numerusform>… %n weitere Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Spikes in all reasons</source>
        <translation>Spitzen in allen Gründen</translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Shift+drag: filter time</source>
        <translation>Rad: zoomen · Ziehen: verschieben · Umschalt+Ziehen: Zeit filtern</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Bucket size: automatic follows the zoom (100–400 bars)</source>
        <translation>Intervallgröße: „Automatisch“ folgt dem Zoom (100–400 Balken)</translation>
    </message>
    <message>
        <source>Look for bursts in every reason, not only Connection_Dropped</source>
        <translation>In allen Gründen nach Ausbrüchen suchen, nicht nur in Connection_Dropped</translation>
    </message>
    <message>
        <source>Clear time filter</source>
        <translation>Zeitfilter entfernen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Zoom out to the whole log (or double-click the chart)</source>
        <translation>Auf das ganze Protokoll herauszoomen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>(%1: too fine for this range)</source>
        <translation>(%1: zu fein für diesen Bereich)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n Spitze</numerusform>
            <numerusform>%n Spitzen</numerusform>
        </translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>Keine Spitzen</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Balken:</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Nach Grund</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>Nach Server</translation>
    </message>
    <message>
        <source>Stack the bars by reason, or by the server the rows came from</source>
        <translation>Balken nach Grund stapeln oder nach dem Server, von dem die Zeilen stammen</translation>
    </message>
    <message>
        <source>Click for the list of spikes, or a shaded spike in the chart for its details</source>
        <translation>Klicken für die Liste der Spitzen, oder eine schattierte Spitze im Diagramm für ihre Details</translation>
    </message>
</context>
<context>
    <name>TopValuesModel</name>
    <message>
        <source>Click: show only %1 · Ctrl+click: hide it</source>
        <translation>Klick: nur %1 zeigen · Strg+Klick: ausblenden</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Client network (/24, /64)</source>
        <translation>Client-Netz (/24, /64)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Queue (app pool)</source>
        <translation>Warteschlange (App-Pool)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>TopValuesPanel</name>
    <message>
        <source>Top:</source>
        <translation>Top:</translation>
    </message>
    <message>
        <source>Top Values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>%1 distinct among %2 rows passing the filters</source>
        <translation>%1 verschiedene unter %2 Zeilen, die die Filter passieren</translation>
    </message>
</context>
<context>
    <name>UrlCriterion</name>
    <message>
        <source>Invalid regular expression: %1 (at position %2)</source>
        <translation>Ungültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
</context>
<context>
    <name>WindowCapture</name>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>Der Screenshot konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>Screenshot speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Screenshot Not Saved</source>
        <translation>Screenshot nicht gespeichert</translation>
    </message>
    <message>
        <source>Save Screens&amp;hot…</source>
        <translation>Screenshot &amp;speichern…</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Screenshot gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cop&amp;y Screenshot</source>
        <translation>Screenshot kop&amp;ieren</translation>
    </message>
    <message>
        <source>Screenshot copied</source>
        <translation>Screenshot kopiert</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>no zip directory (zip error %1)</source>
        <translation>kein Zip-Verzeichnis (Zip-Fehler %1)</translation>
    </message>
</context>
<context>
    <name>ZipMemberDevice</name>
    <message>
        <source>an archive member can only be read</source>
        <translation>ein Archiveintrag kann nur gelesen werden</translation>
    </message>
    <message>
        <source>not a readable zip archive</source>
        <translation>kein lesbares Zip-Archiv</translation>
    </message>
    <message>
        <source>member not found</source>
        <translation>Eintrag nicht gefunden</translation>
    </message>
    <message>
        <source>unreadable directory entry</source>
        <translation>unlesbarer Verzeichniseintrag</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>declared size too large</source>
        <translation>angegebene Größe zu groß</translation>
    </message>
    <message>
        <source>cannot open the member (zip error %1)</source>
        <translation>Eintrag kann nicht geöffnet werden (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>Zip-Fehler %1</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 Byte statt %2</translation>
    </message>
    <message>
        <source>bad compressed data (zip error %1)</source>
        <translation>fehlerhafte komprimierte Daten (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>wird beim Entpacken zu groß</translation>
    </message>
</context>
</TS>
