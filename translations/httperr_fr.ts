<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HttpErr Viewer</source>
        <translation>À propos de HttpErr Viewer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QCustomPlot %3</source>
        <translation>Qt %1 (compilé avec %2), QCustomPlot %3</translation>
    </message>
    <message>
        <source>HttpErr Viewer %1</source>
        <translation>HttpErr Viewer %1</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: when, for whom and why.</source>
        <translation>Montre ce que HTTP.sys de Windows a rejeté ou coupé&#xa0;: quand, pour qui et pourquoi.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). HttpErr Viewer uses QCustomPlot, which is licensed under the GPL version 3, so the program as a whole is distributed under the GPL version 3 or later. It comes with no warranty.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). HttpErr Viewer utilise QCustomPlot, distribué sous licence GPL version 3&#xa0;; le programme dans son ensemble est donc distribué sous la GPL version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lire la licence</translation>
    </message>
</context>
<context>
    <name>ClientIpCriterion</name>
    <message>
        <source>“%1” is not a valid address block (CIDR), for example 10.1.0.0/16 or 2001:db8::/32.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un bloc d’adresses valide (CIDR), par exemple 10.1.0.0/16 ou 2001:db8::/32.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Montre ce que HTTP.sys de Windows a rejeté ou coupé&#xa0;: ouvre des fichiers et dossiers httperr*.log, les filtre et les représente dans le temps.</translation>
    </message>
    <message>
        <source>Load without a window and print totals.</source>
        <translation>Charger sans fenêtre et afficher les totaux.</translation>
    </message>
    <message>
        <source>With --summary: print one JSON object.</source>
        <translation>Avec --summary&#xa0;: afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>Render the window offscreen once loaded, save it as a PNG and exit.</source>
        <translation>Après le chargement, dessiner la fenêtre hors écran, l’enregistrer en PNG et quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json nécessite --summary.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>httperr*.log files, folders, .zip or .gz archives to open (the demo log if none).</source>
        <translation>Fichiers httperr*.log, dossiers, archives .zip ou .gz à ouvrir (le journal de démonstration si aucun).</translation>
    </message>
    <message>
        <source>Keep adding lines as they are written to the opened files and folders (File &gt; Follow).</source>
        <translation>Ajouter les lignes au fur et à mesure qu’elles sont écrites dans les fichiers et dossiers ouverts (Fichier &gt; Suivre).</translation>
    </message>
