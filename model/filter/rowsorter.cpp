#include "rowsorter.h"

#include "logstore.h"
#include "naturalorder.h"
#include "sortkeys.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace {
// A stable counting sort: rows with equal keys keep their order. Keys are in [0, keyCount).
template <typename KeyOf>
void countingSort(std::vector<uint32_t> &rows, size_t keyCount, bool descending, KeyOf keyOf)
{
    std::vector<uint32_t> starts(keyCount + 1, 0);
    auto slot = [&](uint32_t row) {
        const uint32_t k = keyOf(row);
        return descending ? keyCount - 1 - k : k;
    };
    for (const uint32_t r : rows)
        ++starts[slot(r) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    std::vector<uint32_t> sorted(rows.size());
    for (const uint32_t r : rows)
        sorted[starts[slot(r)]++] = r;
    rows.swap(sorted);
}

template <typename T>
void countingSortByIds(std::vector<uint32_t> &rows, const uint8_t *bytes,
                       const std::vector<uint32_t> &ranks, bool descending)
{
    countingSort(rows, ranks.size(), descending, [&](uint32_t row) {
        T id;
        std::memcpy(&id, bytes + size_t(row) * sizeof(T), sizeof(T));
        return ranks[id];
    });
}
} // namespace

void RowSorter::setStore(const LogStore *store)
{
    if (store != m_store)
        m_ranks.clear();
    m_store = store;
}

void RowSorter::sort(std::vector<uint32_t> &rows, const Order &order)
{
    if (!m_store || rows.size() < 2)
        return;
    const LogStore &store = *m_store;
    switch (order.key) {
    case Key::Time:
        sortByTime(rows, order.descending);
        return;
    case Key::Server: {
        const LogFileSet &set = store.fileSet();
        std::vector<uint32_t> servers(size_t(set.serverCount()));
        std::iota(servers.begin(), servers.end(), 0u);
        std::stable_sort(servers.begin(), servers.end(), [&](uint32_t a, uint32_t b) {
            return NaturalOrder::less(set.serverName(a), set.serverName(b));
        });
        // Rows of a file past the set (none in a load) sort last.
        std::vector<uint32_t> rankOfServer(servers.size(), 0);
        for (size_t i = 0; i < servers.size(); ++i)
            rankOfServer[servers[i]] = uint32_t(i);
        std::vector<uint32_t> rankOfFile(size_t(set.fileCount()));
        for (size_t f = 0; f < rankOfFile.size(); ++f)
            rankOfFile[f] = rankOfServer[set.serverOf(uint32_t(f))];
        countingSort(rows, servers.size() + 1, order.descending, [&](uint32_t r) {
            const uint32_t file = store.fileIndex(r);
            return file < rankOfFile.size() ? rankOfFile[file] : uint32_t(servers.size());
        });
        return;
    }
    case Key::File:
        countingSort(rows, size_t(std::max<qsizetype>(1, store.files().size())), order.descending,
                     [&](uint32_t r) { return store.fileIndex(r); });
        return;
    case Key::Line: {
        uint32_t maxLine = 0;
        for (const uint32_t r : rows)
            maxLine = std::max(maxLine, store.line(r));
        countingSort(rows, size_t(maxLine) + 1, order.descending,
                     [&](uint32_t r) { return store.line(r); });
        return;
    }
    case Key::Field: {
        const std::vector<uint32_t> &ranks = ranksFor(order.storeColumn);
        const IdColumn &ids = store.column(size_t(order.storeColumn)).ids;
        switch (ids.width()) {
        case 1:
            countingSortByIds<uint8_t>(rows, ids.data(), ranks, order.descending);
            break;
        case 2:
            countingSortByIds<uint16_t>(rows, ids.data(), ranks, order.descending);
            break;
        default:
            countingSortByIds<uint32_t>(rows, ids.data(), ranks, order.descending);
            break;
        }
        return;
    }
    }
}

void RowSorter::sortByTime(std::vector<uint32_t> &rows, bool descending) const
{
    const auto &times = m_store->times();
    if (!m_store->isTimeOrdered()) {
        std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
            return descending ? times[a] > times[b] : times[a] < times[b];
        });
        return;
    }
    // Store order is time order already; newest first is the reverse, with each run of equal
    // times turned back so ties stay in store order.
    if (!descending)
        return;
    std::reverse(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && times[rows[j]] == times[rows[i]])
            ++j;
        std::reverse(rows.begin() + ptrdiff_t(i), rows.begin() + ptrdiff_t(j));
        i = j;
    }
}

void RowSorter::toStoreOrder(std::vector<uint32_t> &rows) const
{
    if (!m_store || std::is_sorted(rows.begin(), rows.end()))
        return;
    // A bitmap of the store's rows turns the list back into store order in linear time.
    const size_t storeRows = m_store->rowCount();
    std::vector<uint64_t> bits((storeRows + 63) / 64, 0);
    for (const uint32_t r : rows)
        bits[r / 64] |= uint64_t(1) << (r % 64);
    size_t n = 0;
    for (size_t w = 0; w < bits.size(); ++w) {
        uint64_t word = bits[w];
        while (word) {
            const uint bit = qCountTrailingZeroBits(quint64(word));
            rows[n++] = uint32_t(w * 64 + size_t(bit));
            word &= word - 1;
        }
    }
}

const std::vector<uint32_t> &RowSorter::ranksFor(int storeColumn)
{
    const LogStore::Column &column = m_store->column(size_t(storeColumn));
    std::vector<uint32_t> &ranks = m_ranks[storeColumn];
    if (ranks.size() != column.pool.size())
        ranks = SortKeys::rank(column.pool, column.field);
    return ranks;
}

size_t RowSorter::memoryBytes() const
{
    size_t bytes = 0;
    for (const auto &[column, ranks] : m_ranks)
        bytes += ranks.capacity() * sizeof(uint32_t);
    return bytes;
}
