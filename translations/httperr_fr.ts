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
    <name>AccessClock</name>
    <message>
        <source>“%1” is not an offset from UTC such as +02:00 or SERVER=-05:00.</source>
        <translation>« %1 » n’est pas un décalage par rapport à UTC comme +02:00 ou SERVEUR=-05:00.</translation>
    </message>
</context>
<context>
    <name>AccessLogParser</name>
    <message>
        <source>HTTP.sys error log</source>
        <translation>journal d’erreurs HTTP.sys</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>&amp;Bookmark Row…</source>
        <translation>Ajouter un &amp;signet à la ligne…</translation>
    </message>
    <message>
        <source>Bookmark &amp;Time Range…</source>
        <translation>Ajouter un signet à la &amp;plage horaire…</translation>
    </message>
    <message>
        <source>Bookmark the current row with a comment, or edit its bookmark</source>
        <translation>Ajouter un signet commenté à la ligne courante, ou modifier son signet</translation>
    </message>
    <message>
        <source>Bookmark the filter&apos;s time range, the selected spike&apos;s window or what the chart shows, with a comment</source>
        <translation>Ajouter un signet commenté à la plage horaire du filtre, à la fenêtre du pic sélectionné ou à ce que montre le graphique</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Supprimer le signet</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Select a row first, then bookmark it.</source>
        <translation>Sélectionnez d&apos;abord une ligne, puis ajoutez-lui un signet.</translation>
    </message>
    <message>
        <source>Row at %1: %2</source>
        <translation>Ligne à %1 : %2</translation>
    </message>
    <message>
        <source>Time range %1</source>
        <translation>Plage horaire %1</translation>
    </message>
    <message>
        <source>The bookmarked row is not among the loaded rows</source>
        <translation>La ligne du signet ne fait pas partie des lignes chargées</translation>
    </message>
    <message>
        <source>The bookmark&apos;s rows are hidden by the filters</source>
        <translation>Les lignes du signet sont masquées par les filtres</translation>
    </message>