</context>
<context>
    <name>FileKindDetector</name>
    <message>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archive gzip</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>archive RAR</translation>
    </message>
    <message>
        <source>Windows event log (.evtx)</source>
        <translation>journal d’événements Windows (.evtx)</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>document Microsoft Office</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>UTF-32 text</source>
        <translation>texte UTF-32</translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation>programme Linux</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation>programme Windows</translation>
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
        <translation>uniquement des octets NUL</translation>
    </message>
    <message>
        <source>UTF-16 LE without byte order mark</source>
        <translation>UTF-16 LE sans indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 BE without byte order mark</source>
        <translation>UTF-16 BE sans indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 avec indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>IIS access log</source>
        <translation>journal d’accès IIS</translation>
    </message>
    <message>
        <source>W3C log written by %1</source>
        <translation>journal W3C écrit par %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port serveur</translation>
    </message>
    <message>
        <source>“%1” is not a time. Use YYYY-MM-DD HH:MM:SS or ISO 8601 (2026-03-10T14:05:00Z); times are UTC.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure. Utilisez AAAA-MM-JJ HH:MM:SS ou ISO 8601 (2026-03-10T14:05:00Z)&#xa0;; les heures sont en UTC.</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP client</translation>
    </message>
    <message>
        <source>Client IP: an address (with or without %scope), a list separated by commas, a block (10.1.0.0/16, 2001:db8::/32), a wildcard (10.1.*); put ! before an item to hide it.</source>
        <translation>IP client&#xa0;: une adresse (avec ou sans %zone), une liste séparée par des virgules, un bloc (10.1.0.0/16, 2001:db8::/32), un joker (10.1.*)&#xa0;; un&#xa0;! devant un élément le masque.</translation>
    </message>
    <message>
        <source>URL contains</source>
        <translation>L’URL contient</translation>
    </message>
    <message>
        <source>URL, ignoring case: text found anywhere; with * or ? a pattern for the whole URL (*.php); re: then a regular expression (re:^/api/); ! first to hide what matches.</source>
        <translation>URL, sans tenir compte de la casse&#xa0;: texte présent n’importe où&#xa0;; avec * ou&#xa0;? un motif pour l’URL entière (*.php)&#xa0;; re: suivi d’une expression régulière (re:^/api/)&#xa0;; un&#xa0;! au début masque ce qui correspond.</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>Earliest time shown, UTC, inclusive: YYYY-MM-DD HH:MM:SS or ISO 8601. Empty: from the start.</source>
        <translation>Première heure affichée, en UTC, incluse&#xa0;: AAAA-MM-JJ HH:MM:SS ou ISO 8601. Vide&#xa0;: depuis le début.</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <source>Latest time shown, UTC, inclusive: YYYY-MM-DD HH:MM:SS or ISO 8601. Empty: to the end.</source>
        <translation>Dernière heure affichée, en UTC, incluse&#xa0;: AAAA-MM-JJ HH:MM:SS ou ISO 8601. Vide&#xa0;: jusqu’à la fin.</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Supprimer tous les filtres</translation>
    </message>
    <message>
        <source>%1: %2 ✕</source>
        <translation>%1&#xa0;: %2 ✕</translation>
    </message>
    <message>
        <source>Filter on %1: %2. Click to remove it.</source>
        <translation>Filtre sur %1&#xa0;: %2. Cliquez pour le supprimer.</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only rows with this reason (repeat, or separate with commas).</source>
        <translation>Seulement les lignes ayant ce motif (à répéter, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>Leave out rows with this reason (repeat, or separate with commas).</source>
        <translation>Exclure les lignes ayant ce motif (à répéter, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only these clients: addresses, blocks (10.1.0.0/16), wildcards (10.1.*), comma-separated, ! to leave out.</source>
        <translation>Seulement ces clients&#xa0;: adresses, blocs (10.1.0.0/16), jokers (10.1.*), séparés par des virgules,&#xa0;! pour exclure.</translation>
    </message>
    <message>
        <source>Only these URLs (ignoring case): text anywhere, a */? pattern for the whole URL, re:REGEX; ! first to leave out.</source>
        <translation>Seulement ces URL (sans tenir compte de la casse)&#xa0;: texte n’importe où, motif */? pour l’URL entière, re:REGEX&#xa0;; un&#xa0;! au début pour exclure.</translation>
    </message>
    <message>
        <source>Only rows at or after this UTC time (ISO 8601).</source>
        <translation>Seulement les lignes à partir de cette heure UTC (ISO 8601).</translation>
    </message>
    <message>
        <source>Only rows at or before this UTC time (ISO 8601).</source>
        <translation>Seulement les lignes jusqu’à cette heure UTC (ISO 8601).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a time; use ISO 8601 in UTC, for example 2026-03-10T14:05:00Z or &quot;2026-03-10 14:05:00&quot;.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une heure&#xa0;; utilisez ISO 8601 en UTC, par exemple 2026-03-10T14:05:00Z ou &quot;2026-03-10 14:05:00&quot;.</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>A gzip stream can only be read</source>
        <translation>Un flux gzip ne peut qu’être lu</translation>
    </message>
    <message>
        <source>Cannot start decompressing</source>
        <translation>Impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>the gzip data ends too early</source>
        <translation>les données gzip s’arrêtent trop tôt</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>trop volumineux une fois décompressé</translation>
    </message>
    <message>
        <source>bad gzip data</source>
        <translation>données gzip incorrectes</translation>
    </message>
</context>
<context>
    <name>HttpErrParser</name>
    <message>
        <source>W3C log with over %1 fields</source>
        <translation>journal W3C de plus de %1 champs</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>LineContext</name>
    <message>
        <source>The file has no line %1</source>
        <translation>Le fichier n’a pas de ligne %1</translation>
    </message>
</context>
<context>
    <name>LineContextDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — ligne %2</translation>
    </message>
    <message>
        <source>Cannot show line %1 of %2: %3</source>
        <translation>Impossible d’afficher la ligne %1 de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>LoadJob</name>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading (Esc); rows read so far stay</source>
        <translation>Arrêter le chargement (Échap)&#xa0;; les lignes déjà lues sont conservées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP client</translation>
    </message>
    <message>
        <source>Client port</source>
        <translation>Port client</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP serveur</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port serveur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Stream (ext.)</source>
        <translation>Flux (étendu)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>Extended fault code</source>
        <translation>Code d’erreur étendu</translation>
    </message>
</context>
<context>
    <name>LogProblem</name>
    <message>
        <source>Expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>Date and time are not YYYY-MM-DD HH:MM:SS</source>
        <translation>La date et l’heure ne sont pas au format AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>No #Fields header, and %1 fields match no known httperr layout</source>
        <translation>Pas d’en-tête #Fields, et %1 champs ne correspondent à aucune disposition httperr connue</translation>
    </message>
    <message>
        <source>The #Fields header has no date and time fields</source>
        <translation>L’en-tête #Fields n’a pas de champs date et heure</translation>
    </message>
    <message>
        <source>No #Fields header: columns guessed from the field count</source>
        <translation>Pas d’en-tête #Fields&#xa0;: colonnes déduites du nombre de champs</translation>
    </message>
    <message>
        <source>File or folder not found</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder holds no .log files</source>
        <translation>Le dossier ne contient aucun fichier .log</translation>
    </message>
    <message>
        <source>Not an HTTP.sys error log (%1)</source>
        <translation>Pas un journal d’erreurs HTTP.sys (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log</source>
        <translation>Données binaires, pas un journal texte</translation>
    </message>
    <message>
        <source>No log lines in this file</source>
        <translation>Aucune ligne de journal dans ce fichier</translation>
    </message>
    <message>
        <source>Too many malformed lines; only the first %1 are listed</source>
        <translation>Trop de lignes mal formées&#xa0;; seules les %1 premières sont listées</translation>
    </message>
    <message>
        <source>Damaged archive</source>
        <translation>Archive endommagée</translation>
    </message>
    <message>
        <source>Damaged archive: %1</source>
        <translation>Archive endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encrypted archive member: cannot be read without its password</source>
        <translation>Membre d’archive chiffré&#xa0;: illisible sans son mot de passe</translation>
    </message>
    <message>
        <source>Refused: expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>Refusé&#xa0;: plus de %1 fois sa taille compressée une fois décompressé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>Skipped: not a .log file</source>
        <translation>Ignoré&#xa0;: pas un fichier .log</translation>
    </message>
    <message>
        <source>The archive holds no .log files</source>
        <translation>L’archive ne contient aucun fichier .log</translation>
    </message>
    <message>
        <source>The file was truncated or replaced: read again from the start</source>
        <translation>Le fichier a été tronqué ou remplacé&#xa0;: relu depuis le début</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 fields: the file was cut short or is still being written</source>
        <translation>La dernière ligne s’arrête sans saut de ligne après %1 champs&#xa0;: le fichier a été tronqué ou est encore en cours d’écriture</translation>
    </message>
    <message>
        <source>The last line stops without a line break after %1 of %2 fields: the file was cut short or is still being written</source>
        <translation>La dernière ligne s’arrête sans saut de ligne après %1 champs sur %2&#xa0;: le fichier a été tronqué ou est encore en cours d’écriture</translation>
    </message>
    <message>
        <source>Line longer than %1 MiB: skipped</source>
        <translation>Ligne de plus de %1 Mio&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>NUL bytes instead of text: the file was not completely written</source>
        <translation>Octets NUL au lieu de texte&#xa0;: le fichier n’a pas été entièrement écrit</translation>
    </message>
    <message>
        <source>A field of %1 bytes was cut to its first %2 KiB</source>
        <translation>Un champ de %1 octets a été réduit à ses %2 premiers Kio</translation>
    </message>
    <message>
        <source>Read as %1 text</source>
        <translation>Lu comme texte %1</translation>
    </message>
    <message>
        <source>Only # header lines, no log rows</source>
        <translation>Seulement des lignes d’en-tête #, aucune ligne de journal</translation>
    </message>
    <message>
        <source>The file grew while it was read (%1); the new lines are included</source>
        <translation>Le fichier a grossi pendant la lecture (%1)&#xa0;; les nouvelles lignes sont incluses</translation>
    </message>
    <message>
        <source>The file shrank while it was read (%1)</source>
        <translation>Le fichier a rétréci pendant la lecture (%1)</translation>
    </message>
    <message>
        <source>Binary data, not a text log (%1)</source>
        <translation>Données binaires, pas un journal texte (%1)</translation>
    </message>
    <message>
        <source>No log rows: every line is malformed</source>
        <translation>Aucune ligne de journal&#xa0;: toutes les lignes sont mal formées</translation>
    </message>
</context>
<context>
    <name>LogSummary</name>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Malformed lines: %1</source>
        <translation>Lignes mal formées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Première&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Copy Selected Rows</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Show Only “%1”</source>
        <translation>Afficher seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>Exclure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied the first %1 selected rows (the most copied at once)</source>
        <translation>Les %1 premières lignes sélectionnées ont été copiées (le maximum en une fois)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About HttpErr Viewer</source>
        <translation>&amp;À propos de HttpErr Viewer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language takes effect when HttpErr Viewer starts again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de HttpErr Viewer.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>Ouvrir des journaux d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>Ouvrir un dossier de journaux d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
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
        <translation>Ajouter les nouvelles lignes dès qu’elles sont écrites dans les fichiers et dossiers ouverts</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi actif</translation>
    </message>
    <message>
        <source>New lines are added as they are written (File → Follow)</source>
        <translation>Les nouvelles lignes sont ajoutées dès leur écriture (Fichier → Suivre)</translation>
    </message>
    <message>
        <source>HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;All files (*)</source>
        <translation>Journaux d’erreurs HTTP.sys et archives (*.log *.log.gz *.zip *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear every filter; while loading, stop the load</source>
        <translation>Effacer tous les filtres&#xa0;; pendant un chargement, l’arrêter</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Reset La&amp;yout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Mal formée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>ProblemTally</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an httperr log</source>
        <translation>pas un journal httperr</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>folder without logs</source>
        <translation>dossier sans journaux</translation>
    </message>
    <message>
        <source>no log rows</source>
        <translation>aucune ligne de journal</translation>
    </message>
    <message>
        <source>shrank while read</source>
        <translation>rétréci pendant la lecture</translation>
    </message>
    <message>
        <source>malformed lines: %1</source>
        <translation>lignes mal formées&#xa0;: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>No problems (%1)</source>
        <translation>Aucun problème (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Files with problems: %1 — %2</source>
        <translation>Fichiers avec problèmes&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>File errors</source>
        <translation>Erreurs de fichier</translation>
    </message>
    <message>
        <source>Malformed lines</source>
        <translation>Lignes mal formées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>%1: %2 rows with the other filters, %3 in all</source>
        <translation>%1&#xa0;: %2 lignes avec les autres filtres, %3 au total</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Reasons to show; counts are the rows each reason has with the other filters</source>
        <translation>Motifs à afficher&#xa0;; les nombres sont les lignes de chaque motif avec les autres filtres</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Double-click a reason to show only that one</source>
        <translation>Double-cliquez sur un motif pour n’afficher que celui-ci</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reasons</source>
        <translation>%1 motifs sur %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <source>Show the Problems list</source>
        <translation>Afficher la liste des problèmes</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 mal formées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>No log rows could be read from: %1</source>
        <translation>Aucune ligne de journal n’a pu être lue depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 rows pass
</source>
        <translation>Filtrées&#xa0;: %1 lignes sur %2 retenues
</translation>
    </message>
</context>
<context>
    <name>TimeRangeCriterion</name>
    <message>
        <source>“From” (%1) is after “To” (%2).</source>
        <translation>«&#xa0;Du&#xa0;» (%1) est après «&#xa0;Au&#xa0;» (%2).</translation>
    </message>
</context>
<context>
    <name>UrlCriterion</name>
    <message>
        <source>Invalid regular expression: %1 (at position %2)</source>
        <translation>Expression régulière non valide&#xa0;: %1 (à la position %2)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>no zip directory (zip error %1)</source>
        <translation>pas de répertoire zip (erreur zip %1)</translation>
    </message>
</context>
<context>
    <name>ZipMemberDevice</name>
    <message>
        <source>an archive member can only be read</source>
        <translation>un membre d’archive ne peut qu’être lu</translation>
    </message>
    <message>
        <source>not a readable zip archive</source>
        <translation>pas une archive zip lisible</translation>
    </message>
    <message>
        <source>member not found</source>
        <translation>membre introuvable</translation>
    </message>
    <message>
        <source>unreadable directory entry</source>
        <translation>entrée de répertoire illisible</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>declared size too large</source>
        <translation>taille déclarée trop grande</translation>
    </message>
    <message>
        <source>cannot open the member (zip error %1)</source>
        <translation>impossible d’ouvrir le membre (erreur zip %1)</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>erreur zip %1</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>bad compressed data (zip error %1)</source>
        <translation>données compressées incorrectes (erreur zip %1)</translation>
    </message>
    <message>
        <source>expands too much</source>
        <translation>trop volumineux une fois décompressé</translation>
    </message>
</context>
</TS>
