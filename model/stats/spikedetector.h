#pragma once

#include "reasonhistogram.h"

#include <QJsonArray>

#include <cstdint>
#include <functional>
#include <vector>

// One burst of a reason far above its own baseline.
struct Spike
{
    uint32_t reason = 0;          // reason id in the store's reason pool
    int64_t start = 0;            // first second with a row of the reason in the burst (UTC)
    int64_t end = 0;              // last such second, inclusive
    int64_t windowStart = 0;      // edges of the detection buckets that make up the burst
    int64_t windowEnd = 0;        // exclusive
    int64_t step = 60;            // detection bucket size in seconds
    uint64_t count = 0;           // rows of the reason in the burst's buckets
    double peakPerMinute = 0;     // busiest bucket, as rows per minute
    double baselinePerMinute = 0; // the reason's usual rate around the burst, rows per minute

    int64_t duration() const { return end - start + 1; }
};

// Tuning of SpikeDetector; the defaults suit per-minute counts of HTTP.sys reasons.
struct SpikeOptions
{
    int window = 61;              // buckets in the rolling baseline (one hour of minutes)
    double threshold = 8.0;       // robust deviations above the median for a burst bucket
    double extendThreshold = 3.0; // the same for a neighbour to join a burst
    double minRatio = 2.0;        // a burst bucket also holds this many times the median
    uint32_t minBucketCount = 10; // rows a burst bucket needs at least
    uint64_t minSpikeCount = 20;  // rows a whole burst needs at least
    size_t maxGap = 1;            // quieter buckets a burst may pause for and still be one
    int64_t step = 0;             // detection bucket in seconds; 0 = BucketSizer's choice
};

// Finds bursts in per-bucket counts with robust statistics: each bucket is compared with the
// median and MAD of the buckets around it, so a few busy buckets do not move the baseline.
// A bucket must also hold a minimum number of rows, so a handful of lines is never a spike.
// Neighbouring buckets that are still clearly raised join the burst, and bursts that touch
// (or pause for at most maxGap buckets) merge into one interval.
class SpikeDetector
{
public:
    using Options = SpikeOptions;

    // A burst in a series: buckets [first, last].
    struct Run
    {
        size_t first = 0;
        size_t last = 0;
        uint64_t count = 0;
        uint32_t peak = 0;
        double baseline = 0; // mean rows per bucket around the run, outside any run
    };

    static std::vector<Run> detectSeries(const std::vector<uint32_t> &counts,
                                         const Options &options = {});
    // The bursts of one reason over the histogram's whole span, oldest first.
    static std::vector<Spike> detect(const ReasonHistogram &histogram, uint32_t reason,
                                     const Options &options = {});
    // The bursts of several reasons, oldest first.
    static std::vector<Spike> detect(const ReasonHistogram &histogram,
                                     const std::vector<uint32_t> &reasons,
                                     const Options &options = {});

    // The spikes as JSON objects: reason, start, end (ISO 8601 UTC), durationSeconds, count,
    // peakPerMinute, baselinePerMinute. `reasonName` turns a reason id into its text.
    static QJsonArray toJson(const std::vector<Spike> &spikes,
                             const std::function<QString(uint32_t)> &reasonName);
};
