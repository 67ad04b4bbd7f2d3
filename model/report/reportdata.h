#pragma once

#include "displayzone.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

// Everything a ticket report says, as plain data: ReportDataCollector fills what the rows
// tell, the caller adds the filters, the chart image, the spikes and the explanations, and
// ReportBuilder turns it into HTML or Markdown.
struct ReportData
{
    struct FileSpan
    {
        QString path;
        QString relative; // the path below what was opened, as exports write it
        uint64_t rows = 0;
        int64_t first = 0; // UTC seconds; valid when rows > 0
        int64_t last = 0;
    };
    // A stretch of time no loaded file has rows for (a missing file, a server that was
    // down): no rows there says nothing about how quiet it was.
    struct Gap
    {
        int64_t start = 0; // UTC seconds: the last row before it
        int64_t end = 0;   // the first row after it
    };
    struct Count
    {
        QString text;
        uint64_t count = 0;
    };
    // One server of a load from several: its files and filtered rows.
    struct Server
    {
        QString name;
        int files = 0;
        uint64_t rows = 0; // filtered rows
        int64_t first = 0; // UTC seconds; valid when rows > 0
        int64_t last = 0;
    };
    struct Spike
    {
        int64_t start = 0; // UTC seconds
        int64_t end = 0;
        QString reason;
        uint64_t count = 0;
        QString summary;     // one sentence: what rose, how much
        QString explanation; // what the rows have in common and what to check; may be empty
        QString verdict;     // SpikeVerdict: what it most likely is, and its reach
        QStringList checks;  // what to check next for that
        // What the IIS access logs show in its window (EvidenceVerdict); empty without them.
        QString evidence;          // the verdict, one sentence
        QStringList evidenceFacts; // the counts beside their usual values ("  " leads a detail)
        QString evidenceClock;     // which clock the access-log times were read in
    };
    struct Explanation
    {
        QString reason;
        uint64_t count = 0;   // filtered rows with the reason
        QString context;      // the status HTTP.sys logs with it and where it stopped
        QString text;         // what the reason means
        QStringList causes;   // typical causes
        QStringList checks;   // what to check next
        QStringList settings; // related settings
    };

    // A note the engineer left on a row or a time range.
    struct Bookmark
    {
        int64_t start = 0; // UTC seconds
        int64_t end = 0;
        bool row = false; // a row's time (start == end), else a range
        QString what;     // a row's reason, client and URL
        QString comment;
    };

    QDateTime created;                            // when the report was made
    DisplayZone displayZone;                      // the zone every time is given in
    QTimeZone zone = QTimeZone::systemTimeZone(); // for the local times shown beside UTC
    std::vector<FileSpan> files;
    std::vector<Gap> gaps;     // as the timeline hatches them, in time order
    uint64_t totalRows = 0;    // every loaded row
    uint64_t filteredRows = 0; // rows passing the filters
    int64_t first = 0;         // span of all loaded rows (valid when totalRows > 0)
    int64_t last = 0;
    int64_t filteredFirst = 0; // span of the filtered rows (valid when filteredRows > 0)
    int64_t filteredLast = 0;
    QStringList filters; // one line per filter in effect; empty for none
    // What part of the passing rows the report covers (ReportScope: one spike's window, the
    // rows selected); empty when it covers them all. filteredRows etc. then count that part.
    QString scope;
    uint64_t passingRows = 0;        // with a scope: every row passing the filters
    std::vector<Bookmark> bookmarks; // those within the report's rows' span, oldest first
    std::vector<Count> reasons;      // filtered rows by reason, most frequent first
    std::vector<Server> servers;     // in load order; empty unless there are two or more
    QByteArray chartPng;             // the timeline as a PNG; empty when there is none
    bool spikesSearched = false;     // spike detection ran (so an empty list means "none")
    std::vector<Spike> spikes;
    std::vector<Explanation> explanations; // for the top reasons and those of spikes
    std::vector<Count> topClients;         // filtered rows by client address
    std::vector<Count> topUrls;            // filtered rows by URL
    QStringList tableHeader;               // the first rows of the filtered table
    std::vector<QStringList> tableRows;
    std::vector<int> tableWidths; // per column, its share of the page width in percent
    bool anonymized = false;      // client addresses are stand-ins
};
