#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

class LogStore;
class RowFilter;

// Rows per reason among the rows that pass every criterion except the reason one: the numbers
// the reason picker shows next to each reason, so picking reasons never changes them. Also
// keeps the unfiltered total per reason. Indexed by the store's reason ids.
class ReasonCounter
{
public:
    // Counts every row of `store`.
    void recount(const LogStore &store, const RowFilter &filter);
    // Adds rows [first, last) that the store just gained.
    void add(const LogStore &store, const RowFilter &filter, size_t first, size_t last);
    void clear();

    // Rows with reason `id` passing the other criteria (0 for an unknown id).
    uint64_t count(uint32_t id) const { return id < m_counts.size() ? m_counts[id] : 0; }
    // Rows with reason `id`, whatever the filter.
    uint64_t total(uint32_t id) const { return id < m_totals.size() ? m_totals[id] : 0; }
    // One past the largest reason id counted.
    uint32_t size() const { return uint32_t(m_totals.size()); }

private:
    std::vector<uint64_t> m_counts;
    std::vector<uint64_t> m_totals;
};
