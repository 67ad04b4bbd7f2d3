#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

class LogStore;
class RowFilter;

// Rows per server among the rows that pass every criterion except the server one (the numbers
// the server picker shows), and the unfiltered total per server. Counted per file, since a
// server is a property of the file: renaming a server or re-grouping files needs no recount.
class ServerCounter
{
public:
    // Counts every row of `store`.
    void recount(const LogStore &store, const RowFilter &filter);
    // Adds rows [first, last) that the store just gained.
    void add(const LogStore &store, const RowFilter &filter, size_t first, size_t last);
    void clear();

    // Per server id of the store's file set.
    std::vector<uint64_t> counts(const LogStore &store) const { return fold(store, m_counts); }
    std::vector<uint64_t> totals(const LogStore &store) const { return fold(store, m_totals); }

private:
    static std::vector<uint64_t> fold(const LogStore &store, const std::vector<uint64_t> &perFile);

    std::vector<uint64_t> m_counts; // per file id
    std::vector<uint64_t> m_totals;
};
