#include "servercounter.h"

#include "logstore.h"
#include "rowfilter.h"

namespace {
constexpr size_t ChunkRows = 1 << 16;
}

void ServerCounter::clear()
{
    m_counts.clear();
    m_totals.clear();
}

void ServerCounter::recount(const LogStore &store, const RowFilter &filter)
{
    clear();
    add(store, filter, 0, store.rowCount());
}

void ServerCounter::add(const LogStore &store, const RowFilter &filter, size_t first, size_t last)
{
    const IdColumn &files = store.fileIds();
    auto grow = [this](uint32_t file) {
        if (file >= m_totals.size()) {
            m_totals.resize(size_t(file) + 1, 0);
            m_counts.resize(size_t(file) + 1, 0);
        }
    };
    grow(uint32_t(std::max(store.fileSet().fileCount(), 1) - 1));
    for (size_t r = first; r < last; ++r) {
        const uint32_t file = files.at(r);
        grow(file);
        ++m_totals[file];
    }
    // In chunks, so the list of passing rows stays small whatever the store's size.
    std::vector<uint32_t> rows;
    for (size_t a = first; a < last; a += ChunkRows) {
        rows.clear();
        filter.collect(a, std::min(last, a + ChunkRows), rows, FilterField::Server);
        for (const uint32_t r : rows)
            ++m_counts[files.at(r)];
    }
}

std::vector<uint64_t> ServerCounter::fold(const LogStore &store,
                                          const std::vector<uint64_t> &perFile)
{
    const LogFileSet &set = store.fileSet();
    std::vector<uint64_t> out(size_t(set.serverCount()), 0);
    for (size_t f = 0; f < perFile.size() && f < size_t(set.fileCount()); ++f)
        out[set.serverOf(uint32_t(f))] += perFile[f];
    return out;
}
