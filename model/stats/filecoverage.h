#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

class LogStore;

// The time each loaded file covers (its first to its last row) and the gaps between them:
// stretches of time for which no file has rows. On a chart such a gap looks like a quiet
// period, but it means "no log" (a missing file, a server that was down), which a support
// engineer must not read as "no errors". Follows the store as rows are appended.
class FileCoverage
{
public:
    struct Span
    {
        int64_t start = 0; // UTC seconds, inclusive
        int64_t end = 0;
    };
    struct File
    {
        Span span; // valid when rows > 0
        uint64_t rows = 0;
    };

    // Forgets every row (after a reset or a re-order of the store).
    void reset();
    // Takes in the store's rows from rowsSeen() on.
    void append(const LogStore &store);
    size_t rowsSeen() const { return m_rowsSeen; }
    // Per file index of the store: its rows and time span (files without rows may be missing
    // at the end).
    const std::vector<File> &files() const { return m_files; }

    // The gaps between files of at least `minimum` seconds, in time order.
    std::vector<Span> gaps(int64_t minimum) const;
    // The gaps worth showing: at least half an hour, and at least ten times the mean time
    // between rows, so that the quiet hours of a log with few rows are not taken for gaps.
    std::vector<Span> significantGaps() const;

private:
    std::vector<File> m_files; // per file index
    size_t m_rowsSeen = 0;
    int64_t m_first = std::numeric_limits<int64_t>::max(); // over every row seen
    int64_t m_last = std::numeric_limits<int64_t>::min();
};
