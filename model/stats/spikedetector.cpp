#include "spikedetector.h"

#include "bucketsizer.h"
#include "timeutil.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {
// MAD of normally distributed data times this estimates its standard deviation.
constexpr double MadToSigma = 1.4826;

struct Baseline
{
    double median = 0;
    double sigma = 1;
};

// The baseline of every bucket, from the buckets around it. Worked out for all buckets at once
// on first use, sliding a sorted copy of the window along the series: each step moves one
// value out and one in, and the median and MAD are read off the sorted window, instead of
// selecting them anew from an unsorted copy of the window for each bucket (which, repeated on
// every refresh while a long log loads, kept the window busy for a tenth of a second).
class RollingBaseline
{
public:
    // Only buckets that may reach `minK` deviations above their median get their exact
    // spread; for the others (nearly all of them) sigma is its floor, which fails every test
    // against `minK` or more deviations just as the exact value would.
    RollingBaseline(const std::vector<uint32_t> &counts, int window, double minK)
        : m_counts(counts)
        , m_window(std::clamp<size_t>(size_t(std::max(window, 1)), 1, counts.size()))
        , m_minK(minK)
    {}

    // The window of buckets around `i`, shifted (not shrunk) at the ends of the series so
    // that bursts at the very start or end are still judged against a full baseline.
    std::pair<size_t, size_t> windowAround(size_t i) const
    {
        const size_t half = m_window / 2;
        size_t lo = i > half ? i - half : 0;
        lo = std::min(lo, m_counts.size() - m_window);
        return {lo, lo + m_window};
    }

    Baseline at(size_t i)
    {
        if (m_all.empty())
            computeAll();
        return m_all[i];
    }

private:
    void computeAll()
    {
        m_all.resize(m_counts.size());
        auto [lo, hi] = windowAround(0);
        std::vector<uint32_t> sorted(m_counts.begin() + long(lo), m_counts.begin() + long(hi));
        std::sort(sorted.begin(), sorted.end());
        for (size_t i = 0; i < m_counts.size(); ++i) {
            const size_t wantedLo = windowAround(i).first;
            for (; lo < wantedLo; ++lo, ++hi) {
                sorted.erase(std::lower_bound(sorted.begin(), sorted.end(), m_counts[lo]));
                sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), m_counts[hi]),
                              m_counts[hi]);
            }
            const double median = medianOf(sorted);
            const double floor = sigmaFloor(median);
            if (m_minK >= 0 && double(m_counts[i]) < median + m_minK * floor)
                m_all[i] = {median, floor};
            else
                m_all[i] = of(sorted);
        }
    }

    static double medianOf(const std::vector<uint32_t> &s)
    {
        const size_t mid = s.size() / 2;
        return s.size() % 2 == 1 ? double(s[mid]) : (double(s[mid - 1]) + double(s[mid])) / 2;
    }

    // Counts are Poisson-like: even when the MAD is 0 (mostly empty buckets) a bucket's
    // natural spread is about the square root of its mean, and at least one row.
    static double sigmaFloor(double median) { return std::sqrt(std::max(median, 1.0)); }

    // The median, and the median of the absolute deviations from it, of a sorted window: the
    // deviations grow both ways from the median, so the smallest ones are merged in order
    // until the middle rank.
    static Baseline of(const std::vector<uint32_t> &s)
    {
        const size_t n = s.size();
        const size_t mid = n / 2;
        const double median = medianOf(s);
        size_t right = size_t(std::lower_bound(s.begin(), s.end(), median,
                                               [](uint32_t v, double m) { return double(v) < m; })
                              - s.begin());
        size_t left = right; // deviations of s[left - 1], s[left - 2], ... come next on the left
        double previous = 0;
        double current = 0;
        for (size_t k = 0; k <= mid; ++k) {
            const bool takeRight =
                left == 0
                || (right < n && double(s[right]) - median <= median - double(s[left - 1]));
            previous = current;
            current = takeRight ? double(s[right++]) - median : median - double(s[--left]);
        }
        const double mad = n % 2 == 1 ? current : (previous + current) / 2;
        return {median, std::max(MadToSigma * mad, sigmaFloor(median))};
    }

    const std::vector<uint32_t> &m_counts;
    size_t m_window;
    double m_minK;
    std::vector<Baseline> m_all; // per bucket, once computed
};
} // namespace

