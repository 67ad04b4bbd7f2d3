<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ChartCaption</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceVerdict</name>
    <message numerus="yes">
        <source>over %n minute(s)</source>
        <translation>
            <numerusform>over %n minute</numerusform>
            <numerusform>over %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n second(s)</source>
        <translation>
            <numerusform>over %n second</numerusform>
            <numerusform>over %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1</source>
        <translation>
            <numerusform>%n request to %1</numerusform>
            <numerusform>%n requests to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</source>
        <translation>
            <numerusform>%n request ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</numerusform>
            <numerusform>%n requests ended with status %1 (%2) in this window: the application side was failing while HTTP.sys dropped connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</source>
        <translation>
            <numerusform>%n request ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</numerusform>
            <numerusform>%n requests ended with ‘%1’ (%2) without taking long: clients or a load balancer gave up on their connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--spike %1: the rows have %Ln spike(s) (as --summary lists them).</source>
        <translation>
            <numerusform>--spike %1: the rows have %Ln spike (as --summary lists them).</numerusform>
            <numerusform>--spike %1: the rows have %Ln spikes (as --summary lists them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message numerus="yes">
        <source>Nothing new: the database has %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Nothing new: the database has the file already (same server, path and content).</numerusform>
            <numerusform>Nothing new: the database has the %n files already (same server, path and content).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2 in %3 s (%4 rows/s).</source>
        <translation>
            <numerusform>Sent %L1 rows of %n file to %2 in %3 s (%4 rows/s).</numerusform>
            <numerusform>Sent %L1 rows of %n files to %2 in %3 s (%4 rows/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the database had already (same server, path and content) were skipped.</source>
        <translation>
            <numerusform>%n file the database had already (same server, path and content) was skipped.</numerusform>
            <numerusform>%n files the database had already (same server, path and content) were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedRequestsPanel</name>
    <message numerus="yes">
        <source>%Ln access-log request(s) from %1 to %2 ended within 2 minutes of this row.</source>
        <translation>
            <numerusform>%Ln access-log request from %1 to %2 ended within 2 minutes of this row.</numerusform>
            <numerusform>%Ln access-log requests from %1 to %2 ended within 2 minutes of this row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>The %Ln row(s) selected in the table</source>
        <translation>
            <numerusform>The %Ln row selected in the table</numerusform>
            <numerusform>The %Ln rows selected in the table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message numerus="yes">
        <source>This report covers one spike&apos;s window: %1, %2, %Ln row(s) of every reason.</source>
        <translation>
            <numerusform>This report covers one spike&apos;s window: %1, %2, %Ln row of every reason.</numerusform>
            <numerusform>This report covers one spike&apos;s window: %1, %2, %Ln rows of every reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers the %Ln row(s) selected in the table.</source>
        <translation>
            <numerusform>This report covers the %Ln row selected in the table.</numerusform>
            <numerusform>This report covers the %Ln rows selected in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <translation>
            <numerusform>%1 of %Ln request</numerusform>
            <numerusform>%1 of %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message numerus="yes">
        <source>Sending to %1 was cancelled; %n file(s) sent before are recorded and are not sent again.</source>
        <translation>
            <numerusform>Sending to %1 was cancelled; %n file sent before is recorded and is not sent again.</numerusform>
            <numerusform>Sending to %1 was cancelled; %n files sent before are recorded and are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %1 has these %n file(s) already (same server, path and content).</source>
        <translation>
            <numerusform>Nothing new: %1 has this file already (same server, path and content).</numerusform>
            <numerusform>Nothing new: %1 has these %n files already (same server, path and content).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %L1 rows of %n file(s) to %2.</source>
        <translation>
            <numerusform>Sent %L1 rows of %n file to %2.</numerusform>
            <numerusform>Sent %L1 rows of %n files to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) it had already were skipped.</source>
        <translation>
            <numerusform>%n file it had already was skipped.</numerusform>
            <numerusform>%n files it had already were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpikeVerdict</name>
    <message numerus="yes">
        <source>%n client address(es)</source>
        <translation>
            <numerusform>%n client address</numerusform>
            <numerusform>%n client addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on all %n servers</source>
        <translation>
            <numerusform>on all %n server</numerusform>
            <numerusform>on all %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message numerus="yes">
        <source>Requests (IIS access logs): %1 in %n file(s), %2 - %3</source>
        <translation>
            <numerusform>Requests (IIS access logs): %1 in %n file, %2 - %3</numerusform>
            <numerusform>Requests (IIS access logs): %1 in %n files, %2 - %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>… %n more reason(s)</source>
        <translation>
            <numerusform>… %n more reason</numerusform>
            <numerusform>… %n more reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more server(s)</source>
        <translation>
            <numerusform>… %n more server</numerusform>
            <numerusform>… %n more servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n spike</numerusform>
            <numerusform>%n spikes</numerusform>
        </translation>
    </message>
</context>
</TS>
