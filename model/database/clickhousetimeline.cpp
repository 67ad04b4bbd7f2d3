#include "clickhousetimeline.h"

#include "clickhousecatalog.h"
#include "clickhouseschema.h"
#include "rowbinary.h"
#include "sqltext.h"

#include <QHash>

namespace {
QByteArray rowsWhere(const ClickHouseUrl &url, const QByteArray &condition)
{
    return " FROM "
           + ClickHouseSchema::source(url.database, url.cluster, ClickHouseSchema::RowsTable)
           + " WHERE " + ClickHouseSchema::committed(url.database) + " AND (" + condition + ')';
}

QString text(RowBinaryReader &r)
{
    const std::string_view s = r.string();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Reads (time, name, count) rows; ids are given to names as they first come (or looked up in
// `known` when given). Counts of one second and id are added up.
bool readCounts(const QByteArray &answer, QHash<QString, uint32_t> &ids,
                std::vector<QString> *names, std::vector<ReasonHistogram::Count> &out)
{
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        const int64_t t = r.u32();
        const QString name = text(r);
        const uint32_t count = r.u32();
        if (r.failed())
            return false;
        auto id = ids.constFind(name);
        if (id == ids.constEnd()) {
            if (!names)
                continue; // a server the ledger does not name
            id = ids.insert(name, uint32_t(names->size()));
            names->push_back(name);
        }
        if (!out.empty() && out.back().second == t && out.back().reason == *id)
            out.back().count += count;
        else
            out.push_back({t, *id, count});
    }
    return true;
}
} // namespace

int ClickHouseTimeline::resolution(const ClickHouseCatalog &catalog)
{
    return catalog.lastTime() - catalog.firstTime() > 2 * 86400 ? 60 : 1;
}

QByteArray ClickHouseTimeline::countQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                          const char *column, int resolution)
{
    const QByteArray step = SqlText::number(int64_t(resolution));
    return "SELECT toUInt32(intDiv(toUInt32(ts), " + step + ") * " + step + ") AS t, "
           + QByteArray(column) + ", toUInt32(count())" + rowsWhere(url, condition)
           + " GROUP BY t, " + QByteArray(column) + " ORDER BY t FORMAT RowBinary";
}

QByteArray ClickHouseTimeline::minuteQuery(const ClickHouseUrl &url, const QByteArray &condition)
{
    return "SELECT toUInt32(intDiv(toUInt32(ts), 60) * 60) AS m, count()"
           + rowsWhere(url, condition) + " GROUP BY m ORDER BY m FORMAT RowBinary";
}

bool ClickHouseTimeline::parse(const QByteArray &byReason, const QByteArray &byServer,
                               const QStringList &servers, Counts &out)
{
    QHash<QString, uint32_t> reasonIds;
    std::vector<ReasonHistogram::Count> counts;
    out.reasonNames.clear();
    if (!readCounts(byReason, reasonIds, &out.reasonNames, counts))
        return false;
    out.rows = 0;
    for (const ReasonHistogram::Count &c : counts)
        out.rows += c.count;
    out.reasons = ReasonHistogram();
    out.reasons.buildFromCounts(counts, uint32_t(out.reasonNames.size()));

    QHash<QString, uint32_t> serverIds;
    for (qsizetype i = 0; i < servers.size(); ++i)
        serverIds.insert(servers[i], uint32_t(i));
    counts.clear();
    if (!readCounts(byServer, serverIds, nullptr, counts))
        return false;
    out.servers = ReasonHistogram(ReasonHistogram::Key::Server);
    out.servers.buildFromCounts(counts, uint32_t(servers.size()));
    return true;
}

bool ClickHouseTimeline::parseMinutes(const QByteArray &answer,
                                      std::vector<std::pair<int64_t, uint64_t>> &minutes)
{
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        const int64_t start = r.u32();
        const uint64_t rows = r.u64();
        if (r.failed())
            return false;
        minutes.emplace_back(start, rows);
    }
    return true;
}

std::vector<std::pair<int64_t, int64_t>>
ClickHouseTimeline::slices(const std::vector<std::pair<int64_t, uint64_t>> &minutes,
                           uint64_t firstRows, uint64_t sliceRows, uint64_t limit, uint64_t *taken)
{
    std::vector<std::pair<int64_t, int64_t>> out;
    uint64_t inSlice = 0;
    uint64_t total = 0;
    for (const auto &[start, rows] : minutes) {
        if (!out.empty() && total + rows > limit)
            break;
        total += rows;
        if (!out.empty() && inSlice + rows <= (out.size() == 1 ? firstRows : sliceRows)) {
            out.back().second = start + 59;
            inSlice += rows;
            continue;
        }
        out.emplace_back(start, start + 59);
        inSlice = rows;
    }
    if (taken)
        *taken = total;
    return out;
}
