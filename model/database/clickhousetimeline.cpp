#include "clickhousetimeline.h"

#include "clickhousecatalog.h"
#include "clickhouseschema.h"
#include "rowbinary.h"
#include "sqltext.h"

#include <QHash>

#include <algorithm>

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

struct Keyed
{
    uint64_t key;
    uint32_t count;
    bool operator<(const Keyed &other) const { return key < other.key; }
};

// Reads (key, count) rows, sorted by key: time ascending, then name.
bool readKeyed(const QByteArray &answer, std::vector<Keyed> &out)
{
    RowBinaryReader r(answer);
    out.reserve(size_t(answer.size()) / 12);
    while (!r.atEnd()) {
        const uint64_t key = r.u64();
        const uint32_t count = r.u32();
        if (r.failed())
            return false;
        out.push_back({key, count});
    }
    std::sort(out.begin(), out.end());
    return true;
}

// Adds `count` rows at second `t` to the (start second, rows) per minute, oldest first.
void addMinute(std::vector<std::pair<int64_t, uint64_t>> &minutes, int64_t t, uint64_t count)
{
    const int64_t minute = t - t % 60;
    if (!minutes.empty() && minutes.back().first == minute)
        minutes.back().second += count;
    else
        minutes.emplace_back(minute, count);
}
} // namespace

int ClickHouseTimeline::resolution(const ClickHouseCatalog &catalog)
{
    return catalog.lastTime() - catalog.firstTime() > 2 * 86400 ? 60 : 1;
}

QByteArray ClickHouseTimeline::othersQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                           const QStringList &names, int resolution)
{
    QByteArray known;
    for (qsizetype i = 0; i < names.size(); ++i)
        known += (i ? ", " : "") + SqlText::literal(names[i]);
    return "SELECT toUInt64(intDiv(toUInt32(ts), " + SqlText::number(int64_t(resolution))
           + ")) AS b, s_reason, toUInt32(count())" + rowsWhere(url, condition)
           + (names.isEmpty() ? QByteArray() : " AND s_reason NOT IN (" + known + ')')
           + " GROUP BY b, s_reason FORMAT RowBinary";
}

QByteArray ClickHouseTimeline::countQuery(const ClickHouseUrl &url, const QByteArray &condition,
                                          const char *column, const QStringList &names,
                                          int resolution)
{
    QByteArray from;
    QByteArray to;
    for (qsizetype i = 0; i < names.size(); ++i) {
        from += (i ? ", " : "") + SqlText::literal(names[i]);
        to += (i ? ", " : "") + SqlText::number(int64_t(i + 1));
    }
    // transform() needs a list; with none every value is 0.
    const QByteArray id =
        names.isEmpty() ? QByteArray("0")
                        : "transform(" + QByteArray(column) + ", [" + from + "], [" + to + "], 0)";
    return "SELECT toUInt64(intDiv(toUInt32(ts), " + SqlText::number(int64_t(resolution)) + ")) * "
           + SqlText::number(int64_t(names.size() + 1)) + " + " + id + " AS k, toUInt32(count())"
           + rowsWhere(url, condition) + " GROUP BY k FORMAT RowBinary";
}

QByteArray ClickHouseTimeline::minuteQuery(const ClickHouseUrl &url, const QByteArray &condition)
{
    return "SELECT toUInt32(intDiv(toUInt32(ts), 60) * 60) AS m, count()"
           + rowsWhere(url, condition) + " GROUP BY m ORDER BY m FORMAT RowBinary";
}

ClickHouseTimeline::Read ClickHouseTimeline::parse(const QByteArray &byReason,
                                                   const QByteArray *others, QStringList &reasons,
                                                   const QByteArray &byServer,
                                                   const QStringList &servers, int resolution,
                                                   Counts &out)
{
    std::vector<Keyed> keyed;
    if (!readKeyed(byReason, keyed))
        return Read::Unreadable;
    const uint64_t listed = uint64_t(reasons.size()) + 1;
    bool unknown = false;
    if (others) { // as keys of a list with the reasons found there appended
        QHash<QString, uint64_t> places;
        std::vector<Keyed> more; // (bucket, place) as bucket * all places + place
        std::vector<std::pair<uint64_t, uint64_t>> found; // (bucket, place)
        RowBinaryReader r(*others);
        while (!r.atEnd()) {
            const uint64_t bucket = r.u64();
            const QString name = text(r);
            const uint32_t count = r.u32();
            if (r.failed())
                return Read::Unreadable;
            auto place = places.constFind(name);
            if (place == places.constEnd()) {
                place = places.insert(name, uint64_t(reasons.size()) + 1);
                reasons << name;
            }
            found.emplace_back(bucket, *place);
            more.push_back({0, count});
        }
        const uint64_t all = uint64_t(reasons.size()) + 1;
        for (Keyed &k : keyed)
            k.key = k.key / listed * all + k.key % listed;
        for (size_t i = 0; i < more.size(); ++i) {
            more[i].key = found[i].first * all + found[i].second;
            keyed.push_back(more[i]);
        }
        std::sort(keyed.begin(), keyed.end());
    }
    const uint64_t reasonIds = uint64_t(reasons.size()) + 1;
    std::vector<uint32_t> ids(size_t(reasonIds), UINT32_MAX); // place in `reasons` + 1 -> id
    std::vector<ReasonHistogram::Count> counts;
    counts.reserve(keyed.size());
    out.reasonNames.clear();
    out.rows = 0;
    for (const Keyed &k : keyed) {
        const auto place = size_t(k.key % reasonIds);
        if (place == 0) { // counted by othersQuery() when it was asked
            unknown = !others;
            continue;
        }
        if (ids[place] == UINT32_MAX) {
            ids[place] = uint32_t(out.reasonNames.size());
            out.reasonNames.push_back(reasons[qsizetype(place - 1)]);
        }
        counts.push_back({int64_t(k.key / reasonIds) * resolution, ids[place], k.count});
        out.rows += k.count;
    }
    if (unknown)
        return Read::UnknownName;
    out.reasons = ReasonHistogram();
    out.reasons.buildFromCounts(counts, uint32_t(out.reasonNames.size()));

    keyed.clear();
    if (!readKeyed(byServer, keyed))
        return Read::Unreadable;
    const uint64_t serverIds = uint64_t(servers.size()) + 1;
    counts.clear();
    out.minutes.clear();
    for (const Keyed &k : keyed) {
        const int64_t t = int64_t(k.key / serverIds) * resolution;
        addMinute(out.minutes, t, k.count);
        if (const auto place = uint32_t(k.key % serverIds); place > 0) // else not in the ledger
            counts.push_back({t, place - 1, k.count});
    }
    out.servers = ReasonHistogram(ReasonHistogram::Key::Server);
    out.servers.buildFromCounts(counts, uint32_t(servers.size()));
    return Read::Ok;
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
                           uint64_t firstRows, uint64_t sliceRows, uint64_t limit, uint64_t *taken,
                           uint64_t already)
{
    std::vector<std::pair<int64_t, int64_t>> out;
    uint64_t inSlice = 0;
    uint64_t total = already;
    for (const auto &[start, rows] : minutes) {
        if ((!out.empty() || already > 0) && total + rows > limit)
            break;
        total += rows;
        if (!out.empty()
            && inSlice + rows <= (out.size() == 1 && already == 0 ? firstRows : sliceRows)) {
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
