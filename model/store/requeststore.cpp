#include "requeststore.h"

#include "timeorder.h"

#include <algorithm>

void RequestStore::append(const RequestBatch &batch)
{
    const size_t n = batch.rowCount();
    if (n == 0)
        return;
    const uint32_t file = uint32_t(batch.fileIndex);
    const int32_t offset = clockOffset(m_fileSet.serverOf(file));
    if (offset == 0) {
        appendTimed(batch.times, batch.lines, file);
    } else {
        std::vector<int64_t> utc(batch.times);
        for (int64_t &t : utc)
            t -= offset;
        appendTimed(utc, batch.lines, file);
    }
    for (size_t t = 0; t < m_pools.size(); ++t) {
        const RequestBatch::TextColumn &in = batch.texts[t];
        std::vector<uint32_t> remap(in.pool.size());
        uint32_t maxId = 0;
        for (uint32_t local = 0; local < in.pool.size(); ++local) {
            remap[local] = m_pools[t].intern(in.pool.view(local));
            maxId = std::max(maxId, remap[local]);
        }
        m_ids[t].append(in.ids.data(), n, remap, maxId);
        m_hasText[t] = m_hasText[t] || batch.namedText[t];
    }
    for (size_t f = 0; f < m_numbers.size(); ++f) {
        const std::vector<uint32_t> &in = batch.numbers[f];
        m_numbers[f].insert(m_numbers[f].end(), in.begin(), in.end());
        m_hasNumber[f] = m_hasNumber[f] || batch.namedNumber[f];
    }
    if (size_t(batch.fileIndex) >= m_filesWithRows.size())
        m_filesWithRows.resize(size_t(batch.fileIndex) + 1, false);
    m_filesWithRows[size_t(batch.fileIndex)] = true;
}

void RequestStore::reserve(size_t rows)
{
    reserveTimed(rows);
    for (IdColumn &ids : m_ids)
        ids.reserve(rows);
    for (std::vector<uint32_t> &numbers : m_numbers)
        numbers.reserve(rows);
}

void RequestStore::sortByTime()
{
    if (m_ordered)
        return;
    const std::vector<uint32_t> order = TimeOrder::stable(m_times);
    reorderTimed(order);
    for (IdColumn &ids : m_ids)
        ids.permute(order);
    for (std::vector<uint32_t> &numbers : m_numbers) {
        std::vector<uint32_t> sorted(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            sorted[i] = numbers[order[i]];
        numbers.swap(sorted);
    }
}

void RequestStore::clear()
{
    const AccessClock clock = m_clock;
    *this = RequestStore();
    m_clock = clock;
}

size_t RequestStore::fileCount() const
{
    return size_t(std::count(m_filesWithRows.begin(), m_filesWithRows.end(), true));
}

size_t RequestStore::memoryBytes() const
{
    size_t bytes = timedMemoryBytes();
    for (size_t t = 0; t < m_pools.size(); ++t)
        bytes += m_pools[t].memoryBytes() + m_ids[t].memoryBytes();
    for (const std::vector<uint32_t> &numbers : m_numbers)
        bytes += numbers.capacity() * sizeof(uint32_t);
    return bytes;
}
