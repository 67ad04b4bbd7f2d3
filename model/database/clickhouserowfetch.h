#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

class ClickHouseCatalog;
class ClickHouseClient;
class LogStore;
struct ClickHouseUrl;

// Reads rows back from httperr_rows into a LogStore, as a load of the files would have filled
// it: the catalog's files, columns and layouts, each time slice's rows file by file, then the
// store put in time order (stable, so rows of the same second keep the files' order).
// Synchronous (the command line); slices of at most `sliceRows` rows, two in flight.
class ClickHouseRowFetch
{
public:
    // Rows passing `condition` (FilterSql::condition(), "1" for all); false with `error` set
    // when a query fails.
    static bool load(ClickHouseClient &client, const ClickHouseCatalog &catalog,
                     const QByteArray &condition, LogStore &store, QString *error,
                     uint64_t sliceRows = 500000);

    // The rows of [from, to] (UTC seconds) that pass `condition`, file by file (the first
    // `limit` of them when it is not 0).
    static QByteArray rowQuery(const ClickHouseUrl &url, const QByteArray &condition, int64_t from,
                               int64_t to, uint64_t limit = 0);
    // Rows per hour (start second, rows) that pass `condition`, oldest first.
    static QByteArray hourQuery(const ClickHouseUrl &url, const QByteArray &condition);
    // Consecutive hours grouped into time ranges of at most `sliceRows` rows (an hour with
    // more is a range of its own).
    static std::vector<std::pair<int64_t, int64_t>>
    slices(const std::vector<std::pair<int64_t, uint64_t>> &hours, uint64_t sliceRows);
};
