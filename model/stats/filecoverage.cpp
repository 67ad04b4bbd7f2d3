#include "filecoverage.h"

#include "logstore.h"

#include <algorithm>
#include <limits>

namespace {
constexpr int64_t MinimumGapSeconds = 30 * 60;
constexpr int64_t RowIntervalsPerGap = 10;
} // namespace

void FileCoverage::reset()
{
    m_files.clear();
    m_rowsSeen = 0;
    m_first = std::numeric_limits<int64_t>::max();
    m_last = std::numeric_limits<int64_t>::min();
}

void FileCoverage::append(const LogStore &store)
{
    const std::vector<int64_t> &times = store.times();
    const size_t rows = times.size();
    for (size_t row = m_rowsSeen; row < rows; ++row) {
        const uint32_t file = store.fileIndex(row);
        if (file >= m_files.size())
            m_files.resize(size_t(file) + 1);
        File &f = m_files[file];
        if (f.rows++ == 0)
            f.span = {times[row], times[row]};
        f.span.start = std::min(f.span.start, times[row]);
        f.span.end = std::max(f.span.end, times[row]);
        m_first = std::min(m_first, times[row]);
        m_last = std::max(m_last, times[row]);
    }
    m_rowsSeen = std::max(m_rowsSeen, rows);
}

std::vector<FileCoverage::Span> FileCoverage::gaps(int64_t minimum) const
{
    std::vector<Span> spans;
    for (const File &f : m_files) {
        if (f.rows > 0)
            spans.push_back(f.span);
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    std::vector<Span> result;
    int64_t coveredTo = spans.empty() ? 0 : spans.front().end;
    for (size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].start - coveredTo >= minimum)
            result.push_back({coveredTo, spans[i].start});
        coveredTo = std::max(coveredTo, spans[i].end);
    }
    return result;
}

std::vector<FileCoverage::Span> FileCoverage::significantGaps() const
{
    if (m_rowsSeen < 2)
        return {};
    const int64_t meanInterval = (m_last - m_first) / int64_t(m_rowsSeen - 1);
    return gaps(std::max(MinimumGapSeconds, RowIntervalsPerGap * meanInterval));
}
