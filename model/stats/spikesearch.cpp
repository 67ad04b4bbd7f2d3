#include "spikesearch.h"

#include <QJsonObject>

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

namespace {
// The rows spike detection needs: those of `reason` plus the first and the last of `rows` (null:
// every row). Detection reads no other reason; a histogram of every row would take about 20
// bytes per distinct second, a fifth of what --summary holds in memory at a million rows.
std::vector<uint32_t> spikeRows(const LogStore &store, size_t column, uint32_t reason,
                                const std::vector<uint32_t> &rows, bool all)
{
    const size_t count = all ? store.rowCount() : rows.size();
    std::vector<uint32_t> out;
    if (count == 0)
        return out;
    auto rowAt = [&](size_t i) { return all ? uint32_t(i) : rows[i]; };
    out.push_back(rowAt(0));
    for (size_t i = 1; i + 1 < count; ++i) {
        const uint32_t row = rowAt(i);
        if (store.id(column, row) == reason)
            out.push_back(row);
    }
    if (count > 1)
        out.push_back(rowAt(count - 1));
    return out;
}
} // namespace

std::vector<Spike> SpikeSearch::find(const LogStore &store, const std::vector<uint32_t> *rows)
{
    const int column = store.columnOf(LogField::Reason);
    const int64_t dropped =
        column >= 0 ? store.column(size_t(column)).pool.find("Connection_Dropped") : -1;
    if (dropped < 0
        || !store.isTimeOrdered()) // unordered: the first row need not be the first time
        return SpikeSearch(store, rows).spikes();
    std::vector<uint32_t> sorted;
    if (rows) {
        sorted = *rows;
        if (!std::is_sorted(sorted.begin(), sorted.end()))
            std::sort(sorted.begin(), sorted.end());
    }
    ReasonHistogram histogram;
    histogram.build(store, spikeRows(store, size_t(column), uint32_t(dropped), sorted, !rows));
    return SpikeDetector::detect(histogram, uint32_t(dropped));
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

QJsonArray SpikeSearch::toJson(const LogStore &store, const std::vector<Spike> &spikes,
                               const std::vector<uint32_t> *rows)
{
    // Only Connection_Dropped is looked at (see find()).
    QJsonArray array = SpikeDetector::toJson(
        spikes, [](uint32_t) { return QStringLiteral("Connection_Dropped"); });
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject servers;
        const std::vector<uint64_t> counts =
            SpikeSummary::serverCounts(store, spikes[size_t(i)], rows);
        for (const SpikeSummary::Item &item : SpikeSummary::serverItems(store, counts))
            servers.insert(item.value, qint64(item.count));
        QJsonObject spike = array.at(i).toObject();
        spike.insert(QStringLiteral("servers"), servers);
        array[i] = spike;
    }
    return array;
}
