#include "topcounter.h"

#include "logstore.h"
#include "textdecode.h"

#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <cstring>

namespace {
LogField fieldOf(TopCounter::Dimension d)
{
    switch (d) {
    case TopCounter::Dimension::ClientIp:
        return LogField::ClientIp;
    case TopCounter::Dimension::Url:
        return LogField::Uri;
    case TopCounter::Dimension::Reason:
        return LogField::Reason;
    case TopCounter::Dimension::Site:
        return LogField::SiteId;
    case TopCounter::Dimension::Queue:
        return LogField::QueueName;
    default:
        return LogField::Extra; // none: counted another way
    }
}

// The hot loop, once per id width: one increment per row.
template <typename Id>
void countIds(const uint8_t *data, const uint32_t *rows, size_t first, size_t last,
              std::vector<uint32_t> &counts)
{
    for (size_t i = first; i < last; ++i) {
        Id id;
        std::memcpy(&id, data + size_t(rows[i]) * sizeof(Id), sizeof(Id));
        if (id >= counts.size())
            counts.resize(size_t(id) + 1, 0);
        ++counts[id];
    }
}

void countColumn(const IdColumn &column, const uint32_t *rows, size_t first, size_t last,
                 std::vector<uint32_t> &counts)
{
    switch (column.width()) {
    case 1:
        countIds<uint8_t>(column.data(), rows, first, last, counts);
        break;
    case 2:
        countIds<uint16_t>(column.data(), rows, first, last, counts);
        break;
    default:
        countIds<uint32_t>(column.data(), rows, first, last, counts);
        break;
    }
}

void sortAndCut(TopCounter::List &list, size_t n)
{
    auto more = [](const TopCounter::Entry &a, const TopCounter::Entry &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    if (list.entries.size() > n) {
        std::partial_sort(list.entries.begin(), list.entries.begin() + ptrdiff_t(n),
                          list.entries.end(), more);
        list.entries.resize(n);
    } else {
        std::sort(list.entries.begin(), list.entries.end(), more);
    }
}

QString idText(const LogStore &store, int column, uint32_t id)
{
    return id == 0 ? QStringLiteral("-")
                   : TextDecode::toQString(store.column(size_t(column)).pool.view(id));
}
} // namespace

void TopCounter::reset(const LogStore &store)
{
    m_columns.assign(DimensionCount, Column{});
    for (int d = 0; d < DimensionCount; ++d) {
        const LogField field = fieldOf(Dimension(d));
        if (field == LogField::Extra)
            continue;
        Column &c = m_columns[size_t(d)];
        c.storeColumn = store.columnOf(field);
        if (c.storeColumn >= 0)
            c.counts.assign(size_t(store.column(size_t(c.storeColumn)).pool.size()) + 1, 0);
    }
    m_fileCounts.assign(size_t(store.fileSet().fileCount()) + 1, 0);
    m_rows = 0;
}

void TopCounter::add(const LogStore &store, const uint32_t *rows, size_t first, size_t last)
{
    if (m_columns.empty())
        reset(store);
    for (int d = 0; d < DimensionCount; ++d) {
        Column &c = m_columns[size_t(d)];
        const LogField field = fieldOf(Dimension(d));
        if (c.storeColumn < 0 && field != LogField::Extra) {
            // Reset on a store without the column yet (an empty one, as a load starts): it
            // came with a later batch, which gave the rows counted before it no value (id 0).
            c.storeColumn = store.columnOf(field);
            if (c.storeColumn >= 0)
                c.counts.assign(1, uint32_t(m_rows));
        }
        if (c.storeColumn >= 0)
            countColumn(store.column(size_t(c.storeColumn)).ids, rows, first, last, c.counts);
    }
    countColumn(store.fileIds(), rows, first, last, m_fileCounts);
    m_rows += last - first;
}

TopCounter::List TopCounter::topOfColumn(const LogStore &store, Dimension dimension,
                                         const Column &column, size_t n) const
{
    List list;
    list.dimension = dimension;
    if (column.storeColumn < 0)
        return list;
    // Only the ids that can make the top n become text: rank (count, id) pairs first.
    std::vector<std::pair<uint32_t, uint32_t>> ranked; // count, id
    for (uint32_t id = 0; id < column.counts.size(); ++id) {
        if (column.counts[id] > 0)
            ranked.emplace_back(column.counts[id], id);
    }
    list.distinct = ranked.size();
    // Ties at the cut are settled by text, so keep every id as large as the n-th.
    if (ranked.size() > n) {
        std::nth_element(ranked.begin(), ranked.begin() + ptrdiff_t(n - 1), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        const uint32_t cut = ranked[n - 1].first;
        ranked.erase(std::remove_if(ranked.begin(), ranked.end(),
                                    [cut](const auto &p) { return p.first < cut; }),
                     ranked.end());
    }
    for (const auto &[count, id] : ranked)
        list.entries.push_back({idText(store, column.storeColumn, id), count});
    sortAndCut(list, n);
    return list;
}

QString TopCounter::networkOf(const QString &address)
{
    if (address.count(QLatin1Char('.')) == 3 && !address.contains(QLatin1Char(':')))
        return address.left(address.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".0/24");
    if (!address.contains(QLatin1Char(':')))
        return {};
    const QHostAddress parsed(address);
    if (parsed.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    Q_IPV6ADDR bytes = parsed.toIPv6Address();
    std::memset(&bytes[8], 0, 8);
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

TopCounter::List TopCounter::topNetworks(const LogStore &store, size_t n) const
{
    List list;
    list.dimension = Dimension::ClientNetwork;
    const Column &ips = m_columns[size_t(Dimension::ClientIp)];
    if (ips.storeColumn < 0)
        return list;
    QHash<QString, uint64_t> networks;
    for (uint32_t id = 1; id < ips.counts.size(); ++id) {
        if (ips.counts[id] == 0)
            continue;
        const QString network = networkOf(idText(store, ips.storeColumn, id));
        if (!network.isEmpty())
            networks[network] += ips.counts[id];
    }
    list.distinct = size_t(networks.size());
    for (auto it = networks.cbegin(); it != networks.cend(); ++it)
        list.entries.push_back({it.key(), it.value()});
    sortAndCut(list, n);
    return list;
}

TopCounter::List TopCounter::topServers(const LogStore &store, size_t n) const
{
    List list;
    list.dimension = Dimension::Server;
    const LogFileSet &files = store.fileSet();
    std::vector<uint64_t> perServer(size_t(files.serverCount()), 0);
    for (uint32_t file = 0; file < m_fileCounts.size(); ++file) {
        const uint32_t server = files.serverOf(file);
        if (m_fileCounts[file] > 0 && server < perServer.size())
            perServer[server] += m_fileCounts[file];
    }
    for (uint32_t s = 0; s < perServer.size(); ++s) {
        if (perServer[s] > 0)
            list.entries.push_back({files.serverName(s), perServer[s]});
    }
    list.distinct = list.entries.size();
    sortAndCut(list, n);
    return list;
}

std::vector<TopCounter::List> TopCounter::top(const LogStore &store, size_t n) const
{
    std::vector<List> lists;
    if (m_columns.empty() || n == 0)
        return lists;
    for (int d = 0; d < DimensionCount; ++d) {
        const auto dimension = Dimension(d);
        if (dimension == Dimension::ClientNetwork)
            lists.push_back(topNetworks(store, n));
        else if (dimension == Dimension::Server)
            lists.push_back(topServers(store, n));
        else
            lists.push_back(topOfColumn(store, dimension, m_columns[size_t(d)], n));
    }
    return lists;
}
