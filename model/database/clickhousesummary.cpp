#include "clickhousesummary.h"

#include "clickhousecatalog.h"
#include "clickhouseclient.h"
#include "clickhouseschema.h"
#include "filtersql.h"
#include "rowbinary.h"
#include "sqltext.h"

#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace {
constexpr char Dropped[] = "Connection_Dropped";

QByteArray rowsWhere(const ClickHouseUrl &url, const QByteArray &condition)
{
    return " FROM "
           + ClickHouseSchema::source(url.database, url.cluster, ClickHouseSchema::RowsTable)
           + " WHERE " + ClickHouseSchema::committed(url.database) + " AND " + condition;
}

QString text(RowBinaryReader &r)
{
    const std::string_view s = r.string();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Sends every query, then waits for them all; the answers, or nothing with the first error.
std::optional<std::vector<QByteArray>> runAll(ClickHouseClient &client,
                                              const std::vector<QByteArray> &sql, QString *error)
{
    std::vector<std::unique_ptr<ClickHouseQuery>> queries;
    for (const QByteArray &q : sql)
        queries.emplace_back(client.query(q));
    std::vector<QByteArray> answers;
    for (auto &q : queries) {
        ClickHouseClient::wait(q.get());
        if (!q->ok()) {
            if (error)
                *error = q->error();
            return std::nullopt;
        }
        answers.push_back(q->takeData());
    }
    return answers;
}

QJsonObject serverCounts(const QByteArray &answer)
{
    std::vector<std::pair<QString, uint64_t>> items;
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        const QString server = text(r);
        const uint64_t count = r.u64();
        if (!r.failed() && count > 0)
            items.emplace_back(server, count);
    }
    QJsonObject out;
    for (const auto &[server, count] : items)
        out.insert(server, qint64(count));
    return out;
}
} // namespace

std::optional<ClickHouseSummary::Result>
ClickHouseSummary::compute(ClickHouseClient &client, const ClickHouseCatalog &catalog,
                           const FilterSql &filter, QString *error)
{
    const ClickHouseUrl &url = client.url();
    const QByteArray where = rowsWhere(url, filter.condition());
    const QByteArray dropped =
        where + " AND s_reason = " + SqlText::literal(QString::fromLatin1(Dropped));
    std::vector<QByteArray> sql{
        "SELECT s_reason, count(), toUInt32(min(ts)), toUInt32(max(ts))" + where
            + " GROUP BY s_reason FORMAT RowBinary",
        "SELECT server, count()" + where + " GROUP BY server FORMAT RowBinary",
        "SELECT toUInt32(ts) AS t, toUInt32(count())" + dropped
            + " GROUP BY t ORDER BY t FORMAT RowBinary",
        "SELECT count()" + rowsWhere(url, "1") + " FORMAT RowBinary",
    };
    const std::optional<std::vector<QByteArray>> answers = runAll(client, sql, error);
    if (!answers)
        return std::nullopt;

    Result out;
    LogSummary &s = out.summary;
    s.files = int(catalog.files().size());
    s.malformed = catalog.malformed();
    RowBinaryReader reasons((*answers)[0]);
    while (!reasons.atEnd()) {
        const QString reason = text(reasons);
        const uint64_t count = reasons.u64();
        const int64_t first = reasons.u32();
        const int64_t last = reasons.u32();
        if (reasons.failed())
            break;
        s.first = s.rows == 0 ? first : std::min(s.first, first);
        s.last = s.rows == 0 ? last : std::max(s.last, last);
        s.rows += count;
        s.reasons.emplace_back(reason, count);
    }
    std::stable_sort(s.reasons.begin(), s.reasons.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const QJsonObject perServer = serverCounts((*answers)[1]);
    for (const QString &server : catalog.servers())
        s.servers.emplace_back(server, uint64_t(perServer.value(server).toInteger()));
    RowBinaryReader total((*answers)[3]);
    out.rowsBeforeFilter = total.u64();

    // The spike search's histogram: Connection_Dropped (reason 0) per second, with the first
    // and the last row (as reason 1), whose times set the span and with it the bucket size.
    std::vector<ReasonHistogram::Count> counts;
    if (s.rows > 0)
        counts.push_back({s.first, 1, 1});
    RowBinaryReader seconds((*answers)[2]);
    while (!seconds.atEnd()) {
        const int64_t t = seconds.u32();
        const uint32_t n = seconds.u32();
        if (!seconds.failed())
            counts.push_back({t, 0, n});
    }
    if (s.rows > 0)
        counts.push_back({s.last, 1, 1});
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    ReasonHistogram histogram;
    histogram.buildFromCounts(counts, 2);
    out.spikes = SpikeDetector::detect(histogram, 0);

    // Each spike's rows per server, as SpikeSummary::serverCounts counts them.
    std::vector<QByteArray> perSpike;
    for (const Spike &spike : out.spikes)
        perSpike.push_back("SELECT server, count()" + dropped + " AND ts >= toDateTime("
                           + SqlText::number(spike.start) + ") AND ts <= toDateTime("
                           + SqlText::number(spike.end) + ") GROUP BY server FORMAT RowBinary");
    const std::optional<std::vector<QByteArray>> spikeAnswers = runAll(client, perSpike, error);
    if (!spikeAnswers)
        return std::nullopt;
    out.spikesJson =
        SpikeDetector::toJson(out.spikes, [](uint32_t) { return QString::fromLatin1(Dropped); });
    for (qsizetype i = 0; i < out.spikesJson.size(); ++i) {
        QJsonObject spike = out.spikesJson.at(i).toObject();
        spike.insert(QStringLiteral("servers"), serverCounts((*spikeAnswers)[size_t(i)]));
        out.spikesJson[i] = spike;
    }
    return out;
}