std::vector<SpikeDetector::Run> SpikeDetector::detectSeries(const std::vector<uint32_t> &counts,
                                                            const Options &options)
{
    std::vector<Run> runs;
    if (counts.empty())
        return runs;
    RollingBaseline baseline(counts, options.window,
                             std::min(options.threshold, options.extendThreshold));
    auto raised = [&](size_t i, double k) {
        const Baseline b = baseline.at(i);
        return double(counts[i]) >= b.median + k * b.sigma;
    };
    auto isCore = [&](size_t i) {
        if (counts[i] < options.minBucketCount)
            return false;
        const Baseline b = baseline.at(i);
        return double(counts[i]) >= b.median + options.threshold * b.sigma
               && double(counts[i]) >= options.minRatio * b.median;
    };

    std::vector<uint8_t> inRun(counts.size(), 0);
    for (size_t i = 0; i < counts.size(); ++i) {
        if (inRun[i] || !isCore(i))
            continue;
        size_t first = i;
        size_t last = i;
        while (first > 0 && !inRun[first - 1] && counts[first - 1] > 0
               && raised(first - 1, options.extendThreshold))
            --first;
        while (last + 1 < counts.size() && counts[last + 1] > 0
               && (isCore(last + 1) || raised(last + 1, options.extendThreshold)))
            ++last;
        // A burst that touches the previous one, or follows it after a short pause, goes on.
        if (!runs.empty() && first <= runs.back().last + 1 + options.maxGap) {
            first = runs.back().last + 1;
            runs.back().last = last;
        } else {
            runs.push_back({first, last, 0, 0, 0});
        }
        std::fill(inRun.begin() + long(first), inRun.begin() + long(last) + 1, 1);
        i = last;
    }

    for (Run &run : runs) {
        for (size_t b = run.first; b <= run.last; ++b) {
            run.count += counts[b];
            run.peak = std::max(run.peak, counts[b]);
        }
        // The usual rate: the mean of the window around the run's middle, bursts left out.
        const auto [lo, hi] = baseline.windowAround((run.first + run.last) / 2);
        uint64_t sum = 0;
        size_t n = 0;
        for (size_t b = lo; b < hi; ++b) {
            if (!inRun[b]) {
                sum += counts[b];
                ++n;
            }
        }
        run.baseline = n ? double(sum) / double(n) : 0.0;
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(),
                              [&](const Run &r) { return r.count < options.minSpikeCount; }),
               runs.end());
    return runs;
}

std::vector<Spike> SpikeDetector::detect(const ReasonHistogram &histogram, uint32_t reason,
                                         const Options &options)
{
    return detect(histogram, std::vector<uint32_t>{reason}, options);
}

std::vector<Spike> SpikeDetector::detect(const ReasonHistogram &histogram,
                                         const std::vector<uint32_t> &reasons,
                                         const Options &options)
{
    std::vector<uint32_t> candidates;
    for (const uint32_t reason : reasons) {
        if (histogram.reasonTotal(reason) >= options.minSpikeCount)
            candidates.push_back(reason);
    }
    std::vector<Spike> all;
    if (histogram.isEmpty() || candidates.empty())
        return all;
    const int64_t span = histogram.lastTime() - histogram.firstTime() + 1;
    const int64_t step = options.step > 0 ? options.step : BucketSizer::detectionStep(span);
    const int64_t origin = BucketSizer::alignDown(histogram.firstTime(), step);
    const size_t buckets = size_t((histogram.lastTime() - origin) / step + 1);
    // One pass over the histogram for every reason at once, in slices so that a log with
    // thousands of distinct reasons does not need one huge table.
    constexpr size_t MaxCells = size_t(1) << 24;
    const size_t perPass = std::max<size_t>(1, MaxCells / buckets);
    const double perMinute = 60.0 / double(step);
    for (size_t begin = 0; begin < candidates.size(); begin += perPass) {
        const size_t end = std::min(candidates.size(), begin + perPass);
        std::vector<int> slotOf(histogram.reasonCount(), -1);
        for (size_t i = begin; i < end; ++i)
            slotOf[candidates[i]] = int(i - begin);
        const uint32_t slots = uint32_t(end - begin);
        const ReasonHistogram::Bins bins = histogram.rebin(origin, step, buckets, slotOf, slots);
        std::vector<uint32_t> series(buckets);
        for (uint32_t slot = 0; slot < slots; ++slot) {
            for (size_t b = 0; b < buckets; ++b)
                series[b] = bins.at(b, slot);
            const uint32_t reason = candidates[begin + slot];
            for (const Run &run : detectSeries(series, options)) {
                Spike s;
                s.reason = reason;
                s.step = step;
                s.windowStart = origin + int64_t(run.first) * step;
                s.windowEnd = origin + int64_t(run.last + 1) * step;
                histogram.extent(reason, s.windowStart, s.windowEnd - 1, s.start, s.end);
                s.count = run.count;
                s.peakPerMinute = run.peak * perMinute;
                s.baselinePerMinute = run.baseline * perMinute;
                all.push_back(s);
            }
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Spike &a, const Spike &b) {
        return a.start != b.start ? a.start < b.start : a.reason < b.reason;
    });
    return all;
}

QJsonArray SpikeDetector::toJson(const std::vector<Spike> &spikes,
                                 const std::function<QString(uint32_t)> &reasonName)
{
    auto rounded = [](double v) { return std::round(v * 100.0) / 100.0; };
    QJsonArray array;
    for (const Spike &s : spikes) {
        QJsonObject o;
        o.insert(QStringLiteral("reason"), reasonName(s.reason));
        o.insert(QStringLiteral("start"), TimeUtil::formatIso(s.start));
        o.insert(QStringLiteral("end"), TimeUtil::formatIso(s.end));
        o.insert(QStringLiteral("durationSeconds"), qint64(s.duration()));
        o.insert(QStringLiteral("count"), qint64(s.count));
        o.insert(QStringLiteral("peakPerMinute"), rounded(s.peakPerMinute));
        o.insert(QStringLiteral("baselinePerMinute"), rounded(s.baselinePerMinute));
        array.append(o);
    }
    return array;
}