</context>
<context>
    <name>BookmarkDelegate</name>
    <message>
        <source>Bookmarked</source>
        <translation>Avec signet</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Signet : %1</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Edit Bookmark</source>
        <translation>Modifier le signet</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>Ajouter un signet</translation>
    </message>
    <message>
        <source>What this is, for whoever reads the ticket</source>
        <translation>Ce que c&apos;est, pour qui lira le ticket</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Quand (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>BucketSizer</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>1 mois</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semaines</translation>
    </message>
</context>
<context>
    <name>ChartCaption</name>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
</context>
<context>
    <name>ChartExportController</name>
    <message>
        <source>Save Chart &amp;Image…</source>
        <translation>Enregistrer le grap&amp;hique en image…</translation>
    </message>
    <message>
        <source>Copy Chart Ima&amp;ge</source>
        <translation>Copier le graphique en im&amp;age</translation>
    </message>
    <message>
        <source>Save the timeline chart as a PNG, JPEG or PDF file at a size you choose</source>
        <translation>Enregistrer le graphique de la chronologie en PNG, JPEG ou PDF, à la taille de votre choix</translation>
    </message>
    <message>
        <source>Copy the timeline chart to the clipboard as an image</source>
        <translation>Copier le graphique de la chronologie dans le presse-papiers, en image</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Chart copied as an image (%1 × %2 pixels)</source>
        <translation>Graphique copié en image (%1 × %2 pixels)</translation>
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
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>PDF document (vector graphics)</source>
        <translation>Document PDF (graphique vectoriel)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Width × height in pixels; a PDF page gets the same size in points.</source>
        <translation>Largeur × hauteur en pixels&#xa0;; une page PDF reçoit la même taille en points.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
    <message>
        <source>Cannot Save Chart</source>
        <translation>Impossible d’enregistrer le graphique</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>HTTP.sys errors over time</source>
        <translation>Erreurs HTTP.sys dans le temps</translation>
    </message>
    <message>
        <source>“%1” ends neither in .png, .jpg nor .pdf.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine ni par .png, ni par .jpg, ni par .pdf.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”.</source>
        <translation>Impossible d’enregistrer le graphique dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <source>%1: %2 rows with the other filters, %3 in all</source>
        <translation>%1&#xa0;: %2 lignes avec les autres filtres, %3 au total</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Double-click to show only that one</source>
        <translation>Double-cliquez pour n’afficher que celui-ci</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ClickHouseConnect</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>(The password comes from HTTPERR_CLICKHOUSE_PASSWORD, or is asked on the terminal.)</source>
        <translation>(Le mot de passe vient de HTTPERR_CLICKHOUSE_PASSWORD, ou est demandé dans le terminal.)</translation>
    </message>
</context>
<context>
    <name>ClickHouseQuery</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused the user or password: %2</source>
        <translation>ClickHouse sur %1 a refusé l’utilisateur ou le mot de passe : %2</translation>
    </message>
    <message>
        <source>ClickHouse answered with an error: %1</source>
        <translation>ClickHouse a répondu par une erreur : %1</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the connection was refused. Is the server running, and is this its HTTP port?</source>
        <translation>Connexion impossible à ClickHouse sur %1 : la connexion a été refusée. Le serveur tourne-t-il, et est-ce bien son port HTTP ?</translation>
    </message>
    <message>
        <source>Cannot connect to ClickHouse at %1: the host name is unknown.</source>
        <translation>Connexion impossible à ClickHouse sur %1 : le nom d’hôte est inconnu.</translation>
    </message>
    <message>
        <source>The connection to ClickHouse at %1 was lost during the query: the server closed it without an answer (it may have stopped or restarted).</source>
        <translation>La connexion à ClickHouse sur %1 a été perdue pendant la requête : le serveur l’a fermée sans répondre (il s’est peut-être arrêté ou a redémarré).</translation>
    </message>
    <message>
        <source>ClickHouse at %1 did not answer in time.</source>
        <translation>ClickHouse sur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to ClickHouse at %1 failed: %2</source>
        <translation>La connexion sécurisée à ClickHouse sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>ClickHouse at %1: %2</source>
        <translation>ClickHouse sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>ClickHouseRowFetch</name>
    <message>
        <source>ClickHouse sent rows that could not be read.</source>
        <translation>ClickHouse a envoyé des lignes illisibles.</translation>
    </message>
</context>
<context>
    <name>ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address; write %2.</source>
        <translation>« %1 » n’est pas une adresse ClickHouse ; écrivez %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address; write %2.</source>
        <translation>« %1 » n’est pas une adresse valide ; écrivez %2.</translation>
    </message>
    <message>
        <source>The address must not hold a password: set HTTPERR_CLICKHOUSE_PASSWORD or type it when asked.</source>
        <translation>L’adresse ne doit pas contenir de mot de passe : définissez HTTPERR_CLICKHOUSE_PASSWORD ou saisissez-le à la demande.</translation>
    </message>
    <message>
        <source>“%1” names no database, or one with other characters than letters, digits and _; write %2.</source>
        <translation>« %1 » ne nomme aucune base de données, ou une avec d’autres caractères que des lettres, des chiffres et _ ; écrivez %2.</translation>
    </message>
    <message>
        <source>Unknown part “%1” in the address; only ?cluster=NAME is known.</source>
        <translation>Partie inconnue « %1 » dans l’adresse ; seul ?cluster=NOM est reconnu.</translation>
    </message>
    <message>
        <source>“%1” is not a cluster name (letters, digits and _).</source>
        <translation>« %1 » n’est pas un nom de cluster (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (cluster %2)</translation>
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
        <source>httperr*.log files, folders, .zip or .gz archives to open, - for standard input (the window opens the demo log if none).</source>
        <translation>Fichiers httperr*.log, dossiers, archives .zip ou .gz à ouvrir, - pour l’entrée standard (sans rien, la fenêtre ouvre le journal de démonstration).</translation>
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
        <source>Open the bundled demo log.</source>
        <translation>Ouvrir le journal de démonstration fourni.</translation>
    </message>
    <message>
        <source>No status lines on standard error, only errors.</source>
        <translation>Aucune ligne d’état sur la sortie d’erreur, seulement les erreurs.</translation>
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
        <source>Keep adding lines as they are written to the opened files and folders (File &gt; Follow).</source>
        <translation>Ajouter les lignes au fur et à mesure qu’elles sont écrites dans les fichiers et dossiers ouverts (Fichier &gt; Suivre).</translation>
    </message>
    <message>
        <source>Write the rows to FILE (- for standard output) without a window and exit; the extension or --format picks the format.</source>
        <translation>Écrire les lignes dans FICHIER (- pour la sortie standard) sans fenêtre, puis quitter ; l’extension ou --format choisit le format.</translation>
    </message>
    <message>
        <source>With --export: the format, one of %1.</source>
        <translation>Avec --export : le format, parmi %1.</translation>
    </message>
    <message>
        <source>With --export: the columns to write, in this order, comma-separated (for example time,c-ip,s-reason,file).</source>
        <translation>Avec --export : les colonnes à écrire, dans cet ordre, séparées par des virgules (par exemple time,c-ip,s-reason,file).</translation>
    </message>
    <message>
        <source>Write a ticket report (.html, self-contained, or .pdf) without a window and exit.</source>
        <translation>Écrire un rapport pour un ticket (.html autonome, ou .pdf) sans fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>With --export or --report: replace client IP addresses by stand-ins, the same one for the same address.</source>
        <translation>Avec --export ou --report&#xa0;: remplacer les adresses IP des clients par des substituts, toujours le même pour une même adresse.</translation>
    </message>
    <message>
        <source>With --screenshot: select spike N (1 = the oldest) so its explanation shows.</source>
        <translation>Avec --screenshot&#xa0;: sélectionner le pic N (1 = le plus ancien) pour afficher son explication.</translation>
    </message>
    <message>
        <source>--json needs --summary.</source>
        <translation>--json nécessite --summary.</translation>
    </message>
    <message>
        <source>--anonymize needs --export or --report.</source>
        <translation>--anonymize nécessite --export ou --report.</translation>
    </message>
    <message>
        <source>Standard input (-) can be read only once.</source>
        <translation>L’entrée standard (-) ne peut être lue qu’une fois.</translation>
    </message>
    <message>
        <source>--follow needs the window; it does not go with --summary, --export or --report.</source>
        <translation>--follow nécessite la fenêtre ; il ne va pas avec --summary, --export ou --report.</translation>
    </message>
    <message>
        <source>--screenshot does not go with --summary, --export or --report.</source>
        <translation>--screenshot ne va pas avec --summary, --export ou --report.</translation>
    </message>
    <message>
        <source>No input: name files, folders or archives, - for standard input, or --demo for the demo log.</source>
        <translation>Aucune entrée : indiquez des fichiers, dossiers ou archives, - pour l’entrée standard, ou --demo pour le journal de démonstration.</translation>
    </message>
    <message>
        <source>--report: the file name must end in .html or .pdf.</source>
        <translation>--report&#xa0;: le nom du fichier doit se terminer par .html ou .pdf.</translation>
    </message>
    <message>
        <source>--export needs a file name, or - for standard output.</source>
        <translation>--export nécessite un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--format and --columns need --export.</source>
        <translation>--format et --columns nécessitent --export.</translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use one of %2.</source>
        <translation>--format : « %1 » n’est pas un format ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>--export: the file name does not tell the format; end it in .csv, .tsv, .jsonl or .log, or give --format (%1).</source>
        <translation>--export : le nom du fichier n’indique pas le format ; terminez-le par .csv, .tsv, .jsonl ou .log, ou indiquez --format (%1).</translation>
    </message>
    <message>
        <source>--columns needs at least one column name.</source>
        <translation>--columns nécessite au moins un nom de colonne.</translation>
    </message>
    <message>
        <source>--columns does not go with the log format: a .log file keeps each row&apos;s own fields.</source>
        <translation>--columns ne va pas avec le format log : un fichier .log garde les champs propres à chaque ligne.</translation>
    </message>
    <message>
        <source>--export - and --summary would both write to standard output.</source>
        <translation>--export - et --summary écriraient tous deux sur la sortie standard.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>--select-spike wants a number from 1 up.</source>
        <translation>--select-spike attend un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and folders, filters them and charts them over time.</source>
        <translation>Montre ce que HTTP.sys de Windows a rejeté ou coupé&#xa0;: ouvre des fichiers et dossiers httperr*.log, les filtre et les représente dans le temps.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 nothing could be read or written, 2 usage error.</source>
        <translation>Code de sortie : 0 succès, 1 rien n’a pu être lu ou écrit, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Send the rows of the named files, folders and archives to ClickHouse at URL (clickhouse://[USER@]HOST[:PORT]/DATABASE, clickhouses:// for HTTPS) and exit; files already there are skipped. The password comes from HTTPERR_CLICKHOUSE_PASSWORD or a prompt.</source>
        <translation>Envoyer les lignes des fichiers, dossiers et archives nommés à ClickHouse à l’URL (clickhouse://[UTILISATEUR@]HÔTE[:PORT]/BASE, clickhouses:// pour HTTPS) puis quitter ; les fichiers déjà présents sont ignorés. Le mot de passe vient de HTTPERR_CLICKHOUSE_PASSWORD ou d’une invite.</translation>
    </message>
    <message>
        <source>A ClickHouse address is opened alone, without files or --demo.</source>
        <translation>Une adresse ClickHouse s’ouvre seule, sans fichiers ni --demo.</translation>
    </message>
    <message>
        <source>--follow reads files; it does not go with a ClickHouse address.</source>
        <translation>--follow lit des fichiers ; il ne va pas avec une adresse ClickHouse.</translation>
    </message>
    <message>
        <source>--ingest goes alone with the files to send (and --quiet): no filters, no other command, no ClickHouse address as input.</source>
        <translation>--ingest va seul avec les fichiers à envoyer (et --quiet) : ni filtres, ni autre commande, ni adresse ClickHouse en entrée.</translation>
    </message>
    <message>
        <source>--ingest needs files, folders or archives to send.</source>
        <translation>--ingest a besoin de fichiers, dossiers ou archives à envoyer.</translation>
    </message>
    <message>
        <source>--ingest reads files (it must read each one twice: once to recognise it, once to send it); save standard input to a file first.</source>
        <translation>--ingest lit des fichiers (chacun deux fois : une fois pour le reconnaître, une fois pour l’envoyer) ; enregistrez d’abord l’entrée standard dans un fichier.</translation>
    </message>
    <message>
        <source>With --report: cover only spike N&apos;s window (N as --summary lists the spikes, 1 = the oldest).</source>
        <translation>Avec --report : ne couvrir que la fenêtre du pic N (N tel que --summary numérote les pics, 1 = le plus ancien).</translation>
    </message>
    <message>
        <source>--spike wants a number from 1 up.</source>
        <translation>--spike attend un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>--spike needs --report.</source>
        <translation>--spike nécessite --report.</translation>
    </message>
    <message>
        <source>--columns does not go with the ECS formats: each document holds all of the row&apos;s fields.</source>
        <translation>--columns ne va pas avec les formats ECS : chaque document contient tous les champs de la ligne.</translation>
    </message>
    <message>
        <source>Stack the timeline&apos;s bars by reason or by server (the window&apos;s Bars: choice, remembered like it; with --screenshot only for that picture).</source>
        <translation>Empiler les barres de la chronologie par raison ou par serveur (le choix « Barres : » de la fenêtre, mémorisé de même ; avec --screenshot, pour cette image seulement).</translation>
    </message>
    <message>
        <source>--bars wants reason or server.</source>
        <translation>--bars attend reason ou server.</translation>
    </message>
    <message>
        <source>--bars is for the window; it does not go with --summary, --export or --report.</source>
        <translation>--bars concerne la fenêtre ; il ne va pas avec --summary, --export ou --report.</translation>
    </message>
    <message>
        <source>On Windows, run the commands without a window (--summary, --export, --report, --ingest, --help) with httperr-viewer-cli.exe: it writes to the console in UTF-8 and cmd.exe waits for its exit status. httperr-viewer.exe is the window.</source>
        <translation>Sous Windows, lancez les commandes sans fenêtre (--summary, --export, --report, --ingest, --help) avec httperr-viewer-cli.exe : il écrit dans la console en UTF-8 et cmd.exe attend son code de sortie. httperr-viewer.exe est la fenêtre.</translation>
    </message>
    <message>
        <source>With --screenshot: show this panel too: top-values, spikes, bookmarks, problems or requests (the Requests tab; repeat, or separate with commas).</source>
        <translation>Avec --screenshot&#xa0;: afficher aussi ce panneau&#xa0;: top-values, spikes, bookmarks, problems ou requests (l’onglet Requêtes&#xa0;; à répéter, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>--show wants one of %1.</source>
        <translation>--show attend l’un de %1.</translation>
    </message>
    <message>
        <source>With --export: write the rows of the IIS access logs among the inputs instead of the httperr rows (CSV, TSV, JSON Lines, or ECS with the field names of Filebeat&apos;s IIS access module).</source>
        <translation>Avec --export : écrire les lignes des journaux d’accès IIS parmi les entrées au lieu des lignes httperr (CSV, TSV, JSON Lines, ou ECS avec les noms de champs du module IIS access de Filebeat).</translation>
    </message>
    <message>
        <source>IIS access-log requests that took N seconds or longer count as slow in the evidence for a spike (default 110).</source>
        <translation>Les requêtes du journal d’accès IIS qui ont duré N secondes ou plus comptent comme lentes dans les éléments d’un pic (110 par défaut).</translation>
    </message>
    <message>
        <source>--slow-seconds wants a number of seconds from 1 to 86400.</source>
        <translation>--slow-seconds attend un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>--requests needs --export.</source>
        <translation>--requests nécessite --export.</translation>
    </message>
    <message>
        <source>--requests exports every access-log row; the filter options are for httperr rows.</source>
        <translation>--requests exporte toutes les lignes des journaux d’accès ; les options de filtre concernent les lignes httperr.</translation>
    </message>
    <message>
        <source>--requests does not go with the log format; use csv, tsv, jsonl or ecs.</source>
        <translation>--requests ne va pas avec le format log ; utilisez csv, tsv, jsonl ou ecs.</translation>
    </message>
    <message>
        <source>The IIS access logs of server SERVER (or of every server, without SERVER=) were written in local time at this offset from UTC, for example WEB01=+02:00 or -05:00 (repeat for several servers). IIS writes UTC unless set otherwise.</source>
        <translation>Les journaux d’accès IIS du serveur SERVER (ou de tous les serveurs, sans SERVER=) ont été écrits en heure locale avec ce décalage par rapport à UTC, par exemple WEB01=+02:00 ou -05:00 (à répéter pour plusieurs serveurs). IIS écrit en UTC sauf réglage contraire.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Ouvrir une &amp;base de données…</translation>
    </message>
    <message>
        <source>rows from %1</source>
        <translation>lignes de %1</translation>
    </message>
    <message>
        <source>Showing the oldest %L1 of the %L2 rows the filters keep in ClickHouse (the timeline counts them all); narrow the time range to see the others.</source>
        <translation>Affichage des %L1 lignes les plus anciennes sur les %L2 que les filtres gardent dans ClickHouse (la chronologie les compte toutes) ; réduisez la plage horaire pour voir les autres.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Rows at Most</source>
        <translation>Nombre maximal de lignes</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many (the timeline counts them all):</source>
        <translation>Le tableau contient les lignes les plus anciennes que les filtres gardent, au plus ce nombre (la chronologie les compte toutes) :</translation>
    </message>
    <message>
        <source>Change Limit…</source>
        <translation>Changer la limite…</translation>
    </message>
    <message>
        <source>ClickHouse Password</source>
        <translation>Mot de passe ClickHouse</translation>
    </message>
    <message>
        <source>ClickHouse refused the password of %1. Password:</source>
        <translation>ClickHouse a refusé le mot de passe de %1. Mot de passe :</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1 :</translation>
    </message>
</context>
<context>
    <name>DatabaseFetch</name>
    <message>
        <source>ClickHouse sent an answer that could not be read.</source>
        <translation>ClickHouse a envoyé une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
</context>
<context>
    <name>EmptyTableNotice</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No file is open. Open HTTP.sys error logs with File → Open or drop them here.</source>
        <translation>Aucun fichier ouvert. Ouvrez des journaux d’erreurs HTTP.sys avec Fichier → Ouvrir ou déposez-les ici.</translation>
    </message>
    <message>
        <source>No rows were read from the opened files. The Problems list says why.</source>
        <translation>Aucune ligne n’a été lue dans les fichiers ouverts. La liste « Problèmes » en donne la raison.</translation>
    </message>
    <message>
        <source>No row passes the filters: %1.</source>
        <translation>Aucune ligne ne passe les filtres : %1.</translation>
    </message>
    <message>
        <source>Clear filters (%L1 rows)</source>
        <translation>Supprimer les filtres (%L1 lignes)</translation>
    </message>
</context>
<context>
    <name>EscapeController</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Arrêter le chargement</translation>
    </message>
    <message>
        <source>Clear every filter (Esc in the filter bar or the table)</source>
        <translation>Effacer tous les filtres (Échap dans la barre de filtres ou le tableau)</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Slow Request &amp;Threshold…</source>
        <translation>&amp;Seuil des requêtes lentes…</translation>
    </message>
    <message>
        <source>How long an IIS access-log request must take to count as slow in a spike&apos;s evidence</source>
        <translation>Durée qu’une requête du journal d’accès IIS doit atteindre pour compter comme lente dans les indices d’un pic</translation>
    </message>
    <message>
        <source>Slow Request Threshold</source>
        <translation>Seuil des requêtes lentes</translation>
    </message>
    <message>
        <source>IIS access-log requests that took this many seconds or longer count as slow (HTTP.sys drops a connection it could not log after about 120 s):</source>
        <translation>Les requêtes du journal d’accès IIS qui ont duré ce nombre de secondes ou plus comptent comme lentes (HTTP.sys abandonne une connexion qu’il n’a pas pu journaliser après environ 120 s) :</translation>
    </message>
    <message>
        <source>Requests on the &amp;Timeline</source>
        <translation>Requêtes sur la &amp;chronologie</translation>
    </message>
    <message>
        <source>Draw the IIS access-log requests per bucket, and those that stalled or failed, over the timeline&apos;s bars</source>
        <translation>Tracer les requêtes du journal d’accès IIS par intervalle, et celles bloquées ou en échec, par-dessus les barres de la chronologie</translation>
    </message>
    <message>
        <source>Access-Log &amp;Clocks…</source>
        <translation>&amp;Horloges des journaux d’accès…</translation>
    </message>
    <message>
        <source>Which IIS access logs were written in local time, and at which offset from UTC</source>
        <translation>Quels journaux d’accès IIS ont été écrits en heure locale, et avec quel décalage par rapport à UTC</translation>
    </message>
    <message>
        <source>Access-Log Clocks</source>
        <translation>Horloges des journaux d’accès</translation>
    </message>
    <message>
        <source>IIS writes access logs in UTC. For logs written in local time, give the offset from UTC of one server (WEB01=+02:00) or of all (+02:00), separated by commas. Loaded files are read again.</source>
        <translation>IIS écrit les journaux d’accès en UTC. Pour des journaux écrits en heure locale, indiquez le décalage par rapport à UTC d’un serveur (WEB01=+02:00) ou de tous (+02:00), séparés par des virgules. Les fichiers chargés sont relus.</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>usually ~%1</source>
        <translation>habituellement ~%1</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>Ce que montre le journal d’accès IIS</translation>
    </message>
    <message>
        <source>Requests that ended</source>
        <translation>Requêtes terminées</translation>
    </message>
    <message>
        <source>Took %1 s or longer</source>
        <translation>Ont duré %1 s ou plus</translation>
    </message>
    <message>
        <source>Win32 status %1</source>
        <translation>Statut Win32 %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Bloquées ou en échec</translation>
    </message>
    <message>
        <source>Slow threshold: %1 s…</source>
        <translation>Seuil de lenteur : %1 s…</translation>
    </message>
</context>
<context>
    <name>EvidenceVerdict</name>
    <message>
        <source>network name no longer available</source>
        <translation>nom réseau plus disponible</translation>
    </message>
    <message>
        <source>connection aborted by the local system</source>
        <translation>connexion interrompue par le système local</translation>
    </message>
    <message>
        <source>I/O operation aborted</source>
        <translation>opération d’E/S abandonnée</translation>
    </message>
    <message>
        <source>semaphore timeout expired</source>
        <translation>délai de sémaphore expiré</translation>
    </message>
    <message>
        <source>no such network connection</source>
        <translation>connexion réseau inexistante</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>application pool unavailable</source>
        <translation>pool d’applications indisponible</translation>
    </message>
    <message>
        <source>concurrent request limit reached</source>
        <translation>limite de requêtes simultanées atteinte</translation>
    </message>
    <message>
        <source>ASP.NET queue full</source>
        <translation>file d’attente ASP.NET pleine</translation>
    </message>
    <message>
        <source>FastCGI queue full</source>
        <translation>file d’attente FastCGI pleine</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <source>configuration data invalid</source>
        <translation>données de configuration non valides</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>bad gateway: the back end failed or timed out</source>
        <translation>passerelle incorrecte : le serveur principal a échoué ou n’a pas répondu à temps</translation>
    </message>
    <message numerus="yes">
        <source>over %n minute(s)</source>
        <translation>
            <numerusform>plus de %n minute</numerusform>
            <numerusform>plus de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n second(s)</source>
        <translation>
            <numerusform>plus de %n seconde</numerusform>
            <numerusform>plus de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Access-log times read as UTC, as IIS writes them.</source>
        <translation>Heures des journaux d’accès lues en UTC, comme IIS les écrit.</translation>
    </message>
    <message>
        <source>No access-log rows cover this window.</source>
        <translation>Aucune ligne des journaux d’accès ne couvre cette fenêtre.</translation>
    </message>
    <message>
        <source>Requests that ended in this window: %1 (usually about %2)</source>
        <translation>Requêtes terminées dans cette fenêtre : %1 (habituellement environ %2)</translation>
    </message>
    <message>
        <source>Took %1 s or longer: %2 (usually about %3)</source>
        <translation>Ont duré %1 s ou plus : %2 (habituellement environ %3)</translation>
    </message>
    <message>
        <source>  slow: %1 × %2</source>
        <translation>  lentes : %1 × %2</translation>
    </message>
    <message>
        <source>Win32 status %1: %2</source>
        <translation>Statut Win32 %1 : %2</translation>
    </message>
    <message>
        <source>Win32 status %1 (%2): %3</source>
        <translation>Statut Win32 %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Status %1: %2</source>
        <translation>Statut %1 : %2</translation>
    </message>
    <message>
        <source>  503.%1 (%2): %3</source>
        <translation>  503.%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Stalled or failed: %1 (usually about %2)</source>
        <translation>Bloquées ou en échec : %1 (habituellement environ %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1</source>
        <translation>
            <numerusform>%n requête vers %1</numerusform>
            <numerusform>%n requêtes vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 took %2 and ended with ‘%3’ (%4) in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>%1 ont duré %2 et se sont terminées par « %3 » (%4) dans cette fenêtre : l’application était bloquée ; HTTP.sys a coupé les connexions qu’il ne pouvait pas journaliser.</translation>
    </message>
    <message>
        <source>%1 took %2 in this window: the application stalled; HTTP.sys dropped the connections it could not log.</source>
        <translation>%1 ont duré %2 dans cette fenêtre : l’application était bloquée ; HTTP.sys a coupé les connexions qu’il ne pouvait pas journaliser.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</source>
        <translation>
            <numerusform>%n requête s’est terminée avec le statut %1 (%2) dans cette fenêtre : l’application échouait pendant que HTTP.sys coupait des connexions.</numerusform>
            <numerusform>%n requêtes se sont terminées avec le statut %1 (%2) dans cette fenêtre : l’application échouait pendant que HTTP.sys coupait des connexions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</source>
        <translation>
            <numerusform>%n requête s’est terminée par « %1 » (%2) sans durer longtemps : des clients ou un répartiteur de charge ont abandonné leurs connexions.</numerusform>
            <numerusform>%n requêtes se sont terminées par « %1 » (%2) sans durer longtemps : des clients ou un répartiteur de charge ont abandonné leurs connexions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request ended in this window, where about %1 usually do: the application may have hung.</source>
        <translation>Aucune requête ne s’est terminée dans cette fenêtre, où environ %1 se terminent d’habitude : l’application s’est peut-être bloquée.</translation>
    </message>
    <message>
        <source>The access log shows nothing unusual in this window: look at the client side or the network.</source>
        <translation>Le journal d’accès ne montre rien d’inhabituel dans cette fenêtre : examinez le côté client ou le réseau.</translation>
    </message>
    <message>
        <source>Access-log times read as %1, as given for these logs, and converted to UTC.</source>
        <translation>Heures des journaux d’accès lues en %1, comme indiqué pour ces journaux, et converties en UTC.</translation>
    </message>
    <message>
        <source>Access-log times read in each server&apos;s clock, as given: %1.</source>
        <translation>Heures des journaux d’accès lues selon l’horloge de chaque serveur, comme indiqué : %1.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Top client IPs</source>
        <translation>Principales IP clientes</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>Principales URL</translation>
    </message>
    <message>
        <source>Top sites</source>
        <translation>Principaux sites</translation>
    </message>
    <message>
        <source>Top queues (app pools)</source>
        <translation>Principales files d’attente (pools d’applications)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Select a row, click a reason in the timeline legend or a bar, or click a shaded spike to see what it means and what to check next.</source>
        <translation>Sélectionnez une ligne, ou cliquez sur un motif dans la légende de la chronologie, sur une barre ou sur un pic ombré pour voir ce qu’il signifie et quoi vérifier ensuite.</translation>
    </message>
    <message>
        <source>Undocumented reason</source>
        <translation>Motif non documenté</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list</source>
        <translation>Absent de la liste de Microsoft</translation>
    </message>
    <message>
        <source>What this row shows</source>
        <translation>Ce que montre cette ligne</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causes typiques</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>À vérifier ensuite</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>Paramètres associés</translation>
    </message>
    <message>
        <source>Show only %1 rows</source>
        <translation>Afficher uniquement les lignes %1</translation>
    </message>
    <message>
        <source>What %1 means and what to check</source>
        <translation>Ce que signifie %1 et quoi vérifier</translation>
    </message>
    <message>
        <source>%1 spike</source>
        <translation>Pic de %1</translation>
    </message>
    <message>
        <source>Filter the table to this window</source>
        <translation>Filtrer le tableau sur cette période</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 at the peak; usually %2</source>
        <translation>%1 au pic&#xa0;; habituellement %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%L1% of all rows; %L2% of the rows in this window</source>
        <translation>%L1 % de toutes les lignes&#xa0;; %L2 % des lignes de cette période</translation>
    </message>
    <message>
        <source>Also rose at the same time</source>
        <translation>En hausse au même moment</translation>
    </message>
    <message>
        <source>No other reason.</source>
        <translation>Aucun autre motif.</translation>
    </message>
    <message>
        <source>usually ~%L1</source>
        <translation>habituellement ~%L1</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%L1 distinct</source>
        <translation>%L1 distincts</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>--columns: the rows have no column “%1”; they have %2.</source>
        <translation>--columns : les lignes n’ont pas de colonne « %1 » ; elles ont %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossible d’écrire sur la sortie standard : %1.</translation>
    </message>
    <message numerus="yes">
        <source>--spike %1: the rows have %Ln spike(s) (as --summary lists them).</source>
        <translation>
            <numerusform>--spike %1 : les lignes ont %Ln pic (tel que --summary les numérote).</numerusform>
            <numerusform>--spike %1 : les lignes ont %Ln pics (tel que --summary les numérote).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Wait until the files are loaded, then export.</source>
        <translation>Attendez la fin du chargement des fichiers, puis exportez.</translation>
    </message>
    <message>
        <source>Exporting rows to %1…</source>
        <translation>Exportation des lignes vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Exporter les lignes</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Exportation annulée&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Visible columns, in table order</source>
        <translation>Colonnes &amp;visibles, dans l’ordre du tableau</translation>
    </message>
    <message>
        <source>All &amp;columns, in file order, with file and line</source>
        <translation>&amp;Toutes les colonnes, dans l’ordre du fichier, avec fichier et ligne</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>&amp;Anonymiser les adresses IP des clients</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Exporter les lignes</translation>
    </message>
    <message>
        <source>&amp;Selected rows (%1)</source>
        <translation>Lignes &amp;sélectionnées (%1)</translation>
    </message>
    <message>
        <source>Rows that pass the &amp;filters (%1)</source>
        <translation>Lignes retenues par les &amp;filtres (%1)</translation>
    </message>
    <message>
        <source>A&amp;ll rows (%1)</source>
        <translation>Toutes &amp;les lignes (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Replaces every client address by a stand-in from a reserved range (198.18.0.0/15, 2001:db8::/32), the same one wherever the address appears in this export. URLs and server addresses are kept.</source>
        <translation>Remplace chaque adresse client par un substitut pris dans une plage réservée (198.18.0.0/15, 2001:db8::/32), le même partout où l’adresse apparaît dans cet export. Les URL et les adresses des serveurs sont conservées.</translation>
    </message>
    <message>
        <source>A .log file always holds each row&apos;s own fields, so that it reads back like the original.</source>
        <translation>Un fichier .log contient toujours les champs propres à chaque ligne, pour se relire comme l’original.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export Rows To</source>
        <translation>Exporter les lignes vers</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Each document holds all of the row&apos;s fields under the names Filebeat gives them, with the server and the file.</source>
        <translation>Chaque document contient tous les champs de la ligne sous les noms que leur donne Filebeat, avec le serveur et le fichier.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (valeurs séparées par des virgules)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (valeurs séparées par des tabulations)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>HTTP.sys error log</source>
        <translation>Journal d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Elastic Common Schema (NDJSON)</source>
        <translation>Elastic Common Schema (NDJSON)</translation>
    </message>
    <message>
        <source>Elasticsearch bulk request (ECS)</source>
        <translation>Requête bulk Elasticsearch (ECS)</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <source>You cannot write to the folder “%1”. Choose another folder.</source>
        <translation>Vous ne pouvez pas écrire dans le dossier «&#xa0;%1&#xa0;». Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;%1&#xa0;» n’a pas pu être écrit entièrement, rien n’a donc été enregistré. Libérez de l’espace ou choisissez un autre lecteur.</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a échoué (%2), rien n’a donc été enregistré.</translation>
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
    <message>
        <source>“%1” is not a time. Use %2 or ISO 8601 (2026-03-10 14:05:00); times are in %3 unless they end in Z or an offset.</source>
        <translation>« %1 » n’est pas une heure. Utilisez %2 ou ISO 8601 (2026-03-10 14:05:00) ; les heures sont en %3, sauf si elles se terminent par Z ou un décalage.</translation>
    </message>
    <message>
        <source>From (%1)</source>
        <translation>Du (%1)</translation>
    </message>
    <message>
        <source>To (%1)</source>
        <translation>Au (%1)</translation>
    </message>
    <message>
        <source>Earliest time shown, inclusive, in %1: %2 or ISO 8601. Empty: from the start.</source>
        <translation>Première heure affichée, incluse, en %1 : %2 ou ISO 8601. Vide : depuis le début.</translation>
    </message>
    <message>
        <source>Latest time shown, inclusive, in %1: %2 or ISO 8601. Empty: to the end.</source>
        <translation>Dernière heure affichée, incluse, en %1 : %2 ou ISO 8601. Vide : jusqu’à la fin.</translation>
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
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason is not: %1</source>
        <translation>Motif différent de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client IP: %1</source>
        <translation>IP client&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server port: %1</source>
        <translation>Port serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server is not: %1</source>
        <translation>Serveur différent de&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Du : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Au : %1</translation>
    </message>
</context>
<context>
    <name>FilterHistory</name>
    <message>
        <source>no filters</source>
        <translation>aucun filtre</translation>
    </message>
    <message>
        <source>&amp;Undo Filter Change</source>
        <translation>&amp;Annuler la modification des filtres</translation>
    </message>
    <message>
        <source>&amp;Redo Filter Change</source>
        <translation>&amp;Rétablir la modification des filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>Revenir à : %1</translation>
    </message>
    <message>
        <source>No filter change to undo</source>
        <translation>Aucune modification des filtres à annuler</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <translation>De nouveau : %1</translation>
    </message>
    <message>
        <source>No filter change to redo</source>
        <translation>Aucune modification des filtres à rétablir</translation>
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
    <message>
        <source>Only rows of this server (its folder or archive name; repeat, or separate with commas); ! first to leave a server out.</source>
        <translation>Uniquement les lignes de ce serveur (nom de son dossier ou de son archive ; répétable ou séparé par des virgules) ; ! devant un nom exclut ce serveur.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every column (the filters stay as they are)</source>
        <translation>Rechercher dans toutes les colonnes (les filtres restent tels quels)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>No row contains it</source>
        <translation>Aucune ligne ne le contient</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 sur %2 lignes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Go to Time…</source>
        <translation>&amp;Aller à l&apos;heure…</translation>
    </message>
    <message>
        <source>Find text in every column without filtering the rows</source>
        <translation>Rechercher un texte dans toutes les colonnes sans filtrer les lignes</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Move the table to the first row at or after a time</source>
        <translation>Amener le tableau à la première ligne à partir d&apos;une heure</translation>
    </message>
    <message>
        <source>No row contains “%1”</source>
        <translation>Aucune ligne ne contient « %1 »</translation>
    </message>
    <message>
        <source>Found again from the first row</source>
        <translation>Trouvé à nouveau depuis la première ligne</translation>
    </message>
    <message>
        <source>Found again from the last row</source>
        <translation>Trouvé à nouveau depuis la dernière ligne</translation>
    </message>
    <message>
        <source>No row shown is at or after %1</source>
        <translation>Aucune ligne affichée n&apos;est à %1 ou après</translation>
    </message>
</context>
<context>
    <name>FollowController</name>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Suivre</translation>
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
</context>
<context>
    <name>GapOverlay</name>
    <message>
        <source>no log</source>
        <translation>pas de journal</translation>
    </message>
    <message>
        <source>No log: %1 – %2 %3</source>
        <translation>Pas de journal&#xa0;: %1 – %2 %3</translation>
    </message>
    <message>
        <source>No loaded file has rows for this time. A file may be missing, or the server or its logging was stopped; it does not mean there were no errors.</source>
        <translation>Aucun fichier chargé ne contient de lignes pour cette période. Un fichier manque peut-être, ou le serveur ou sa journalisation était arrêté&#xa0;; cela ne veut pas dire qu’il n’y a pas eu d’erreurs.</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>Aller à l&apos;heure</translation>
    </message>
    <message>
        <source>First row at or after (%1):</source>
        <translation>Première ligne à partir de (%1) :</translation>
    </message>
    <message>
        <source>As the table shows times, or 2026-03-10 14:05, or a date alone</source>
        <translation>Comme le tableau affiche les heures, ou 2026-03-10 14:05, ou une date seule</translation>
    </message>
    <message>
        <source>Reads as %1</source>
        <translation>Lu comme %1</translation>
    </message>
    <message>
        <source>Not a time yet</source>
        <translation>Pas encore une heure</translation>
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
    <name>HeadlessCommand</name>
    <message>
        <source>%1: none of the session&apos;s files is there (moved, or on another machine): %2. Open the session in the window to locate them.</source>
        <translation>%1&#xa0;: aucun des fichiers de la session n&apos;est là (déplacés, ou sur une autre machine)&#xa0;: %2. Ouvrez la session dans la fenêtre pour les retrouver.</translation>
    </message>
    <message>
        <source>%1: the session&apos;s file %2 is not there (moved, or on another machine); going on without it.</source>
        <translation>%1&#xa0;: le fichier %2 de la session n&apos;est pas là (déplacé, ou sur une autre machine)&#xa0;; on continue sans lui.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
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
</context>
<context>
    <name>HttpErrParser</name>
    <message>
        <source>W3C log with over %1 fields</source>
        <translation>journal W3C de plus de %1 champs</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>Sending to ClickHouse: %1% read, %L2 rows sent</source>
        <translation>Envoi à ClickHouse : %1 % lu, %L2 lignes envoyées</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the database has %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Rien de nouveau : la base a déjà %n fichier (même serveur, chemin et contenu).</numerusform>
            <numerusform>Rien de nouveau : la base a déjà les %n fichiers (même serveur, chemin et contenu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2 in %3 s (%4 rows/s).</source>
        <translation>
            <numerusform>%L1 lignes de %n fichier envoyées à %2 en %3 s (%4 lignes/s).</numerusform>
            <numerusform>%L1 lignes de %n fichiers envoyées à %2 en %3 s (%4 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the database had already (same server, path and content) were skipped.</source>
        <translation>
            <numerusform>%n fichier que la base avait déjà (même serveur, chemin et contenu) a été ignoré.</numerusform>
            <numerusform>%n fichiers que la base avait déjà (même serveur, chemin et contenu) ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted in the ledger, not sent as rows.</source>
        <translation>%L1 lignes malformées ont été comptées dans le registre, pas envoyées comme lignes.</translation>
    </message>
    <message>
        <source>No log file could be read from: %1</source>
        <translation>Aucun fichier journal n’a pu être lu depuis : %1</translation>
    </message>
</context>
<context>
    <name>IngestJob</name>
    <message>
        <source>The rows were sent, but the ledger could not be written, so they do not count yet (ingest the files again): %1</source>
        <translation>Les lignes ont été envoyées, mais le registre n’a pas pu être écrit, elles ne comptent donc pas encore (envoyez à nouveau les fichiers) : %1</translation>
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
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L1 lignes sur %L2</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>interrogation…</translation>
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
    <message>
        <source>Header block skipped up to the next header: not an HTTP.sys error log (%1)</source>
        <translation>Bloc d’en-tête ignoré jusqu’à l’en-tête suivant : pas un journal d’erreurs HTTP.sys (%1)</translation>
    </message>
    <message>
        <source>Skipped: the member&apos;s name leads out of the archive (“..” or an absolute path)</source>
        <translation>Ignoré : le nom du membre sort de l’archive (« .. » ou chemin absolu)</translation>
    </message>
    <message>
        <source>Skipped: an earlier member of the archive has the same name, and that one was read</source>
        <translation>Ignoré : un membre précédent de l’archive porte le même nom, et c’est lui qui a été lu</translation>
    </message>
    <message>
        <source>%1 is not a number: the line is skipped</source>
        <translation>%1 n’est pas un nombre : la ligne est ignorée</translation>
    </message>
    <message>
        <source>An access-log line before any #Fields header: its fields are unknown</source>
        <translation>Une ligne de journal d’accès avant tout en-tête #Fields : ses champs sont inconnus</translation>
    </message>
    <message>
        <source>This access log&apos;s #Fields has no time-taken: its requests cannot be counted as slow</source>
        <translation>Le #Fields de ce journal d’accès n’a pas de time-taken : ses requêtes ne peuvent pas être comptées comme lentes</translation>
    </message>
    <message>
        <source>Fields IIS does not write by default (custom fields?) are ignored: %1</source>
        <translation>Les champs qu’IIS n’écrit pas par défaut (champs personnalisés ?) sont ignorés : %1</translation>
    </message>
    <message>
        <source>The access logs of this server (%1) do not overlap its httperr logs (%2): they cannot explain the spikes. From another day, or written in local time?</source>
        <translation>Les journaux d’accès de ce serveur (%1) ne recouvrent pas ses journaux httperr (%2) : ils ne peuvent pas expliquer les pics. D’un autre jour, ou écrits en heure locale ?</translation>
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
    <message>
        <source>Servers:</source>
        <translation>Serveurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
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
    <message>
        <source>Rename Server “%1”…</source>
        <translation>Renommer le serveur «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Rows Around This Time (±5 min)</source>
        <translation>Lignes autour de cette heure (±5 min)</translation>
    </message>
    <message>
        <source>Same /24 (%1)</source>
        <translation>Même /24 (%1)</translation>
    </message>
    <message>
        <source>Same /64 (%1)</source>
        <translation>Même /64 (%1)</translation>
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
        <source>Reset La&amp;yout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Export Rows…</source>
        <translation>&amp;Exporter les lignes…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Create Re&amp;port…</source>
        <translation>Créer un ra&amp;pport…</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Copier le résu&amp;mé</translation>
    </message>
    <message>
        <source>Filter by &amp;URL…</source>
        <translation>Filtrer par &amp;URL…</translation>
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
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>&amp;Keep Filters When Opening Files</source>
        <translation>&amp;Garder les filtres à l’ouverture de fichiers</translation>
    </message>
    <message>
        <source>Opening other files keeps the filters instead of showing every row</source>
        <translation>L’ouverture d’autres fichiers garde les filtres au lieu d’afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder, or it cannot be read. What was loaded is still shown.</source>
        <translation>Impossible d’ouvrir %1 : fichier ou dossier introuvable, ou illisible. Ce qui était chargé reste affiché.</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>clickhouse://HOST:8123/DATABASE</source>
        <translation>clickhouse://HÔTE:8123/BASE</translation>
    </message>
    <message>
        <source>optional: read all shards of this cluster</source>
        <translation>facultatif : lire tous les fragments de ce cluster</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster :</translation>
    </message>
    <message>
        <source>clickhouses:// connects over HTTPS (port 8443 by default). The password is not saved.</source>
        <translation>clickhouses:// se connecte en HTTPS (port 8443 par défaut). Le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The table holds the oldest rows the filters keep, up to this many; the timeline counts them all.</source>
        <translation>Le tableau contient les lignes les plus anciennes que les filtres gardent, au plus ce nombre ; la chronologie les compte toutes.</translation>
    </message>
    <message>
        <source>&amp;Rows at most:</source>
        <translation>&amp;Lignes au plus :</translation>
    </message>
</context>
<context>
    <name>OpenDialogs</name>
    <message>
        <source>Open HTTP.sys Error Logs</source>
        <translation>Ouvrir des journaux d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Open a Folder of HTTP.sys Error Logs</source>
        <translation>Ouvrir un dossier de journaux d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;All files (*)</source>
        <translation>Journaux d’erreurs HTTP.sys et archives (*.log *.log.gz *.zip *.gz);;Tous les fichiers (*)</translation>
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
    <message>
        <source>header blocks of other logs skipped</source>
        <translation>blocs d’en-tête d’autres journaux ignorés</translation>
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
    <name>ReasonCatalog</name>
    <message>
        <source>HTTP.sys answered 503 because the application pool was taken offline after its worker processes kept failing (rapid-fail protection).</source>
        <translation>HTTP.sys a répondu 503 car le pool d’applications a été mis hors ligne après des échecs répétés de ses processus de travail (protection contre les défaillances rapides).</translation>
    </message>
    <message>
        <source>The worker process crashed repeatedly: by default 5 crashes within 5 minutes stop the pool.
Unhandled exceptions, a bad deployment or configuration, an expired app-pool identity password.</source>
        <translation>Le processus de travail a planté à plusieurs reprises&#xa0;: par défaut, 5 plantages en 5 minutes arrêtent le pool.
Exceptions non gérées, déploiement ou configuration défectueux, mot de passe expiré de l’identité du pool d’applications.</translation>
    </message>
    <message>
        <source>System event log: WAS warnings naming the pool.
Application log and crash dumps (WER) for why w3wp died.
The pool&apos;s state in IIS Manager: fix the crash, then start the pool.</source>
        <translation>Journal d’événements Système&#xa0;: avertissements WAS qui nomment le pool.
Journal Application et vidages sur incident (WER) pour savoir pourquoi w3wp s’est arrêté.
L’état du pool dans le Gestionnaire IIS&#xa0;: corriger le plantage, puis démarrer le pool.</translation>
    </message>
    <message>
        <source>applicationPools/add/failure: rapidFailProtection, rapidFailProtectionMaxCrashes, rapidFailProtectionInterval.
loadBalancerCapabilities: 503 (HttpLevel) or a TCP reset (TcpLevel).</source>
        <translation>applicationPools/add/failure&#xa0;: rapidFailProtection, rapidFailProtectionMaxCrashes, rapidFailProtectionInterval.
loadBalancerCapabilities&#xa0;: 503 (HttpLevel) ou une réinitialisation TCP (TcpLevel).</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application pool&apos;s process was too busy to take the request.</source>
        <translation>HTTP.sys a répondu 503 car le processus du pool d’applications était trop occupé pour prendre la requête.</translation>
    </message>
    <message>
        <source>CPU saturation or thread starvation in w3wp.
Long-running or blocked requests holding every thread.</source>
        <translation>Processeur saturé ou pénurie de threads dans w3wp.
Requêtes longues ou bloquées qui occupent tous les threads.</translation>
    </message>
    <message>
        <source>CPU and thread count of w3wp at that time.
A memory dump taken during the slowdown.
The IIS log&apos;s time-taken for the same period.</source>
        <translation>Processeur et nombre de threads de w3wp à ce moment-là.
Un vidage mémoire pris pendant le ralentissement.
Le time-taken du journal IIS sur la même période.</translation>
    </message>
    <message>
        <source>App-pool queueLength and process model limits.
The application&apos;s thread-pool settings.</source>
        <translation>queueLength du pool d’applications et limites du modèle de processus.
Les réglages du pool de threads de l’application.</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because the application was shut down automatically by a policy the administrator set.</source>
        <translation>HTTP.sys a répondu 503 car l’application a été arrêtée automatiquement par une règle définie par l’administrateur.</translation>
    </message>
    <message>
        <source>Scheduled, request-count or memory-based recycling.
Idle time-out shutting the worker down.
A configuration change that recycled the pool.</source>
        <translation>Recyclage planifié, au nombre de requêtes ou selon la mémoire.
Délai d’inactivité qui arrête le processus de travail.
Une modification de configuration qui a recyclé le pool.</translation>
    </message>
    <message>
        <source>System event log: WAS events about recycles at that time.
The pool&apos;s recycling and idle time-out settings.</source>
        <translation>Journal d’événements Système&#xa0;: événements WAS de recyclage à ce moment-là.
Les réglages de recyclage et de délai d’inactivité du pool.</translation>
    </message>
    <message>
        <source>applicationPools/add/recycling (periodicRestart).
processModel idleTimeout.</source>
        <translation>applicationPools/add/recycling (periodicRestart).
processModel idleTimeout.</translation>
    </message>
    <message>
        <source>HTTP.sys could not parse the request and answered 400 itself; the application never saw it and the IIS log has no entry for it.</source>
        <translation>HTTP.sys n’a pas pu analyser la requête et a répondu 400 lui-même&#xa0;; l’application ne l’a jamais vue et le journal IIS n’en garde aucune trace.</translation>
    </message>
    <message>
        <source>Malformed or non-HTTP clients.
Scanners and exploit probes.
TLS sent to a plain HTTP port.</source>
        <translation>Clients défectueux ou qui ne parlent pas HTTP.
Scanners et sondes d’exploitation.
TLS envoyé sur un port HTTP simple.</translation>
    </message>
    <message>
        <source>Group by client IP: a few sources usually means scanning.
The method and URL columns show how far parsing got.</source>
        <translation>Regrouper par IP client&#xa0;: peu de sources signifie en général un scan.
Les colonnes Méthode et URL montrent jusqu’où l’analyse est allée.</translation>
    </message>
    <message>
        <source>The client closed the connection before the request was handed to a worker process.</source>
        <translation>Le client a fermé la connexion avant que la requête soit remise à un processus de travail.</translation>
    </message>
    <message>
        <source>Clients or load balancers timing out while the request waited.
Users aborting page loads.
Health probes that disconnect early.</source>
        <translation>Clients ou répartiteurs de charge qui expirent pendant que la requête attend.
Utilisateurs qui interrompent le chargement d’une page.
Sondes de santé qui se déconnectent tôt.</translation>
    </message>
    <message>
        <source>Whether the rate follows traffic (normal) or jumps.
QueueFull, Timer_AppPool or Timer_ReqQueue at the same time: requests waiting too long for the app.
Load balancer and proxy time-outs.</source>
        <translation>Si le débit suit le trafic (normal) ou fait un bond.
QueueFull, Timer_AppPool ou Timer_ReqQueue au même moment&#xa0;: des requêtes attendent trop longtemps l’application.
Délais d’expiration du répartiteur de charge et du proxy.</translation>
    </message>
    <message>
        <source>The worker process ended, or closed its request queue, while this request was still pending, so HTTP.sys abandoned it. This is the wording of older Windows versions.</source>
        <translation>Le processus de travail s’est terminé, ou a fermé sa file d’attente de requêtes, alors que cette requête était encore en attente&#xa0;; HTTP.sys l’a donc abandonnée. C’est le libellé des anciennes versions de Windows.</translation>
    </message>
    <message>
        <source>w3wp crashed, was recycled or was killed with requests in flight.</source>
        <translation>w3wp a planté, a été recyclé ou a été tué avec des requêtes en cours.</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
Recycling settings of the pool.</source>
        <translation>Journal d’événements Système&#xa0;: événements WAS au même moment.
Journal Application et rapports d’incident WER pour w3wp.
Réglages de recyclage du pool.</translation>
    </message>
    <message>
        <source>The process serving the request queue ended, or closed the queue, while this request was still pending, so HTTP.sys abandoned it.</source>
        <translation>Le processus qui sert la file d’attente de requêtes s’est terminé, ou a fermé la file, alors que cette requête était encore en attente&#xa0;; HTTP.sys l’a donc abandonnée.</translation>
    </message>
    <message>
        <source>The app pool crashed or was recycled.
The HTTP service or the hosting service stopped.
On ports such as 2869 or 5357: the Windows service that owns the URL stopped.</source>
        <translation>Le pool d’applications a planté ou a été recyclé.
Le service HTTP ou le service d’hébergement s’est arrêté.
Sur des ports comme 2869 ou 5357&#xa0;: le service Windows propriétaire de l’URL s’est arrêté.</translation>
    </message>
    <message>
        <source>System event log: WAS events at the same time.
Application log and WER crash reports for w3wp.
AppOffline following soon after: rapid-fail protection stopped the pool.</source>
        <translation>Journal d’événements Système&#xa0;: événements WAS au même moment.
Journal Application et rapports d’incident WER pour w3wp.
Un AppOffline peu après&#xa0;: la protection contre les défaillances rapides a arrêté le pool.</translation>
    </message>
    <message>
        <source>HTTP.sys had the request and the application had started on it, but the connection was closed before the complete response and its logging data were handed over. HTTP.sys kept it as a &quot;zombie&quot; connection and wrote this line when it gave up on it. There are two readings.</source>
        <translation>HTTP.sys avait reçu la requête et l’application avait commencé à la traiter, mais la connexion a été fermée avant que la réponse complète et ses données de journalisation soient transmises. HTTP.sys l’a gardée comme connexion «&#xa0;zombie&#xa0;» et a écrit cette ligne en y renonçant. Deux lectures sont possibles.</translation>
    </message>
    <message>
        <source>Reading 1 - the application was too slow under load: it could not hand its response or logging data back to HTTP.sys in time (about two minutes; some documentation says one), so HTTP.sys dropped the connection.
Reading 2 - the application failed to send the response: it closed or reset the connection (for example Response.Close(), or Connection: close behind ARR) or failed half-way, while the client, proxy or load balancer had already given up.
A few per hour are normal background; a spike means slow responses met impatient clients, proxies or load balancers.</source>
        <translation>Lecture 1 – l’application était trop lente sous la charge&#xa0;: elle n’a pas pu rendre sa réponse ou ses données de journalisation à HTTP.sys à temps (environ deux minutes&#xa0;; certaines documentations disent une), si bien que HTTP.sys a coupé la connexion.
Lecture 2 – l’application n’a pas pu envoyer la réponse&#xa0;: elle a fermé ou réinitialisé la connexion (par exemple Response.Close(), ou Connection: close derrière ARR) ou a échoué en cours de route, alors que le client, le proxy ou le répartiteur de charge avait déjà abandonné.
Quelques-unes par heure relèvent du bruit de fond normal&#xa0;; un pic signifie que des réponses lentes ont rencontré des clients, proxys ou répartiteurs de charge impatients.</translation>
    </message>
    <message>
        <source>For reading 1: thread starvation or blocking in the worker process (thread count, CPU, a memory dump during the spike).
For reading 1: the IIS log&apos;s time-taken for the same URLs around this time.
For reading 2: Failed Request Tracing for the affected URLs.
For both: Event Viewer (Application and System) for app-pool errors, crashes and recycles.
For both: load balancer and reverse proxy time-outs - shorter than the application&apos;s response time means they give up first.</source>
        <translation>Pour la lecture 1&#xa0;: pénurie de threads ou blocages dans le processus de travail (nombre de threads, processeur, un vidage mémoire pendant le pic).
Pour la lecture 1&#xa0;: le time-taken du journal IIS pour les mêmes URL vers cette heure-là.
Pour la lecture 2&#xa0;: le suivi des demandes ayant échoué (Failed Request Tracing) pour les URL concernées.
Pour les deux&#xa0;: l’Observateur d’événements (Application et Système) pour les erreurs, plantages et recyclages du pool.
Pour les deux&#xa0;: les délais d’expiration du répartiteur de charge et du proxy inverse – s’ils sont plus courts que le temps de réponse de l’application, ce sont eux qui abandonnent les premiers.</translation>
    </message>
    <message>
        <source>Load balancer and proxy idle and response time-outs (ARR: proxy timeout).
IIS connectionTimeout.</source>
        <translation>Délais d’inactivité et de réponse du répartiteur de charge et du proxy (ARR&#xa0;: proxy timeout).
connectionTimeout d’IIS.</translation>
    </message>
    <message>
        <source>The list HTTP.sys keeps of dropped (&quot;zombie&quot;) connections overflowed: connections were dropped faster than the list could hold them.</source>
        <translation>La liste où HTTP.sys garde les connexions coupées («&#xa0;zombies&#xa0;») a débordé&#xa0;: les connexions étaient coupées plus vite que la liste ne pouvait les contenir.</translation>
    </message>
    <message>
        <source>Bursts of client disconnects.
A load balancer that closes connections at once, or that marks slow servers unhealthy yet keeps sending them requests.</source>
        <translation>Rafales de déconnexions de clients.
Un répartiteur de charge qui ferme les connexions d’un coup, ou qui déclare les serveurs lents hors service tout en continuant à leur envoyer des requêtes.</translation>
    </message>
    <message>
        <source>The IIS log for many 200.0.64 (client disconnected) entries.
Load balancer health-check and ejection rules.
A Connection_Dropped spike at the same time.</source>
        <translation>Le journal IIS, à la recherche de nombreuses entrées 200.0.64 (client déconnecté).
Règles de contrôle de santé et d’exclusion du répartiteur de charge.
Un pic de Connection_Dropped au même moment.</translation>
    </message>
    <message>
        <source>The site&apos;s connection limit was reached, so HTTP.sys refused the request with 503.</source>
        <translation>La limite de connexions du site était atteinte, HTTP.sys a donc refusé la requête avec 503.</translation>
    </message>
    <message>
        <source>A maxConnections limit set on the site.
A traffic spike, or slow clients holding many connections open.</source>
        <translation>Une limite maxConnections définie sur le site.
Un pic de trafic, ou des clients lents qui gardent beaucoup de connexions ouvertes.</translation>
    </message>
    <message>
        <source>The site&apos;s limits in IIS.
Traffic volume and client mix at that time.</source>
        <translation>Les limites du site dans IIS.
Volume de trafic et profil des clients à ce moment-là.</translation>
    </message>
    <message>
        <source>sites/site/limits maxConnections.</source>
        <translation>sites/site/limits maxConnections.</translation>
    </message>
    <message>
        <source>HTTP.sys stopped accepting new connections because kernel non-paged pool memory fell below 20 MB.</source>
        <translation>HTTP.sys n’acceptait plus de nouvelles connexions car la mémoire non paginée du noyau est passée sous 20 Mo.</translation>
    </message>
    <message>
        <source>Kernel memory pressure.
A driver leaking non-paged pool.</source>
        <translation>Pression sur la mémoire du noyau.
Un pilote qui a une fuite de mémoire non paginée.</translation>
    </message>
    <message>
        <source>Non-paged pool usage over time (Performance Monitor, poolmon).
Drivers whose pool tags keep growing.
The System event log.</source>
        <translation>Utilisation de la mémoire non paginée dans le temps (Analyseur de performances, poolmon).
Pilotes dont les balises de pool ne cessent de croître.
Le journal d’événements Système.</translation>
    </message>
    <message>
        <source>EnableAggressiveMemoryUsage=1 under HKLM\System\CurrentControlSet\Services\HTTP\Parameters lowers the threshold to 8 MB - a stopgap, not a fix.</source>
        <translation>EnableAggressiveMemoryUsage=1 sous HKLM\System\CurrentControlSet\Services\HTTP\Parameters abaisse le seuil à 8 Mo – un palliatif, pas une solution.</translation>
    </message>
    <message>
        <source>HTTP.sys answered 503 because an administrator took the application offline: its pool or site is stopped.</source>
        <translation>HTTP.sys a répondu 503 car un administrateur a mis l’application hors ligne&#xa0;: son pool ou son site est arrêté.</translation>
    </message>
    <message>
        <source>Planned maintenance.
A pool or site stopped by hand or by a script.</source>
        <translation>Maintenance planifiée.
Un pool ou un site arrêté à la main ou par un script.</translation>
    </message>
    <message>
        <source>The state of the app pool and site.
Who stopped it and when (System event log, change records).</source>
        <translation>L’état du pool d’applications et du site.
Qui l’a arrêté et quand (journal d’événements Système, historique des changements).</translation>
    </message>
    <message>
        <source>The request body was larger than the server allows.</source>
        <translation>Le corps de la requête dépassait la taille autorisée par le serveur.</translation>
    </message>
    <message>
        <source>Uploads or posts beyond the configured size limits.</source>
        <translation>Envois ou POST au-delà des limites de taille configurées.</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.
Whether the limit matches what the application is meant to accept.</source>
        <translation>Les URL et les clients concernés.
Si la limite correspond à ce que l’application est censée accepter.</translation>
    </message>
    <message>
        <source>Request size limits of the server and application (for example request filtering maxAllowedContentLength).</source>
        <translation>Limites de taille des requêtes du serveur et de l’application (par exemple maxAllowedContentLength du filtrage des requêtes).</translation>
    </message>
    <message>
        <source>A request header field was longer than HTTP.sys allows.</source>
        <translation>Un champ d’en-tête de la requête dépassait la longueur autorisée par HTTP.sys.</translation>
    </message>
    <message>
        <source>Large cookies.
Large Kerberos tokens (users in many groups).
Oversized custom headers.</source>
        <translation>Cookies volumineux.
Jetons Kerberos volumineux (utilisateurs membres de nombreux groupes).
En-têtes personnalisés trop grands.</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.
The size of their Cookie and Authorization headers.</source>
        <translation>Les clients et les URL concernés.
La taille de leurs en-têtes Cookie et Authorization.</translation>
    </message>
    <message>
        <source>MaxFieldLength (default 16 KB) and MaxRequestBytes under HKLM\System\CurrentControlSet\Services\HTTP\Parameters; restart the HTTP service after a change.</source>
        <translation>MaxFieldLength (16 Ko par défaut) et MaxRequestBytes sous HKLM\System\CurrentControlSet\Services\HTTP\Parameters&#xa0;; redémarrer le service HTTP après une modification.</translation>
    </message>
    <message>
        <source>HTTP.sys found a forbidden element or character sequence while parsing the request.</source>
        <translation>HTTP.sys a trouvé un élément ou une suite de caractères interdits en analysant la requête.</translation>
    </message>
    <message>
        <source>Path traversal attempts (\.., encoded dots).
Restricted characters in the URL.
Mostly scanners.</source>
        <translation>Tentatives de remontée de répertoire (\.., points encodés).
Caractères restreints dans l’URL.
Le plus souvent des scanners.</translation>
    </message>
    <message>
        <source>Group by client IP and URL: real users rarely trigger it.</source>
        <translation>Regrouper par IP client et URL&#xa0;: les vrais utilisateurs le déclenchent rarement.</translation>
    </message>
    <message>
        <source>AllowRestrictedChars and the other URL-parsing keys under HTTP\Parameters (relaxing them widens the attack surface).</source>
        <translation>AllowRestrictedChars et les autres clés d’analyse des URL sous HTTP\Parameters (les assouplir élargit la surface d’attaque).</translation>
    </message>
    <message>
        <source>A request header could not be parsed.</source>
        <translation>Un en-tête de la requête n’a pas pu être analysé.</translation>
    </message>
    <message>
        <source>Malformed header syntax from broken clients, tools or attack traffic.</source>
        <translation>Syntaxe d’en-tête incorrecte venant de clients défectueux, d’outils ou de trafic d’attaque.</translation>
    </message>
    <message>
        <source>Client IPs; user agents if they are logged.</source>
        <translation>IP des clients&#xa0;; agents utilisateurs s’ils sont journalisés.</translation>
    </message>
    <message>
        <source>The Host header could not be parsed.</source>
        <translation>L’en-tête Host n’a pas pu être analysé.</translation>
    </message>
    <message>
        <source>Invalid characters or format in the Host header.
Scanners probing with odd names.
A proxy that rewrites Host wrongly.</source>
        <translation>Caractères ou format invalides dans l’en-tête Host.
Scanners qui sondent avec des noms étranges.
Un proxy qui réécrit mal le Host.</translation>
    </message>
    <message>
        <source>Client IPs: scanners or one misbehaving proxy?</source>
        <translation>IP des clients&#xa0;: des scanners ou un seul proxy défaillant&#xa0;?</translation>
    </message>
    <message>
        <source>An internal error inside HTTP.sys.</source>
        <translation>Une erreur interne de HTTP.sys.</translation>
    </message>
    <message>
        <source>Rare: a driver problem or a failed memory allocation.</source>
        <translation>Rare&#xa0;: un problème de pilote ou une allocation mémoire qui a échoué.</translation>
    </message>
    <message>
        <source>The System event log around this time.
Kernel memory usage.
Windows updates for http.sys.</source>
        <translation>Le journal d’événements Système autour de cette heure.
L’utilisation de la mémoire du noyau.
Les mises à jour Windows pour http.sys.</translation>
    </message>
    <message>
        <source>The request contained an illegal carriage return or line feed.</source>
        <translation>La requête contenait un retour chariot ou un saut de ligne interdit.</translation>
    </message>
    <message>
        <source>Bare LF or CR inside headers: broken clients or request-smuggling attempts.</source>
        <translation>LF ou CR isolés dans les en-têtes&#xa0;: clients défectueux ou tentatives de request smuggling.</translation>
    </message>
    <message>
        <source>Client IPs.
Whether a proxy in front rewrites requests.</source>
        <translation>IP des clients.
Si un proxy placé devant réécrit les requêtes.</translation>
    </message>
    <message>
        <source>The request had a body but did not say how long it was: no Content-Length and no chunked encoding.</source>
        <translation>La requête avait un corps sans en indiquer la longueur&#xa0;: ni Content-Length ni encodage chunked.</translation>
    </message>
    <message>
        <source>Clients or libraries that send a body without declaring its length.</source>
        <translation>Clients ou bibliothèques qui envoient un corps sans déclarer sa longueur.</translation>
    </message>
    <message>
        <source>The client and method; the client needs to send Content-Length or use chunked transfer.</source>
        <translation>Le client et la méthode&#xa0;; le client doit envoyer Content-Length ou utiliser le transfert chunked.</translation>
    </message>
    <message>
        <source>Service unavailable: HTTP.sys hit an internal error such as a failed memory allocation or a conflict in the URL reservation list.</source>
        <translation>Service indisponible&#xa0;: HTTP.sys a rencontré une erreur interne, par exemple une allocation mémoire qui a échoué ou un conflit dans la liste des réservations d’URL.</translation>
    </message>
    <message>
        <source>Most often a URL is registered but nothing is serving its queue: the owning service or app pool is stopped (typical on the UPnP/WSD ports 2869 and 5357).</source>
        <translation>Le plus souvent, une URL est enregistrée mais rien ne sert sa file d’attente&#xa0;: le service ou le pool d’applications propriétaire est arrêté (typique sur les ports UPnP/WSD 2869 et 5357).</translation>
    </message>
    <message>
        <source>That the target app pool or service is running.
Bindings and URL reservations: netsh http show urlacl, netsh http show servicestate.</source>
        <translation>Que le pool d’applications ou le service cible fonctionne.
Liaisons et réservations d’URL&#xa0;: netsh http show urlacl, netsh http show servicestate.</translation>
    </message>
    <message>
        <source>Not implemented: the request used a Transfer-Encoding HTTP.sys does not know.</source>
        <translation>Non implémenté&#xa0;: la requête utilisait un Transfer-Encoding que HTTP.sys ne connaît pas.</translation>
    </message>
    <message>
        <source>Unusual or malformed Transfer-Encoding headers, often from tools or attack traffic.</source>
        <translation>En-têtes Transfer-Encoding inhabituels ou mal formés, souvent venant d’outils ou de trafic d’attaque.</translation>
    </message>
    <message>
        <source>Clients and methods: does any legitimate client send it?</source>
        <translation>Clients et méthodes&#xa0;: un client légitime envoie-t-il cela&#xa0;?</translation>
    </message>
    <message>
        <source>A number in the request could not be parsed.</source>
        <translation>Un nombre de la requête n’a pas pu être analysé.</translation>
    </message>
    <message>
        <source>A bad Content-Length or chunk size.
Broken clients or request-smuggling attempts.</source>
        <translation>Un Content-Length ou une taille de bloc incorrects.
Clients défectueux ou tentatives de request smuggling.</translation>
    </message>
    <message>
        <source>Client IPs and methods.</source>
        <translation>IP des clients et méthodes.</translation>
    </message>
    <message>
        <source>A precondition the request needed was missing.</source>
        <translation>Une condition préalable nécessaire à la requête manquait.</translation>
    </message>
    <message>
        <source>Clients leaving out a header HTTP.sys requires for that kind of request.</source>
        <translation>Clients qui omettent un en-tête que HTTP.sys exige pour ce type de requête.</translation>
    </message>
    <message>
        <source>The client and method.</source>
        <translation>Le client et la méthode.</translation>
    </message>
    <message>
        <source>HTTP.sys refused the request with 503 because the app pool&apos;s kernel request queue was full.</source>
        <translation>HTTP.sys a refusé la requête avec 503 car la file d’attente noyau du pool d’applications était pleine.</translation>
    </message>
    <message>
        <source>The application is not taking requests off the queue fast enough: thread-pool starvation, blocking calls, high CPU or a hung process.
A sudden surge of traffic.</source>
        <translation>L’application ne retire pas les requêtes de la file assez vite&#xa0;: pénurie dans le pool de threads, appels bloquants, processeur saturé ou processus figé.
Un afflux soudain de trafic.</translation>
    </message>
    <message>
        <source>Performance counters HTTP Service Request Queues: CurrentQueueSize, RejectedRequests.
CPU and threads of w3wp; a memory dump taken during the event.
Raising the queue length only buys time: find the slowness.</source>
        <translation>Compteurs de performances HTTP Service Request Queues&#xa0;: CurrentQueueSize, RejectedRequests.
Processeur et threads de w3wp&#xa0;; un vidage mémoire pris pendant l’incident.
Allonger la file ne fait que gagner du temps&#xa0;: trouvez la cause de la lenteur.</translation>
    </message>
    <message>
        <source>applicationPools/add queueLength (default 1000).
loadBalancerCapabilities: 503 or a TCP reset.</source>
        <translation>applicationPools/add queueLength (1000 par défaut).
loadBalancerCapabilities&#xa0;: 503 ou une réinitialisation TCP.</translation>
    </message>
    <message>
        <source>The request line and headers together were longer than HTTP.sys allows.</source>
        <translation>La ligne de requête et les en-têtes, ensemble, dépassaient la longueur autorisée par HTTP.sys.</translation>
    </message>
    <message>
        <source>Huge cookies or many headers.
Large Kerberos tokens.</source>
        <translation>Cookies énormes ou nombreux en-têtes.
Jetons Kerberos volumineux.</translation>
    </message>
    <message>
        <source>Which clients and URLs are affected.</source>
        <translation>Les clients et les URL concernés.</translation>
    </message>
    <message>
        <source>MaxRequestBytes (default 16 KB) and MaxFieldLength under HKLM\System\CurrentControlSet\Services\HTTP\Parameters.</source>
        <translation>MaxRequestBytes (16 Ko par défaut) et MaxFieldLength sous HKLM\System\CurrentControlSet\Services\HTTP\Parameters.</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s queue too long before a worker process took it, so the connection expired.</source>
        <translation>La requête a attendu trop longtemps dans la file du pool d’applications avant qu’un processus de travail la prenne, la connexion a donc expiré.</translation>
    </message>
    <message>
        <source>A hung or very slow w3wp.
A pool that starts slowly.
Too few worker threads.</source>
        <translation>Un w3wp figé ou très lent.
Un pool qui démarre lentement.
Trop peu de threads de travail.</translation>
    </message>
    <message>
        <source>QueueFull or Connection_Dropped at the same time.
CPU and threads of w3wp; a memory dump.</source>
        <translation>QueueFull ou Connection_Dropped au même moment.
Processeur et threads de w3wp&#xa0;; un vidage mémoire.</translation>
    </message>
    <message>
        <source>Connection time-out (IIS connectionTimeout, default 2 minutes).</source>
        <translation>Délai d’expiration de connexion (connectionTimeout d’IIS, 2 minutes par défaut).</translation>
    </message>
    <message>
        <source>An idle keep-alive connection expired and HTTP.sys closed it. Information only.</source>
        <translation>Une connexion keep-alive inactive a expiré et HTTP.sys l’a fermée. Simple information.</translation>
    </message>
    <message>
        <source>Normal: browsers keep connections open, then leave them. A healthy server&apos;s log is mostly these.</source>
        <translation>Normal&#xa0;: les navigateurs gardent des connexions ouvertes, puis les délaissent. Le journal d’un serveur en bonne santé en contient surtout.</translation>
    </message>
    <message>
        <source>Only the rate matters. A jump can mean many clients opening and abandoning connections (connection exhaustion, slow-client attacks, load balancer probes that open TCP without sending requests).
Many at the same second: clients timing out together after a restart or a network event.</source>
        <translation>Seul le débit compte. Un bond peut signifier que de nombreux clients ouvrent puis abandonnent des connexions (épuisement des connexions, attaques par clients lents, sondes de répartiteur de charge qui ouvrent une connexion TCP sans envoyer de requête).
Beaucoup dans la même seconde&#xa0;: des clients qui expirent ensemble après un redémarrage ou un incident réseau.</translation>
    </message>
    <message>
        <source>IIS webLimits connectionTimeout (default 2 minutes).
HTTP API IdleConnection timer (netsh http add timeout).</source>
        <translation>connectionTimeout de webLimits dans IIS (2 minutes par défaut).
Minuteur IdleConnection de l’API HTTP (netsh http add timeout).</translation>
    </message>
    <message>
        <source>The request body did not arrive in time; the timer restarts with every chunk received.</source>
        <translation>Le corps de la requête n’est pas arrivé à temps&#xa0;; le minuteur repart à chaque bloc reçu.</translation>
    </message>
    <message>
        <source>Slow or stalled uploads.
Clients on poor links.
Slow-POST attacks.</source>
        <translation>Envois lents ou bloqués.
Clients sur des liaisons de mauvaise qualité.
Attaques slow POST.</translation>
    </message>
    <message>
        <source>Client IPs and URLs: upload endpoints, or one source sending slowly?</source>
        <translation>IP des clients et URL&#xa0;: des points d’envoi de fichiers, ou une seule source qui envoie lentement&#xa0;?</translation>
    </message>
    <message>
        <source>HTTP Server API EntityBody timer (2 minutes by default); the IIS site&apos;s connectionTimeout.</source>
        <translation>Minuteur EntityBody de l’API HTTP Server (2 minutes par défaut)&#xa0;; connectionTimeout du site IIS.</translation>
    </message>
    <message>
        <source>The request headers were not complete within the time limit (2 minutes by default).</source>
        <translation>Les en-têtes de la requête n’étaient pas complets dans le délai imparti (2 minutes par défaut).</translation>
    </message>
    <message>
        <source>Slowloris-style attacks that send headers slowly.
Broken clients.</source>
        <translation>Attaques de type Slowloris qui envoient les en-têtes lentement.
Clients défectueux.</translation>
    </message>
    <message>
        <source>Client IPs: a few sources with many lines means an attack.</source>
        <translation>IP des clients&#xa0;: quelques sources avec beaucoup de lignes signalent une attaque.</translation>
    </message>
    <message>
        <source>IIS webLimits headerWaitTimeout.
netsh http add timeout timeouttype=headerwaittimeout.</source>
        <translation>headerWaitTimeout de webLimits dans IIS.
netsh http add timeout timeouttype=headerwaittimeout.</translation>
    </message>
    <message>
        <source>The client took the response more slowly than the minimum send rate, so HTTP.sys closed the connection.</source>
        <translation>Le client a reçu la réponse plus lentement que le débit d’envoi minimal, HTTP.sys a donc fermé la connexion.</translation>
    </message>
    <message>
        <source>Slow mobile or WAN clients.
Large downloads over thin links.
Slow-read attacks.
Windows Server 2012 R2 and later enforce the rate more strictly (self-hosted WCF and HttpListener services).</source>
        <translation>Clients mobiles ou WAN lents.
Gros téléchargements sur des liaisons à faible débit.
Attaques slow read.
Windows Server 2012 R2 et versions ultérieures appliquent le débit plus strictement (services WCF auto-hébergés et HttpListener).</translation>
    </message>
    <message>
        <source>URLs (large files?) and client IPs.
The effective rate: netsh http show servicestate view=&quot;session&quot;.</source>
        <translation>Les URL (gros fichiers&#xa0;?) et les IP des clients.
Le débit effectif&#xa0;: netsh http show servicestate view=&quot;session&quot;.</translation>
    </message>
    <message>
        <source>IIS webLimits minBytesPerSecond (default 240 bytes/s).
HTTP Server API minSendBytesPerSecond (default 150 bytes/s; 0xFFFFFFFF disables the check).</source>
        <translation>minBytesPerSecond de webLimits dans IIS (240 octets/s par défaut).
minSendBytesPerSecond de l’API HTTP Server (150 octets/s par défaut&#xa0;; 0xFFFFFFFF désactive le contrôle).</translation>
    </message>
    <message>
        <source>The request waited in the app pool&apos;s request queue too long before a worker process took it, so the connection expired. Newer wording of Timer_AppPool.</source>
        <translation>La requête a attendu trop longtemps dans la file d’attente de requêtes du pool d’applications avant qu’un processus de travail la prenne, la connexion a donc expiré. Libellé plus récent de Timer_AppPool.</translation>
    </message>
    <message>
        <source>Reserved: Microsoft documents this reason as not used.</source>
        <translation>Réservé&#xa0;: Microsoft documente ce motif comme inutilisé.</translation>
    </message>
    <message>
        <source>None known. Seeing it means behaviour Microsoft does not describe.</source>
        <translation>Aucune connue. Le voir signale un comportement que Microsoft ne décrit pas.</translation>
    </message>
    <message>
        <source>The other fields of the row; the Windows version that wrote the log.</source>
        <translation>Les autres champs de la ligne&#xa0;; la version de Windows qui a écrit le journal.</translation>
    </message>
    <message>
        <source>An SSL renegotiation between client and server took longer than allowed (2 minutes).</source>
        <translation>Une renégociation SSL entre le client et le serveur a duré plus longtemps que permis (2 minutes).</translation>
    </message>
    <message>
        <source>Client-certificate negotiation problems: the client does not answer the certificate request, or certificate settings do not match.</source>
        <translation>Problèmes de négociation du certificat client&#xa0;: le client ne répond pas à la demande de certificat, ou les réglages de certificat ne concordent pas.</translation>
    </message>
    <message>
        <source>Sites and URLs that require client certificates.
SSL bindings: netsh http show sslcert.</source>
        <translation>Sites et URL qui exigent un certificat client.
Liaisons SSL&#xa0;: netsh http show sslcert.</translation>
    </message>
    <message>
        <source>The URL could not be parsed.</source>
        <translation>L’URL n’a pas pu être analysée.</translation>
    </message>
    <message>
        <source>Scanners and worms.
Invalid percent-escapes.
Paths that climb above the root.</source>
        <translation>Scanners et vers.
Séquences d’échappement % invalides.
Chemins qui remontent au-dessus de la racine.</translation>
    </message>
    <message>
        <source>Group by client IP: real users rarely cause it.</source>
        <translation>Regrouper par IP client&#xa0;: les vrais utilisateurs en sont rarement la cause.</translation>
    </message>
    <message>
        <source>The URL was longer than HTTP.sys allows.</source>
        <translation>L’URL dépassait la longueur autorisée par HTTP.sys.</translation>
    </message>
    <message>
        <source>Very long query strings.
Too many or too long path segments.
Attack payloads.</source>
        <translation>Chaînes de requête très longues.
Segments de chemin trop nombreux ou trop longs.
Charges utiles d’attaque.</translation>
    </message>
    <message>
        <source>Which URLs and clients are affected.</source>
        <translation>Les URL et les clients concernés.</translation>
    </message>
    <message>
        <source>UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) and MaxFieldLength under HTTP\Parameters.</source>
        <translation>UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) et MaxFieldLength sous HTTP\Parameters.</translation>
    </message>
    <message>
        <source>The request method could not be parsed.</source>
        <translation>La méthode de la requête n’a pas pu être analysée.</translation>
    </message>
    <message>
        <source>Non-HTTP traffic: TLS handshakes sent to an HTTP port, binary probes, port scanners.</source>
        <translation>Trafic non HTTP&#xa0;: négociations TLS envoyées sur un port HTTP, sondes binaires, scanners de ports.</translation>
    </message>
    <message>
        <source>Client IPs and server ports: a client using https:// on an http binding (or the reverse)?</source>
        <translation>IP des clients et ports serveur&#xa0;: un client qui utilise https:// sur une liaison http (ou l’inverse)&#xa0;?</translation>
    </message>
    <message>
        <source>The HTTP version in the request line is not supported.</source>
        <translation>La version HTTP de la ligne de requête n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>Request lines with unusual versions (HTTP/2.0 written as text, HTTP/9.9): buggy clients or scanners.</source>
        <translation>Lignes de requête avec des versions inhabituelles (HTTP/2.0 écrit en texte, HTTP/9.9)&#xa0;: clients bogués ou scanners.</translation>
    </message>
    <message>
        <source>Client IPs.</source>
        <translation>IP des clients.</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list, but seen in real logs: no registered URL matched the request&apos;s host, port and path, so HTTP.sys answered 404 before any application.</source>
        <translation>Absent de la liste de Microsoft, mais vu dans de vrais journaux&#xa0;: aucune URL enregistrée ne correspondait à l’hôte, au port et au chemin de la requête, HTTP.sys a donc répondu 404 avant toute application.</translation>
    </message>
    <message>
        <source>Requests to hosts or ports with no site binding.
Scanners.</source>
        <translation>Requêtes vers des hôtes ou des ports sans liaison de site.
Scanners.</translation>
    </message>
    <message>
        <source>Host and port of the requests against the site bindings and URL reservations (netsh http show urlacl).</source>
        <translation>Hôte et port des requêtes, comparés aux liaisons des sites et aux réservations d’URL (netsh http show urlacl).</translation>
    </message>
    <message>
        <source>Not documented by Microsoft and not confirmed in real logs (it appears in a third-party parser&apos;s test data). Probably a request larger than a limit allows.</source>
        <translation>Non documenté par Microsoft et jamais confirmé dans de vrais journaux (il figure dans les données de test d’un analyseur tiers). Sans doute une requête qui dépasse une limite de taille.</translation>
    </message>
    <message>
        <source>Unknown; treat it like EntityTooLarge or RequestLength until proven otherwise.</source>
        <translation>Inconnu&#xa0;; le traiter comme EntityTooLarge ou RequestLength jusqu’à preuve du contraire.</translation>
    </message>
    <message>
        <source>The status, method and URL of the rows; which clients send them.</source>
        <translation>Le statut, la méthode et l’URL des lignes&#xa0;; les clients qui les envoient.</translation>
    </message>
    <message>
        <source>Undocumented: &quot;%1&quot; is not in Microsoft&apos;s list of HTTP.sys reason phrases and this viewer knows nothing reliable about it. It may come from a newer Windows version or a third-party driver.</source>
        <translation>Non documenté&#xa0;: «&#xa0;%1&#xa0;» ne figure pas dans la liste Microsoft des motifs HTTP.sys et cette visionneuse n’en sait rien de fiable. Il peut venir d’une version plus récente de Windows ou d’un pilote tiers.</translation>
    </message>
    <message>
        <source>The row&apos;s own fields: status, method, URL and queue show how far HTTP.sys got with the request.
Which clients, URLs and times it clusters on (filter on it).
Microsoft documentation and support for the exact token.</source>
        <translation>Les champs propres à la ligne&#xa0;: statut, méthode, URL et file d’attente montrent jusqu’où HTTP.sys est allé avec la requête.
Les clients, URL et heures autour desquels il se concentre (filtrez dessus).
La documentation et le support Microsoft pour ce terme exact.</translation>
    </message>
    <message>
        <source>Connection event: the request fields are usually empty unless a request was pending.</source>
        <translation>Événement de connexion&#xa0;: les champs de la requête sont en général vides, sauf si une requête était en attente.</translation>
    </message>
    <message>
        <source>Rejected while parsing: HTTP.sys answered by itself, the application never saw the request.</source>
        <translation>Rejetée à l’analyse&#xa0;: HTTP.sys a répondu lui-même, l’application n’a jamais vu la requête.</translation>
    </message>
    <message>
        <source>Parsed and routed, then refused or abandoned at the application pool&apos;s queue.</source>
        <translation>Analysée et routée, puis refusée ou abandonnée dans la file d’attente du pool d’applications.</translation>
    </message>
    <message>
        <source>Stage unknown.</source>
        <translation>Étape inconnue.</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Reasons to show; counts are the rows each reason has with the other filters</source>
        <translation>Motifs à afficher&#xa0;; les nombres sont les lignes de chaque motif avec les autres filtres</translation>
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
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>RelatedRequestsPanel</name>
    <message>
        <source>Select an error row to see the access-log requests from its client to its URL.</source>
        <translation>Sélectionnez une ligne d’erreur pour voir les requêtes du journal d’accès de son client vers son URL.</translation>
    </message>
    <message>
        <source>This row has no client IP or URL to find its requests by.</source>
        <translation>Cette ligne n’a ni IP client ni URL permettant de retrouver ses requêtes.</translation>
    </message>
    <message>
        <source>No access-log request from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>Aucune requête du journal d’accès de %1 vers %2 ne s’est terminée à moins de 2 minutes de cette ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access-log request(s) from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>
            <numerusform>%Ln requête du journal d’accès de %1 vers %2 s’est terminée à moins de 2 minutes de cette ligne.</numerusform>
            <numerusform>%Ln requêtes du journal d’accès de %1 vers %2 se sont terminées à moins de 2 minutes de cette ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in the Requests tab</source>
        <translation>Afficher dans l’onglet Requêtes</translation>
    </message>
</context>
<context>
    <name>RememberedFilters</name>
    <message>
        <source>Filters from last time hide %1 of %2 rows (%3).</source>
        <translation>Les filtres de la dernière fois masquent %1 lignes sur %2 (%3).</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>HTTP.sys error report</source>
        <translation>Rapport d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 with HttpErr Viewer %2.</source>
        <translation>Créé le %1 avec HttpErr Viewer %2.</translation>
    </message>
    <message>
        <source>Client addresses are anonymised.</source>
        <translation>Les adresses des clients sont anonymisées.</translation>
    </message>
    <message>
        <source>Totals by reason</source>
        <translation>Totaux par motif</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Aucune ligne.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>HTTP.sys errors (rows: %1)</source>
        <translation>Erreurs HTTP.sys (lignes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Spikes:</source>
        <translation>Pics&#xa0;:</translation>
    </message>
    <message>
        <source>Top clients (anonymised):</source>
        <translation>Principaux clients (anonymisés)&#xa0;:</translation>
    </message>
    <message>
        <source>Top clients:</source>
        <translation>Principaux clients&#xa0;:</translation>
    </message>
    <message>
        <source>Top URLs:</source>
        <translation>Principales URL&#xa0;:</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Files and time span</source>
        <translation>Fichiers et période</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>All rows: %1.</source>
        <translation>Toutes les lignes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Filtered rows: %1.</source>
        <translation>Lignes filtrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Filters in effect</source>
        <translation>Filtres appliqués</translation>
    </message>
    <message>
        <source>None: the report covers every loaded row.</source>
        <translation>Aucun&#xa0;: le rapport couvre toutes les lignes chargées.</translation>
    </message>
    <message>
        <source>%1 of %2 rows pass these filters.</source>
        <translation>%1 lignes sur %2 passent ces filtres.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Rows over time, by reason</source>
        <translation>Lignes dans le temps, par motif</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>No Connection_Dropped spikes: its rate stayed within its usual range.</source>
        <translation>Aucun pic de Connection_Dropped&#xa0;: son débit est resté dans sa plage habituelle.</translation>
    </message>
    <message>
        <source>%1 spike, %2</source>
        <translation>Pic de %1, %2</translation>
    </message>
    <message>
        <source>What the reason of a spike means and what to check next is explained in the next section.</source>
        <translation>La section suivante explique ce que signifie le motif d’un pic et quoi vérifier ensuite.</translation>
    </message>
    <message>
        <source>What the top reasons mean</source>
        <translation>Ce que signifient les principaux motifs</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3)</source>
        <translation>%1 (%2 lignes, %3)</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causes typiques</translation>
    </message>
    <message>
        <source>What to check next</source>
        <translation>À vérifier ensuite</translation>
    </message>
    <message>
        <source>Related settings</source>
        <translation>Paramètres associés</translation>
    </message>
    <message>
        <source>Top client addresses</source>
        <translation>Principales adresses clientes</translation>
    </message>
    <message>
        <source>Addresses are anonymised: each stands for one real address.</source>
        <translation>Les adresses sont anonymisées&#xa0;: chacune représente une adresse réelle.</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse client</translation>
    </message>
    <message>
        <source>Top URLs</source>
        <translation>Principales URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First rows of the filtered table</source>
        <translation>Premières lignes du tableau filtré</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Export the rest from the viewer.</source>
        <translation>Les %1 premières lignes sur %2. Exportez le reste depuis la visionneuse.</translation>
    </message>
    <message>
        <source>What the top reasons mean:</source>
        <translation>Ce que signifient les principaux motifs&#xa0;:</translation>
    </message>
    <message>
        <source>No loaded file covers these stretches, so they are not quiet periods (a file may be missing, or the server was down):</source>
        <translation>Aucun fichier chargé ne couvre ces intervalles, qui ne sont donc pas des périodes calmes (un fichier manque peut-être, ou le serveur était arrêté)&#xa0;:</translation>
    </message>
    <message>
        <source>No file covers:</source>
        <translation>Sans fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Totals by server</source>
        <translation>Totaux par serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4 – %5 %6), %7</source>
        <translation>%1 – %2 %3 (%4 – %5 %6), %7</translation>
    </message>
    <message>
        <source>%1 – %2 %3, %4 without rows</source>
        <translation>%1 – %2 %3, %4 sans lignes</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>Première (%1)</translation>
    </message>
    <message>
        <source>Last (%1)</source>
        <translation>Dernière (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Bookmarks:</source>
        <translation>Signets :</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>What the IIS access log shows</source>
        <translation>Ce que montre le journal d’accès IIS</translation>
    </message>
    <message>
        <source>IIS access log:</source>
        <translation>Journal d’accès IIS :</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Wait until the files are loaded, then create the report.</source>
        <translation>Attendez la fin du chargement des fichiers, puis créez le rapport.</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>Report written to %1 and %2</source>
        <translation>Rapport écrit dans %1 et %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Summary copied as Markdown</source>
        <translation>Résumé copié au format Markdown</translation>
    </message>
    <message>
        <source>The report was written to %1, but no program could be started to show it. Open the file yourself.</source>
        <translation>Le rapport a été écrit dans %1, mais aucun programme n’a pu être lancé pour l’afficher. Ouvrez le fichier vous-même.</translation>
    </message>
    <message>
        <source>Select a spike first, then create its report.</source>
        <translation>Sélectionnez d&apos;abord un pic, puis créez son rapport.</translation>
    </message>
    <message>
        <source>Select rows in the table first, then create their report.</source>
        <translation>Sélectionnez d&apos;abord des lignes du tableau, puis créez leur rapport.</translation>
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
        <translation>Heure (%1)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Also save a &amp;PDF beside it</source>
        <translation>Enregistrer aussi un &amp;PDF à côté</translation>
    </message>
    <message>
        <source>&amp;Anonymise client IP addresses</source>
        <translation>&amp;Anonymiser les adresses IP des clients</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is written</source>
        <translation>&amp;Ouvrir le rapport une fois écrit</translation>
    </message>
    <message>
        <source>Create Report</source>
        <translation>Créer un rapport</translation>
    </message>
    <message>
        <source>Client addresses in the lists and tables become stand-ins from reserved ranges, one per real address.</source>
        <translation>Dans les listes et les tableaux, les adresses des clients sont remplacées par des substituts pris dans des plages réservées, un par adresse réelle.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;HTML file:</source>
        <translation>Fichier &amp;HTML&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Rapport HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot Create Report</source>
        <translation>Impossible de créer le rapport</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1&#xa0;?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Every row that passes the filters</source>
        <translation>Toutes les lignes qui passent les filtres</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window</source>
        <translation>La fenêtre du pic sélectionné</translation>
    </message>
    <message>
        <source>The rows selected in the table</source>
        <translation>Les lignes sélectionnées dans le tableau</translation>
    </message>
    <message>
        <source>C&amp;overs:</source>
        <translation>P&amp;ortée :</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window (no spike selected)</source>
        <translation>La fenêtre du pic sélectionné (aucun pic sélectionné)</translation>
    </message>
    <message>
        <source>The selected spike&apos;s window: %1</source>
        <translation>La fenêtre du pic sélectionné : %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) selected in the table</source>
        <translation>
            <numerusform>La %Ln ligne sélectionnée dans le tableau</numerusform>
            <numerusform>Les %Ln lignes sélectionnées dans le tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows selected in the table (none selected)</source>
        <translation>Les lignes sélectionnées dans le tableau (aucune sélectionnée)</translation>
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
        <translation>Toutes venaient d’une seule adresse client, %1.</translation>
    </message>
    <message>
        <source>Most came from one client address, %1 (%2 of them).</source>
        <translation>La plupart venaient d’une seule adresse client, %1 (%2 d’entre elles).</translation>
    </message>
    <message>
        <source>%1 of them came from %2 neighbouring addresses in %3.0/24 (the busiest %4), which looks like the nodes of a load balancer or proxy in front of the server.</source>
        <translation>%1 d’entre elles venaient de %2 adresses voisines dans %3.0/24 (la plus active&#xa0;: %4), ce qui ressemble aux nœuds d’un répartiteur de charge ou d’un proxy placé devant le serveur.</translation>
    </message>
    <message>
        <source>They came from many client addresses; the busiest, %1, sent %2 of them.</source>
        <translation>Elles venaient de nombreuses adresses clientes&#xa0;; la plus active, %1, en a envoyé %2.</translation>
    </message>
    <message>
        <source>%1 of them carry no URL: no request was pending on those connections.</source>
        <translation>%1 d’entre elles n’ont pas d’URL&#xa0;: aucune requête n’était en attente sur ces connexions.</translation>
    </message>
    <message>
        <source>All were requests for %1.</source>
        <translation>Toutes étaient des requêtes vers %1.</translation>
    </message>
    <message>
        <source>Most were requests for %1 (%2 of them).</source>
        <translation>La plupart étaient des requêtes vers %1 (%2 d’entre elles).</translation>
    </message>
    <message>
        <source>They were spread over many URLs; the most frequent, %1, had %2 of them.</source>
        <translation>Elles se répartissaient sur de nombreuses URL&#xa0;; la plus fréquente, %1, en comptait %2.</translation>
    </message>
    <message>
        <source>All were queued for the application pool %1.</source>
        <translation>Toutes étaient en file d’attente pour le pool d’applications %1.</translation>
    </message>
    <message>
        <source>Most were queued for the application pool %1 (%2 of them).</source>
        <translation>La plupart étaient en file d’attente pour le pool d’applications %1 (%2 d’entre elles).</translation>
    </message>
    <message>
        <source>No other reason rose at the same time.</source>
        <translation>Aucun autre motif n’a augmenté au même moment.</translation>
    </message>
    <message>
        <source>%1 (%2 rows, about %3 expected)</source>
        <translation>%1 (%2 lignes, environ %3 attendues)</translation>
    </message>
    <message>
        <source>Meanwhile %1 rose as well.</source>
        <translation>Dans le même temps, %1 a aussi augmenté.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between reasons</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 rows in %3, %4 at the peak where %5 is usual; %6 of all rows in that time.</source>
        <translation>%1 lignes %2 en %3, %4 au pic contre %5 habituellement&#xa0;; %6 de toutes les lignes sur cette période.</translation>
    </message>
    <message>
        <source>No status sent (logged as -).</source>
        <translation>Aucun statut envoyé (journalisé comme -).</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>Statut %1.</translation>
    </message>
    <message>
        <source>Not in Microsoft&apos;s list.</source>
        <translation>Absent de la liste de Microsoft.</translation>
    </message>
    <message>
        <source>Only %1 logged them; the other servers have none in that time.</source>
        <translation>Seul %1 les a journalisées&#xa0;; les autres serveurs n’en ont aucune sur cette période.</translation>
    </message>
    <message>
        <source>Every server logged some, but most came from %1 (%2 of them).</source>
        <translation>Chaque serveur en a journalisé, mais la plupart viennent de %1 (%2 d’entre elles).</translation>
    </message>
    <message>
        <source>All %1 servers logged them; the busiest, %2, %3 of them.</source>
        <translation>Les %1 serveurs les ont tous journalisées&#xa0;; le plus chargé, %2, en compte %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server and its share of a spike</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 servers logged them: %3.</source>
        <translation>%1 serveurs sur %2 les ont journalisées&#xa0;: %3.</translation>
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
            <numerusform>Ce rapport couvre la fenêtre d&apos;un pic : %1, %2, %Ln ligne de toutes raisons.</numerusform>
            <numerusform>Ce rapport couvre la fenêtre d&apos;un pic : %1, %2, %Ln lignes de toutes raisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers the %Ln row(s) selected in the table.</source>
        <translation>
            <numerusform>Ce rapport couvre la %Ln ligne sélectionnée dans le tableau.</numerusform>
            <numerusform>Ce rapport couvre les %Ln lignes sélectionnées dans le tableau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>“%1” ends neither in .html nor in .pdf.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine ni par .html ni par .pdf.</translation>
    </message>
    <message>
        <source>HTTP.sys error report</source>
        <translation>Rapport d’erreurs HTTP.sys</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written, so nothing was saved.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;%1&#xa0;» n’a pas pu être écrit, rien n’a donc été enregistré.</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2), so nothing was saved.</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a échoué (%2), rien n’a donc été enregistré.</translation>
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
        <translation>IP client</translation>
    </message>
    <message>
        <source>Addresses, 10.1.* or 10.1.0.0/16, separated by commas; ! to hide</source>
        <translation>Adresses, 10.1.* ou 10.1.0.0/16, séparées par des virgules&#xa0;; ! pour masquer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>HTTP status: 503, 500 or !200</source>
        <translation>Statut HTTP&#xa0;: 503, 500 ou !200</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Sous-statut</translation>
    </message>
    <message>
        <source>IIS substatus: 0, 2</source>
        <translation>Sous-statut IIS&#xa0;: 0, 2</translation>
    </message>
    <message>
        <source>Win32</source>
        <translation>Win32</translation>
    </message>
    <message>
        <source>Win32 status: 64, 1236</source>
        <translation>Statut Win32&#xa0;: 64, 1236</translation>
    </message>
    <message>
        <source>≥ s</source>
        <translation>≥ s</translation>
    </message>
    <message>
        <source>Requests that took at least this many seconds</source>
        <translation>Requêtes qui ont duré au moins ce nombre de secondes</translation>
    </message>
    <message>
        <source>≤ s</source>
        <translation>≤ s</translation>
    </message>
    <message>
        <source>Requests that took at most this many seconds</source>
        <translation>Requêtes qui ont duré au plus ce nombre de secondes</translation>
    </message>
    <message>
        <source>Part of the URL (cs-uri-stem); * and ? as wildcards, re: for a regular expression, ! to hide matches</source>
        <translation>Partie de l’URL (cs-uri-stem)&#xa0;; * et ? comme jokers, re: pour une expression régulière, ! pour masquer les correspondances</translation>
    </message>
    <message>
        <source>Only the requests a link asked for; click to show all</source>
        <translation>Seulement les requêtes demandées par un lien&#xa0;; cliquez pour tout afficher</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminées %1</translation>
    </message>
    <message>
        <source>Ended from %1</source>
        <translation>Terminées à partir de %1</translation>
    </message>
    <message>
        <source>Ended until %1</source>
        <translation>Terminées jusqu’à %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Bloquées ou en échec</translation>
    </message>
    <message>
        <source>%1, stalled or failed</source>
        <translation>%1, bloquées ou en échec</translation>
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
        <translation>Requêtes (IIS)</translation>
    </message>
    <message>
        <source>Stalled or failed</source>
        <translation>Bloquées ou en échec</translation>
    </message>
    <message>
        <source>Requests per %1</source>
        <translation>Requêtes par %1</translation>
    </message>
    <message>
        <source>Requests (IIS access log)</source>
        <translation>Requêtes (journal d’accès IIS)</translation>
    </message>
    <message>
        <source>Stalled or failed (≥ %1 s, win32 64/1236/995/121, 500/503)</source>
        <translation>Bloquées ou en échec (≥ %1 s, Win32 64/1236/995/121, 500/503)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP client</translation>
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
        <source>Query</source>
        <translation>Requête (query)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Sous-statut</translation>
    </message>
    <message>
        <source>Win32 status</source>
        <translation>Statut Win32</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP serveur</translation>
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
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>The requests the IIS access logs hold</source>
        <translation>Les requêtes des journaux d’accès IIS</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>No IIS access log is loaded. Open the u_ex*.log files, or the folder or zip that holds them, together with the httperr logs to see the requests IIS logged.</source>
        <translation>Aucun journal d’accès IIS n’est chargé. Ouvrez les fichiers u_ex*.log, ou le dossier ou le zip qui les contient, avec les journaux httperr pour voir les requêtes journalisées par IIS.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <translation>
            <numerusform>%1 sur %Ln requête</numerusform>
            <numerusform>%1 sur %Ln requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>There is no spike %1.</source>
        <translation>Il n’y a pas de pic %1.</translation>
    </message>
    <message>
        <source>The session&apos;s file %1 is not there (moved, or on another machine); going on without it.</source>
        <translation>Le fichier %1 de la session n&apos;est pas là (déplacé, ou sur une autre machine)&#xa0;; on continue sans lui.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>Send to &amp;ClickHouse…</source>
        <translation>Envoyer vers &amp;ClickHouse…</translation>
    </message>
    <message>
        <source>Sending to %1: %L2 rows sent</source>
        <translation>Envoi vers %1 : %L2 lignes envoyées</translation>
    </message>
    <message>
        <source>Send to ClickHouse</source>
        <translation>Envoyer vers ClickHouse</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 was cancelled; %n file(s) sent before are recorded and are not sent again.</source>
        <translation>
            <numerusform>L’envoi vers %1 a été annulé ; %n fichier envoyé auparavant est enregistré et ne sera pas renvoyé.</numerusform>
            <numerusform>L’envoi vers %1 a été annulé ; %n fichiers envoyés auparavant sont enregistrés et ne seront pas renvoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not send to %1: %2</source>
        <translation>Impossible d’envoyer vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %1 has these %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Rien de nouveau : %1 a déjà ce %n fichier (même serveur, chemin et contenu).</numerusform>
            <numerusform>Rien de nouveau : %1 a déjà ces %n fichiers (même serveur, chemin et contenu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2.</source>
        <translation>
            <numerusform>%L1 lignes de %n fichier envoyées vers %2.</numerusform>
            <numerusform>%L1 lignes de %n fichiers envoyées vers %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) it had already were skipped.</source>
        <translation>
            <numerusform>%n fichier déjà présent a été ignoré.</numerusform>
            <numerusform>%n fichiers déjà présents ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 malformed lines were counted, not sent.</source>
        <translation>%L1 lignes mal formées ont été comptées, pas envoyées.</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Rename Server</source>
        <translation>Renommer le serveur</translation>
    </message>
    <message>
        <source>Name for the server of
%1:</source>
        <translation>Nom du serveur de
%1&#xa0;:</translation>
    </message>
    <message>
        <source>A server needs a name.</source>
        <translation>Un serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another server is called “%1” already.</source>
        <translation>Un autre serveur s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Server “%1” is now “%2”</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» s’appelle désormais «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>Servers to show; counts are the rows each server has with the other filters</source>
        <translation>Serveurs à afficher&#xa0;; les nombres sont les lignes de chaque serveur avec les autres filtres</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1 serveurs sur %2</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>Renommer «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save Sessi&amp;on…</source>
        <translation>Enregistrer la sessi&amp;on…</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>Ouvrir une sess&amp;ion…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the files, filters, time zone, bookmarks and selected spike to hand the investigation on</source>
        <translation>Enregistrer les fichiers, filtres, fuseau horaire, signets et le pic sélectionné pour transmettre l&apos;analyse</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>HttpErr Viewer session (*%1)</source>
        <translation>Session HttpErr Viewer (*%1)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Session enregistrée dans %1</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Où se trouve %1 maintenant ?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>None of the session&apos;s files could be found.</source>
        <translation>Aucun des fichiers de la session n&apos;a été trouvé.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>This is not an HttpErr Viewer session.</source>
        <translation>Ce n&apos;est pas une session HttpErr Viewer.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer « %1 » : %2.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
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
    <name>SpikeController</name>
    <message>
        <source>&amp;Next Spike</source>
        <translation>Pic &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Spike</source>
        <translation>Pic &amp;précédent</translation>
    </message>
    <message>
        <source>Select the next spike and move the table to its first row</source>
        <translation>Sélectionner le pic suivant et amener le tableau à sa première ligne</translation>
    </message>
    <message>
        <source>Select the previous spike and move the table to its first row</source>
        <translation>Sélectionner le pic précédent et amener le tableau à sa première ligne</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>Aucun pic</translation>
    </message>
    <message>
        <source>This is the last spike</source>
        <translation>C’est le dernier pic</translation>
    </message>
    <message>
        <source>This is the first spike</source>
        <translation>C’est le premier pic</translation>
    </message>
    <message>
        <source>The spike&apos;s rows are hidden by the filters</source>
        <translation>Les lignes du pic sont masquées par les filtres</translation>
    </message>
</context>
<context>
    <name>SpikeListModel</name>
    <message>
        <source>all %1</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Début (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probablement</translation>
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
        <translation>Pic&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4</source>
        <translation>%1 %2, %3 – %4</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Cliquer pour les détails</translation>
    </message>
</context>
<context>
    <name>SpikeVerdict</name>
    <message>
        <source>One client</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Proxy or load balancer</source>
        <translation>Proxy ou répartiteur de charge</translation>
    </message>
    <message>
        <source>A few clients</source>
        <translation>Quelques clients</translation>
    </message>
    <message>
        <source>Application stall</source>
        <translation>Application bloquée</translation>
    </message>
    <message>
        <source>One server</source>
        <translation>Un serveur</translation>
    </message>
    <message>
        <source>Many clients</source>
        <translation>Nombreux clients</translation>
    </message>
    <message>
        <source>Usually absent; %1 of all rows in that time.</source>
        <translation>D’habitude absent ; %1 de toutes les lignes pendant ce temps.</translation>
    </message>
    <message>
        <source>%1 times its usual rate at the peak; %2 of all rows in that time.</source>
        <translation>%1 fois son rythme habituel au plus fort ; %2 de toutes les lignes pendant ce temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n client address(es)</source>
        <translation>
            <numerusform>%n adresse client</numerusform>
            <numerusform>%n adresses client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URL</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 and %2.</source>
        <translation>Depuis %1, pour %2.</translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation>uniquement sur %1</translation>
    </message>
    <message>
        <source>on both servers</source>
        <translation>sur les deux serveurs</translation>
    </message>
    <message numerus="yes">
        <source>on all %n servers</source>
        <translation>
            <numerusform>sur les %n serveurs</numerusform>
            <numerusform>sur les %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 of %2 servers</source>
        <translation>sur %1 serveurs sur %2</translation>
    </message>
    <message>
        <source>From %1 and %2, %3.</source>
        <comment>clients, URLs, servers</comment>
        <translation>Depuis %1, pour %2, %3.</translation>
    </message>
    <message>
        <source>Most likely one client&apos;s burst: %1 opened and dropped connections itself (a retry loop, a test tool, a scanner), not a server problem.</source>
        <translation>Très probablement la rafale d’un seul client : %1 a ouvert puis abandonné lui-même ses connexions (boucle de nouvelles tentatives, outil de test, scanner) ; ce n’est pas un problème du serveur.</translation>
    </message>
    <message>
        <source>Find out who %1 is (reverse DNS, firewall or load balancer logs).</source>
        <translation>Identifier %1 (DNS inverse, journaux du pare-feu ou du répartiteur de charge).</translation>
    </message>
    <message>
        <source>Look up its requests in the IIS access log for that time: user agent, status, time-taken.</source>
        <translation>Chercher ses requêtes dans le journal d’accès IIS de ce moment : user agent, statut, time-taken.</translation>
    </message>
    <message>
        <source>If it misbehaves, limit it (Dynamic IP Restrictions) rather than tune the server.</source>
        <translation>S’il se comporte mal, le limiter (Dynamic IP Restrictions) plutôt que de régler le serveur.</translation>
    </message>
    <message>
        <source>Most likely the load balancer or proxy in front (%1.0/24) closed or recycled its connections to the server.</source>
        <translation>Très probablement le répartiteur de charge ou le proxy en amont (%1.0/24) a fermé ou recyclé ses connexions au serveur.</translation>
    </message>
    <message>
        <source>Compare the load balancer&apos;s idle timeout with IIS&apos;s connection timeout: the load balancer&apos;s should be the shorter.</source>
        <translation>Comparer le délai d’inactivité du répartiteur de charge au délai de connexion d’IIS : celui du répartiteur doit être le plus court.</translation>
    </message>
    <message>
        <source>Read the load balancer&apos;s logs and health probes for that time.</source>
        <translation>Lire les journaux et les sondes de santé du répartiteur de charge pour ce moment.</translation>
    </message>
    <message>
        <source>Check whether its nodes restarted or failed over then.</source>
        <translation>Vérifier si ses nœuds ont redémarré ou basculé à ce moment.</translation>
    </message>
    <message>
        <source>Most likely a burst from a few clients: the busiest three sent %1 of the rows; look at them before the server.</source>
        <translation>Très probablement une rafale de quelques clients : les trois plus actifs ont envoyé %1 des lignes ; les examiner avant le serveur.</translation>
    </message>
    <message>
        <source>Find out who the top client addresses are and what they ran then.</source>
        <translation>Identifier les adresses client les plus actives et ce qu’elles exécutaient alors.</translation>
    </message>
    <message>
        <source>Look up their requests in the IIS access log for that time.</source>
        <translation>Chercher leurs requêtes dans le journal d’accès IIS de ce moment.</translation>
    </message>
    <message>
        <source>Most likely the application stalled: many clients gave up while their requests waited in %1.</source>
        <translation>Très probablement l’application s’est bloquée : de nombreux clients ont abandonné pendant que leurs requêtes attendaient dans %1.</translation>
    </message>
    <message>
        <source>Most likely the application stalled or recycled: %1 rose at the same time, and many clients gave up waiting.</source>
        <translation>Très probablement l’application s’est bloquée ou a été recyclée : %1 a augmenté en même temps et de nombreux clients ont cessé d’attendre.</translation>
    </message>
    <message>
        <source>Look in the Windows event logs for application pool recycles, crashes or rapid-fail protection at that time (WAS events 5002, 5011, 5013).</source>
        <translation>Chercher dans les journaux d’événements Windows les recyclages, plantages ou la protection contre les défaillances rapides du pool d’applications à ce moment (événements WAS 5002, 5011, 5013).</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window, and the worker process&apos;s CPU and memory.</source>
        <translation>Chercher de longs time-taken dans le journal d’accès IIS de cette fenêtre, et vérifier le processeur et la mémoire du processus de travail.</translation>
    </message>
    <message>
        <source>Watch the HTTP Service Request Queues counters (CurrentQueueSize, RejectedRequests).</source>
        <translation>Surveiller les compteurs HTTP Service Request Queues (CurrentQueueSize, RejectedRequests).</translation>
    </message>
    <message>
        <source>Most likely a problem of %1 alone (its network, host or application pool): the other servers stayed normal.</source>
        <translation>Très probablement un problème propre à %1 (son réseau, son hôte ou son pool d’applications) : les autres serveurs sont restés normaux.</translation>
    </message>
    <message>
        <source>Compare %1 with the other servers at that time: event logs, network adapter, updates or a restart.</source>
        <translation>Comparer %1 aux autres serveurs à ce moment : journaux d’événements, carte réseau, mises à jour ou redémarrage.</translation>
    </message>
    <message>
        <source>Check whether the load balancer took %1 out of rotation or put it back then.</source>
        <translation>Vérifier si le répartiteur de charge a retiré %1 de la rotation ou l’y a remis à ce moment.</translation>
    </message>
    <message>
        <source>Most likely something all servers share: the network, a load balancer or firewall in front, or a back end they all use.</source>
        <translation>Très probablement un élément commun à tous les serveurs : le réseau, un répartiteur de charge ou un pare-feu en amont, ou un back-end qu’ils utilisent tous.</translation>
    </message>
    <message>
        <source>Most likely the server or the network in front of it, not the clients: many of them lost connections at once.</source>
        <translation>Très probablement le serveur ou le réseau en amont, pas les clients : beaucoup d’entre eux ont perdu leurs connexions en même temps.</translation>
    </message>
    <message>
        <source>Read the logs of the load balancer, firewall or network devices in front of the servers for that time.</source>
        <translation>Lire les journaux du répartiteur de charge, du pare-feu ou des équipements réseau en amont des serveurs pour ce moment.</translation>
    </message>
    <message>
        <source>Look for a shared back end (database, storage, authentication) that slowed down then.</source>
        <translation>Chercher un back-end commun (base de données, stockage, authentification) qui a ralenti à ce moment.</translation>
    </message>
    <message>
        <source>Check the IIS access log for long time-taken in that window.</source>
        <translation>Chercher de longs time-taken dans le journal d’accès IIS de cette fenêtre.</translation>
    </message>
    <message>
        <source>nearly all on %1 (%2 of %3 rows)</source>
        <translation>presque toutes sur %1 (%2 sur %3 lignes)</translation>
    </message>
    <message>
        <source>Nearly all of these rows came from %1: look there first.</source>
        <translation>Presque toutes ces lignes viennent de %1 : regardez d’abord là.</translation>
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
    <message>
        <source>Spikes:</source>
        <translation>Pics&#xa0;:</translation>
    </message>
    <message>
        <source>  Connection_Dropped %1 - %2  %3 rows, peak %4/min, usually %5/min</source>
        <translation>  Connection_Dropped %1 - %2  %3 lignes, pic %4/min, habituellement %5/min</translation>
    </message>
    <message>
        <source>%1: ... and %2 more problems not shown</source>
        <translation>%1&#xa0;: … et %2 autres problèmes non affichés</translation>
    </message>
    <message>
        <source>The ledger of %1 could not be read.</source>
        <translation>Le registre de %1 n’a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>Requests (IIS access logs): %1 in %n file(s), %2 - %3</source>
        <translation>
            <numerusform>Requêtes (journaux d’accès IIS) : %1 dans %n fichier, %2 - %3</numerusform>
            <numerusform>Requêtes (journaux d’accès IIS) : %1 dans %n fichiers, %2 - %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The access logs do not overlap the httperr logs (%1 - %2): they cannot explain its spikes.</source>
        <translation>Les journaux d’accès ne recouvrent pas les journaux httperr (%1 - %2) : ils ne peuvent pas en expliquer les pics.</translation>
    </message>
</context>
<context>
    <name>TimeAxisTicker</name>
    <message>
        <source>Time (UTC), %1</source>
        <translation>Heure (UTC), %1</translation>
    </message>
    <message>
        <source>Time (%1, %2), %3</source>
        <translation>Heure (%1, %2), %3</translation>
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
    <name>TimeZoneCombo</name>
    <message>
        <source>The time zone of every time shown and typed: chart, table, filters, explanations, exports and reports (the log files are in UTC)</source>
        <translation>Le fuseau horaire de toutes les heures affichées et saisies : graphique, tableau, filtres, explications, exports et rapports (les journaux sont en UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Autre fuseau…</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Choose a Time Zone</source>
        <translation>Choisir un fuseau horaire</translation>
    </message>
    <message>
        <source>Search: a city, region or offset (Tokyo, America, +05:30)</source>
        <translation>Rechercher : ville, région ou décalage (Tokyo, America, +05:30)</translation>
    </message>
    <message>
        <source>Times are shown and typed in the zone you choose; the log files themselves are in UTC.</source>
        <translation>Les heures sont affichées et saisies dans le fuseau choisi ; les journaux eux-mêmes sont en UTC.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Rows per %1</source>
        <translation>Lignes par %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more reason(s)</source>
        <translation>
            <numerusform>… %n autre motif</numerusform>
            <numerusform>… %n autres motifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>… %n more server(s)</source>
        <translation>
            <numerusform>… %n autre serveur</numerusform>
            <numerusform>… %n autres serveurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Spikes in all reasons</source>
        <translation>Pics dans tous les motifs</translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Shift+drag: filter time</source>
        <translation>Molette&#xa0;: zoom · Glisser&#xa0;: défiler · Maj+glisser&#xa0;: filtrer l’heure</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Bucket size: automatic follows the zoom (100–400 bars)</source>
        <translation>Taille des intervalles&#xa0;: «&#xa0;Auto&#xa0;» suit le zoom (100 à 400 barres)</translation>
    </message>
    <message>
        <source>Look for bursts in every reason, not only Connection_Dropped</source>
        <translation>Chercher des pics dans tous les motifs, pas seulement Connection_Dropped</translation>
    </message>
    <message>
        <source>Clear time filter</source>
        <translation>Effacer le filtre horaire</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Zoom out to the whole log (or double-click the chart)</source>
        <translation>Dézoomer sur tout le journal (ou double-cliquer sur le graphique)</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <source>(%1: too fine for this range)</source>
        <translation>(%1&#xa0;: trop fin pour cette plage)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n pic</numerusform>
            <numerusform>%n pics</numerusform>
        </translation>
    </message>
    <message>
        <source>No spikes</source>
        <translation>Aucun pic</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>Barres&#xa0;:</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Par motif</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>Par serveur</translation>
    </message>
    <message>
        <source>Stack the bars by reason, or by the server the rows came from</source>
        <translation>Empiler les barres par motif ou par serveur d’origine des lignes</translation>
    </message>
    <message>
        <source>Click for the list of spikes, or a shaded spike in the chart for its details</source>
        <translation>Cliquer pour la liste des pics, ou sur un pic ombré du graphique pour ses détails</translation>
    </message>
</context>
<context>
    <name>TopValuesModel</name>
    <message>
        <source>Click: show only %1 · Ctrl+click: hide it</source>
        <translation>Clic : afficher seulement %1 · Ctrl+clic : le masquer</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP client</translation>
    </message>
    <message>
        <source>Client network (/24, /64)</source>
        <translation>Réseau client (/24, /64)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Queue (app pool)</source>
        <translation>File d’attente (pool d’applications)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>TopValuesPanel</name>
    <message>
        <source>Top:</source>
        <translation>Top :</translation>
    </message>
    <message>
        <source>Top Values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>%1 distinct among %2 rows passing the filters</source>
        <translation>%1 valeurs distinctes parmi %2 lignes retenues par les filtres</translation>
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
    <name>WindowCapture</name>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>Impossible d’enregistrer la capture d’écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>Enregistrer la capture d’écran</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Screenshot Not Saved</source>
        <translation>Capture d’écran non enregistrée</translation>
    </message>
    <message>
        <source>Save Screens&amp;hot…</source>
        <translation>Enre&amp;gistrer une capture d’écran…</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Capture d’écran enregistrée dans %1</translation>
    </message>
    <message>
        <source>Cop&amp;y Screenshot</source>
        <translation>Cop&amp;ier la capture d’écran</translation>
    </message>
    <message>
        <source>Screenshot copied</source>
        <translation>Capture d’écran copiée</translation>
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
