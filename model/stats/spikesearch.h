#pragma once

#include "reasonhistogram.h"
#include "spikedetector.h"
#include "spikesummary.h"

#include <QJsonArray>

#include <vector>

// The Connection_Dropped spikes of a set of rows, found one way for every place that reports
// them (--summary, --report and the window's report): counted per second on the rows given,
// then SpikeDetector's defaults (fine buckets, so a burst of a few hundred lines within a
// minute is found whatever the log's length).
class SpikeSearch
{
public:
    // Counts `rows` (store rows in any order; null: every row) and looks for spikes.
    SpikeSearch(const LogStore &store, const std::vector<uint32_t> *rows);

    // Only the spikes, in less memory: counts just the Connection_Dropped rows and the first
    // and last row (whose times set the span, and with it the bucket size), not every row.
    // The same spikes as spikes(), but without a histogram to summarize them with.
    static std::vector<Spike> find(const LogStore &store, const std::vector<uint32_t> *rows);
    // The spikes as --summary --json lists them, each with its rows per server
    // ("servers": {name: rows}) over the same rows.
    static QJsonArray toJson(const LogStore &store, const std::vector<Spike> &spikes,
                             const std::vector<uint32_t> *rows);

    const std::vector<Spike> &spikes() const { return m_spikes; }
    const ReasonHistogram &histogram() const { return m_histogram; }
    // What spike `index` is made of, over the same rows.
    SpikeSummary summarize(size_t index) const;

private:
    const LogStore &m_store;
    std::vector<uint32_t> m_rows; // ascending; empty with m_all for every row
    bool m_all = true;
    ReasonHistogram m_histogram;
    std::vector<Spike> m_spikes;
};
