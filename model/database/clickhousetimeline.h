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
// The counts are grouped by one number, time bucket * (names + 1) + the value's place in a
// list of names (0 for a value not in it): ClickHouse 18.16 groups a million (minute, reason)
// pairs by one integer in half the time it takes for (time, text), and the answer is smaller.
class ClickHouseTimeline
{
public:
    struct Counts
    {
        ReasonHistogram reasons;
        ReasonHistogram servers{ReasonHistogram::Key::Server};
        std::vector<QString> reasonNames; // reason id -> text
        uint64_t rows = 0;
        // Rows per minute (start second, rows) of every server, oldest first.
        std::vector<std::pair<int64_t, uint64_t>> minutes;
    };
    enum class Read { Ok, Unreadable, UnknownName };

    // Seconds per count: 1, or 60 when the catalog's rows span more than two days.
    static int resolution(const ClickHouseCatalog &catalog);
    // Rows per (time, reason) whose reason is not in `names` that pass `condition`, as
    // (bucket, reason, rows) (RowBinary): the reasons countQuery() counted as 0.
    static QByteArray othersQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                  const QStringList &names, int resolution);
    // Rows per (time, `column`) that pass `condition`, as (bucket * (names + 1) + 1 + the
    // value's index in `names`, or 0 for another value; rows), in no order (RowBinary).
    static QByteArray countQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                 const char *column, const QStringList &names, int resolution);
    // Rows per minute that pass `condition` (start second, rows), oldest first.
    static QByteArray minuteQuery(const ClickHouseUrl &url, const QByteArray &condition);

    // Reads the answers of countQuery() by s_reason with `reasons` (extended by the reasons
    // othersQuery() found, when given) and by server with `servers` (server ids are their
    // indexes; reason ids are given in the order the reasons first come in time);
    // UnknownName when some rows have a reason that neither list holds.
    static Read parse(const QByteArray &byReason, const QByteArray *others, QStringList &reasons,
                      const QByteArray &byServer, const QStringList &servers, int resolution,
                      Counts &out);
    static bool parseMinutes(const QByteArray &answer,
                             std::vector<std::pair<int64_t, uint64_t>> &minutes);

    // Consecutive minutes as time ranges [from, to] of at most `sliceRows` rows each (the
    // first of at most `firstRows`, so the first rows show soon; a minute with more is a range
    // of its own), from the oldest, while the rows taken stay within `limit` (the first minute
    // is always taken unless `already` rows were taken before these); `taken` gets their rows
    // (with `already`).
    static std::vector<std::pair<int64_t, int64_t>>
    slices(const std::vector<std::pair<int64_t, uint64_t>> &minutes, uint64_t firstRows,
           uint64_t sliceRows, uint64_t limit, uint64_t *taken, uint64_t already = 0);
};
