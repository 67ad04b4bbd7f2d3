#include "reasoncounter.h"

#include "logstore.h"
#include "rowfilter.h"

namespace {
constexpr size_t ChunkRows = 1 << 16;
}

void ReasonCounter::clear()
{
    m_counts.clear();
    m_totals.clear();
}

void ReasonCounter::recount(const LogStore &store, const RowFilter &filter)
{
    clear();
    add(store, filter, 0, store.rowCount());
}

void ReasonCounter::add(const LogStore &store, const RowFilter &filter, size_t first, size_t last)
{
    const int column = store.columnOf(LogField::Reason);
    const size_t ids = column < 0 ? 1 : store.column(size_t(column)).pool.size();
    if (m_totals.size() < ids) {
        m_totals.resize(ids, 0);
        m_counts.resize(ids, 0);
    }
    auto reasonOf = [&](size_t row) { return column < 0 ? 0u : store.id(size_t(column), row); };
    for (size_t r = first; r < last; ++r)
        ++m_totals[reasonOf(r)];
    // In chunks, so the list of passing rows stays small whatever the store's size.
    std::vector<uint32_t> rows;
    for (size_t a = first; a < last; a += ChunkRows) {
        rows.clear();
        filter.collect(a, std::min(last, a + ChunkRows), rows, FilterField::Reason);
        for (const uint32_t r : rows)
            ++m_counts[reasonOf(r)];
    }
}
