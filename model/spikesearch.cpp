#include "spikesearch.h"

#include <algorithm>

SpikeSearch::SpikeSearch(const LogStore &store, const std::vector<uint32_t> *rows)
    : m_store(store)
    , m_all(rows == nullptr)
{
    if (rows) {
        // A table sorted by another column hands its rows over in that order; the histogram
        // and the summaries want them in store order.
        m_rows = *rows;
        if (!std::is_sorted(m_rows.begin(), m_rows.end()))
            std::sort(m_rows.begin(), m_rows.end());
        m_histogram.build(store, m_rows);
    } else {
        m_histogram.build(store);
    }
    const int column = store.columnOf(LogField::Reason);
    const int64_t dropped =
        column >= 0 ? store.column(size_t(column)).pool.find("Connection_Dropped") : -1;
    if (dropped >= 0)
        m_spikes = SpikeDetector::detect(m_histogram, uint32_t(dropped));
}

SpikeSummary SpikeSearch::summarize(size_t index) const
{
    if (index >= m_spikes.size())
        return {};
    if (m_all)
        return SpikeSummary::compute(m_store, m_histogram, m_spikes[index]);
    return SpikeSummary::compute(m_store, m_histogram, m_spikes[index], [this](size_t row) {
        return std::binary_search(m_rows.begin(), m_rows.end(), uint32_t(row));
    });
}
