#include "clickhouserowfetch.h"

#include "clickhousecatalog.h"
#include "clickhouseclient.h"
#include "clickhouseschema.h"
#include "logstore.h"
#include "rowbinary.h"
#include "rowdecoder.h"
#include "sqltext.h"

#include <QCoreApplication>

#include <deque>
#include <memory>

namespace {
QByteArray rowsWhere(const ClickHouseUrl &url, const QByteArray &condition)
{
    return " FROM "
           + ClickHouseSchema::source(url.database, url.cluster, ClickHouseSchema::RowsTable)
           + " WHERE " + ClickHouseSchema::committed(url.database) + " AND (" + condition + ')';
}
} // namespace

QByteArray ClickHouseRowFetch::rowQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                        int64_t from, int64_t to, uint64_t limit)
{
    return "SELECT " + RowDecoder::selectList() + rowsWhere(url, condition)
           + " AND ts >= toDateTime(" + SqlText::number(std::max<int64_t>(from, 0))
           + ") AND ts <= toDateTime(" + SqlText::number(std::min<int64_t>(to, UINT32_MAX))
           + ") ORDER BY file_key, line"
           + (limit > 0 ? " LIMIT " + SqlText::number(limit) : QByteArray()) + " FORMAT RowBinary";
}

QByteArray ClickHouseRowFetch::hourQuery(const ClickHouseUrl &url, const QByteArray &condition)
{
    return "SELECT toUInt64(intDiv(toUInt32(ts), 3600) * 3600) AS h, count()"
           + rowsWhere(url, condition) + " GROUP BY h ORDER BY h FORMAT RowBinary";
}

std::vector<std::pair<int64_t, int64_t>>
ClickHouseRowFetch::slices(const std::vector<std::pair<int64_t, uint64_t>> &hours,
                           uint64_t sliceRows)
{
    std::vector<std::pair<int64_t, int64_t>> out;
    uint64_t inSlice = 0;
    for (const auto &[start, rows] : hours) {
        if (!out.empty() && inSlice + rows <= sliceRows) {
            out.back().second = start + 3599;
            inSlice += rows;
            continue;
        }
        out.emplace_back(start, start + 3599);
        inSlice = rows;
    }
    return out;
}

bool ClickHouseRowFetch::load(ClickHouseClient &client, const ClickHouseCatalog &catalog,
                              const QByteArray &condition, LogStore &store, QString *error,
                              uint64_t sliceRows)
{
    const ClickHouseUrl &url = client.url();
    store.clear();
    store.setFileSet(catalog.fileSet());
    const std::optional<QByteArray> hourAnswer = client.run(hourQuery(url, condition), error);
    if (!hourAnswer)
        return false;
    std::vector<std::pair<int64_t, uint64_t>> hours;
    uint64_t total = 0;
    RowBinaryReader r(*hourAnswer);
    while (!r.atEnd()) {
        const int64_t start = int64_t(r.u64());
        const uint64_t rows = r.u64();
        if (r.failed())
            break;
        hours.emplace_back(start, rows);
        total += rows;
    }
    store.reserve(size_t(total));
    for (const auto &[field, name] : catalog.columns())
        store.ensureColumn(field, name);
    const RowDecoder decoder(catalog);
    std::deque<std::unique_ptr<ClickHouseQuery>> inFlight;
    const auto ranges = slices(hours, sliceRows);
    size_t next = 0;
    while (next < ranges.size() || !inFlight.empty()) {
        // The next slice is on its way while this one is decoded.
        while (next < ranges.size() && inFlight.size() < 2) {
            inFlight.emplace_back(
                client.query(rowQuery(url, condition, ranges[next].first, ranges[next].second)));
            ++next;
        }
        std::unique_ptr<ClickHouseQuery> query = std::move(inFlight.front());
        inFlight.pop_front();
        ClickHouseClient::wait(query.get());
        if (!query->ok()) {
            if (error)
                *error = query->error();
            return false;
        }
        std::vector<LogBatchPtr> batches;
        if (!decoder.decode(query->data(), batches)) {
            if (error)
                *error = QCoreApplication::translate(
                    "ClickHouseRowFetch", "ClickHouse sent rows that could not be read.");
            return false;
        }
        query.reset();
        for (const LogBatchPtr &batch : batches)
            store.append(*batch);
    }
    store.sortByTime();
    return true;
}
