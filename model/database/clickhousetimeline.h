#pragma once

#include "clickhouseurl.h"
#include "reasonhistogram.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

class ClickHouseCatalog;

// The window's timeline of a database, counted by ClickHouse: rows per second (or per minute
// when the stored logs span more than two days) per reason and per server, GROUP BY on the
// server side over the whole period, read into ReasonHistograms as the chart and the spike
// detection use them; and rows per minute, which cut a fetch of rows into slices up to a
// limit. No row is fetched for any of these.
class ClickHouseTimeline
{
public:
    struct Counts
    {
        ReasonHistogram reasons;
        ReasonHistogram servers{ReasonHistogram::Key::Server};
        std::vector<QString> reasonNames; // reason id -> text
        uint64_t rows = 0;
    };

    // Seconds per count: 1, or 60 when the catalog's rows span more than two days.
    static int resolution(const ClickHouseCatalog &catalog);
    // Rows per (time, `column`) that pass `condition`, time ascending (RowBinary).
    static QByteArray countQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                 const char *column, int resolution);
    // Rows per minute that pass `condition` (start second, rows), oldest first.
    static QByteArray minuteQuery(const ClickHouseUrl &url, const QByteArray &condition);

    // Reads the answers of countQuery() by s_reason and by server (server ids are the
    // indexes of `servers`); false when an answer does not parse.
    static bool parse(const QByteArray &byReason, const QByteArray &byServer,
                      const QStringList &servers, Counts &out);
    static bool parseMinutes(const QByteArray &answer,
                             std::vector<std::pair<int64_t, uint64_t>> &minutes);

    // Consecutive minutes as time ranges [from, to] of at most `sliceRows` rows each (the
    // first of at most `firstRows`, so the first rows show soon; a minute with more is a range
    // of its own), from the oldest, while the rows taken stay within `limit` (the first minute
    // is always taken); `taken` gets their rows.
    static std::vector<std::pair<int64_t, int64_t>>
    slices(const std::vector<std::pair<int64_t, uint64_t>> &minutes, uint64_t firstRows,
           uint64_t sliceRows, uint64_t limit, uint64_t *taken);
};
