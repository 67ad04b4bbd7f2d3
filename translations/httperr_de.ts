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
    <name>ClientIpCriterion</name>
    <message>
        <source>“%1” is not a valid address block (CIDR), for example 10.1.0.0/16 or 2001:db8::/32.</source>
        <translation>„%1“ ist kein gültiger Adressblock (CIDR), zum Beispiel 10.1.0.0/16 oder 2001:db8::/32.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Zeigt, was Windows HTTP.sys abgelehnt oder getrennt hat: öffnet httperr*.log-Dateien und -Ordner, filtert sie und stellt sie im zeitlichen Verlauf dar.</translation>
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
        <source>Render the window offscreen once loaded, save it as a PNG and exit.</source>
        <translation>Das Fenster nach dem Laden im Hintergrund zeichnen, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json erfordert --summary.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x800.</translation>
    </message>
    <message>
        <source>httperr*.log files, folders, .zip or .gz archives to open (the demo log if none).</source>
        <translation>Zu öffnende httperr*.log-Dateien, Ordner, .zip- oder .gz-Archive (ohne Angabe das Demo-Protokoll).</translation>
    </message>
    <message>
        <source>Keep adding lines as they are written to the opened files and folders (File &gt; Follow).</source>
        <translation>Neue Zeilen laufend hinzufügen, sobald sie in die geöffneten Dateien und Ordner geschrieben werden (Datei &gt; Verfolgen).</translation>
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
        <source>“%1” is not a time. Use YYYY-MM-DD HH:MM:SS or ISO 8601 (2026-03-10T14:05:00Z); times are UTC.</source>
        <translation>„%1“ ist keine Zeitangabe. Verwenden Sie JJJJ-MM-TT HH:MM:SS oder ISO 8601 (2026-03-10T14:05:00Z); Zeiten sind in UTC.</translation>
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
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>Earliest time shown, UTC, inclusive: YYYY-MM-DD HH:MM:SS or ISO 8601. Empty: from the start.</source>
        <translation>Frühester angezeigter Zeitpunkt, UTC, einschließlich: JJJJ-MM-TT HH:MM:SS oder ISO 8601. Leer: ab Beginn.</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Latest time shown, UTC, inclusive: YYYY-MM-DD HH:MM:SS or ISO 8601. Empty: to the end.</source>
        <translation>Spätester angezeigter Zeitpunkt, UTC, einschließlich: JJJJ-MM-TT HH:MM:SS oder ISO 8601. Leer: bis zum Ende.</translation>
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
    <name>HttpErrParser</name>
    <message>
        <source>W3C log with over %1 fields</source>
        <translation>W3C-Protokoll mit über %1 Feldern</translation>
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
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
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
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>HTTP.sys-Fehlerprotokolle öffnen</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>Ordner mit HTTP.sys-Fehlerprotokollen öffnen</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
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
    <message>
        <source>HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;All files (*)</source>
        <translation>HTTP.sys-Fehlerprotokolle und Archive (*.log *.log.gz *.zip *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Clear every filter; while loading, stop the load</source>
        <translation>Alle Filter entfernen; während des Ladens das Laden abbrechen</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Reset La&amp;yout</source>
        <translation>&amp;Layout zurücksetzen</translation>
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
    <name>ReasonListModel</name>
    <message>
        <source>%1: %2 rows with the other filters, %3 in all</source>
        <translation>%1: %2 Zeilen mit den übrigen Filtern, %3 insgesamt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Reasons to show; counts are the rows each reason has with the other filters</source>
        <translation>Anzuzeigende Gründe; die Zahlen sind die Zeilen je Grund mit den übrigen Filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Double-click a reason to show only that one</source>
        <translation>Doppelklick auf einen Grund zeigt nur diesen an</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Nur „%1“</translation>
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
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
</context>
<context>
    <name>TimeRangeCriterion</name>
    <message>
        <source>“From” (%1) is after “To” (%2).</source>
        <translation>„Von“ (%1) liegt nach „Bis“ (%2).</translation>
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
