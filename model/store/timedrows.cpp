#include "timedrows.h"

#include <algorithm>

void TimedRows::appendTimed(const std::vector<int64_t> &times, const std::vector<uint32_t> &lines,
                            uint32_t file)
{
    if (times.empty())
        return;
    if (m_ordered) {
        if ((!m_times.empty() && times.front() < m_times.back())
            || !std::is_sorted(times.begin(), times.end()))
            m_ordered = false;
    }
    const auto [first, last] = std::minmax_element(times.begin(), times.end());
    m_firstTime = m_times.empty() ? *first : std::min(m_firstTime, *first);
    m_lastTime = m_times.empty() ? *last : std::max(m_lastTime, *last);
    m_times.insert(m_times.end(), times.begin(), times.end());
    m_lines.insert(m_lines.end(), lines.begin(), lines.end());
    m_files.appendRepeated(file, times.size());
}

void TimedRows::reorderTimed(const std::vector<uint32_t> &order)
{
    std::vector<int64_t> times(order.size());
    std::vector<uint32_t> lines(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        times[i] = m_times[order[i]];
        lines[i] = m_lines[order[i]];
    }
    m_times.swap(times);
    m_lines.swap(lines);
    m_files.permute(order);
    m_ordered = true;
    m_firstTime = m_times.empty() ? 0 : m_times.front();
    m_lastTime = m_times.empty() ? 0 : m_times.back();
}

void TimedRows::reserveTimed(size_t rows)
{
    m_times.reserve(rows);
    m_lines.reserve(rows);
    m_files.reserve(rows);
}

void TimedRows::clearTimed()
{
    m_times = {};
    m_lines = {};
    m_files.clear();
    m_fileSet = {};
    m_firstTime = 0;
    m_lastTime = 0;
    m_ordered = true;
}

size_t TimedRows::timedMemoryBytes() const
{
    return m_times.capacity() * sizeof(int64_t) + m_lines.capacity() * sizeof(uint32_t)
           + m_files.memoryBytes();
}
